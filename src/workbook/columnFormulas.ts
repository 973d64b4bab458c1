/**
 * The formula each computed column holds, in Office.js's form, and how to tell it from another formula: shared by the
 * Office adapter's repairs and the stand-in's calculation (which computes only cells holding their column's formula).
 */
import { COMPUTED_KEYS, FORMULA_KEYS, TYPED_FALLBACK, type ComputedKey } from '../domain/schema';
import { TABLE_NAME } from '../domain/sheetLayout';
import { formulaFor, toUiFormula } from '../domain/prioritisationFormulas';
import { sameHeader } from '../domain/computedColumns';

/** The formula a computed column should hold in this table (Office.js form, with "="). */
export function expectedFormula(key: ComputedKey, headers: readonly string[]): string {
  const typedColumns = FORMULA_KEYS.filter((k) => headers.some((h) => sameHeader(h, TYPED_FALLBACK[k])));
  return `=${toUiFormula(formulaFor(key, { typedColumns }))}`;
}

/**
 * A formula as Excel may show it, reduced to one form: `Tabel[[#This Row],[Kolonne]]`, `Tabel[@Kolonne]`,
 * `[@[Kolonne]]` and `[@Kolonne]`, `Tabel[[Kolonne]]` and `Tabel[Kolonne]` (Excel writes `@` for #This Row, and may drop the table's name inside its own table)
 * are the same reference; case, `_xlfn.` and spaces outside strings do not count.
 */
export function normaliseFormula(formula: string, table: string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = part.replace(/\[\s*\[#This Row\]\s*,\s*/gi, '[@');
      out = out.replace(/_xlfn\./gi, '').replace(/\s+/g, '');
      out = out.replace(new RegExp(`(^|[^A-Za-z0-9_.])${table}\\[`, 'gi'), '$1[');
      out = out.replace(/\[@\[((?:[^[\]']|'.)*)\]\]/g, '[@$1]');
      // T[[Kolonne]] (a header in its own brackets) is T[Kolonne]
      out = out.replace(/\[\[((?:[^[\]'#]|'.)(?:[^[\]']|'.)*)\]\]/g, '[$1]');
      return out.toLowerCase();
    })
    .join('');
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
