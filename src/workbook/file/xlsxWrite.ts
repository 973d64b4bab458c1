/** Writes a WorkbookPlan into an ExcelJS workbook: table, formulas, validation, Lister and Vejledning. */
import { writePrintSetup } from './printSetup';
import { documentationHeaderHeight, documentationWidth } from '../printPlan';
import { writeFormParts } from './formSheet';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../domain/schema';
import { INVALID_STYLE } from '../../domain/highlightFormulas';
import { columnLetter } from '../../domain/a1';
import type { ValidationSpec, WorkbookPlan } from '../plan';
const FORMULA_CELL = { fill: 'EDEDED', font: '404040' };
import { DATE_FORMAT, NUMBER_FORMAT } from '../numberFormats';
import { enableCalculatedColumns } from './calculatedColumns';
import type { PlannedSheet, PlannedValue } from '../reportSheetsPlan';
import { reportLayout } from '../reportLayout';

const FORMULA_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${FORMULA_CELL.fill}` } };
const FORMULA_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: `FF${FORMULA_CELL.font}` } };
const edge: Partial<ExcelJS.Border> = { style: 'dashed', color: { argb: `FF${INVALID_STYLE.font}` } };
const INVALID: Partial<ExcelJS.Style> = {
  fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${INVALID_STYLE.fill}` } },
  font: { bold: INVALID_STYLE.bold, color: { argb: `FF${INVALID_STYLE.font}` } },
  border: { top: edge, bottom: edge, left: edge, right: edge },
};

function toExcelJsValidation(spec: ValidationSpec, topLeft: string): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    showInputMessage: true,
    errorStyle: spec.errorStyle,
    errorTitle: spec.errorTitle,
    error: spec.error,
    promptTitle: spec.promptTitle,
    prompt: spec.prompt,
  };
  switch (spec.rule.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [spec.rule.source] };
    case 'wholeNumber':
      return { ...common, type: 'whole', operator: 'between', formulae: [spec.rule.min, spec.rule.max] };
    case 'custom':
      return { ...common, type: 'custom', formulae: [spec.rule.formula(topLeft)] };
  }
}

/** ExcelJS has range validations (`sqref`) but its typings do not show them. */
function validationsOf(ws: ExcelJS.Worksheet): { add(range: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
}

/** Excel table cells: user values as they are (strings stay strings, never formulas). */
function cellValue(v: CellValue): ExcelJS.CellValue {
  return v === undefined ? null : v;
}

/** Dates in the table keep a date format, whatever column they are in. */
function formatDates(ws: ExcelJS.Worksheet, rows: readonly CellValue[][], firstRow: number): void {
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      if (v instanceof Date) ws.getCell(firstRow + i, c + 1).numFmt = DATE_FORMAT;
    }),
  );
}

