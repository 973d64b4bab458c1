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
 * and then manuelle sager in the strategy's direction (empty last), then sheet order. Other rows get ''. The rule as
 * the guide states it; the sheet computes it as prioritiesFromKeys(priorityKeys(…)), which the tests hold equal to it.
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

/**
 * Prioritet from what Prioritetsnøgle shows, as its formula computes it: RANK of the key among the keys, plus the equal
 * keys above it (COUNTIF from the first row). Rows whose key is not a number get ''. Equal to priorities() of the rows
 * the keys were made from.
 */
export function prioritiesFromKeys(keys: readonly (CellValue | undefined)[]): (number | '')[] {
  const order = keys
    .map((k, i) => ({ k, i }))
    .filter((x): x is { k: number; i: number } => isNumber(x.k))
    .sort((a, b) => a.k - b.k || a.i - b.i);
  const out: (number | '')[] = keys.map(() => '');
  order.forEach(({ i }, rank) => (out[i] = rank + 1));
  return out;
}

export type ComputedKeyOf = keyof ComputedRow;
export type ComputedColumns = { [K in ComputedKeyOf]: ComputedRow[K][] };

export interface ChainHooks {
  /** The Brugerantal thresholds to use (as Lister shows them); without them, from Sagsbehandlere (C/D). */
  thresholds?: Thresholds;
  /** Each column's values as soon as they are computed, in dependency order (before the next column reads them). */
  publish?: (key: ComputedKeyOf, values: readonly (string | number)[]) => void;
  /**
   * What a column shows in a row, for the columns that read it; undefined means what was just computed. Excel's
   * formulas read the sheet, so a cell holding something else is read as it is.
   */
  shown?: (key: ComputedKeyOf, row: number) => CellValue | undefined;
}

/**
 * Every computed column, in the order Excel's formulas depend on each other: Sagsbehandlere (C/D), the thresholds,
 * Brugerantal, Omfang (reads Brugerantal), Prioritetsnøgle (reads Omfang), Prioritet (reads the keys).
 */
export function computeChain(
  rows: readonly FormulaInputRow[],
  settings: Settings = DEFAULT_SETTINGS,
  hooks: ChainHooks = {},
): { columns: ComputedColumns; thresholds: Thresholds } {
  const columns = {} as ComputedColumns;
  const publish = <K extends ComputedKeyOf>(key: K, values: ComputedRow[K][]) => {
    (columns as Record<ComputedKeyOf, unknown[]>)[key] = values;
    hooks.publish?.(key, values);
  };
  const shown = (key: ComputedKeyOf, r: number): CellValue => {
    const cell = hooks.shown?.(key, r);
    return cell !== undefined ? cell : ((columns[key][r] as CellValue | undefined) ?? null);
  };
  publish(
    'decisionCaseworkerCount',
    rows.map((r) => decisionCaseworkerCount(r.usagePattern, r.caseworkerCount)),
  );
  const thresholds =
    hooks.thresholds ??
    userCountThresholds(
      rows.map((_, i) => shown('decisionCaseworkerCount', i)),
      settings,
    );
  publish(
    'userCountCategory',
    rows.map((r) =>
      userCountCategory(
        r.caseworkerCount ?? null,
        thresholds,
        r.typedUserCountCategory ?? null,
        r.assessedUserCountCategory ?? null,
      ),
    ),
  );
  publish(
    'cleanupScope',
    rows.map((r, i) =>
      cleanupScope(r.cleanupComplexity, shown('userCountCategory', i), settings.matrix, r.typedCleanupScope ?? null),
    ),
  );
  publish(
    'priorityKey',
    priorityKeys(
      rows.map((r, i) => ({ ...r, cleanupScope: shown('cleanupScope', i) })),
      settings.strategy,
    ),
  );
  publish('priority', prioritiesFromKeys(rows.map((_, i) => shown('priorityKey', i))));
  return { columns, thresholds };
}

/** Every computed column for a whole sheet, as Excel computes them. */
export function computeSheet(rows: readonly FormulaInputRow[], settings: Settings = DEFAULT_SETTINGS): ComputedRow[] {
  const { columns } = computeChain(rows, settings);
  return rows.map((_, i) => ({
    userCountCategory: columns.userCountCategory[i] ?? '',
    cleanupScope: columns.cleanupScope[i] ?? '',
    priority: columns.priority[i] ?? '',
    decisionCaseworkerCount: columns.decisionCaseworkerCount[i] ?? '',
    priorityKey: columns.priorityKey[i] ?? '',
  }));
}
