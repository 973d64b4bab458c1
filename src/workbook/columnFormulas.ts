/**
 * The formula each computed column holds, in Office.js's form, and how to tell it from another formula: shared by the
 * Office adapter's repairs and the stand-in's calculation (which computes only cells holding their column's formula).
 */
import { COMPUTED_KEYS, FORMULA_KEYS, TYPED_FALLBACK, type ComputedKey } from '../domain/schema';
import { TABLE_NAME } from '../domain/sheetLayout';
import { formulaFor } from '../domain/prioritisationFormulas';
import { sameHeader } from '../domain/computedColumns';
import { normaliseFormula, toApiForm } from '../domain/formulaDialect';

/** The formula a computed column should hold in this table (Office.js form, with "="). */
export function expectedFormula(key: ComputedKey, headers: readonly string[]): string {
  const typedColumns = FORMULA_KEYS.filter((k) => headers.some((h) => sameHeader(h, TYPED_FALLBACK[k])));
  return `=${toApiForm(formulaFor(key, { typedColumns }))}`;
}

/**
 * Whether a cell's formula (Office.js form, with "=") is its computed column's formula in this table, as
 * normaliseFormula reads them: each column's expected formula is made and normalised once.
 */
export function columnFormulaTest(headers: readonly string[]): (key: ComputedKey, formula: unknown) => boolean {
  const expected = new Map(COMPUTED_KEYS.map((k) => [k, normaliseFormula(expectedFormula(k, headers), TABLE_NAME)]));
  return (key, formula) =>
    typeof formula === 'string' &&
    formula.startsWith('=') &&
    normaliseFormula(formula, TABLE_NAME) === expected.get(key);
}
