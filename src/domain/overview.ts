/** The Overblik sheet and the Beslutningsgrundlag order as plain functions: the preview shows them, the LibreOffice tests compare with them. */
import { needsDecision } from './lists';
import { column, TO_BE_KEYS, type ColumnKey, type RowValues } from './schema';
import { asText, isBlank, isNumber, matchExact, textEquals } from './excelSemantics';
import { computeSheet, DEFAULT_SETTINGS, type Settings } from './prioritisation';
import { validateCell, validateRow, type Lists } from './validation';
import { CRITICAL_ROWS, DECIDED_ORDER_MAX, DECISION_KEY_BASE, SCOPE_COLUMNS } from './overviewFormulas';

/** A line of a count table: its label, then its numbers in the table's column order. */
export interface CountLine {
  label: string;
  numbers: number[];
}

const sum = (rows: readonly RowValues[], key: keyof RowValues) =>
  rows.reduce((s, r) => s + (isNumber(r[key]) ? (r[key] as number) : 0), 0);
const hasContent = (r: RowValues) => !isBlank(r.businessArea) || !isBlank(r.caseArea);
const SUMMED = ['caseworkerCount', 'manualCaseCount', 'journalNoteCount'] as const;
const SIDES = ['solutionScenario', 'decidedScenario'] as const;

/** COUNTIFS's criterion `text` against a cell: case-insensitive text; "0" also finds the number 0. */
export function criterionMatches(v: unknown, text: string): boolean {
  if (text === '') return isBlank(v);
  if (isNumber(v)) return text.trim() !== '' && Number(text) === v;
  return typeof v === 'string' && v.toLowerCase() === text.toLowerCase();
}
const isCD = (r: RowValues) => criterionMatches(r.usagePattern, 'C') || criterionMatches(r.usagePattern, 'D');
const differences = (total: number[], parts: number[][]) =>
  total.map((t, i) => parts.reduce((rest, p) => rest - p[i]!, t));

/** The scenario table's numbers over some C/D rows: each scenario and «Uden scenarie» anbefalet/besluttet, the total. */
function scenarioNumbers(cd: readonly RowValues[], labels: readonly string[]): number[] {
  const per = labels.map((l) => SIDES.map((side) => cd.filter((r) => criterionMatches(r[side], l)).length));
  const without = SIDES.map((_, s) => cd.length - per.reduce((n, p) => n + p[s]!, 0));
  return [...per.flat(), ...without, cd.length];
}

/** Per fagområde (C and D rows only), then «I alt» over the whole sheet (otherAreas: what no line has). */
export function scenarioOverview(
  rows: readonly RowValues[],
  areas: readonly string[],
  labels: readonly string[],
): CountLine[] {
  const cd = rows.filter(isCD);
  const lines = areas.map((area) => ({
    label: area,
    numbers: scenarioNumbers(
      cd.filter((r) => criterionMatches(r.businessArea, area)),
      labels,
    ),
  }));
  return [...lines, { label: 'I alt', numbers: scenarioNumbers(cd, labels) }];
}

/** Per fagområde (C and D rows only): sagsområder, sagsbehandlere, manuelle sager, journalnotater; then «I alt». */
export function areaOverview(rows: readonly RowValues[], areas: readonly string[]): CountLine[] {
  const cd = rows.filter(isCD);
  const numbers = (mine: readonly RowValues[]) => [mine.length, ...SUMMED.map((k) => sum(mine, k))];
  return [
    ...areas.map((area) => ({
      label: area,
      numbers: numbers(cd.filter((r) => criterionMatches(r.businessArea, area))),
    })),
    { label: 'I alt', numbers: numbers(cd) },
  ];
}

/** Under the scenario table: what its «I alt» has that no fagområde line has (no fagområde, or one not listed). */
export function otherAreas(lines: readonly CountLine[]): number[] {
  return differences(
    lines.at(-1)!.numbers,
    lines.slice(0, -1).map((l) => l.numbers),
  );
}

/** Every row by brugsmønster: 0, A, B, C, D, E, the rest, I alt (rows in use), heraf C og D, heraf uden for C og D. */
export function patternOverview(rows: readonly RowValues[], patterns: readonly string[]): CountLine[] {
  const numbers = (mine: readonly RowValues[]) => [mine.length, ...SUMMED.map((k) => sum(mine, k))];
  const per = patterns.map((p) => numbers(rows.filter((r) => criterionMatches(r.usagePattern, p))));
  const total = [rows.filter(hasContent).length, ...SUMMED.map((k) => sum(rows, k))];
  const cd = per[patterns.indexOf('C')]!.map((n, i) => n + per[patterns.indexOf('D')]![i]!);
  return [
    ...patterns.map((p, i) => ({ label: p, numbers: per[i]! })),
    { label: 'Uden (gyldigt) brugsmønster', numbers: differences(total, per) },
    { label: 'I alt', numbers: total },
    { label: 'Heraf C og D', numbers: cd },
    { label: 'Heraf uden for C og D (0, A, B, E, uden)', numbers: differences(total, [cd]) },
  ];
}

