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

/** «Sagsbehandlere (C/D)»: the count of a C or D row; '' for other rows and for counts that are not numbers. */
export function decisionCaseworkerCount(
  usagePattern: CellValue | undefined,
  count: CellValue | undefined,
): number | '' {
  return needsDecision(usagePattern) && isNumber(count) ? count : '';
}

/**
 * The two Brugerantal thresholds: the user's numbers, or PERCENTILE.INC at 1/3 and 2/3 of the C and D rows'
 * counts (domain.md: the guide prioritises only those). `decisionCounts` is the «Sagsbehandlere (C/D)» column.
 */
export function userCountThresholds(
  decisionCounts: readonly CellValue[],
  settings: Settings = DEFAULT_SETTINGS,
): Thresholds {
  const numbers = decisionCounts.filter(isNumber);
  return {
    low: settings.lowThreshold ?? percentileInc(numbers, 1 / 3),
    high: settings.highThreshold ?? percentileInc(numbers, 2 / 3),
  };
}

/**
 * Få / Mellem / Mange. The workshop's own judgement («Brugerantal (vurderet)») wins when filled; otherwise from the
 * count, or the typed fallback (or empty) while Antal sagsbehandlere or a threshold is not a number.
 */
export function userCountCategory(
  count: CellValue | undefined,
  t: Thresholds,
  typed?: CellValue,
  assessed?: CellValue,
): string {
  if (!isBlank(assessed)) return asText(assessed);
  // Without thresholds (no C/D row has a number yet) there is nothing to compare with.
  if (!isNumber(count) || t.low === null || t.high === null) return asText(typed);
  if (count <= t.low) return 'Få';
  if (count > t.high) return 'Mange';
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

const isLightest = (strategy: string) => textEquals(strategy, 'Letteste først');

/** Omfang directed by the strategy: 3 comes first, 0 (empty or unknown) last. */
function scopeScore(scope: CellValue | undefined, strategy: string): number {
  const heavy = !isLightest(strategy);
  if (textEquals(scope, CLEANUP_SCOPES[2])) return heavy ? 3 : 1;
  if (textEquals(scope, CLEANUP_SCOPES[1])) return 2;
  if (textEquals(scope, CLEANUP_SCOPES[0])) return heavy ? 1 : 3;
  return 0;
}

/** Forretningskritisk Ja outranks any Omfang: 0–7, higher first. */
const group = (r: PriorityInput, strategy: string) =>
  (textEquals(r.businessCritical, 'Ja') ? 4 : 0) + scopeScore(r.cleanupScope, strategy);

/** Counts in the strategy's direction (more first when heaviest first, fewer when lightest); non-numbers last. */
function compareCounts(a: CellValue | undefined, b: CellValue | undefined, lightest: boolean): number {
  if (!isNumber(a) || !isNumber(b)) return (isNumber(a) ? 0 : 1) - (isNumber(b) ? 0 : 1);
  return lightest ? a - b : b - a;
}

/**
 * Rank 1…n over the C and D rows: Forretningskritisk Ja first, then Omfang by the strategy, then sagsbehandlere
 * and then manuelle sager in the strategy's direction (empty last), then sheet order. Other rows get ''.
 */
export function priorities(rows: readonly PriorityInput[], strategy: string = 'Tungeste først'): (number | '')[] {
  const lightest = isLightest(strategy);
  const order = rows
    .map((_, i) => i)
    .filter((i) => needsDecision(rows[i]?.usagePattern))
    .sort((ia, ib) => {
      const a = rows[ia] as PriorityInput;
      const b = rows[ib] as PriorityInput;
      return (
        group(b, strategy) - group(a, strategy) ||
        compareCounts(a.caseworkerCount, b.caseworkerCount, lightest) ||
        compareCounts(a.manualCaseCount, b.manualCaseCount, lightest) ||
        ia - ib
      );
    });
  const out: (number | '')[] = rows.map(() => '');
  order.forEach((i, rank) => (out[i] = rank + 1));
  return out;
}

/** Ranks and table positions stay below 2^20 (Excel's row limit), so the key is an exact whole number below 2^43. */
export const KEY_BASE = 2 ** 20;

/** How many numbers in `all` come strictly before `v` in the direction (Excel's RANK − 1); all of them for a non-number. */
function countBefore(v: CellValue | undefined, sorted: readonly number[], lightest: boolean): number {
  if (!isNumber(v)) return sorted.length;
  // sorted ascending; fewer first counts the smaller ones, more first the larger ones.
  let lo = 0;
  let hi = sorted.length;
  const below = (x: number) => (lightest ? x < v : x <= v);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(sorted[mid] as number)) lo = mid + 1;
    else hi = mid;
  }
  return lightest ? lo : sorted.length - lo;
}

/**
 * «Prioritetsnøgle»: one whole number per C/D row, lower comes first, equal only where priorities() falls back on
 * sheet order: (7 − group)·2^40 + sagsbehandlere's place·2^20 + manuelle sager's place. Places are counted over the
 * whole column (as RANK does), which keeps the order. Other rows get ''.
 */
export function priorityKeys(rows: readonly PriorityInput[], strategy: string = 'Tungeste først'): (number | '')[] {
  const lightest = isLightest(strategy);
  const numbers = (k: 'caseworkerCount' | 'manualCaseCount') =>
    rows
      .map((r) => r[k])
      .filter(isNumber)
      .sort((a, b) => a - b);
  const users = numbers('caseworkerCount');
  const manual = numbers('manualCaseCount');
  return rows.map((r) =>
    needsDecision(r.usagePattern)
      ? ((7 - group(r, strategy)) * KEY_BASE + countBefore(r.caseworkerCount, users, lightest)) * KEY_BASE +
        countBefore(r.manualCaseCount, manual, lightest)
      : '',
  );
}

export interface ComputedRow {
  userCountCategory: string;
  cleanupScope: string;
  priority: number | '';
  decisionCaseworkerCount: number | '';
  priorityKey: number | '';
}

export interface FormulaInputRow extends Omit<PriorityInput, 'cleanupScope'> {
  cleanupComplexity?: CellValue;
  typedUserCountCategory?: CellValue;
  typedCleanupScope?: CellValue;
  /** «Brugerantal (vurderet)». */
  assessedUserCountCategory?: CellValue;
}

/** Every computed column for a whole sheet, as Excel computes them. */
export function computeSheet(rows: readonly FormulaInputRow[], settings: Settings = DEFAULT_SETTINGS): ComputedRow[] {
  const decisionCounts = rows.map((r) => decisionCaseworkerCount(r.usagePattern, r.caseworkerCount));
  const t = userCountThresholds(decisionCounts, settings);
  const partial = rows.map((r) => {
    const category = userCountCategory(
      r.caseworkerCount ?? null,
      t,
      r.typedUserCountCategory ?? null,
      r.assessedUserCountCategory ?? null,
    );
    return {
      userCountCategory: category,
      cleanupScope: cleanupScope(r.cleanupComplexity, category, settings.matrix, r.typedCleanupScope ?? null),
    };
  });
  const withScope = rows.map((r, i) => ({ ...r, cleanupScope: partial[i]?.cleanupScope ?? '' }));
  const prio = priorities(withScope, settings.strategy);
  const keys = priorityKeys(withScope, settings.strategy);
  return partial.map((p, i) => ({
    ...p,
    priority: prio[i] ?? '',
    decisionCaseworkerCount: decisionCounts[i] ?? '',
    priorityKey: keys[i] ?? '',
  }));
}
