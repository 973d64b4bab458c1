/** The plan's print setup through Worksheet.pageLayout (ExcelApi 1.9), queued without a sync. */
import type { PrintSetup } from '../printPlan';

const absoluteRows = (rows: string) => rows.replace(/(\d+)/g, '$$$1');
const absoluteColumns = (cols: string) => cols.replace(/([A-Z]+)/g, '$$$1');

export function queuePrintSetup(ws: Excel.Worksheet, p: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = (p.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  layout.zoom = p.fit
    ? { horizontalFitToPages: p.fit.width, verticalFitToPages: p.fit.height }
    : { scale: p.scale ?? 100 };
  if (p.titleRows) layout.setPrintTitleRows(absoluteRows(p.titleRows));
  if (p.titleColumns) layout.setPrintTitleColumns(absoluteColumns(p.titleColumns));
  // Several areas print on pages of their own (Excel: a print area of several ranges).
  if (p.areas?.length) layout.setPrintArea(p.areas.join(','));
}

/** Each planned setup onto the sheet of its name. */
export function queuePrintSetups(sheets: ReadonlyMap<string, Excel.Worksheet>, setups: readonly PrintSetup[]): void {
  for (const p of setups) {
    const ws = sheets.get(p.sheet);
    if (ws) queuePrintSetup(ws, p);
  }
}