/** Indexes of the rows whose «Sager (fremtid)» is the first of its kind: Beslutningsgrundlag's «Nyt system». */
export const licenceSystemRows = (rows: readonly RowValues[]) => firstOfItsKind(rows, 'casesFuture');

/** MATCH(v, column, 0) = this row: the first row with this value (texts case-insensitive, with wildcards). */
function firstOfItsKind(rows: readonly RowValues[], key: keyof RowValues): number[] {
  const out: number[] = [];
  rows.forEach((r, i) => {
    const v = r[key];
    if (isBlank(v)) return;
    const first = rows.findIndex((o) =>
      typeof v === 'string' ? typeof o[key] === 'string' && matchExact(v, [o[key] as string]) === 0 : o[key] === v,
    );
    if (first === i) out.push(i);
  });
  return out;
}

/**
 * Per future case system in order of first appearance (`lines` of them), the C/D sagsområder and sagsbehandlere, all
 * and with a decided scenario; empty lines past the systems; then Uden system, Øvrige systemer and I alt (C og D).
 */
export function licenceOverview(rows: readonly RowValues[], lines: number): (CountLine | null)[] {
  const cd = rows.filter(isCD);
  const numbers = (mine: readonly RowValues[]) => {
    const decided = mine.filter((r) => !isBlank(r.decidedScenario));
    return [mine.length, decided.length, sum(mine, 'caseworkerCount'), sum(decided, 'caseworkerCount')];
  };
  const systems = firstOfItsKind(rows, 'casesFuture')
    .slice(0, lines)
    .map((i) => asText(rows[i]!.casesFuture));
  const listed = systems.map((label) => ({
    label,
    numbers: numbers(cd.filter((r) => criterionMatches(r.casesFuture, label))),
  }));
  const none = numbers(cd.filter((r) => isBlank(r.casesFuture)));
  const total = numbers(cd);
  return [
    ...Array.from({ length: lines }, (_, k) => listed[k] ?? null),
    { label: 'Uden system', numbers: none },
    { label: 'Øvrige systemer', numbers: differences(total, [...listed.map((l) => l.numbers), none]) },
    { label: 'I alt (C og D)', numbers: total },
  ];
}

/** The rows outside C and D (rows in use): sagsområder, sagsbehandlere, manuelle sager, journalnotater. */
export function outsideDecision(rows: readonly RowValues[]): number[] {
  const cd = rows.filter(isCD);
  return differences(
    [rows.filter(hasContent).length, ...SUMMED.map((k) => sum(rows, k))],
    [[cd.length, ...SUMMED.map((k) => sum(cd, k))]],
  );
}

/** A Beslutningsgrundlag line's «Ugyldige svar»: «header «value»» for each checked column Tjek calls invalid. */
export function lineInvalid(row: RowValues, keys: readonly ColumnKey[], lists: Lists): string {
  return keys
    .filter((k) => validateCell(column(k), row[k] ?? null, lists) !== null)
    .map((k) => `${column(k).header} «${asText(row[k])}»`)
    .join(' ');
}

const inArea = (area: string) => (r: RowValues) => textEquals(r.businessArea, area);

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
      // Errors and gaps (the formula's findingTerms); Tjek's questions for the styregruppe are not counted.
      withFinding: mine.filter((r) => validateRow(r, lists).some((f) => f.severity !== 'attention')).length,
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

/** C and D rows per løsningsscenarie, recommended and decided side by side, then «Uden scenarie» (the rest) and the total. */
export function decisionSummary(rows: readonly RowValues[], labels: readonly string[]): CountLine[] {
  const cd = rows.filter(isCD);
  const numbers = (pick: (r: RowValues, side: (typeof SIDES)[number]) => boolean) => {
    const sides = SIDES.map((side) => cd.filter((r) => pick(r, side)));
    return [...sides.map((s) => s.length), ...SUMMED.flatMap((k) => sides.map((s) => sum(s, k)))];
  };
  const per = labels.map((l) => numbers((r, side) => criterionMatches(r[side], l)));
  const total = numbers(() => true);
  return [
    ...labels.map((label, i) => ({ label, numbers: per[i]! })),
    { label: 'Uden scenarie', numbers: differences(total, per) },
    { label: 'I alt (C og D)', numbers: total },
  ];
}
