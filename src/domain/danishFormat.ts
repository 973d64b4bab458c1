/** Numbers and dates as a Danish reader writes them (26.683; 15-03-2027), the same in Node and every browser. */
import type { CellValue } from './schema';
import { isBlank, isNumber } from './excelSemantics';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** A number with '.' between thousands and ',' before decimals (as Excel's `#,##0` shows it on Danish Windows). */
export function danishNumber(n: number): string {
  const negative = n < 0;
  const [whole = '0', fraction] = Math.abs(n).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** dd-mm-åååå (DATE_FORMAT) of a calendar day; a Date's UTC day, as the file adapter reads it. */
export function danishDate(d: Date): string {
  return `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
}

/** Excel's serial day number (1900 system) as a Date at UTC midnight. */
export const dateOfSerial = (serial: number): Date => new Date(EXCEL_EPOCH + Math.floor(serial) * DAY);

/** A Date's serial day number (1900 system; the file adapter's dates are UTC midnight). */
export const serialOf = (d: Date): number => Math.round((d.getTime() - EXCEL_EPOCH) / DAY);

/**
 * A date column's cell as Beslutningsgrundlag's formula shows it (N(x) > 2100: a date): a serial past 2100 as
 * dd-mm-åååå; a year or a text as it is; empty as ''. A Date is its serial: a year in a date-formatted cell reads as
 * a Date in 1905.
 */
export function whenText(v: CellValue | undefined): string {
  if (isBlank(v) || v === undefined || v === null) return '';
  const serial = v instanceof Date ? serialOf(v) : v;
  if (isNumber(serial)) return serial > 2100 ? danishDate(dateOfSerial(serial)) : String(serial);
  return String(v);
}
