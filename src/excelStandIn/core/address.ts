/** A1 addresses for the fake: rectangles of 0-based rows and columns. */
import { columnIndex, columnLetter as columnName } from '../../domain/a1';

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export { columnName };

/** Splits "'Ark 1'!A1:B2" into sheet name and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Parses "A1", "A1:C9", "A:C" or "2:5"; null when it is not an address. */
export function parseRect(local: string): Rect | null {
  const [a, b = a, extra] = local.trim().split(':');
  if (extra !== undefined) return null;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    return normalise({ r0: +ca[2] - 1, c0: columnIndex(ca[1]), r1: +cb[2] - 1, c1: columnIndex(cb[1]) });
  }
  const la = COL.exec(a);
  const lb = COL.exec(b);
  if (la && lb && local.includes(':'))
    return normalise({ r0: 0, c0: columnIndex(la[1]), r1: MAX_ROWS - 1, c1: columnIndex(lb[1]) });
  const ra = ROW.exec(a);
  const rb = ROW.exec(b);
  if (ra && rb && local.includes(':')) return normalise({ r0: +ra[1] - 1, c0: 0, r1: +rb[1] - 1, c1: MAX_COLUMNS - 1 });
  return null;
}

function normalise(r: Rect): Rect | null {
  const out = {
    r0: Math.min(r.r0, r.r1),
    c0: Math.min(r.c0, r.c1),
    r1: Math.max(r.r0, r.r1),
    c1: Math.max(r.c0, r.c1),
  };
  if (out.r0 < 0 || out.c0 < 0 || out.r1 >= MAX_ROWS || out.c1 >= MAX_COLUMNS) return null;
  return out;
}

export function formatRect(r: Rect): string {
  const a = `${columnName(r.c0)}${r.r0 + 1}`;
  const b = `${columnName(r.c1)}${r.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** Excel quotes sheet names that are not plain words. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

export const rows = (r: Rect) => r.r1 - r.r0 + 1;
export const cols = (r: Rect) => r.c1 - r.c0 + 1;
export const sameRect = (a: Rect, b: Rect) => a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
