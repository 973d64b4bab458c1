/** Between a cell value and the text in a form field, for each column kind. */
import type { CellValue, ColumnKind } from '../domain/schema';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function dateText(d: Date): string {
  return `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
}

/** What the field shows for a cell value. Date serials in the Udbudstidspunkt column are shown as d-m-åååå. */
export function cellToText(value: CellValue | undefined, kind: ColumnKind): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (kind === 'date' && typeof value === 'number' && value > 36526)
    return dateText(new Date(EXCEL_EPOCH + value * 86400000));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** What is written for the text typed: whole numbers as numbers in number columns, a year as a number, else the text. */
export function textToCell(text: string, kind: ColumnKind): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (kind === 'count' && /^\d+$/.test(trimmed)) return Number(trimmed);
  if (kind === 'date' && /^20\d{2}$/.test(trimmed)) return Number(trimmed);
  const dmy = kind === 'date' ? /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(trimmed) : null;
  if (dmy) {
    // Noon, so the calendar day is the same in local time (Office adapter) and UTC (file adapter).
    const d = new Date(Number(dmy[3]), Number(dmy[2]) - 1, Number(dmy[1]), 12);
    if (d.getDate() === Number(dmy[1]) && d.getMonth() === Number(dmy[2]) - 1) return d;
  }
  return text;
}
