/** Turns cell grids of the table and the Lister sheet into a SheetSnapshot; shared by both adapters. */
import { columnIndex } from '../domain/a1';
import { keysOfHeaders, rowValuesOf } from '../domain/check';
import { DEFAULT_MATRIX, DEFAULT_SETTINGS, type Settings, type Thresholds } from '../domain/prioritisation';
import { TYPED_FALLBACK, type CellValue, type FormulaKey } from '../domain/schema';
import { sameHeader } from '../domain/computedColumns';
import { LIST_COLUMNS, LIST_FIRST_ROW, LIST_LAST_ROW, SETTINGS } from '../domain/sheetLayout';
import { defaultLists, type Lists } from '../domain/validation';
import type { SheetRow } from './types';

const blank = (v: unknown) => v === null || v === undefined || v === '';

const lastListColumn = LIST_COLUMNS.map((l) => l.column).sort((a, b) => columnIndex(a) - columnIndex(b))[
  LIST_COLUMNS.length - 1
];
/** Address of everything the snapshot reads on Lister: the lists (A to the last list column), settings K2:K4 and the matrix K7:M9. */
export const LISTER_LISTS = `A${LIST_FIRST_ROW}:${lastListColumn}${LIST_LAST_ROW}`;
export const LISTER_SETTINGS = `${SETTINGS.valueColumn}${SETTINGS.lowThreshold.row}:${SETTINGS.valueColumn}${SETTINGS.strategy.row}`;
export const LISTER_MATRIX = SETTINGS.matrix.values;

/** Where the typed values kept beside a formula column stand (the formulas fall back on them). */
function typedColumns(headers: unknown[]): [FormulaKey, number][] {
  return (Object.entries(TYPED_FALLBACK) as [FormulaKey, string][])
    .map(([key, header]): [FormulaKey, number] => [key, headers.findIndex((h) => sameHeader(String(h ?? ''), header))])
    .filter(([, c]) => c >= 0);
}

export function rowsOf(headers: unknown[], body: unknown[][], firstExcelRow: number): SheetRow[] {
  const keys = keysOfHeaders(headers as CellValue[]);
  const typedAt = typedColumns(headers);
  const rows: SheetRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every(blank)) return;
    const values = rowValuesOf(
      cells.map((v) => (v === '' ? null : (v as CellValue))),
      keys,
    );
    const typed = typedAt.filter(([, c]) => !blank(cells[c]));
    rows.push({
      index,
      excelRow: firstExcelRow + index,
      values,
      ...(typed.length ? { typed: Object.fromEntries(typed.map(([k, c]) => [k, cells[c] as CellValue])) } : {}),
    });
  });
  return rows;
}

/** A list is what its dropdown shows: the first COUNTA(column) cells from the top (lists have no gaps). */
export function listsOf(grid: unknown[][] | null): Lists {
  const lists = defaultLists() as Record<string, readonly string[]>;
  if (!grid) return lists as unknown as Lists;
  LIST_COLUMNS.forEach((l) => {
    if (l.name === 'strategies') return;
    const c = columnIndex(l.column);
    const cells = grid.map((row) => row[c]);
    const count = cells.filter((v) => !blank(v)).length;
    lists[l.name] = cells
      .slice(0, count)
      .filter((v) => !blank(v))
      .map((v) => String(v));
  });
  return lists as unknown as Lists;
}

/** K2/K3: a typed number overrides, a formula means "from the data"; K4 the strategy; K7:M9 the matrix. */
/** The Brugerantal thresholds as Lister K2 and K3 show them, typed or computed (a formula there reads them with ISNUMBER). */
export function shownThresholds(values: unknown[][]): Thresholds {
  const at = (i: number) => {
    const v = values[i]?.[0];
    return typeof v === 'number' ? v : null;
  };
  return { low: at(0), high: at(1) };
}

export function settingsOf(
  values: unknown[][] | null,
  formulas: unknown[][] | null,
  matrix: unknown[][] | null,
): Settings {
  if (!values || !formulas || !matrix) return DEFAULT_SETTINGS;
  const threshold = (i: number) => {
    const f = formulas[i]?.[0];
    const v = values[i]?.[0];
    return typeof f === 'string' && f.startsWith('=') ? null : typeof v === 'number' ? v : null;
  };
  const strategy = values[2]?.[0];
  return {
    lowThreshold: threshold(0),
    highThreshold: threshold(1),
    strategy: typeof strategy === 'string' && strategy !== '' ? strategy : DEFAULT_SETTINGS.strategy,
    matrix: DEFAULT_MATRIX.map((row, r) => row.map((d, c) => (blank(matrix[r]?.[c]) ? d : String(matrix[r][c])))),
  };
}
