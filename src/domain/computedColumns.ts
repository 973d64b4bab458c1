/** What a table's computed columns should show, by the domain's model of their formulas (computeSheet). */
import { keysOfHeaders } from './check';
import { computeSheet, type ComputedRow, type FormulaInputRow, type Settings } from './prioritisation';
import { COMPUTED_KEYS, TYPED_FALLBACK, type CellValue, type ColumnKey, type ComputedKey } from './schema';

const cellValue = (v: unknown): CellValue => (v === undefined || v === '' ? null : (v as CellValue));

/** The formulas' inputs row by row, from the table's headers and its cells as Excel gives them ('' is blank). */
export function formulaInputs(headers: readonly string[], body: readonly (readonly unknown[])[]): FormulaInputRow[] {
  const keys = keysOfHeaders(headers);
  const at = (key: ColumnKey) => keys.indexOf(key);
  const typed = (header: string) => headers.indexOf(header);
  return body.map((cells) => {
    const value = (c: number) => (c < 0 ? null : cellValue(cells[c]));
    return {
      usagePattern: value(at('usagePattern')),
      businessCritical: value(at('businessCritical')),
      caseworkerCount: value(at('caseworkerCount')),
      manualCaseCount: value(at('manualCaseCount')),
      cleanupComplexity: value(at('cleanupComplexity')),
      assessedUserCountCategory: value(at('userCountAssessed')),
      typedUserCountCategory: value(typed(TYPED_FALLBACK.userCountCategory)),
      typedCleanupScope: value(typed(TYPED_FALLBACK.cleanupScope)),
    };
  });
}

/** The computed columns this table has (by header), each with where it stands. */
export function computedColumnsOf(headers: readonly string[]): { key: ComputedKey; index: number }[] {
  const keys = keysOfHeaders(headers);
  return COMPUTED_KEYS.map((key) => ({ key, index: keys.indexOf(key) })).filter((c) => c.index >= 0);
}

export function expectedComputed(
  headers: readonly string[],
  body: readonly (readonly unknown[])[],
  settings: Settings,
): ComputedRow[] {
  return computeSheet(formulaInputs(headers, body), settings);
}

/**
 * Computed cells whose value is not what the column's formula gives: a formula from elsewhere, a value typed over the
 * formula, or a blank cell where the formula is missing. Row by row, at most `limit` cells.
 */
export function cellsOffModel(
  headers: readonly string[],
  body: readonly (readonly unknown[])[],
  settings: Settings,
  limit: number,
): { row: number; key: ComputedKey; index: number }[] {
  const expected = expectedComputed(headers, body, settings);
  const columns = computedColumnsOf(headers);
  const out: { row: number; key: ComputedKey; index: number }[] = [];
  for (let row = 0; row < body.length && out.length < limit; row++)
    for (const { key, index } of columns) {
      const want = expected[row]?.[key] ?? '';
      const got = body[row]?.[index] ?? '';
      if (got !== want && out.length < limit) out.push({ row, key, index });
    }
  return out;
}
