/**
 * What Excel would show in our formula cells, computed with the domain's own functions: the stand-in's `calculate`.
 * The table's formula columns here; Overblik, Beslutningsgrundlag and Workshopark in reportCalculation.ts.
 */
import { type CellValue, type ColumnKey, type ComputedKey, type RowValues } from '../domain/schema';
import { computeColumns, computedIndexes } from '../domain/computedColumns';
import { columnFormulaTest } from '../workbook/columnFormulas';
import { keysOfHeaders, rowValuesOf } from '../domain/check';
import { DEFAULT_SETTINGS, userCountThresholds, type Settings } from '../domain/prioritisation';
import { SETTINGS, SHEET, TABLE_NAME } from '../domain/sheetLayout';
import {
  grid,
  parseRect,
  readValue,
  tableHeaders,
  type Rect,
  type SheetModel,
  type WorkbookModel,
} from '../excelStandIn';
import { LISTER_LISTS, listsOf } from '../workbook/readSheet';
import { calculateReportSheets } from './reportCalculation';

const at = (sheet: SheetModel, a1: string) => {
  const r = parseRect(a1)!;
  return sheet.cell(r.r0, r.c0);
};

/** Settings as the formulas read them: a typed number fixes a threshold; anything else means "from the data". */
export function listerSettings(lists: SheetModel | null): Settings {
  if (!lists) return DEFAULT_SETTINGS;
  const threshold = (row: number) => {
    const cell = at(lists, `${SETTINGS.valueColumn}${row}`);
    return cell && cell.formula === undefined && typeof cell.value === 'number' ? cell.value : null;
  };
  const matrix = [0, 1, 2].map((r) =>
    [0, 1, 2].map((c) => String(lists.cell(SETTINGS.matrix.firstRow - 1 + r, 10 + c)?.value ?? '')),
  );
  const strategy = at(lists, `${SETTINGS.valueColumn}${SETTINGS.strategy.row}`)?.value;
  return {
    lowThreshold: threshold(SETTINGS.lowThreshold.row),
    highThreshold: threshold(SETTINGS.highThreshold.row),
    matrix,
    strategy: typeof strategy === 'string' ? strategy : '',
  };
}

export function calculateSheetFormulas(model: WorkbookModel): void {
  const table = model.table(TABLE_NAME);
  if (!table) return;
  const { sheet, rect } = table;
  const headers = tableHeaders(table);
  const keys = keysOfHeaders(headers);
  const body: unknown[][] = [];
  for (let r = rect.r0 + 1; r <= rect.r1; r++) body.push(headers.map((_, c) => sheet.cell(r, rect.c0 + c)?.value));
  const lists = model.sheet(SHEET.lists);
  const settings = listerSettings(lists);
  const where = computedIndexes(headers);
  const holdsColumnFormula = remembered(columnFormulaTest(headers));
  // Column by column, as Excel recalculates: only a cell holding its column's formula computes here; another formula
  // keeps showing its text, as the stand-in shows every formula it cannot compute (Excel would compute it), and the
  // columns after it read what it shows.
  const { values } = computeColumns(headers, body, settings, {
    show: (key, r, value) => {
      const cell = sheet.cell(rect.r0 + 1 + r, rect.c0 + where.get(key)!);
      if (!cell || !holdsColumnFormula(key, cell.formula)) return false;
      cell.value = value;
      return true;
    },
  });
  const decision = where.get('decisionCaseworkerCount');
  const shownDecision = body.map((row, r) =>
    decision === undefined ? values.decisionCaseworkerCount[r] : ((row[decision] as CellValue) ?? null),
  );
  calculateReportSheets(model, {
    rows: tableRows(sheet, rect, keys),
    lists: listsOf(lists ? grid({ sheet: lists, rect: parseRect(LISTER_LISTS)! }, readValue) : null),
  });
  if (lists)
    showThresholds(lists, userCountThresholds(shownDecision, { ...settings, lowThreshold: null, highThreshold: null }));
}

/** The test with its answers remembered: a column's cells mostly hold one formula text, normalised once here. */
function remembered(
  test: (key: ComputedKey, formula: unknown) => boolean,
): (key: ComputedKey, formula: unknown) => boolean {
  const answers = new Map<string, boolean>();
  return (key, formula) => {
    if (typeof formula !== 'string') return test(key, formula);
    const at = `${key}\u0000${formula}`;
    let answer = answers.get(at);
    if (answer === undefined) answers.set(at, (answer = test(key, formula)));
    return answer;
  };
}

/** The table's rows as the domain reads them, formula columns with the values just computed. */
function tableRows(sheet: SheetModel, rect: Rect, keys: readonly (ColumnKey | null)[]): RowValues[] {
  const rows: RowValues[] = [];
  for (let r = rect.r0 + 1; r <= rect.r1; r++) {
    const cells = keys.map((_, c) => {
      const v = sheet.cell(r, rect.c0 + c)?.value;
      return v === undefined || v === '' ? null : v;
    });
    rows.push(rowValuesOf(cells, keys));
  }
  return rows;
}

/** The PERCENTILE.INC cells show their result (or "" where IFERROR catches #NUM!). */
function showThresholds(lists: SheetModel, t: { low: number | null; high: number | null }): void {
  const column = parseRect(`${SETTINGS.valueColumn}1`)!.c0;
  for (const [row, v] of [
    [SETTINGS.lowThreshold.row, t.low],
    [SETTINGS.highThreshold.row, t.high],
  ] as const) {
    const cell = lists.cell(row - 1, column);
    if (cell?.formula && /PERCENTILE/i.test(cell.formula)) cell.value = v ?? '';
  }
}
