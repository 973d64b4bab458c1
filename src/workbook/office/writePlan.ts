/** Queues a WorkbookPlan into open sheets: table, formulas, validation, Lister, the view sheets, Vejledning. Syncs only through the budget. */
import { INVALID_STYLE } from '../../domain/highlightFormulas';
import { toApiForm } from '../../domain/formulaDialect';
import { areaA1, cellA1, columnLetter, topLeft } from '../../domain/a1';
import type { WorkbookPlan } from '../plan';
import { setAll, toCellInput } from './cellInput';
import { chunkRows, estimateBytes, type SyncBudget } from './syncBudget';
import { queueValidation } from './validationRules';
import { queueReportSheets, queueRowBreaks, type ViewWriteOptions } from './writeReportSheets';
import { charactersToPoints } from '../columnWidth';
import { queuePrintSetups } from './printSetup';
import { queueStyle } from './cellStyle';

export interface PlanSheets {
  documentation: Excel.Worksheet;
  lists: Excel.Worksheet;
  guide: Excel.Worksheet;
  /** One sheet per plan.reportSheets entry, in the same order. */
  reportSheets: Excel.Worksheet[];
}

async function queueTable(
  context: Excel.RequestContext,
  plan: WorkbookPlan['table'],
  ws: Excel.Worksheet,
  budget: SyncBudget,
) {
  const width = plan.columns.length;
  const last = columnLetter(width - 1);
  const firstData = plan.headerRow + 1;
  const lastRow = plan.headerRow + plan.rows.length;
  // Formats first, so "32.01" or "0" stay text when the values arrive.
  for (const [i, format] of plan.numberFormats)
    setAll(ws.getRange(`${columnLetter(i)}${firstData}:${columnLetter(i)}${lastRow}`), 'numberFormat', format);
  const header = ws.getRange(`A${plan.headerRow}:${last}${plan.headerRow}`);
  header.values = [plan.columns.map((c) => toCellInput(c.header))];
  queueStyle(header, plan.headerStyle);
  for (const chunk of chunkRows(plan.rows.map((row) => row.map(toCellInput)))) {
    await budget.reserve(chunk.bytes);
    const top = firstData + chunk.start;
    ws.getRange(`A${top}:${last}${top + chunk.rows.length - 1}`).values = chunk.rows;
  }
  await budget.reserve(20_000);
  const table = context.workbook.tables.add(ws.getRange(`A${plan.headerRow}:${last}${lastRow}`), true);
  table.name = plan.name;
  table.style = 'TableStyleLight9';
  table.showBandedRows = true;
  // The user's own formulas from an older layout, each in its cell, once the table exists: Excel resolves their
  // structured references ([@Sagsområde], Dokumentation[…]) when they are set.
  const owns = [...plan.cellFormulas].flatMap(([k, row]) => [...row].map(([i, formula]) => ({ k, i, formula })));
  if (owns.length) await budget.reserve(estimateBytes(owns.map((o) => o.formula)) + 1_000);
  for (const { k, i, formula } of owns)
    ws.getRange(cellA1({ row: firstData + k, column: i })).formulas = [[`=${toApiForm(formula)}`]];
  for (const [i, formula] of plan.formulas) {
    const body = table.columns.getItemAt(i).getDataBodyRange();
    // One formula for the whole column: Excel makes it a calculated column, and the request stays small.
    setAll(body, 'formulas', `=${toApiForm(formula)}`);
    queueStyle(body, plan.formulaStyle);
  }
  for (const [i, spec] of plan.validations) {
    queueValidation(table.columns.getItemAt(i).getDataBodyRange(), spec, `${columnLetter(i)}${firstData}`);
  }
  for (const [i, formula] of plan.highlights) queueHighlight(table.columns.getItemAt(i).getDataBodyRange(), formula);
  // The plan's widths, so the print areas fit the pages as they do in the file; headers wrap.
  plan.widths.forEach(
    (width, i) => (ws.getRange(`${columnLetter(i)}${plan.headerRow}`).format.columnWidth = charactersToPoints(width)),
  );
  header.format.rowHeight = plan.headerHeight;
  ws.freezePanes.freezeAt(`A1:${columnLetter(plan.frozen.columns - 1)}${plan.frozen.rows}`);
}

/** Marks invalid values, however they got there (data validation does not fire on paste). */
function queueHighlight(body: Excel.Range, formula: string): void {
  const custom = body.conditionalFormats.add('Custom').custom;
  custom.rule.formula = `=${toApiForm(formula)}`;
  custom.format.fill.color = `#${INVALID_STYLE.fill}`;
  custom.format.font.color = `#${INVALID_STYLE.font}`;
  custom.format.font.bold = INVALID_STYLE.bold;
  for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
    const border = custom.format.borders.getItem(edge);
    border.style = 'Dash';
    border.color = `#${INVALID_STYLE.font}`;
  }
}

function queueLists(plan: WorkbookPlan['lists'], ws: Excel.Worksheet): void {
  for (const cell of plan.cells) {
    const range = ws.getRange(cellA1(cell));
    if (cell.formula !== undefined) range.formulas = [[`=${toApiForm(cell.formula)}`]];
    else range.values = [[toCellInput(cell.value)]];
    if (cell.style) queueStyle(range, cell.style);
  }
  for (const { range, spec } of plan.validations)
    queueValidation(ws.getRange(areaA1(range)), spec, cellA1(topLeft(range)));
  for (const [c, width] of plan.widths)
    ws.getRange(`${columnLetter(c)}1`).format.columnWidth = charactersToPoints(width);
  for (const [r, height] of plan.heights) ws.getRange(`A${r}`).format.rowHeight = height;
}

function queueGuide(plan: WorkbookPlan['guide'], ws: Excel.Worksheet): void {
  const range = ws.getRange(`A1:A${plan.lines.length}`);
  range.values = plan.lines.map((line) => [toCellInput(line)]);
  range.format.columnWidth = charactersToPoints(plan.width);
  plan.heights.forEach((height, i) => (ws.getRange(`A${i + 1}`).format.rowHeight = height));
  plan.styles.forEach((style, i) => queueStyle(ws.getRange(`A${i + 1}`), style));
}

/** Queues the whole plan; the caller syncs at the end. Rows go in chunks that each fit the budget. */
export async function queuePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  sheets: PlanSheets,
  budget: SyncBudget,
  options: ViewWriteOptions = { pageLayout: false },
): Promise<void> {
  const small = estimateBytes(plan.lists.cells) + estimateBytes(plan.guide.lines) + 20_000;
  await budget.reserve(small);
  queueGuide(plan.guide, sheets.guide);
  await queueTable(context, plan.table, sheets.documentation, budget);
  // Lister's threshold formulas refer to the Dokumentation table: Excel checks a reference when it is set.
  queueLists(plan.lists, sheets.lists);
  // The view formulas refer to the Dokumentation table, so it is queued first.
  await queueReportSheets(context, plan.reportSheets, sheets.reportSheets, budget);
  if (options.pageLayout) {
    const byName = new Map<string, Excel.Worksheet>([
      [plan.table.sheet, sheets.documentation],
      [plan.lists.sheet, sheets.lists],
      [plan.guide.sheet, sheets.guide],
      ...plan.reportSheets.map((s, i) => [s.name, sheets.reportSheets[i]!] as [string, Excel.Worksheet]),
    ]);
    queuePrintSetups(byName, plan.print);
    plan.reportSheets.forEach((s, i) => queueRowBreaks(sheets.reportSheets[i]!, s));
  }
  sheets.documentation.activate();
}
