/**
 * The beslutningsnotat of Fase 4, Trin 5 as data: every figure computed with the domain's own functions from the
 * workbook's inputs (as Overblik's and Beslutningsgrundlag's formulas compute them), every text Danish and final.
 * notatDocx.ts turns it into Word; nothing here knows about files.
 */
import { danishDate, danishNumber, whenText } from './danishFormat';
import { isBlank, isNumber, textEquals } from './excelSemantics';
import { needsDecision, USAGE_PATTERN_INFO } from './lists';
import { decisionLines, decisionSummary } from './overview';
import { computeSheet, type FormulaInputRow, type Settings } from './prioritisation';
import { column, type CellValue, type FormulaKey, type RowValues } from './schema';
import { validateRow, type Lists } from './validation';

/** A row of the Dokumentation table as the adapters read it. */
export interface NotatRow {
  excelRow: number;
  values: RowValues;
  /** Values typed in an older sheet, kept beside the formula («Brugerantal (indtastet)», …): the formulas fall back on them. */
  typed?: Partial<Record<FormulaKey, CellValue>>;
}

export interface NotatInput {
  rows: readonly NotatRow[];
  lists: Lists;
  settings: Settings;
  /** The day the draft is made. */
  today: Date;
}

export interface PatternCount {
  /** «0» … «E», «Ikke udfyldt», or «Andet» (a value outside the list). */
  pattern: string;
  title: string;
  count: number;
}

export interface ScenarioFigures {
  /** The label as on Lister («2. Anvend allerede …»), «Uden scenarie» or «I alt (C og D)». */
  label: string;
  /** «Scenarie 2» for a numbered label; the label itself otherwise. */
  short: string;
  /** [anbefalet, besluttet] each. */
  areas: [number, number];
  caseworkers: [number, number];
  manualCases: [number, number];
  journalNotes: [number, number];
}

export interface OrderLine {
  line: number;
  excelRow: number;
  businessArea: string;
  caseArea: string;
  kle: string;
  /** The decided scenario (short), or the recommended one marked «anbefalet», or ''. */
  scenario: string;
  decided: boolean;
  move: string;
  moveBy: string;
  priority: number;
  decidedOrder: string;
}

export interface AppendixLine extends OrderLine {
  usagePattern: string;
  businessCritical: string;
  cleanupScope: string;
  recommended: string;
  decidedScenario: string;
  casesFuture: string;
  caseworkers: string;
  manualCases: string;
}

export interface FindingLine {
  excelRow: number;
  caseArea: string;
  businessArea: string;
  /** «Ugyldigt: … Mangler: …», by column header. */
  text: string;
}

export interface UndecidedLine {
  excelRow: number;
  caseArea: string;
  businessArea: string;
  recommended: string;
  priority: number;
}

export interface Notat {
  title: string;
  date: string;
  indstilling: { lead: string; points: string[] };
  background: {
    rows: number;
    businessAreas: number;
    usingKmdSag: number;
    notUsingKmdSag: number;
    byPattern: PatternCount[];
    cd: { areas: number; caseworkers: number; manualCases: number; journalNotes: number };
    /** Manual cases on rows of type 0, A, B, E (drejebogen §5.5: they must be moved too). */
    manualOutsideCd: { areas: number; manualCases: number };
    text: string[];
  };
  scenarios: ScenarioFigures[];
  scenarioLegend: { short: string; label: string }[];
  order: OrderLine[];
  open: {
    findings: FindingLine[];
    /** Rows with findings left out of `findings` (a draft lists the first MAX_OPEN_LINES). */
    moreFindings: number;
    undecided: UndecidedLine[];
    moreUndecided: number;
  };
  appendix: AppendixLine[];
}

/** Lines listed per open point; the rest are counted («… og 12 rækker mere»). */
export const MAX_OPEN_LINES = 40;

const text = (v: CellValue | undefined) => (isBlank(v) || v === undefined || v === null ? '' : String(v).trim());
const num = (v: CellValue | undefined) => (isNumber(v) ? v : 0);
const n = danishNumber;

/** The formulas' inputs of a row, with «Brugerantal (vurderet)» and the typed fallbacks. */
export function formulaInputOf(row: NotatRow): FormulaInputRow {
  const v = row.values;
  return {
    usagePattern: v.usagePattern ?? null,
    businessCritical: v.businessCritical ?? null,
    caseworkerCount: v.caseworkerCount ?? null,
    manualCaseCount: v.manualCaseCount ?? null,
    cleanupComplexity: v.cleanupComplexity ?? null,
    assessedUserCountCategory: v.userCountAssessed ?? null,
    typedUserCountCategory: row.typed?.userCountCategory ?? null,
    typedCleanupScope: row.typed?.cleanupScope ?? null,
  };
}

/** «Scenarie 2» for «2. Anvend …»; a label without a number stays as it is. */
export function shortScenario(label: string): string {
  const m = /^\s*([1-9])\s*\./.exec(label);
  return m ? `Scenarie ${m[1]}` : label;
}

