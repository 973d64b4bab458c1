/** The three computed columns as plain functions; prioritisationFormulas.ts writes the same as Excel formulas. */
import { CLEANUP_SCOPES, COMPLEXITY, USER_COUNT_CATEGORIES, needsDecision } from './lists';
import type { CellValue } from './schema';
import { asText, isBlank, isNumber, matchExact, textEquals } from './excelSemantics';

export type PriorityStrategy = 'Tungeste først' | 'Letteste først';
export const PRIORITY_STRATEGIES: readonly PriorityStrategy[] = ['Tungeste først', 'Letteste først'];

/** The settings kept on the Lister sheet. A threshold of null means "computed from the data". */
export interface Settings {
  lowThreshold: number | null;
  highThreshold: number | null;
  /** matrix[complexity][userCategory], in the order of COMPLEXITY and USER_COUNT_CATEGORIES. */
  matrix: string[][];
  strategy: PriorityStrategy | string;
}

export const DEFAULT_MATRIX: string[][] = [
  ['Let', 'Let', 'Moderat'],
  ['Let', 'Moderat', 'Stort'],
  ['Moderat', 'Stort', 'Stort'],
];

export const DEFAULT_SETTINGS: Settings = {
  lowThreshold: null,
  highThreshold: null,
  matrix: DEFAULT_MATRIX,
  strategy: 'Tungeste først',
};

/** Excel's PERCENTILE.INC. Returns null where Excel gives #NUM! (no numbers). */
export function percentileInc(values: readonly number[], p: number): number | null {
  if (values.length === 0 || p < 0 || p > 1) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const at = (i: number) => sorted[i] as number;
  return at(lo) + (rank - lo) * (at(hi) - at(lo));
}

export interface Thresholds {
  low: number | null;
  high: number | null;
}

/** The two Brugerantal thresholds: the user's numbers, or PERCENTILE.INC at 1/3 and 2/3 of the column. */
export function userCountThresholds(counts: readonly CellValue[], settings: Settings = DEFAULT_SETTINGS): Thresholds {
  const numbers = counts.filter(isNumber);
  return {
    low: settings.lowThreshold ?? percentileInc(numbers, 1 / 3),
    high: settings.highThreshold ?? percentileInc(numbers, 2 / 3),
  };
}

/** Få / Mellem / Mange; the typed fallback (or empty) while Antal sagsbehandlere is not a number. */
export function userCountCategory(count: CellValue | undefined, t: Thresholds, typed?: CellValue): string {
  if (!isNumber(count)) return asText(typed);
  // A missing threshold only happens when no row has a number, which this branch excludes.
  if (t.low !== null && count <= t.low) return 'Få';
  if (t.high !== null && count > t.high) return 'Mange';
  return 'Mellem';
}

/** Let / Moderat / Stort from the matrix; typed fallback while an input is empty; empty for unknown inputs. */
export function cleanupScope(
  complexity: CellValue | undefined,
  userCategory: CellValue | undefined,
  matrix: string[][] = DEFAULT_MATRIX,
  typed?: CellValue,
): string {
  if (isBlank(complexity) || isBlank(userCategory)) return asText(typed);
  const r = matchExact(complexity ?? null, COMPLEXITY);
  const c = matchExact(userCategory ?? null, USER_COUNT_CATEGORIES);
  if (r < 0 || c < 0) return '';
  return matrix[r]?.[c] ?? '';
}

export interface PriorityInput {
  usagePattern?: CellValue;
  businessCritical?: CellValue;
  cleanupScope?: CellValue;
  caseworkerCount?: CellValue;
  manualCaseCount?: CellValue;
}

/** Sentinel for an empty count: below every real count, equal to other empties. */
const NO_NUMBER = -1e307;

function scopeScore(scope: CellValue | undefined, strategy: string): number {
  const heavy = !textEquals(strategy, 'Letteste først');
  if (textEquals(scope, CLEANUP_SCOPES[2])) return heavy ? 3 : 1;
  if (textEquals(scope, CLEANUP_SCOPES[1])) return 2;
  if (textEquals(scope, CLEANUP_SCOPES[0])) return heavy ? 1 : 3;
  return 0;
}

const countKey = (v: CellValue | undefined) => (isNumber(v) ? v : NO_NUMBER);

/**
 * Rank 1…n over the C and D rows: Forretningskritisk Ja first, then Omfang by the strategy,
 * then more users, then more manual cases, then sheet order. Other rows get ''.
 */
export function priorities(rows: readonly PriorityInput[], strategy: string = 'Tungeste først'): (number | '')[] {
  const keys = rows.map((r) => [
    textEquals(r.businessCritical, 'Ja') ? 1 : 0,
    scopeScore(r.cleanupScope, strategy),
    countKey(r.caseworkerCount),
    countKey(r.manualCaseCount),
  ]);
  const eligible = rows.map((r) => needsDecision(r.usagePattern));
  const order = rows
    .map((_, i) => i)
    .filter((i) => eligible[i])
    .sort((a, b) => {
      const ka = keys[a] as number[];
      const kb = keys[b] as number[];
      for (let k = 0; k < 4; k++) if (ka[k] !== kb[k]) return (kb[k] as number) - (ka[k] as number);
      return a - b;
    });
  const out: (number | '')[] = rows.map(() => '');
  order.forEach((i, rank) => (out[i] = rank + 1));
  return out;
}

export interface ComputedRow {
  userCountCategory: string;
  cleanupScope: string;
  priority: number | '';
}

export interface FormulaInputRow extends Omit<PriorityInput, 'cleanupScope'> {
  cleanupComplexity?: CellValue;
  typedUserCountCategory?: CellValue;
  typedCleanupScope?: CellValue;
}

/** All three computed columns for a whole sheet, as Excel computes them. */
export function computeSheet(rows: readonly FormulaInputRow[], settings: Settings = DEFAULT_SETTINGS): ComputedRow[] {
  const t = userCountThresholds(
    rows.map((r) => r.caseworkerCount ?? null),
    settings,
  );
  const partial = rows.map((r) => {
    const userCountCategoryValue = userCountCategory(r.caseworkerCount ?? null, t, r.typedUserCountCategory ?? null);
    return {
      userCountCategory: userCountCategoryValue,
      cleanupScope: cleanupScope(
        r.cleanupComplexity,
        userCountCategoryValue,
        settings.matrix,
        r.typedCleanupScope ?? null,
      ),
    };
  });
  const prio = priorities(
    rows.map((r, i) => ({ ...r, cleanupScope: partial[i]?.cleanupScope ?? '' })),
    settings.strategy,
  );
  return partial.map((p, i) => ({ ...p, priority: prio[i] ?? '' }));
}
