/** What the adapter writes into a cell: user text always lands as text. */
import type { CellValue } from '../../domain/schema';

/**
 * Whether Excel could read a typed string as anything but text. The rule cannot miss: every number, date, time,
 * fraction, currency amount and percentage has a digit; formulas start with = + - or @; error names with #; booleans
 * are words of their own (English and Danish). Such strings get a leading apostrophe, which Excel keeps as a prefix and
 * does not store in the value. Anything else, such as a plain word or a single letter, is written as it is, so a
 * colleague sees no apostrophe in the formula bar.
 */
export function needsTextGuard(text: string): boolean {
  if (text === '') return false;
  if (/^[=+\-@'#]/.test(text)) return true;
  if (/^\s|\s$/.test(text)) return true;
  if (/\p{N}/u.test(text)) return true;
  return /^(true|false|sand|falsk)$/i.test(text);
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
