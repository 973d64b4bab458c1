/**
 * The plan's print setup through Worksheet.pageLayout (ExcelApi 1.9), queued without a sync, the same the file adapter
 * writes: orientation and scale, print titles and areas, the sheet's name and page numbers on every page. As rows are
 * typed and answered, the areas follow the rows in use (Opdater, and after the pane writes a row).
 */
import { rangeA1, type CellArea } from '../../domain/a1';
import { COLUMNS, TYPED_FALLBACK, column, type FormulaKey } from '../../domain/schema';
import { SHEET, TABLE_NAME } from '../../domain/sheetLayout';
import { needsDecision } from '../../domain/lists';
import { tableColumns, type TableColumn } from '../../domain/tableColumns';
import { planPrintFor, printExtents } from '../plan';
import { inputColumnCount, PAGE_TEXT, type PrintSetup } from '../printPlan';
import { REPORT_SHEET } from '../reportSheetsPlan';

export function queuePrintSetup(ws: Excel.Worksheet, p: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = (p.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  layout.zoom = p.fit
    ? { horizontalFitToPages: p.fit.width, verticalFitToPages: p.fit.height }
    : { scale: p.scale ?? 100 };
  if (p.titleRows) layout.setPrintTitleRows(rangeA1(p.titleRows, true));
  if (p.titleColumns) layout.setPrintTitleColumns(rangeA1(p.titleColumns, true));
  // Several areas print on pages of their own (Excel: a print area of several ranges).
  if (p.areas?.length) layout.setPrintArea(areasA1(p.areas));
  // Excel's header and footer codes (&A sheet name, &P page, &N pages), as the file's oddHeader and oddFooter.
  const page = layout.headersFooters.defaultForAllPages;
  page.leftHeader = PAGE_TEXT.leftHeader;
  page.rightFooter = PAGE_TEXT.rightFooter;
}

/** The plan's areas as one print area: "A1:E9,G1:I9". */
const areasA1 = (areas: readonly CellArea[]) => areas.map((a) => rangeA1(a)).join(',');

/** Each planned setup onto the sheet of its name. */
export function queuePrintSetups(sheets: ReadonlyMap<string, Excel.Worksheet>, setups: readonly PrintSetup[]): void {
  for (const p of setups) {
    const ws = sheets.get(p.sheet);
    if (ws) queuePrintSetup(ws, p);
  }
}

/** The table's columns from its header row: ours by header, the typed values beside a formula, the user's own. */
export function columnsOfHeaders(headers: readonly unknown[]): TableColumn[] {
  return headers.map((h): TableColumn => {
    const header = String(h ?? '');
    const schema = COLUMNS.find((c) => c.header === header);
    if (schema) return { role: 'schema', key: schema.key, header };
    const typed = (Object.keys(TYPED_FALLBACK) as FormulaKey[]).find((k) => TYPED_FALLBACK[k] === header);
    return typed ? { role: 'typed', of: typed, header } : { role: 'extra', header };
  });
}

/** "Ark!$A$1:$E$9,Ark!$A$3" → "A1:E9,A3": an address as Excel gives it, compared with the plan's areas. */
const bare = (address: string) =>
  address
    .replace(/(?:'(?:[^']|'')*'|[^,!']+)!/g, '')
    .replace(/\$/g, '')
    .split(',')
    .map((a) => (a.split(':')[0] === a.split(':')[1] ? a.split(':')[0]! : a))
    .join(',');

/**
 * Queues (no sync) what a print refresh reads: the header, the rows a user typed in (the used range of the input
 * columns: one address), the Brugsmønster column, the sheets' names and the table sheet's print area now.
 */
export function queuePrintRead(context: Excel.RequestContext) {
  const table = context.workbook.tables.getItem(TABLE_NAME);
  const body = table.getDataBodyRange();
  const inputs = inputColumnCount(tableColumns());
  return {
    header: table.getHeaderRowRange().load('values'),
    body: body.load('rowIndex,rowCount'),
    used: body
      .getColumn(0)
      .getResizedRange(0, inputs - 1)
      .getUsedRangeOrNullObject(true)
      .load('rowIndex,rowCount'),
    pattern: table.columns.getItem(column('usagePattern').header).getDataBodyRange().load('values'),
    sheets: context.workbook.worksheets.load('items/name'),
    area: table.worksheet.pageLayout.getPrintAreaOrNullObject().load('address'),
  };
}

export type PrintRead = ReturnType<typeof queuePrintRead>;

/**
 * After the read's sync, queued without a sync: the page setup for the rows in use. `which`: every sheet of ours
 * (Opdater, with the fagområder Lister lists: its pages reach the last), or Dokumentation when its area no longer
 * matches the rows in use and Beslutningsgrundlag when its C and D rows may have changed (a written row). `added`:
 * sheets queued for creation since the read. Returns whether anything was queued; the caller syncs.
 */
export function queuePrintRefresh(
  context: Excel.RequestContext,
  read: PrintRead,
  which: 'all' | { decision: boolean },
  added: readonly string[] = [],
  listed: readonly string[] = [],
): boolean {
  const usedRows = read.used.isNullObject ? 0 : read.used.rowIndex + read.used.rowCount - read.body.rowIndex;
  const state = {
    columns: columnsOfHeaders(read.header.values[0] ?? []),
    usedRows,
    tableRows: read.body.rowCount,
    decisionRows: read.pattern.values.filter((r) => needsDecision(r[0])).length,
  };
  const setups = planPrintFor(state, printExtents(state.tableRows, listed));
  const present = new Set([...read.sheets.items.map((s) => s.name), ...added].map((n) => n.toLowerCase()));
  const area = read.area.isNullObject ? '' : bare(read.area.address);
  const wanted = setups.filter(
    (p) =>
      present.has(p.sheet.toLowerCase()) &&
      (which === 'all' ||
        (p.sheet === SHEET.documentation && area !== bare(areasA1(p.areas ?? []))) ||
        (p.sheet === REPORT_SHEET.decision && which.decision)),
  );
  queuePrintSetups(new Map(wanted.map((p) => [p.sheet, context.workbook.worksheets.getItem(p.sheet)])), wanted);
  return wanted.length > 0;
}
