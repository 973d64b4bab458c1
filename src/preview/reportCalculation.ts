/**
 * What Excel would show in the formula cells of Overblik, Beslutningsgrundlag and Workshopark, computed with the
 * domain's own functions (overview.ts): cells are found by the sheet's headers and labels, never by reading formulas.
 * views.lo.test.ts shows LibreOffice computes the same from the formulas.
 */
import { column, COLUMNS, type ColumnKey, type RowValues } from '../domain/schema';
import { asText, isBlank, isNumber, matchExact } from '../domain/excelSemantics';
import type { Lists } from '../domain/validation';
import {
  areaOverview,
  criticalOverview,
  licenceOverview,
  licenceSystemRows,
  lineInvalid,
  otherAreas,
  outsideDecision,
  patternOverview,
  type CountLine,
  decisionLines,
  decisionSortKey,
  decisionSummary,
  progressOverview,
  scenarioOverview,
} from '../domain/overview';
import { CRITICAL_ROWS, SCOPE_COLUMNS } from '../domain/overviewFormulas';
import {
  AREA_HEADERS,
  CRITICAL_HEADERS,
  DECISION_HELPERS,
  DECISION_LINE_HEADER,
  DECISION_LIST,
  DECISION_READ,
  DECISION_SUMMARY_HEADERS,
  decisionListHeader,
  LICENCE_HEADERS,
  LICENCE_LINES,
  LINE_CHECKED,
  OTHER_AREAS,
  OUTSIDE_CD,
  OUTSIDE_HEADERS,
  PATTERN_HEADERS,
  PROGRESS_HEADERS,
  REPORT_SHEET,
  REPORT_TABLE,
  SCENARIO_HEADERS,
} from '../workbook/reportSheetsPlan';
import { WORKSHOP_CHOICE, WORKSHOP_SHEET } from '../workbook/workshopPlan';
import { SHEET, TABLE_NAME } from '../domain/sheetLayout';
import { USAGE_PATTERNS } from '../domain/lists';
import { MAX_COLUMNS, readValue, type Scalar, type SheetModel, type WorkbookModel } from '../excelStandIn';

export interface ReportInputs {
  /** Every row of the Dokumentation table, formula columns with their computed values. */
  rows: RowValues[];
  lists: Lists;
}

type Shown = Scalar | '';

const readText = (cell: Parameters<typeof readValue>[0]) => String(readValue(cell));

/** A formula cell shows `value`; constants are left alone. */
function show(sheet: SheetModel, r: number, c: number, value: Shown | undefined): void {
  const cell = sheet.cell(r, c);
  if (cell?.formula !== undefined && value !== undefined) cell.value = value;
}

const headersAt = (sheet: SheetModel, r: number, width: number) =>
  Array.from({ length: width }, (_, c) => readText(sheet.cell(r, c)).trim());

/** Lines below a header row (0-based) for as long as column A has something (a label or a formula). */
function lineCount(sheet: SheetModel, header: number): number {
  let n = 0;
  while (sheet.cell(header + 1 + n, 0)?.formula !== undefined || !isBlank(sheet.cell(header + 1 + n, 0)?.value)) n++;
  return n;
}

/** Fills a block: header row `header` (0-based) from column A; `valueOf(line, headerText)` per formula cell. */
function fillBlock(
  sheet: SheetModel,
  header: number,
  lines: number,
  width: number,
  valueOf: (line: number, headerText: string) => Shown | undefined,
): void {
  const headers = headersAt(sheet, header, width);
  for (let i = 0; i < lines; i++) headers.forEach((h, c) => show(sheet, header + 1 + i, c, valueOf(i, h)));
}

/** The header row (0-based) whose column A reads `text`, or -1. */
function headerRowOf(sheet: SheetModel, text: string): number {
  // One pass over the sheet's cells (column A's keys are multiples of the column count), not a scan of its used range.
  let found = -1;
  for (const [key, cell] of sheet.cells) {
    if (key % MAX_COLUMNS !== 0) continue;
    const r = key / MAX_COLUMNS;
    if ((found < 0 || r < found) && readText(cell).trim() === text) found = r;
  }
  return found;
}

/** The løsningsscenarie labels on Lister (the summary's first column shows them). */
const scenarioLabels = (lists: Lists): readonly string[] => lists.scenarios;

/** Lines of numbers below a header row (0-based): column A keeps its label (or shows the line's), the rest its numbers. */
function countBlock(sheet: SheetModel, header: number, lines: readonly (CountLine | null)[], width: number): void {
  lines.forEach((line, i) => {
    show(sheet, header + 1 + i, 0, line ? line.label : '');
    for (let c = 1; c < width; c++) show(sheet, header + 1 + i, c, line ? line.numbers[c - 1] : '');
  });
}