/** A scenario cell's short name when it is one of Lister's labels (case-insensitive); a value outside the list as typed. */
function scenarioName(v: CellValue | undefined, labels: readonly string[]): string {
  const t = text(v);
  const label = labels.find((l) => textEquals(t, l));
  return label ? shortScenario(label) : t;
}

function patternCounts(rows: readonly RowValues[]): PatternCount[] {
  const of = (r: RowValues) => text(r.usagePattern).toUpperCase();
  const known = USAGE_PATTERN_INFO.map((p) => ({
    pattern: p.pattern,
    title: p.title,
    count: rows.filter((r) => of(r) === p.pattern).length,
  }));
  const blank = rows.filter((r) => of(r) === '').length;
  const other = rows.length - blank - known.reduce((s, k) => s + k.count, 0);
  return [
    ...known,
    { pattern: 'Ikke udfyldt', title: 'Brugsmønster ikke fundet endnu', count: blank },
    ...(other > 0 ? [{ pattern: 'Andet', title: 'Værdi uden for listen (se åbne punkter)', count: other }] : []),
  ];
}

function findingText(values: RowValues, lists: Lists): string {
  const findings = validateRow(values, lists);
  const headers = (severity: 'invalid' | 'missing') => [
    ...new Set(findings.filter((f) => f.severity === severity).map((f) => column(f.key).header)),
  ];
  const invalid = headers('invalid');
  const missing = headers('missing');
  return [
    invalid.length ? `Ugyldigt: ${invalid.join(', ')}.` : '',
    missing.length ? `Mangler: ${missing.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

export function buildNotat(input: NotatInput): Notat {
  const { lists, settings } = input;
  const labels = lists.scenarios;
  // Every row computes, as in the table; «mapped» counts those with a fagområde or a sagsområde (Overblik's «I alt»).
  const rows = input.rows;
  const mapped = rows.filter((r) => !isBlank(r.values.businessArea) || !isBlank(r.values.caseArea)).length;
  const values = rows.map((r) => r.values);
  const computed = computeSheet(rows.map(formulaInputOf), settings);
  const withComputed = values.map((v, i) => ({
    ...v,
    userCountCategory: computed[i]!.userCountCategory,
    cleanupScope: computed[i]!.cleanupScope,
    priority: computed[i]!.priority,
  }));

  const cdRows = values.filter((v) => needsDecision(v.usagePattern));
  const outside = values.filter((v) => !needsDecision(v.usagePattern) && num(v.manualCaseCount) > 0);
  const summary = decisionSummary(values, labels);
  const scenarios: ScenarioFigures[] = summary.map((l) => ({
    label: l.label,
    short: shortScenario(l.label),
    areas: [l.numbers[0]!, l.numbers[1]!],
    caseworkers: [l.numbers[2]!, l.numbers[3]!],
    manualCases: [l.numbers[4]!, l.numbers[5]!],
    journalNotes: [l.numbers[6]!, l.numbers[7]!],
  }));
  const total = scenarios[scenarios.length - 1]!;
  const none = scenarios[scenarios.length - 2]!;

  const appendix: AppendixLine[] = decisionLines(withComputed).map((i, k) => {
    const v = withComputed[i]!;
    const decidedScenario = scenarioName(v.decidedScenario, labels);
    const recommended = scenarioName(v.solutionScenario, labels);
    return {
      line: k + 1,
      excelRow: rows[i]!.excelRow,
      businessArea: text(v.businessArea),
      caseArea: text(v.caseArea),
      kle: text(v.kle),
      scenario: decidedScenario || (recommended ? `${recommended} (anbefalet)` : ''),
      decided: decidedScenario !== '',
      move: text(v.move),
      moveBy: whenText(v.moveBy),
      priority: v.priority as number,
      decidedOrder: isNumber(v.decidedOrder) ? n(v.decidedOrder) : text(v.decidedOrder),
      usagePattern: text(v.usagePattern).toUpperCase(),
      businessCritical: text(v.businessCritical),
      cleanupScope: text(v.cleanupScope),
      recommended,
      decidedScenario,
      casesFuture: text(v.casesFuture),
      caseworkers: isNumber(v.caseworkerCount) ? n(v.caseworkerCount) : text(v.caseworkerCount),
      manualCases: isNumber(v.manualCaseCount) ? n(v.manualCaseCount) : text(v.manualCaseCount),
    };
  });
  const order: OrderLine[] = appendix.map((a) => ({
    line: a.line,
    excelRow: a.excelRow,
    businessArea: a.businessArea,
    caseArea: a.caseArea,
    kle: a.kle,
    scenario: a.scenario,
    decided: a.decided,
    move: a.move,
    moveBy: a.moveBy,
    priority: a.priority,
    decidedOrder: a.decidedOrder,
  }));

  const findings = rows
    .map((r) => ({ r, found: findingText(r.values, lists) }))
    .filter((x) => x.found !== '')
    .map(({ r, found }) => ({
      excelRow: r.excelRow,
      caseArea: text(r.values.caseArea),
      businessArea: text(r.values.businessArea),
      text: found,
    }));
  const undecided = appendix
    .filter((a) => !a.decided)
    .map((a) => ({
      excelRow: a.excelRow,
      caseArea: a.caseArea,
      businessArea: a.businessArea,
      recommended: a.recommended,
      priority: a.priority,
    }));

  const usingKmdSag = values.filter((v) => textEquals(v.usesKmdSag, 'Ja')).length;
  const notUsingKmdSag = values.filter((v) => textEquals(v.usesKmdSag, 'Nej')).length;
  const businessAreas = new Set(values.map((v) => text(v.businessArea).toLowerCase()).filter(Boolean)).size;
  const cd = {
    areas: cdRows.length,
    caseworkers: cdRows.reduce((s, v) => s + num(v.caseworkerCount), 0),
    manualCases: cdRows.reduce((s, v) => s + num(v.manualCaseCount), 0),
    journalNotes: cdRows.reduce((s, v) => s + num(v.journalNoteCount), 0),
  };
  const manualOutsideCd = {
    areas: outside.length,
    manualCases: outside.reduce((s, v) => s + num(v.manualCaseCount), 0),
  };
  const decidedCount = total.areas[1] - none.areas[1];
  const orderedCount = order.filter((o) => o.decidedOrder !== '').length;
  const movedCount = order.filter((o) => o.move !== '' || o.moveBy !== '').length;

  const backgroundText = [
    `Kortlægningen omfatter ${plural(mapped, 'sagsområde', 'sagsområder')} i ${plural(businessAreas, 'fagområde', 'fagområder')}. ` +
      `${n(usingKmdSag)} anvender KMD Sag, ${n(notUsingKmdSag)} gør ikke` +
      (mapped - usingKmdSag - notUsingKmdSag > 0
        ? `, og ${n(mapped - usingKmdSag - notUsingKmdSag)} er ikke screenet endnu.`
        : '.'),
    `${plural(cd.areas, 'sagsområde', 'sagsområder')} har brugsmønster C eller D og kræver derfor en beslutning om, hvor sager og journalnotater skal ligge fremover. ` +
      `De har tilsammen ${n(cd.caseworkers)} sagsbehandlere, ${n(cd.manualCases)} manuelle sager og ${n(cd.journalNotes)} journalnotater i KMD Sag.`,
    ...(manualOutsideCd.manualCases > 0
      ? [
          `Desuden har ${plural(manualOutsideCd.areas, 'sagsområde', 'sagsområder')} med brugsmønster 0, A, B eller E i alt ${n(manualOutsideCd.manualCases)} manuelle sager i KMD Sag. De skal også flyttes (drejebogen for monopolbruddet, afsnit 5.5).`,
        ]
      : []),
  ];

  const points = [
    `at løsningsscenarierne for de ${n(cd.areas)} sagsområder med brugsmønster C og D godkendes som anført i afsnit 3 (besluttet scenarie: ${n(decidedCount)}; anbefalet scenarie: ${n(total.areas[0] - none.areas[0])})`,
    `at løsningsscenarierne gennemføres i den rækkefølge, der står i afsnit 4 (besluttet rækkefølge for ${n(orderedCount)} sagsområder; de øvrige i prioritetsorden)`,
    `at flytningen af sager, journalnotater og brugere sker som anført i afsnit 4 (tidspunkt angivet for ${n(movedCount)} sagsområder)`,
    ...(findings.length || undecided.length
      ? [`at de åbne punkter i afsnit 5 afklares, før strategien er endelig`]
      : []),
  ];

  return {
    title: 'Beslutningsnotat: KMD Sag Exit-strategi',
    date: danishDate(new Date(Date.UTC(input.today.getFullYear(), input.today.getMonth(), input.today.getDate()))),
    indstilling: {
      lead: 'Det indstilles, at styregruppen beslutter kommunens KMD Sag Exit-strategi, dvs. hvilke løsningsscenarier der skal implementeres, i hvilken rækkefølge, og hvornår sager, journalnotater og brugere flyttes ud af KMD Sag:',
      points,
    },
    background: {
      rows: mapped,
      businessAreas,
      usingKmdSag,
      notUsingKmdSag,
      byPattern: patternCounts(values),
      cd,
      manualOutsideCd,
      text: backgroundText,
    },
    scenarios,
    scenarioLegend: labels.map((label) => ({ short: shortScenario(label), label })),
    order,
    open: {
      findings: findings.slice(0, MAX_OPEN_LINES),
      moreFindings: Math.max(0, findings.length - MAX_OPEN_LINES),
      undecided: undecided.slice(0, MAX_OPEN_LINES),
      moreUndecided: Math.max(0, undecided.length - MAX_OPEN_LINES),
    },
    appendix,
  };
}
