/**
 * The stand-in's workbook as an .xlsx file (no DOM): every sheet's cells, the formulas as the Office adapter wrote
 * them in file form, tables, data validation, conditional formats and print setup. PivotTables leave only the cells
 * they were drawn on (ExcelJS 4.4 cannot write PivotTables).
 */
import ExcelJS from 'exceljs';
import type {
  Cell,
  ConditionalFormatModel,
  SheetModel,
  TableModel,
  ValidationModel,
  WorkbookModel,
} from '../excelStandIn/core/model';
import { uncomputed } from '../excelStandIn/core/model';
import { MAX_COLUMNS, type Rect } from '../excelStandIn/core/address';
import { columnLetter } from '../domain/a1';
import { toFileForm } from '../domain/formulaDialect';
import { pointsToCharacters } from '../workbook/columnWidth';
import { addOverviewChartsToZip } from '../workbook/file/chartsInZip';

const within = (rect: Rect, r: number, c: number) => r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
const a1 = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;
const rectA1 = (rect: Rect) => `${a1(rect.r0, rect.c0)}:${a1(rect.r1, rect.c1)}`;
const argb = (color: string | undefined) =>
  color && /^#?[0-9a-f]{6}$/i.test(color) ? `FF${color.replace('#', '').toUpperCase()}` : undefined;

function cellValue(cell: Cell, table: string | null): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    const formula = toFileForm(cell.formula, table);
    // The last computed value goes along as the cached result; a formula the stand-in did not compute has none.
    const computed = cell.value !== undefined && cell.value !== uncomputed(cell.formula) ? cell.value : undefined;
    return (computed === undefined ? { formula } : { formula, result: computed }) as ExcelJS.CellFormulaValue;
  }
  return cell.value === undefined || cell.value === '' ? null : cell.value;
}

function styleCell(target: ExcelJS.Cell, cell: Cell): void {
  if (cell.numberFormat && cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
  const color = argb(cell.fontColor);
  if (cell.bold || cell.italic || color)
    target.font = {
      bold: cell.bold || undefined,
      italic: cell.italic || undefined,
      color: color ? { argb: color } : undefined,
    };
  const fill = argb(cell.fill);
  if (fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  if (cell.wrap || cell.horizontalAlignment === 'Left' || cell.verticalAlignment === 'Top')
    target.alignment = {
      ...(cell.wrap ? { wrapText: true } : {}),
      ...(cell.verticalAlignment === 'Top' ? { vertical: 'top' as const } : {}),
      ...(cell.horizontalAlignment === 'Left' ? { horizontal: 'left' as const } : {}),
    };
}

function writeTable(ws: ExcelJS.Worksheet, sheet: SheetModel, t: TableModel): void {
  const { r0, c0, r1, c1 } = t.rect;
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let c = c0; c <= c1; c++) columns.push({ name: String(sheet.cell(r0, c)?.value ?? ''), filterButton: true });
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = r0 + 1; r <= r1; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = c0; c <= c1; c++) {
      const cell = sheet.cell(r, c);
      row.push(cell ? cellValue(cell, t.name) : null);
    }
    rows.push(row);
  }
  ws.addTable({
    name: t.name,
    ref: a1(r0, c0),
    headerRow: true,
    totalsRow: false,
    style: { theme: t.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: t.showBandedRows },
    columns,
    rows,
  });
}

interface Rule {
  list?: { source?: string };
  wholeNumber?: { formula1?: unknown; formula2?: unknown; operator?: string };
  decimal?: { formula1?: unknown; formula2?: unknown; operator?: string };
  custom?: { formula?: string };
}

const operand = (v: unknown) => (typeof v === 'string' ? toFileForm(v, null) : v);