function decisionSummaryBlock(sheet: SheetModel, header: number, inputs: ReportInputs): void {
  countBlock(
    sheet,
    header,
    decisionSummary(inputs.rows, scenarioLabels(inputs.lists)),
    DECISION_SUMMARY_HEADERS.length,
  );
}

/** The labels in column A of a table's lines. */
function labelsOf(sheet: SheetModel, rect: { r0: number; r1: number }): string[] {
  const out: string[] = [];
  for (let r = rect.r0 + 1; r <= rect.r1; r++) out.push(readText(sheet.cell(r, 0)));
  return out;
}

function overviewSheet(model: WorkbookModel, inputs: ReportInputs): void {
  const labels = scenarioLabels(inputs.lists);
  const decision = model.table(REPORT_TABLE.decision);
  if (decision) decisionSummaryBlock(decision.sheet, decision.rect.r0, inputs);

  const pattern = model.table(REPORT_TABLE.pattern);
  if (pattern)
    countBlock(pattern.sheet, pattern.rect.r0, patternOverview(inputs.rows, USAGE_PATTERNS), PATTERN_HEADERS.length);

  const licence = model.table(REPORT_TABLE.licence);
  if (licence)
    countBlock(licence.sheet, licence.rect.r0, licenceOverview(inputs.rows, LICENCE_LINES), LICENCE_HEADERS.length);

  const scenario = model.table(REPORT_TABLE.scenario);
  if (scenario) {
    const { sheet, rect } = scenario;
    // The fagområder are the lines before «I alt»; under the table, what no line has.
    const areas = labelsOf(sheet, rect).slice(0, -1);
    const lines = scenarioOverview(inputs.rows, areas, labels);
    countBlock(sheet, rect.r0, lines, SCENARIO_HEADERS.length);
    if (readText(sheet.cell(rect.r1 + 1, 0)) === OTHER_AREAS)
      countBlock(sheet, rect.r1, [{ label: OTHER_AREAS, numbers: otherAreas(lines) }], SCENARIO_HEADERS.length);
  }

  const area = model.table(REPORT_TABLE.area);
  if (area) {
    const { sheet, rect } = area;
    const lines = areaOverview(inputs.rows, labelsOf(sheet, rect).slice(0, -1));
    countBlock(sheet, rect.r0, lines, AREA_HEADERS.length);
    if (readText(sheet.cell(rect.r1 + 1, 0)) === OTHER_AREAS)
      countBlock(sheet, rect.r1, [{ label: OTHER_AREAS, numbers: otherAreas(lines) }], AREA_HEADERS.length);
  }

  const critical = model.table(REPORT_TABLE.critical);
  if (critical) {
    const counts = criticalOverview(
      inputs.rows,
      inputs.rows.map((r) => asText(r.cleanupScope)),
    );
    const { sheet, rect } = critical;
    const shownAs = (x: string) => (x === '' ? '(tom)' : x);
    fillBlock(sheet, rect.r0, rect.r1 - rect.r0, CRITICAL_HEADERS.length, (i, h) => {
      const row = CRITICAL_ROWS.findIndex((x) => shownAs(x) === readText(sheet.cell(rect.r0 + 1 + i, 0)));
      const col = SCOPE_COLUMNS.findIndex((x) => shownAs(x) === h);
      return row < 0 || col < 0 ? undefined : counts[row]?.[col];
    });
  }

  const progress = model.table(REPORT_TABLE.progress);
  if (progress) {
    const { sheet, rect } = progress;
    const areas = labelsOf(sheet, rect);
    const lines = progressOverview(inputs.rows, areas, inputs.lists);
    fillBlock(sheet, rect.r0, areas.length, PROGRESS_HEADERS.length, (i, h) => {
      const l = lines[i];
      const at = PROGRESS_HEADERS.indexOf(h);
      if (!l || at < 1) return undefined;
      return [l.rows, l.screened, l.withPattern, l.toBeComplete, l.withFinding][at - 1];
    });
  }
}

/** As the line's formula gives it: a date (past 2100) stays a number for the column's date format (decisionWhen). */
function listValue(row: RowValues, key: ColumnKey, kind: 'text' | 'number' | 'when' | 'invalid'): Shown {
  const x = row[key];
  if (kind === 'text') return asText(x);
  if (kind === 'when') return isNumber(x) && x > 2100 ? x : asText(x);
  if (isNumber(x) && !Number.isInteger(x)) return String(x);
  return isBlank(x) ? '' : (x as Scalar);
}

