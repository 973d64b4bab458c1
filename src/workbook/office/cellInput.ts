/** What the adapter writes into a cell: user text always lands as text. */
import type { CellValue } from '../../domain/schema';

/**
 * Excel reads a typed string as a formula (=, +, -, @), number, date, time, percentage, boolean or error.
 * Those get a leading apostrophe, which Excel keeps as a prefix and does not store in the value.
 * Plain words are written as they are, so a colleague sees no apostrophe in the formula bar.
 */
export function needsTextGuard(text: string): boolean {
  if (text === '') return false;
  if (/^[=+\-@'#]/.test(text)) return true;
  if (/^\s|\s$/.test(text)) return true;
  if (/^(true|false|sand|falsk)$/i.test(text)) return true;
  // Without a word of two letters it may be a number, date, time, fraction or percentage ("32.01", "1/2", "12:30", "5 %").
  if (!/\p{L}{2,}/u.test(text)) return true;
  // "1e5", "3. jan", "1 januar 2026", "jan-26" can be read as numbers or dates.
  if (/^\d+(\.\d*)?e[+-]?\d+$/i.test(text)) return true;
  if (/^\d{1,2}\.?\s*\p{L}{3,9}\.?([\s-]*\d{2,4})?$/u.test(text) || /^\p{L}{3,9}[\s-]\d{2,4}$/u.test(text)) return true;
  return false;
}

export function asTextInput(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}

/** Excel's serial day number (1900 date system) of a date's calendar day. */
export function excelDateSerial(d: Date): number {
  return Math.round((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A cell value as Range.values takes it; blank clears the cell. */
export function toCellInput(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return asTextInput(v);
  if (v instanceof Date) return excelDateSerial(v);
  return v;
}

/** Excel takes a scalar for the whole range; the typings only know 2D arrays. */
export function setAll(
  range: Excel.Range,
  property: 'values' | 'formulas' | 'formulasR1C1' | 'numberFormat',
  value: string | number,
): void {
  (range as unknown as Record<string, unknown>)[property] = value;
}
