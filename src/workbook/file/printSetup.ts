/** The plan's print setup into ExcelJS: page setup per sheet, print titles, and print areas as one defined name. */
import type ExcelJS from 'exceljs';
import { PAGE_FOOTER, PAGE_HEADER, type PrintSetup } from '../printPlan';

export interface DefinedName {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

const absolute = (area: string) => area.replace(/\$/g, '').replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

/** One sheet-scoped Print_Area name listing all of a sheet's areas. */
export function printAreaName(sheet: string, sheetIndex: number, areas: readonly string[]): DefinedName {
  return {
    name: '_xlnm.Print_Area',
    ranges: areas.map((a) => `'${sheet.replace(/'/g, "''")}'!${absolute(a)}`),
    localSheetId: sheetIndex,
  };
}

/** ExcelJS's defined names have no sheet scope; the writer concatenates these to its own. */
export function addDefinedNames(wb: ExcelJS.Workbook, extra: readonly DefinedName[]): void {
  if (!extra.length) return;
  const names = wb.definedNames as unknown as { model: DefinedName[] };
  const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), 'model')!;
  Object.defineProperty(names, 'model', {
    configurable: true,
    get: () => [...(own.get!.call(names) as DefinedName[]), ...extra],
    set: (v: DefinedName[]) => own.set!.call(names, v),
  });
}

export function writePrintSetup(wb: ExcelJS.Workbook, setups: readonly PrintSetup[]): void {
  const areas: DefinedName[] = [];
  for (const p of setups) {
    const ws = wb.getWorksheet(p.sheet);
    if (!ws) continue;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: p.orientation,
      fitToPage: Boolean(p.fit),
      ...(p.fit ? { fitToWidth: p.fit.width, fitToHeight: p.fit.height } : { scale: p.scale ?? 100 }),
      printArea: undefined,
      printTitlesRow: p.titleRows,
      printTitlesColumn: p.titleColumns,
      // Pages are numbered on paper, and each page says which sheet it is from.
    };
    ws.headerFooter = { ...ws.headerFooter, oddHeader: PAGE_HEADER, oddFooter: PAGE_FOOTER };
    // ExcelJS writes several areas as several names of the same name, which Excel repairs; one name lists them all.
    if (p.areas?.length) areas.push(printAreaName(p.sheet, wb.worksheets.indexOf(ws), p.areas));
  }
  addDefinedNames(wb, areas);
}
