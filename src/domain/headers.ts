/** Forgiving header matching for existing sheets. */
import { COLUMNS, TYPED_FALLBACK, type CellValue, type ColumnKey, type FormulaKey } from './schema';

/** Lower case, æøå folded (also when typed as ae/oe/aa or a/o), no spaces or punctuation, common synonyms unified. */
export function canonicalHeader(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ|ae/g, 'a')
    .replace(/ø|oe/g, 'o')
    .replace(/å|aa/g, 'a')
    .replace(/[^a-z0-9]/g, '')
    .replace(/brugermonster/g, 'brugsmonster');
}

const known: { key: ColumnKey; canon: string; exact: boolean }[] = COLUMNS.flatMap((col) => [
  { key: col.key, canon: canonicalHeader(col.header), exact: true },
  ...(col.aliases ?? []).map((a) => ({ key: col.key, canon: canonicalHeader(a), exact: false })),
]);

const MIN_PREFIX = 8;

/** The schema column a header means, or null. Exact (after folding) beats alias beats a longer/shorter variant. */
export function matchHeader(header: string): ColumnKey | null {
  const canon = canonicalHeader(header);
  if (!canon) return null;
  const exact = known.find((k) => k.canon === canon && k.exact) ?? known.find((k) => k.canon === canon);
  if (exact) return exact.key;
  const variants = known.filter(
    (k) =>
      (canon.startsWith(k.canon) && k.canon.length >= MIN_PREFIX) ||
      (k.canon.startsWith(canon) && canon.length >= MIN_PREFIX),
  );
  const keys = [...new Set(variants.map((v) => v.key))];
  if (keys.length === 1) return keys[0] ?? null;
  // Several candidates: the longest common start wins when it is unique.
  const best = variants
    .map((v) => ({ key: v.key, len: Math.min(v.canon.length, canon.length) }))
    .sort((a, b) => b.len - a.len);
  const [first, second] = best;
  return first && (!second || first.len > second.len) ? first.key : null;
}

export type FallbackKey = FormulaKey;
const fallbackCanon = Object.entries(TYPED_FALLBACK).map(([key, header]) => ({
  key: key as FallbackKey,
  canon: canonicalHeader(header),
}));

export interface HeaderMatch {
  /** Sheet column index (0-based) for each schema column found. */
  columns: Partial<Record<ColumnKey, number>>;
  /** Sheet columns with our own typed-fallback headers (from an earlier upgrade). */
  fallbacks: Partial<Record<FallbackKey, number>>;
  /** Sheet columns not recognised (or a second column for a key already found): kept at the end. */
  unknown: { index: number; header: string }[];
}

export function matchHeaderRow(headers: readonly CellValue[]): HeaderMatch {
  const result: HeaderMatch = { columns: {}, fallbacks: {}, unknown: [] };
  headers.forEach((h, index) => {
    const text = h === null || h === undefined ? '' : String(h).trim();
    if (!text) return;
    const fb = fallbackCanon.find((f) => f.canon === canonicalHeader(text));
    if (fb && result.fallbacks[fb.key] === undefined) {
      result.fallbacks[fb.key] = index;
      return;
    }
    const key = matchHeader(text);
    if (key && result.columns[key] === undefined) result.columns[key] = index;
    else result.unknown.push({ index, header: text });
  });
  return result;
}

/** The header row found in a sheet, with its column match. */
export interface HeaderRowGuess {
  rowIndex: number;
  match: HeaderMatch;
  matched: number;
}

const MIN_MATCHED = 3;

/** Finds the header row within the first rows: the one with most recognised headers (at least three). */
export function findHeaderRow(grid: readonly (readonly CellValue[])[], scanRows = 30): HeaderRowGuess | null {
  let best: HeaderRowGuess | null = null;
  for (let r = 0; r < Math.min(scanRows, grid.length); r++) {
    const match = matchHeaderRow(grid[r] ?? []);
    const matched = Object.keys(match.columns).length;
    if (matched >= MIN_MATCHED && (!best || matched > best.matched)) best = { rowIndex: r, match, matched };
  }
  return best;
}
