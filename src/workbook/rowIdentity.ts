/**
 * Which sagsområde a data row is: the pane writes by row index, and a co-author may delete or move rows meanwhile.
 * Before a write from the pane the adapters compare the row at the index with the row the pane showed.
 */
import { asText } from '../domain/excelSemantics';
import { column, COLUMNS, type CellValue, type ColumnKey, type RowValues } from '../domain/schema';
import { TABLE_NAME } from '../domain/sheetLayout';
import { UserError } from './errors';

const IDENTITY: ColumnKey[] = ['businessArea', 'caseArea', 'kle'];

const text = (v: CellValue | undefined) => asText(v ?? null).trim();

function label(values: RowValues): string {
  const name = text(values.caseArea) || text(values.kle) || text(values.businessArea);
  return name ? `Rækken «${name}»` : 'Rækken';
}

/** The columns that must read as the pane showed them: who the row is, and the cells about to be written. */
function compared(expected: RowValues, writing: readonly ColumnKey[]): ColumnKey[] {
  // A row without Fagområde, Sagsområde and KLE is known only by all its typed cells.
  if (IDENTITY.every((key) => text(expected[key]) === ''))
    return COLUMNS.filter((c) => c.kind !== 'formula').map((c) => c.key);
  return [...IDENTITY, ...writing];
}

/**
 * Throws a Danish UserError when the row at `index` is gone, is another sagsområde than `expected`, or a cell
 * about to be written was changed by someone else since the pane read it (the pane would overwrite unseen work).
 */
export function checkRowIdentity(
  expected: RowValues,
  actual: RowValues | null,
  excelRow: number,
  writing: readonly ColumnKey[] = [],
): void {
  const keys = compared(expected, writing);
  if (actual && keys.every((key) => text(expected[key]) === text(actual[key]))) return;
  if (
    actual &&
    IDENTITY.every((key) => text(expected[key]) === text(actual[key])) &&
    IDENTITY.some((key) => text(expected[key]) !== '')
  ) {
    throw new UserError(
      `${label(expected)} er ændret af en anden, siden ruden læste den. Intet er gemt. Se rækken igen, og prøv igen.`,
    );
  }
  throw new UserError(
    `${label(expected)} står ikke længere på række ${excelRow}: en anden har måske slettet eller flyttet rækker. ` +
      'Intet er gemt. Markér rækken i tabellen igen, og prøv igen.',
  );
}

/** Throws when a column to be written is not in the table (renamed or deleted). */
export function checkColumnsPresent(keys: readonly ColumnKey[], present: readonly (ColumnKey | null)[]): void {
  const missing = keys.find((key) => !present.includes(key));
  if (missing === undefined) return;
  throw new UserError(
    `Kolonnen «${column(missing).header}» findes ikke i tabellen «${TABLE_NAME}». Intet er gemt. ` +
      'Giv kolonnen sit navn igen, eller opgrader arket under «Kom i gang».',
  );
}