/** The Dokumentation table's headers, from its sheet's first row (the helper cells find columns by header). */
function documentationHeaders(model: WorkbookModel): string[] {
  const sheet = model.sheet(SHEET.documentation);
  const table = model.table(TABLE_NAME);
  // The table's width where it stands at A1 (a scan of every cell for the used range is slow on thousands of rows).
  const width = table?.sheet === sheet && table.rect.r0 === 0 && table.rect.c0 === 0 ? table.rect.c1 + 1 : undefined;
  const used = width === undefined ? sheet?.usedRect(true) : undefined;
  return sheet ? headersAt(sheet, 0, width ?? (used ? used.c1 + 1 : 0)) : [];
}

function decisionSheet(model: WorkbookModel, inputs: ReportInputs): void {
  const sheet = model.sheet(REPORT_SHEET.decision);
  if (!sheet) return;
  const summary = headerRowOf(sheet, DECISION_SUMMARY_HEADERS[0]!);
  if (summary >= 0) decisionSummaryBlock(sheet, summary, inputs);
  const header = headerRowOf(sheet, DECISION_LINE_HEADER);
  if (header < 0) return;
  const { rows } = inputs;
  const order = decisionLines(rows);
  const keys = rows.map((r, i) => decisionSortKey(r.priority, r.decidedOrder, i + 1));
  const sorted = order.map((i) => keys[i]);
  const tableHeaders = documentationHeaders(model);
  const byHeader = new Map(DECISION_LIST.map((d) => [decisionListHeader(d), d]));
  const width = DECISION_LIST.length + 2 + DECISION_HELPERS.length;
  const outside = headerRowOf(sheet, OUTSIDE_HEADERS[0]!);
  if (outside >= 0)
    countBlock(sheet, outside, [{ label: OUTSIDE_CD, numbers: outsideDecision(rows) }], OUTSIDE_HEADERS.length);
  const systems = new Set(licenceSystemRows(rows));
  fillBlock(sheet, header, lineCount(sheet, header), width, (i, h) => {
    const position = order[i];
    const row = position === undefined ? undefined : rows[position];
    if (h === DECISION_HELPERS[0]) return position === undefined ? '' : position + 1;
    if (h === DECISION_HELPERS[1]) return sorted[i] ?? '';
    if (h === DECISION_HELPERS[2]) return keys[i] ?? '';
    if (h === DECISION_HELPERS[3]) {
      const key = DECISION_READ[i];
      return key ? tableHeaders.indexOf(column(key).header) + 1 || '' : undefined;
    }
    if (h === DECISION_HELPERS[4]) return i === 0 ? order.length : undefined;
    if (h === DECISION_HELPERS[5]) return systems.has(i) ? i + 1 : '';
    if (h === DECISION_LINE_HEADER) return row ? i + 1 : '';
    const d = byHeader.get(h);
    if (!d) return undefined;
    if (!row) return '';
    return d.key === 'invalid' ? lineInvalid(row, LINE_CHECKED, inputs.lists) : listValue(row, d.key, d.kind);
  });
}

/** The column a Workshopark label names: its header, or "question (header)" for a To-be question. */
function keyOfLabel(label: string): ColumnKey | undefined {
  const found = COLUMNS.filter((c) => label === c.header || label.endsWith(` (${c.header})`));
  return found.sort((a, b) => b.header.length - a.header.length)[0]?.key;
}

/** As the handout's lookups give it (workshopPlan.ts): counts as numbers, a date as its serial, the rest as text. */
function workshopShown(row: RowValues, key: ColumnKey): Shown {
  const x = row[key];
  const kind = column(key).kind;
  if (kind === 'count') return isBlank(x) ? '' : (x as Scalar);
  if (kind === 'date') return isNumber(x) && x > 2100 ? x : asText(x);
  return asText(x);
}

function workshopSheet(model: WorkbookModel, inputs: ReportInputs): void {
  const sheet = model.sheet(WORKSHOP_SHEET);
  if (!sheet) return;
  // The model's rows count from 0, the plan's from 1.
  const choice = sheet.cell(WORKSHOP_CHOICE.row - 1, WORKSHOP_CHOICE.column)?.value;
  // MATCH(B3, Dokumentation[Sagsområde], 0): the first text that matches (case-insensitive, with wildcards).
  const found = inputs.rows.findIndex((r) => typeof r.caseArea === 'string' && matchExact(choice, [r.caseArea]) === 0);
  const row = isBlank(choice) || found < 0 ? undefined : inputs.rows[found];
  const used = sheet.usedRect(true);
  for (let r = 0; used && r <= used.r1; r++)
    for (let c = 1; c <= used.c1; c++) {
      if (sheet.cell(r, c)?.formula === undefined) continue;
      const key = keyOfLabel(readText(sheet.cell(r, 0)).trim());
      if (key) show(sheet, r, c, row ? workshopShown(row, key) : '');
    }
}

export function calculateReportSheets(model: WorkbookModel, inputs: ReportInputs): void {
  overviewSheet(model, inputs);
  decisionSheet(model, inputs);
  workshopSheet(model, inputs);
}
