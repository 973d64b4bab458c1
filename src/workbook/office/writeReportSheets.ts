/**
 * Queues plan.reportSheets (Overblik, Beslutningsgrundlag) into open sheets, as xlsxStream's reportSheet does for the file:
 * notes, formula tables, a plain formula range. Each table and the range go in as one 2D write; syncs only through the budget.
 */
import { cellA1, columnLetter, rangeA1 } from '../../domain/a1';
import type { PlannedSheet, PlannedValue } from '../reportSheetsPlan';
import { setAll, toCellInput } from './cellInput';
import { estimateBytes, type SyncBudget } from './syncBudget';
import { toApiForm, toR1C1 } from '../../domain/formulaDialect';
import { queueFormParts } from './formSheet';
import { reportLayout } from '../reportLayout';
import { DATE_FORMAT, NUMBER_FORMAT } from '../numberFormats';
import { CHART_FILLS, type PlannedChart } from '../chartPlan';
import { charactersToPoints } from '../columnWidth';
import { queueStyle } from './cellStyle';
import { STYLE } from '../cellStyles';

/** Formula cells in UI form, constants as user text (an area called "=x" stays text). */
export function plannedInput(p: PlannedValue): string | number | boolean {
  return 'formula' in p ? `=${toApiForm(p.formula)}` : toCellInput(p.value);
}

export interface ViewWriteOptions {
  /** ExcelApi 1.9: Worksheet.pageLayout. Below it the sheets keep Excel's default print setup. */
  pageLayout: boolean;
}

/**
 * The plan's page breaks (the one above Overblik's charts) through Worksheet.horizontalPageBreaks (ExcelApi 1.9), the
 * file's rowBreaks: the sheet's manual breaks reset first, so a redrawn Overblik has its break where its charts now start.
 */
export function queueRowBreaks(ws: Excel.Worksheet, sheet: PlannedSheet): void {
  if (!sheet.rowBreaks?.length) return;
  const breaks = ws.horizontalPageBreaks;
  breaks.removePageBreaks();
  for (const row of sheet.rowBreaks) breaks.add(`A${row}`);
}

/**
 * The planned charts through Worksheet.charts (ExcelApi 1.1; series by range 1.7, below the add-in's 1.8), bound to the
 * same ranges as the file's: the first series with its header cell, so Excel binds its name to the header as the
 * file's strRef does.
 */
export function queueCharts(ws: Excel.Worksheet, charts: readonly PlannedChart[]): void {
  for (const plan of charts) {
    const [first, ...rest] = plan.series;
    if (!first) continue;
    // The first series from its header cell down: Excel names the series by that cell.
    const { row, column } = first.name;
    const named = {
      firstRow: row,
      lastRow: first.values.lastRow,
      firstColumn: column,
      lastColumn: first.values.lastColumn,
    };
    const chart = ws.charts.add('ColumnClustered', ws.getRange(rangeA1(named)), 'Columns');
    chart.name = plan.title;
    chart.title.text = plan.title;
    chart.axes.categoryAxis.title.text = plan.categoryTitle;
    chart.axes.valueAxis.title.text = plan.valueTitle;
    chart.legend.position = 'Bottom';
    chart.dataLabels.showValue = true;
    const categories = ws.getRange(rangeA1(plan.categories));
    chart.series.getItemAt(0).setXAxisValues(categories);
    for (const s of rest) {
      const series = chart.series.add(s.label);
      series.setValues(ws.getRange(rangeA1(s.values)));
      series.setXAxisValues(categories);
    }
    plan.series.forEach((_, i) => {
      const series = chart.series.getItemAt(i);
      series.format.fill.setSolidColor(`#${CHART_FILLS[i % CHART_FILLS.length]}`);
      series.format.line.color = '#000000';
    });
    // Excel's end cell is the last one the chart covers: the one above and left of the plan's `to`.
    chart.setPosition(cellA1(plan.from), cellA1({ row: plan.to.row - 1, column: plan.to.column - 1 }));
  }
}

