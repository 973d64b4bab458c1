/** Small helpers that mirror how Excel compares cell values, so the TypeScript formulas agree with the sheet. */
import type { CellValue } from './schema';

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

export function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Excel's `=` between a cell and a text: case-insensitive, no trimming, numbers never equal text. Plain toLowerCase
 * is Danish lower case too (Unicode's language-specific mappings are Turkish, Azeri and Lithuanian only) and many
 * times faster than toLocaleLowerCase('da'), which an upgrade calls for every cell.
 */
export function textEquals(v: unknown, text: string): boolean {
  return typeof v === 'string' && (v === text || v.toLowerCase() === text.toLowerCase());
}

/** Excel's MATCH(v, list, 0) on texts: case-insensitive, with * and ? wildcards. Returns 0-based index or -1. */
export function matchExact(v: CellValue | undefined, list: readonly string[]): number {
  if (typeof v !== 'string' || v === '') return -1;
  if (/[*?~]/.test(v)) {
    const pattern = v.replace(/~([*?~])|([*?])|([.+^${}()|[\]\\])/g, (_m, esc, wild, special) =>
      esc ? `\\${esc}` : wild ? (wild === '*' ? '.*' : '.') : `\\${special}`,
    );
    const re = new RegExp(`^${pattern}$`, 'i');
    return list.findIndex((item) => re.test(item));
  }
  return list.findIndex((item) => textEquals(v, item));
}

/** `""&v` in Excel for the values we meet (texts, whole numbers, blanks). */
export function asText(v: CellValue | undefined): string {
  if (isBlank(v)) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString();
  return String(v);
}
