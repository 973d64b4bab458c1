/**
 * A1 addresses ↔ numbers: column letters, cells, and the absolute form of a reference; the workbook plan's cells and
 * ranges (CellAt, CellRange) made A1 text where a writer needs it. References inside formula text (A1 ↔ R1C1, moving
 * them) are formulaDialect.ts's.
 */

/** Letters already made: a formula placed in thousands of cells asks for the same few columns every time. */
const LETTERS: string[] = [];

/** A1 column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  const known = LETTERS[index];
  if (known !== undefined) return known;
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  if (Number.isInteger(index) && index >= 0 && index < 16_384) LETTERS[index] = s;
  return s;
}

/** A1 column letters to a 0-based index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "$T$5" or "T5" → the cell (row 1-based, column 0-based, as CellAt); null when it is not a cell address. */
export function parseCell(address: string): CellAt | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  return m ? { row: Number(m[2]), column: columnIndex(m[1]!) } : null;
}

/** "B2:D9" (corners in either order) or one cell, "B2" → the area it covers; null when it is not one. */
export function parseArea(ref: string): CellArea | null {
  const [from, to = from] = ref.split(':');
  const a = parseCell(from ?? '');
  const b = parseCell(to ?? '');
  if (!a || !b) return null;
  return {
    firstRow: Math.min(a.row, b.row),
    lastRow: Math.max(a.row, b.row),
    firstColumn: Math.min(a.column, b.column),
    lastColumn: Math.max(a.column, b.column),
  };
}

/**
 * A reference made absolute, as print titles and areas and settings cells are written: "K6:M6" → "$K$6:$M$6",
 * "4:5" → "$4:$5", "A:B" → "$A:$B"; several areas separated by commas each.
 */
export function absolute(ref: string): string {
  const part = (p: string) => {
    const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(p);
    return m ? `${m[1] ? `$${m[1]}` : ''}${m[2] ? `$${m[2]}` : ''}` : p;
  };
  return ref
    .split(',')
    .map((area) => area.split(':').map(part).join(':'))
    .join(',');
}

/** A cell as the workbook plan places it: row 1-based as the sheet numbers it, column 0-based (A = 0). */
export interface CellAt {
  row: number;
  column: number;
}

/** A block of cells, rows and columns numbered as CellAt's. */
export interface CellArea {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}
/** Whole rows ("1:3"), as print titles repeat them. */
export type RowSpan = { firstRow: number; lastRow: number; firstColumn?: undefined; lastColumn?: undefined };
/** Whole columns ("A:B"). */
export type ColumnSpan = { firstRow?: undefined; lastRow?: undefined; firstColumn: number; lastColumn: number };
export type CellRange = CellArea | RowSpan | ColumnSpan;

/** A plan's cell as A1 text: { row: 3, column: 1 } → "B3" ("$B$3" absolute). */
export function cellA1(at: CellAt, fixed = false): string {
  const $ = fixed ? '$' : '';
  return `${$}${columnLetter(at.column)}${$}${at.row}`;
}

/** A block as a validation's sqref or Worksheet.getRange takes it: "K4" for one cell, "K7:M9" otherwise. */
export function areaA1(area: CellArea): string {
  const first = cellA1(topLeft(area));
  const single = area.firstRow === area.lastRow && area.firstColumn === area.lastColumn;
  return single ? first : `${first}:${cellA1({ row: area.lastRow, column: area.lastColumn })}`;
}

/** A block's top left cell. */
export const topLeft = (area: CellArea): CellAt => ({ row: area.firstRow, column: area.firstColumn });

/** A reference on a named sheet, its name quoted: ('Overblik', "$B$5:$B$9") → 'Overblik'!$B$5:$B$9. */
export function onSheet(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** A plan's range as A1 text: "A1:H20", "1:1", "A:B" ("$A$1:$H$20", "$1:$1" absolute). The edge where writers need text. */
export function rangeA1(range: CellRange, fixed = false): string {
  const $ = fixed ? '$' : '';
  const col = (c: number | undefined) => (c === undefined ? '' : `${$}${columnLetter(c)}`);
  const row = (r: number | undefined) => (r === undefined ? '' : `${$}${r}`);
  return `${col(range.firstColumn)}${row(range.firstRow)}:${col(range.lastColumn)}${row(range.lastRow)}`;
}