export async function queueReportSheet(
  context: Excel.RequestContext,
  sheet: PlannedSheet,
  ws: Excel.Worksheet,
  budget: SyncBudget,
): Promise<void> {
  const layout = reportLayout(sheet);
  layout.widths.forEach((w, i) => (ws.getRange(`${columnLetter(i)}1`).format.columnWidth = charactersToPoints(w)));
  await budget.reserve(estimateBytes(sheet.notes) + 2_000);
  for (const n of sheet.notes) {
    const cell = ws.getRange(cellA1(n));
    cell.values = [[toCellInput(n.text)]];
    if (n.bold) cell.format.font.bold = true;
  }
  for (const t of sheet.tables) {
    const grid = [t.headers.map((h) => toCellInput(h)), ...t.rows.map((r) => r.map(plannedInput))];
    await budget.reserve(estimateBytes(grid) + 2_000);
    const last = columnLetter(t.headers.length - 1);
    const range = ws.getRange(`A${t.headerRow}:${last}${t.headerRow + t.rows.length}`);
    range.formulas = grid;
    const table = context.workbook.tables.add(range, true);
    table.name = t.name;
    table.style = 'TableStyleLight9';
    table.showBandedRows = true;
    // Counts with thousands separators (a text label is not touched by a number format).
    if (t.rows.length && t.headers.length > 1)
      setAll(ws.getRange(`B${t.headerRow + 1}:${last}${t.headerRow + t.rows.length}`), 'numberFormat', NUMBER_FORMAT);
  }
  for (const { headerRow, headers, rows, lineHeight, dateColumns, numberColumns } of sheet.ranges) {
    const last = columnLetter(headers.length - 1);
    const header = ws.getRange(`A${headerRow}:${last}${headerRow}`);
    header.values = [headers.map((h) => toCellInput(h))];
    queueStyle(header, STYLE.heading);
    await queueFormulaRows(ws, rows, headerRow + 1, budget);
    if (lineHeight && rows.length) {
      const lines = ws.getRange(`A${headerRow + 1}:${last}${headerRow + rows.length}`);
      queueStyle(lines, STYLE.wrapped);
      lines.format.rowHeight = lineHeight;
      // The line number (Nr.) to the left, under its header, as in the file.
      ws.getRange(`A${headerRow + 1}:A${headerRow + rows.length}`).format.horizontalAlignment = 'Left';
    }
    if (rows.length)
      for (const c of numberColumns ?? []) {
        const letter = columnLetter(c);
        setAll(
          ws.getRange(`${letter}${headerRow + 1}:${letter}${headerRow + rows.length}`),
          'numberFormat',
          NUMBER_FORMAT,
        );
      }
    // Dates as dates, to the left like the years and texts beside them (as in the file).
    if (rows.length)
      for (const c of dateColumns ?? []) {
        const letter = columnLetter(c);
        const dates = ws.getRange(`${letter}${headerRow + 1}:${letter}${headerRow + rows.length}`);
        setAll(dates, 'numberFormat', DATE_FORMAT);
        dates.format.horizontalAlignment = 'Left';
      }
  }
  if (sheet.frozenRows > 0) ws.freezePanes.freezeRows(sheet.frozenRows);
  for (const c of sheet.hiddenColumns) ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).columnHidden = true;
  // Wrapped headers (and long scenario names), Workshopark's rows with a note box: styled rows as tall as the plan says.
  layout.rows.forEach(({ height, style, columns }, r) => {
    const row = ws.getRange(`A${r}:${columnLetter(columns - 1)}${r}`);
    queueStyle(row, style);
    row.format.rowHeight = height;
  });
  for (const box of layout.boxes) queueStyle(ws.getRange(cellA1(box)), STYLE.noteBox);
  if (layout.choice) queueStyle(ws.getRange(cellA1(layout.choice)), STYLE.choice);
  queueFormParts(ws, sheet);
  // After the tables they draw: a series' range is checked when it is set.
  if (sheet.charts?.length) queueCharts(ws, sheet.charts);
}

/**
 * Rows of formulas from row `firstRow`: a column whose formula reads the same in R1C1 on every row goes in as one scalar
 * (a few hundred bytes at any number of rows); the other columns go in together as one 2D write.
 */
async function queueFormulaRows(
  ws: Excel.Worksheet,
  rows: PlannedValue[][],
  firstRow: number,
  budget: SyncBudget,
): Promise<void> {
  const width = rows[0]?.length ?? 0;
  const lastRow = firstRow + rows.length - 1;
  const uniform: (string | null)[] = [];
  for (let c = 0; c < width; c++) {
    const forms = new Set(
      rows.map((r, i) => ('formula' in r[c] ? toR1C1(plannedInput(r[c]) as string, firstRow + i, c + 1) : null)),
    );
    const only = forms.size === 1 ? [...forms][0] : null;
    uniform.push(only);
  }
  for (let c = 0; c < width; c++) {
    const r1c1 = uniform[c];
    if (r1c1) setAll(ws.getRange(`${columnLetter(c)}${firstRow}:${columnLetter(c)}${lastRow}`), 'formulasR1C1', r1c1);
  }
  // The rest (the rank column: its number is part of each formula) as consecutive 2D blocks.
  let c = 0;
  while (c < width) {
    if (uniform[c]) {
      c++;
      continue;
    }
    let end = c;
    while (end + 1 < width && !uniform[end + 1]) end++;
    const grid = rows.map((r) => r.slice(c, end + 1).map(plannedInput));
    await budget.reserve(estimateBytes(grid) + 2_000);
    ws.getRange(`${columnLetter(c)}${firstRow}:${columnLetter(end)}${lastRow}`).formulas = grid;
    c = end + 1;
  }
}

export async function queueReportSheets(
  context: Excel.RequestContext,
  reportSheets: PlannedSheet[],
  sheets: Excel.Worksheet[],
  budget: SyncBudget,
): Promise<void> {
  for (let i = 0; i < reportSheets.length; i++) await queueReportSheet(context, reportSheets[i], sheets[i], budget);
}