export function writeDocumentationSheet(wb: ExcelJS.Workbook, plan: WorkbookPlan): ExcelJS.Worksheet {
  enableCalculatedColumns();
  const t = plan.table;
  const ws = wb.addWorksheet(t.sheet, { views: [{ state: 'frozen', xSplit: 2, ySplit: t.headerRow }] });
  const rows = t.rows.map((r, k) =>
    t.columns.map((_, i) => {
      const f = t.formulas.get(i) ?? t.cellFormulas.get(`${k},${i}`);
      return f ? ({ formula: f } as ExcelJS.CellFormulaValue) : cellValue(r[i] ?? null);
    }),
  );
  const table = ws.addTable({
    name: t.name,
    ref: `A${t.headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });
  const model = (table as unknown as { table: { columns: Record<string, unknown>[] } }).table;
  t.formulas.forEach((f, i) => (model.columns[i].calculatedColumnFormula = f));

  const first = t.headerRow + 1;
  const last = t.headerRow + t.rows.length;
  t.columns.forEach((c, i) => {
    const letter = columnLetter(i);
    const column = ws.getColumn(i + 1);
    column.width = documentationWidth(c.header);
    const spec = t.validations.get(i);
    if (spec)
      validationsOf(ws).add(`${letter}${first}:${letter}${last}`, toExcelJsValidation(spec, `${letter}${first}`));
    const highlight = t.highlights.get(i);
    if (highlight) {
      ws.addConditionalFormatting({
        ref: `${letter}${first}:${letter}${last}`,
        rules: [{ type: 'expression', formulae: [highlight], style: INVALID }] as ExcelJS.ConditionalFormattingRule[],
      });
    }
    const isFormula = t.formulas.has(i);
    const numFmt = t.numberFormats.get(i);
    if (!isFormula && !numFmt) return;
    for (let r = first; r <= last; r++) {
      const cell = ws.getCell(`${letter}${r}`);
      if (numFmt) cell.numFmt = numFmt;
      if (isFormula) {
        cell.fill = FORMULA_FILL;
        cell.font = FORMULA_FONT;
      }
    }
  });
  formatDates(ws, t.rows, first);
  // Headers wrap onto rows tall enough for them, so the columns can be narrow and every header word stays whole.
  const header = ws.getRow(t.headerRow);
  header.font = { bold: true };
  header.height = documentationHeaderHeight(t.columns);
  t.columns.forEach((_, i) => (header.getCell(i + 1).alignment = { wrapText: true, vertical: 'top' }));
  return ws;
}

const planned = (p: PlannedValue): ExcelJS.CellValue =>
  'formula' in p ? ({ formula: p.formula } as ExcelJS.CellFormulaValue) : cellValue(p.value);

export function writeReportSheet(wb: ExcelJS.Workbook, sheet: PlannedSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name);
  const layout = reportLayout(sheet);
  layout.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const n of sheet.notes) {
    ws.getCell(n.address).value = n.text;
    if (n.bold) ws.getCell(n.address).font = { bold: true };
  }
  for (const t of sheet.tables) {
    ws.addTable({
      name: t.name,
      ref: `A${t.headerRow}`,
      headerRow: true,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: t.headers.map((name) => ({ name, filterButton: true })),
      rows: t.rows.map((r) => r.map(planned)),
    });
    // Counts with thousands separators (a text label is not touched by a number format).
    for (let r = 1; r <= t.rows.length; r++)
      for (let c = 2; c <= t.headers.length; c++) ws.getCell(t.headerRow + r, c).numFmt = NUMBER_FORMAT;
  }
  for (const range of sheet.ranges) {
    const header = ws.getRow(range.headerRow);
    header.values = range.headers;
    header.font = { bold: true };
    const dates = new Set(range.dateColumns);
    range.rows.forEach((r, i) => {
      const row = ws.getRow(range.headerRow + 1 + i);
      row.values = r.map(planned);
      for (const c of range.numberColumns ?? []) row.getCell(c + 1).numFmt = NUMBER_FORMAT;
      for (const c of dates) {
        row.getCell(c + 1).numFmt = DATE_FORMAT;
        row.getCell(c + 1).alignment = { horizontal: 'left' };
      }
      if (!range.lineHeight) return;
      row.height = range.lineHeight;
      for (let c = 1; c <= range.headers.length; c++)
        row.getCell(c).alignment = {
          wrapText: true,
          vertical: 'top',
          ...(c === 1 || dates.has(c - 1) ? { horizontal: 'left' } : {}),
        };
    });
  }
  // Headers (and long scenario names) wrap on rows tall enough for their lines: LibreOffice keeps the heights.
  layout.wrapped.forEach((height, r) => {
    const row = ws.getRow(r);
    row.height = height;
    for (let c = 1; c <= layout.widths.length; c++) row.getCell(c).alignment = { wrapText: true, vertical: 'top' };
  });
  if (sheet.frozenRows > 0) ws.views = [{ state: 'frozen', ySplit: sheet.frozenRows }];
  sheet.hiddenColumns.forEach((c) => (ws.getColumn(c + 1).hidden = true));
  writeFormParts(ws, sheet);
  return ws;
}

export function writeListsSheet(wb: ExcelJS.Workbook, plan: WorkbookPlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(plan.lists.sheet);
  for (const c of plan.lists.cells) {
    const cell = ws.getCell(c.address);
    cell.value = c.formula ? { formula: c.formula } : cellValue(c.value ?? null);
    if (c.style?.bold) cell.font = { bold: true };
  }
  for (const v of plan.lists.validations) {
    validationsOf(ws).add(v.range, toExcelJsValidation(v.spec, v.range.split(':')[0]));
  }
  for (const [c, width] of plan.lists.widths) ws.getColumn(c + 1).width = width;
  // Long list names wrap in their header instead of being cut by the next column (on screen and on paper).
  ws.getRow(1).height = 30;
  for (let c = 1; c <= 9; c++) ws.getRow(1).getCell(c).alignment = { wrapText: true, vertical: 'top' };
  return ws;
}

export function writeGuideSheet(wb: ExcelJS.Workbook, plan: WorkbookPlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(plan.guide.sheet);
  ws.getColumn(1).width = plan.guide.width;
  plan.guide.lines.forEach((line, i) => {
    const cell = ws.getCell(`A${i + 1}`);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(i + 1).height = plan.guide.heights[i]!;
    if (i === 0) cell.font = { bold: true, size: 14 };
    else if (line && !/[.:]$/.test(line) && line.length < 60 && !/^\d/.test(line)) cell.font = { bold: true };
  });
  return ws;
}

export function writePlan(wb: ExcelJS.Workbook, plan: WorkbookPlan): void {
  writeDocumentationSheet(wb, plan);
  writeListsSheet(wb, plan);
  plan.reportSheets.forEach((v) => writeReportSheet(wb, v));
  writeGuideSheet(wb, plan);
  writePrintSetup(wb, plan.print);
}