function validation(v: ValidationModel): ExcelJS.DataValidation | null {
  const rule = (v.rule ?? {}) as Rule;
  const alert = (v.errorAlert ?? {}) as { showAlert?: boolean; style?: string; title?: string; message?: string };
  const prompt = (v.prompt ?? {}) as { showPrompt?: boolean; title?: string; message?: string };
  const common = {
    allowBlank: v.ignoreBlanks ?? true,
    showErrorMessage: alert.showAlert ?? true,
    errorStyle: (alert.style ?? 'Stop').toLowerCase(),
    errorTitle: alert.title,
    error: alert.message,
    showInputMessage: prompt.showPrompt ?? false,
    promptTitle: prompt.title,
    prompt: prompt.message,
  };
  if (rule.list?.source !== undefined) {
    const s = rule.list.source;
    const formula = s.startsWith('=') ? toFileForm(s, null) : `"${s}"`;
    return { ...common, type: 'list', formulae: [formula] } as ExcelJS.DataValidation;
  }
  const numeric = rule.wholeNumber ?? rule.decimal;
  if (numeric) {
    const op = numeric.operator ?? 'Between';
    return {
      ...common,
      type: rule.wholeNumber ? 'whole' : 'decimal',
      operator: `${op[0]!.toLowerCase()}${op.slice(1)}`,
      formulae: [numeric.formula1, numeric.formula2].filter((f) => f !== undefined).map(operand),
    } as ExcelJS.DataValidation;
  }
  if (rule.custom?.formula !== undefined)
    return { ...common, type: 'custom', formulae: [toFileForm(rule.custom.formula, null)] } as ExcelJS.DataValidation;
  return null;
}

function conditional(f: ConditionalFormatModel): ExcelJS.ConditionalFormattingOptions | null {
  if (f.formula === undefined) return null;
  const style: Partial<ExcelJS.Style> = {};
  const fill = argb(f.fill);
  if (fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } };
  const color = argb(f.fontColor);
  if (f.bold || color) style.font = { bold: f.bold || undefined, color: color ? { argb: color } : undefined };
  const edgeColor = argb(f.borderColor);
  const edge = (name: string): Partial<ExcelJS.Border> | undefined => {
    const s = f.borders[name];
    if (!s || s === 'None') return undefined;
    const kind = s === 'Dash' ? 'dashed' : s === 'Dot' ? 'dotted' : s === 'Double' ? 'double' : 'thin';
    return { style: kind, color: edgeColor ? { argb: edgeColor } : undefined };
  };
  const border = { top: edge('EdgeTop'), bottom: edge('EdgeBottom'), left: edge('EdgeLeft'), right: edge('EdgeRight') };
  if (Object.values(border).some(Boolean)) style.border = border;
  return {
    ref: rectA1(f.rect),
    rules: [{ type: 'expression', formulae: [toFileForm(f.formula, null)], style }],
  } as ExcelJS.ConditionalFormattingOptions;
}

function pageSetup(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  const p = sheet.pageLayout;
  const setup: Partial<ExcelJS.PageSetup> = { paperSize: 9 };
  if (p.orientation) setup.orientation = p.orientation === 'Landscape' ? 'landscape' : 'portrait';
  const zoom = p.zoom as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } | undefined;
  if (zoom?.horizontalFitToPages !== undefined || zoom?.verticalFitToPages !== undefined) {
    setup.fitToPage = true;
    setup.fitToWidth = zoom.horizontalFitToPages ?? 0;
    setup.fitToHeight = zoom.verticalFitToPages ?? 0;
  } else if (zoom?.scale) setup.scale = zoom.scale;
  if (p.printTitleRows) setup.printTitlesRow = p.printTitleRows.replace(/\$/g, '');
  if (p.printTitleColumns) setup.printTitlesColumn = p.printTitleColumns.replace(/\$/g, '');
  ws.pageSetup = { ...ws.pageSetup, ...setup };
  const hf = p.headerFooter;
  if (hf) {
    const part = (l?: string, c?: string, r?: string) =>
      (l ? `&L${l}` : '') + (c ? `&C${c}` : '') + (r ? `&R${r}` : '') || undefined;
    ws.headerFooter = {
      oddHeader: part(hf.leftHeader, hf.centerHeader, hf.rightHeader),
      oddFooter: part(hf.leftFooter, hf.centerFooter, hf.rightFooter),
    };
  }
}

