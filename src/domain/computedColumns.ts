/**
 * What a table's computed columns show, computed as Excel does it: column by column, each from the cells its formula
 * reads. A column that reads another computed column (Omfang reads Brugerantal, Prioritetsnøgle reads Omfang,
 * Prioritet reads Prioritetsnøgle) reads what that column shows, so one odd cell does not put the cells after it out.
 */
import {
  computeChain,
  type ComputedColumns,
  type FormulaInputRow,
  type Settings,
  type Thresholds,
} from './prioritisation';
import {
  COLUMNS,
  COMPUTED_KEYS,
  TYPED_FALLBACK,
  column,
  type CellValue,
  type ColumnKey,
  type ComputedKey,
} from './schema';

const cellValue = (v: unknown): CellValue => (v === undefined || v === '' ? null : (v as CellValue));
/** One header matches another whatever the case and the spaces around it, as the pane finds its columns. */
export const sameHeader = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const indexOf = (headers: readonly string[], header: string) => headers.findIndex((h) => sameHeader(h, header));

/** Where each computed column stands: by the given headers (case and outer spaces aside), or as the schema has it. */
export function computedIndexes(headers: readonly string[] | null): Map<ComputedKey, number> {
  const out = new Map<ComputedKey, number>();
  for (const key of COMPUTED_KEYS) {
    const index = headers ? indexOf(headers, column(key).header) : COLUMNS.findIndex((c) => c.key === key);
    if (index >= 0) out.set(key, index);
  }
  return out;
}

/** The formulas' inputs row by row, from the table's headers and its cells as Excel gives them ('' is blank). */
export function formulaInputs(headers: readonly string[], body: readonly (readonly unknown[])[]): FormulaInputRow[] {
  const at = (key: ColumnKey) => indexOf(headers, column(key).header);
  const columns = {
    usagePattern: at('usagePattern'),
    businessCritical: at('businessCritical'),
    caseworkerCount: at('caseworkerCount'),
    manualCaseCount: at('manualCaseCount'),
    cleanupComplexity: at('cleanupComplexity'),
    assessedUserCountCategory: at('userCountAssessed'),
    typedUserCountCategory: indexOf(headers, TYPED_FALLBACK.userCountCategory),
    typedCleanupScope: indexOf(headers, TYPED_FALLBACK.cleanupScope),
  };
  return body.map((cells) => {
    const row: FormulaInputRow = {};
    for (const [name, c] of Object.entries(columns))
      row[name as keyof FormulaInputRow] = c < 0 ? null : cellValue(cells[c]);
    return row;
  });
}

export interface ColumnOptions {
  /** The Brugerantal thresholds as Lister shows them; without them, from what Sagsbehandlere (C/D) shows. */
  thresholds?: Thresholds;
  /**
   * Called with each computed value in dependency order; returns true where the cell now shows it (it holds the
   * column's formula), so the columns after it read the new value. Without it, the body is only read.
   */
  show?: (key: ComputedKey, row: number, value: string | number) => boolean;
}

/** Each computed column's values for the body, in dependency order (computeChain); the body changes only through `show`. */
export function computeColumns(
  headers: readonly string[],
  body: unknown[][],
  settings: Settings,
  options: ColumnOptions = {},
): { values: ComputedColumns; thresholds: Thresholds } {
  const where = computedIndexes(headers);
  const { columns, thresholds } = computeChain(formulaInputs(headers, body), settings, {
    thresholds: options.thresholds,
    publish: (key, list) => {
      const c = where.get(key);
      if (c === undefined || !options.show) return;
      list.forEach((v, r) => {
        if (options.show!(key, r, v) && body[r]) body[r][c] = v;
      });
    },
    // A column the table lacks shows what its formula would give.
    shown: (key, r) => {
      const c = where.get(key);
      return c === undefined ? undefined : cellValue(body[r]?.[c]);
    },
  });
  return { values: columns, thresholds };
}

/**
 * Computed cells whose value is not what their formula gives from the cells it reads: a formula from elsewhere, a
 * value typed over the formula, or a blank cell where the formula is missing. In sheet order.
 */
export function cellsOffModel(
  headers: readonly string[],
  body: readonly (readonly unknown[])[],
  settings: Settings,
  thresholds: Thresholds,
): { row: number; key: ComputedKey; index: number }[] {
  const { values } = computeColumns(headers, body as unknown[][], settings, { thresholds });
  const columns = [...computedIndexes(headers)];
  const out: { row: number; key: ComputedKey; index: number }[] = [];
  body.forEach((cells, row) => {
    for (const [key, index] of columns)
      if ((cells[index] ?? '') !== (values[key][row] ?? '')) out.push({ row, key, index });
  });
  return out;
}
