/** The Overblik sheet and the Beslutningsgrundlag order as plain functions: the preview shows them, the LibreOffice tests compare with them. */
import { needsDecision } from './lists';
import { TO_BE_KEYS, type RowValues } from './schema';
import { isBlank, isNumber, textEquals } from './excelSemantics';
import { computeSheet, DEFAULT_SETTINGS, type Settings } from './prioritisation';
import { validateRow, type Lists } from './validation';
import { CRITICAL_ROWS, DECIDED_ORDER_MAX, DECISION_KEY_BASE, SCOPE_COLUMNS } from './overviewFormulas';

export interface ScenarioLine {
  area: string;
  scenarios: number[];
  withoutScenario: number;
  total: number;
  caseworkers: number;
  manualCases: number;
  journalNotes: number;
}

const sum = (rows: RowValues[], key: keyof RowValues) =>
  rows.reduce((s, r) => s + (isNumber(r[key]) ? (r[key] as number) : 0), 0);
const hasContent = (r: RowValues) => !isBlank(r.businessArea) || !isBlank(r.caseArea);

function scenarioLine(area: string, rows: RowValues[], labels: readonly string[]): ScenarioLine {
  return {
    area,
    scenarios: labels.map((l) => rows.filter((r) => textEquals(r.solutionScenario, l)).length),
    withoutScenario: rows.filter((r) => needsDecision(r.usagePattern) && isBlank(r.solutionScenario)).length,
    total: rows.length,
    caseworkers: sum(rows, 'caseworkerCount'),
    manualCases: sum(rows, 'manualCaseCount'),
    journalNotes: sum(rows, 'journalNoteCount'),
  };
}

const inArea = (area: string) => (r: RowValues) => textEquals(r.businessArea, area);

/** One line per fagområde, then «I alt» over the whole sheet (its row count: rows with a fagområde or sagsområde). */
export function scenarioOverview(
  rows: readonly RowValues[],
  areas: readonly string[],
  labels: readonly string[],
): ScenarioLine[] {
  const all = [...rows];
  const total = { ...scenarioLine('I alt', all, labels), total: all.filter(hasContent).length };
  return [...areas.map((a) => scenarioLine(a, all.filter(inArea(a)), labels)), total];
}

const matchesOrBlank = (v: unknown, text: string) => (text === '' ? isBlank(v) : textEquals(v, text));

/** C and D rows: Forretningskritisk (Ja, Nej, tom) × Omfang af oprydning (Let, Moderat, Stort, tom). */
export function criticalOverview(rows: readonly RowValues[], computedScope: readonly string[]): number[][] {
  return CRITICAL_ROWS.map((crit) =>
    SCOPE_COLUMNS.map(
      (scope) =>
        rows.filter(
          (r, i) =>
            needsDecision(r.usagePattern) &&
            matchesOrBlank(r.businessCritical, crit) &&
            matchesOrBlank(computedScope[i], scope),
        ).length,
    ),
  );
}

export interface ProgressLine {
  area: string;
  rows: number;
  screened: number;
  withPattern: number;
  toBeComplete: number;
  withFinding: number;
}

export function progressOverview(rows: readonly RowValues[], areas: readonly string[], lists: Lists): ProgressLine[] {
  return areas.map((area) => {
    const mine = rows.filter(inArea(area));
    return {
      area,
      rows: mine.length,
      screened: mine.filter((r) => !isBlank(r.usesKmdSag)).length,
      withPattern: mine.filter((r) => !isBlank(r.usagePattern)).length,
      toBeComplete: mine.filter((r) => needsDecision(r.usagePattern) && TO_BE_KEYS.every((k) => !isBlank(r[k]))).length,
      withFinding: mine.filter((r) => validateRow(r, lists).length > 0).length,
    };
  });
}

/** Indexes of the C and D rows in Prioritet order. */
export function decisionOrder(rows: readonly RowValues[], settings: Settings = DEFAULT_SETTINGS): number[] {
  const computed = computeSheet(rows, settings);
  return computed
    .map((c, i) => ({ p: c.priority, i }))
    .filter((x) => x.p !== '')
    .sort((a, b) => (a.p as number) - (b.p as number))
    .map((x) => x.i);
}

/**
 * Beslutningsgrundlag's sort key of the table row at `position` (1-based), as its «Nøgle» formula: (Besluttet rækkefølge
 * when a whole number 1…100000, else 100001) · 2^34 + Prioritet · 2^17 + position; '' without a Prioritet.
 */
export function decisionSortKey(priority: unknown, order: unknown, position: number): number | '' {
  if (!isNumber(priority)) return '';
  const decided = isNumber(order) && order >= 1 && order <= DECIDED_ORDER_MAX && Number.isInteger(order);
  const B = DECISION_KEY_BASE;
  return ((decided ? order : DECIDED_ORDER_MAX + 1) * B + priority) * B + position;
}

/** Indexes of the rows with a Prioritet (as the rows carry it) in Beslutningsgrundlag's order: by decisionSortKey. */
export function decisionLines(rows: readonly RowValues[]): number[] {
  return rows
    .map((r, i) => ({ key: decisionSortKey(r.priority, r.decidedOrder, i + 1), i }))
    .filter((x): x is { key: number; i: number } => x.key !== '')
    .sort((a, b) => a.key - b.key)
    .map((x) => x.i);
}

/** Besluttet rækkefølge when it is a whole number 1…100000, else after all decided rows; Prioritet breaks ties. */
export function decidedOrder(rows: readonly RowValues[], settings: Settings = DEFAULT_SETTINGS): number[] {
  const computed = computeSheet(rows, settings);
  return decisionLines(rows.map((r, i) => ({ ...r, priority: computed[i]!.priority })));
}

export interface DecisionSummaryLine {
  label: string;
  /** [anbefalet, besluttet] for sagsområder, sagsbehandlere, manuelle sager, journalnotater. */
  numbers: number[];
}

/** C and D rows per løsningsscenarie, recommended and decided side by side, then «Uden scenarie» and the total. */
export function decisionSummary(rows: readonly RowValues[], labels: readonly string[]): DecisionSummaryLine[] {
  const cd = rows.filter((r) => needsDecision(r.usagePattern));
  const line = (label: string, pick: (r: RowValues, side: 'solutionScenario' | 'decidedScenario') => boolean) => {
    const sides = (['solutionScenario', 'decidedScenario'] as const).map((side) => cd.filter((r) => pick(r, side)));
    return {
      label,
      numbers: [
        ...sides.map((s) => s.length),
        ...(['caseworkerCount', 'manualCaseCount', 'journalNoteCount'] as const).flatMap((k) =>
          sides.map((s) => sum(s, k)),
        ),
      ],
    };
  };
  return [
    ...labels.map((l) => line(l, (r, side) => textEquals(r[side], l))),
    line('Uden scenarie', (r, side) => isBlank(r[side])),
    line('I alt (C og D)', () => true),
  ];
}