function writeSheet(wb: ExcelJS.Workbook, model: WorkbookModel, sheet: SheetModel): void {
  const state = sheet.visibility === 'VeryHidden' ? 'veryHidden' : sheet.visibility === 'Hidden' ? 'hidden' : 'visible';
  const ws = wb.addWorksheet(sheet.name, { state });
  const tables = model.tables.filter((t) => t.sheet === sheet);
  tables.forEach((t) => writeTable(ws, sheet, t));
  const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
  for (const key of keys) {
    const cell = sheet.cells.get(key)!;
    const r = Math.floor(key / MAX_COLUMNS);
    const c = key % MAX_COLUMNS;
    const target = ws.getCell(r + 1, c + 1);
    if (!tables.some((t) => within(t.rect, r, c))) target.value = cellValue(cell, null);
    styleCell(target, cell);
  }
  sheet.columnWidths.forEach((points, c) => (ws.getColumn(c + 1).width = pointsToCharacters(points)));
  sheet.hiddenColumns.forEach((c) => (ws.getColumn(c + 1).hidden = true));
  sheet.rowHeights.forEach((points, r) => (ws.getRow(r + 1).height = points));
  if (sheet.frozenRows > 0) ws.views = [{ state: 'frozen', ySplit: sheet.frozenRows }];
  const dv = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const v of sheet.validations) {
    const spec = validation(v);
    if (spec) dv.add(rectA1(v.rect), spec);
  }
  for (const f of sheet.conditionalFormats) {
    const cf = conditional(f);
    if (cf) ws.addConditionalFormatting(cf);
  }
  pageSetup(ws, sheet);
  // Worksheet.horizontalPageBreaks: ExcelJS numbers a break by the row above it; max as Excel writes it (XFD).
  for (const r of sheet.pageLayout.rowBreaks ?? []) ws.getRow(r).addPageBreak(0, MAX_COLUMNS);
}

interface DefinedName {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

const absolute = (area: string) => area.replace(/\$/g, '').replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

/** One sheet-scoped Print_Area name listing all of a sheet's areas. */
function printAreaName(sheet: string, sheetIndex: number, areas: readonly string[]): DefinedName {
  return {
    name: '_xlnm.Print_Area',
    ranges: areas.map((a) => `'${sheet.replace(/'/g, "''")}'!${absolute(a)}`),
    localSheetId: sheetIndex,
  };
}

/** ExcelJS's defined names have no sheet scope; its writer gets these concatenated to its own. */
function addDefinedNames(wb: ExcelJS.Workbook, extra: readonly DefinedName[]): void {
  if (!extra.length) return;
  const names = wb.definedNames as unknown as { model: DefinedName[] };
  const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), 'model')!;
  Object.defineProperty(names, 'model', {
    configurable: true,
    get: () => [...(own.get!.call(names) as DefinedName[]), ...extra],
    set: (v: DefinedName[]) => own.set!.call(names, v),
  });
}

/**
 * Print areas as one sheet-scoped name each, all areas in it: ExcelJS writes several areas as several names of the
 * same name, which Excel repairs.
 */
function printAreas(wb: ExcelJS.Workbook, model: WorkbookModel): void {
  addDefinedNames(
    wb,
    model.sheets.flatMap((s, i) =>
      s.pageLayout.printArea ? [printAreaName(s.name, i, s.pageLayout.printArea.split(','))] : [],
    ),
  );
}

/**
 * The workbook as .xlsx bytes. ExcelJS writes no charts: it writes the package uncompressed, Overblik's charts are
 * added to it as the CLI adds them (packageCharts.ts), and the whole is deflated.
 */
export async function exportWorkbook(model: WorkbookModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of model.sheets) writeSheet(wb, model, sheet);
  printAreas(wb, model);
  const stored = await wb.xlsx.writeBuffer({
    zip: { compression: 'STORE' },
  } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
  return addOverviewChartsToZip(new Uint8Array(stored as ArrayBuffer));
}
