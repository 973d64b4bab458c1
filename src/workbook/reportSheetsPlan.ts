/** The Overblik and Beslutningsgrundlag sheets as data: formula tables that work without the add-in. */
import type { CellValue, ColumnKey } from '../domain/schema';
import { column } from '../domain/schema';
import { LIST_FIRST_ROW, SHEET } from '../domain/sheetLayout';
import { SOLUTION_SCENARIOS, USAGE_PATTERNS } from '../domain/lists';
import * as f from '../domain/overviewFormulas';
import { CRITICAL_ROWS, SCOPE_COLUMNS } from '../domain/overviewFormulas';
import { columnLetter, type CellArea, type CellAt, type RowSpan } from '../domain/a1';
import type { DecisionPrint } from './printPlan';
import { NUMBER_FORMAT } from './numberFormats';
import { planOverviewCharts, type PlannedChart } from './chartPlan';

export const REPORT_SHEET = { overview: 'Overblik', decision: 'Beslutningsgrundlag' } as const;
export const REPORT_TABLE = {
  decision: 'OverblikBeslutning',
  pattern: 'OverblikBrugsmoenster',
  licence: 'OverblikLicenser',
  scenario: 'OverblikScenarie',
  area: 'OverblikFagomraade',
  critical: 'OverblikKritisk',
  progress: 'Fremdrift',
} as const;

export type PlannedValue = { value: CellValue } | { formula: string };

export interface PlannedTable {
  name: string;
  /** Row of the header (1-based); the table starts in column A. */
  headerRow: number;
  headers: string[];
  rows: PlannedValue[][];
}

/** A plain header row plus formula rows (no table, so the formulas stay in place when a user sorts). */
export interface PlannedRange {
  /** Row of the header (1-based); the range starts in column A. */
  headerRow: number;
  headers: string[];
  rows: PlannedValue[][];
  /**
   * Each row this tall (points), its text wrapped at the top of the row (every writer; office/wrap.ts), and
   * its first column (the line number) to the left: what a formula shows never makes its row grow, in Excel or in
   * LibreOffice, so a long name would be cut at the column's edge on one line. Every writer follows this.
   */
  lineHeight?: number;
  /**
   * Columns (index from A) whose lines hold dates: DATE_FORMAT, and to the left like the text around them (a year or a
   * text in the same column is text). Every writer follows this.
   */
  dateColumns?: readonly number[];
  /** Columns (index from A) whose lines hold counts: NUMBER_FORMAT (26.683 in a Danish Excel). Every writer follows this. */
  numberColumns?: readonly number[];
}

export interface PlannedSheet {
  name: string;
  notes: (CellAt & { text: string; bold?: boolean })[];
  tables: PlannedTable[];
  ranges: PlannedRange[];
  /** Rows frozen at the top (0: none). */
  frozenRows: number;
  /** What a print shows: its areas (helper columns left out) and the rows repeated on every page. */
  print: { areas?: CellArea[]; titleRows?: RowSpan };
  /** 0-based columns that only help the formulas: hidden, outside the print area. */
  hiddenColumns: number[];
  columnWidths: number[];
  /** Single formula cells (Workshopark). */
  formulaCells?: (CellAt & { formula: string; numberFormat?: string })[];
  /** Charts drawn over the sheet's tables (Overblik), and the rows (1-based) that start a printed page. */
  charts?: PlannedChart[];
  rowBreaks?: number[];
  /** A form to fill in: a dropdown cell, and boxes tall enough for handwritten notes (Workshopark). */
  form?: { dropdown?: CellAt & { source: string }; noteCells: CellAt[] };
}

const v = (value: CellValue): PlannedValue => ({ value });
/**
 * A formula as one flat string: built from template pieces it is a rope in V8, several times its length in memory, and
 * Beslutningsgrundlag holds a hundred thousand of them at 5,000 rows (55 MB as ropes, 19 MB flat).
 */
const fx = (formula: string): PlannedValue => ({ formula: JSON.parse(JSON.stringify(formula)) as string });
const scenarioCell = (n: number) => `${SHEET.lists}!$G$${LIST_FIRST_ROW + n - 1}`;

export const SCENARIO_SIDES: { which: f.ScenarioSide; label: string }[] = [
  { which: 'solutionScenario', label: 'anbefalet' },
  { which: 'decidedScenario', label: 'besluttet' },
];
const SUMMED: { key: ColumnKey; label: string }[] = [
  { key: 'caseworkerCount', label: 'Sagsbehandlere' },
  { key: 'manualCaseCount', label: 'Manuelle sager' },
  { key: 'journalNoteCount', label: 'Journalnotater' },
];
export const NO_SCENARIO = 'Uden scenarie';
export const ALL_CD = 'I alt (C og D)';
/** The scenario table's line for C/D rows whose fagområde is empty or not (yet) a line of the table. */
export const OTHER_AREAS = 'Heraf uden kendt fagområde';
export const TOTAL = 'I alt';

/** Per fagområde, C and D rows only: each scenario recommended and decided side by side, then the C/D sums. */
export const SCENARIO_HEADERS = [
  'Fagområde',
  ...[...SOLUTION_SCENARIOS.map((s) => `Scenarie ${s.number}`), NO_SCENARIO].flatMap((what) =>
    SCENARIO_SIDES.map((side) => `${what} ${side.label}`),
  ),
  ALL_CD,
];
/** Per fagområde, C and D rows only: their number and their sums (the scenario table would be too wide to print). */
export const AREA_HEADERS = ['Fagområde', 'Sagsområder', ...SUMMED.map((x) => x.label)];
export const CRITICAL_HEADERS = ['Forretningskritisk', 'Let', 'Moderat', 'Stort', '(tom)'];
export const PROGRESS_HEADERS = [
  'Fagområde',
  'Rækker',
  'Screenet',
  'Med brugsmønster',
  'C/D med To-be udfyldt',
  'Rækker med fejl eller mangler',
];
/** Every row in use by brugsmønster: the C/D rows the other tables count, and the rest (their manual cases move too). */
export const PATTERN_HEADERS = ['Brugsmønster', 'Sagsområder', ...SUMMED.map((x) => x.label)];
export const NO_PATTERN = 'Uden (gyldigt) brugsmønster';
export const OF_WHICH_CD = 'Heraf C og D';
export const OUTSIDE_CD = 'Heraf uden for C og D (0, A, B, E, uden)';
export const PATTERN_LINES = [...USAGE_PATTERNS, NO_PATTERN, TOTAL, OF_WHICH_CD, OUTSIDE_CD];

/** Per løsningsscenarie, C and D rows only, recommended and decided side by side. */
export const DECISION_SUMMARY_HEADERS = [
  'Løsningsscenarie',
  ...['Sagsområder', ...SUMMED.map((x) => x.label)].flatMap((what) =>
    SCENARIO_SIDES.map((side) => `${what} (${side.label})`),
  ),
];

/**
 * The summary's lines from `headerRow`: the four scenarios, «Uden scenarie» (the C/D rows left: no scenario, or one not on
 * the list, so the lines add up to the total) and the C/D total.
 */
function decisionSummaryRows(headerRow: number): PlannedValue[][] {
  const first = headerRow + 1;
  const totalRow = first + SOLUTION_SCENARIOS.length + 1;
  const columns = 1 + (1 + SUMMED.length) * SCENARIO_SIDES.length;
  const line = (
    label: PlannedValue,
    count: (w: f.ScenarioSide) => string,
    sum: (k: ColumnKey, w: f.ScenarioSide) => string,
  ) => [
    label,
    ...SCENARIO_SIDES.map((side) => fx(count(side.which))),
    ...SUMMED.flatMap((x) => SCENARIO_SIDES.map((side) => fx(sum(x.key, side.which)))),
  ];
  const rest = (c: number) => {
    const l = columnLetter(c);
    return fx(`${l}${totalRow}-SUM(${l}${first}:${l}${totalRow - 2})`);
  };
  return [
    ...SOLUTION_SCENARIOS.map((sc) =>
      line(
        fx(`""&${scenarioCell(sc.number)}`),
        (w) => f.cdAreaScenarioCount(w, null, scenarioCell(sc.number)),
        (k, w) => f.cdScenarioSum(k, w, scenarioCell(sc.number)),
      ),
    ),
    [v(NO_SCENARIO), ...Array.from({ length: columns - 1 }, (_, i) => rest(i + 1))],
    line(
      v(ALL_CD),
      () => f.cdAreaCount(null),
      (k) => f.cdAreaSum(k, null),
    ),
  ];
}

/** A titled table stacked below the one before, two blank rows apart. */
interface Block {
  title: string;
  /** A line below the table, outside it: a label and formulas (headerRow, the table's last row) → per column. */
  after?: { label: string; formula: (column: number, headerRow: number, lastRow: number) => string };
  table: Omit<PlannedTable, 'headerRow' | 'rows'> & { rows: (headerRow: number) => PlannedValue[][] };
}

function patternRows(headerRow: number): PlannedValue[][] {
  const first = headerRow + 1;
  const row = (line: string) => first + PATTERN_LINES.indexOf(line);
  const cell = (c: number, line: string) => `${columnLetter(c)}${row(line)}`;
  const keys = SUMMED.map((x) => x.key);
  const byType = (c: number) =>
    `SUM(${cell(c, USAGE_PATTERNS[0])}:${cell(c, USAGE_PATTERNS[USAGE_PATTERNS.length - 1]!)})`;
  return [
    ...USAGE_PATTERNS.map((p) => [v(p), fx(f.patternCount(p)), ...keys.map((k) => fx(f.patternSum(k, p)))]),
    [v(NO_PATTERN), ...[1, 2, 3, 4].map((c) => fx(`${cell(c, TOTAL)}-${byType(c)}`))],
    [v(TOTAL), fx(f.totalRows()), ...keys.map((k) => fx(f.totalSum(k)))],
    [v(OF_WHICH_CD), ...[1, 2, 3, 4].map((c) => fx(`${cell(c, 'C')}+${cell(c, 'D')}`))],
    [v(OUTSIDE_CD), ...[1, 2, 3, 4].map((c) => fx(`${cell(c, TOTAL)}-${cell(c, OF_WHICH_CD)}`))],
  ];
}

function scenarioRows(areas: readonly string[], headerRow: number): PlannedValue[][] {
  const first = headerRow + 1;
  const lineOf = (a: string | null) => {
    const area = a === null ? null : a;
    return [
      ...[...SOLUTION_SCENARIOS.map((s) => scenarioCell(s.number)), null].flatMap((sc) =>
        SCENARIO_SIDES.map((side) => (sc === null ? null : f.cdAreaScenarioCount(side.which, area, sc))),
      ),
      f.cdAreaCount(area),
    ];
  };
  const totalRow = first + areas.length;
  const sides = SCENARIO_SIDES.length;
  const noScenario = 1 + SOLUTION_SCENARIOS.length * sides;
  const allCd = noScenario + sides;
  /** «Uden scenarie» of a line: its C/D rows left over by the four scenarios (on either side). */
  const withRest = (r: number, formulas: (string | null)[]): PlannedValue[] =>
    formulas.map((x, i) => {
      const c = 1 + i;
      if (x !== null) return fx(x);
      const side = c - noScenario;
      const scenarioCells = SOLUTION_SCENARIOS.map((_, s) => `${columnLetter(1 + s * sides + side)}${r}`);
      return fx(`${columnLetter(allCd)}${r}-(${scenarioCells.join('+')})`);
    });
  const lines = areas.map((area, i) => [v(area), ...withRest(first + i, lineOf(`$A${first + i}`))]);
  return [...lines, [v(TOTAL), ...withRest(totalRow, lineOf(null))]];
}

/** Lines of the licence table for future case systems, in order of first appearance; more fall under «Øvrige systemer». */
export const LICENCE_LINES = 8;
export const LICENCE_HEADERS = [
  column('casesFuture').header,
  ...['Sagsområder', 'Sagsbehandlere'].flatMap((what) => SCENARIO_SIDES.map((side) => `${what} (${side.label})`)),
];
export const NO_SYSTEM = 'Uden system';
export const OTHER_SYSTEMS = 'Øvrige systemer';

/**
 * Per future case system (the values of «Sager (fremtid)», found by formulas: Beslutningsgrundlag's «Nyt system» marks
 * each value's first row), the C/D sagsområder and their sagsbehandlere: all of them (anbefalet) and those with a decided
 * scenario (besluttet); then the rows without a system, the systems past the lines, and the C/D total.
 */
function licenceRows(headerRow: number, capacity: number): PlannedValue[][] {
  const first = headerRow + 1;
  const helper = columnLetter(decisionHelperColumn('Nyt system'));
  const cells = `'${REPORT_SHEET.decision}'!$${helper}$${DECISION_LIST_ROW + 1}:$${helper}$${DECISION_LIST_ROW + capacity}`;
  const sides = [false, true];
  const numbers = (value: string) => [
    ...sides.map((decided) => f.cdWithCount('casesFuture', value, decided)),
    ...sides.map((decided) => f.cdWithSum('caseworkerCount', 'casesFuture', value, decided)),
  ];
  const lines: PlannedValue[][] = [];
  for (let k = 1; k <= LICENCE_LINES; k++) {
    const a = `$A${first + k - 1}`;
    lines.push([
      fx(f.kthOfItsKind(k, cells, f.tableColumnNumber('casesFuture'))),
      ...numbers(a).map((x) => fx(`IF(${a}="","",${x})`)),
    ]);
  }
  const totalRow = first + LICENCE_LINES + 2;
  const total = [
    f.cdAreaCount(null),
    f.cdWithCount('decidedScenario', '"<>"', false),
    f.cdAreaSum('caseworkerCount', null),
    f.cdWithSum('caseworkerCount', 'decidedScenario', '"<>"', false),
  ];
  const other = [1, 2, 3, 4].map((c) => {
    const l = columnLetter(c);
    return fx(`${l}${totalRow}-SUM(${l}${first}:${l}${totalRow - 2})`);
  });
  return [
    ...lines,
    [v(NO_SYSTEM), ...numbers('""').map(fx)],
    [v(OTHER_SYSTEMS), ...other],
    [v(ALL_CD), ...total.map(fx)],
  ];
}

function areaRows(areas: readonly string[], headerRow: number): PlannedValue[][] {
  const line = (label: PlannedValue, area: string | null) => [
    label,
    fx(f.cdAreaCount(area)),
    ...SUMMED.map((x) => fx(f.cdAreaSum(x.key, area))),
  ];
  return [...areas.map((a, i) => line(v(a), `$A${headerRow + 1 + i}`)), line(v(TOTAL), null)];
}

/** Under a per-fagområde table's «I alt»: the C/D rows no line counts (no fagområde, or one added since it was drawn). */
const otherAreasLine: Block['after'] = {
  label: OTHER_AREAS,
  formula: (c, h, last) => {
    const l = columnLetter(c);
    return last - 1 > h ? `${l}${last}-SUM(${l}${h + 1}:${l}${last - 1})` : `${l}${last}`;
  },
};

function overviewSheet(areas: readonly string[], capacity: number): PlannedSheet {
  const criticalRows = () =>
    CRITICAL_ROWS.map((c) => [v(c === '' ? '(tom)' : c), ...SCOPE_COLUMNS.map((s) => fx(f.criticalCount(c, s)))]);
  const progressAreas = areas.length ? areas : ['(tilføj fagområder på arket Lister)'];
  const progressRows = (headerRow: number) =>
    progressAreas.map((area, i) => {
      const a = `$A${headerRow + 1 + i}`;
      return [
        v(area),
        fx(f.rowCount(a)),
        fx(f.screenedCount(a)),
        fx(f.withPatternCount(a)),
        fx(f.toBeCompleteCount(a)),
        fx(f.rowsWithFindingCount(a)),
      ];
    });
  const blocks: Block[] = [
    {
      title:
        'Brugsmønster C og D pr. løsningsscenarie: anbefalet (Løsningsscenarie) og besluttet (Besluttet løsningsscenarie)',
      table: { name: REPORT_TABLE.decision, headers: DECISION_SUMMARY_HEADERS, rows: decisionSummaryRows },
    },
    {
      title:
        'Alle sagsområder pr. brugsmønster. Manuelle sager uden for C og D skal også flyttes (drejebogen, afsnit 5.5)',
      table: { name: REPORT_TABLE.pattern, headers: PATTERN_HEADERS, rows: patternRows },
    },
    {
      title:
        'Licenser: brugsmønster C og D pr. fremtidigt sagssystem (Sager (fremtid)); besluttet = med et besluttet løsningsscenarie',
      table: { name: REPORT_TABLE.licence, headers: LICENCE_HEADERS, rows: (h) => licenceRows(h, capacity) },
    },
    {
      title:
        'Brugsmønster C og D pr. fagområde og løsningsscenarie, anbefalet og besluttet («I alt» er summen af hver side)',
      table: { name: REPORT_TABLE.scenario, headers: SCENARIO_HEADERS, rows: (h) => scenarioRows(areas, h) },
      after: otherAreasLine,
    },
    {
      title:
        'Brugsmønster C og D pr. fagområde: sagsområder, sagsbehandlere (licenser), manuelle sager og journalnotater',
      table: { name: REPORT_TABLE.area, headers: AREA_HEADERS, rows: (h) => areaRows(areas, h) },
      after: otherAreasLine,
    },
    {
      title: 'Brugsmønster C og D: forretningskritisk × omfang af oprydning',
      table: { name: REPORT_TABLE.critical, headers: CRITICAL_HEADERS, rows: criticalRows },
    },
    {
      title: 'Fremdrift pr. fagområde (alle rækker)',
      table: { name: REPORT_TABLE.progress, headers: PROGRESS_HEADERS, rows: progressRows },
    },
  ];
  const notes: PlannedSheet['notes'] = [
    {
      row: 1,
      column: 0,
      text: 'Overblik: løsningsscenarier, brugsmønstre, forretningskritiske områder og fremdrift',
      bold: true,
    },
    {
      row: 2,
      column: 0,
      text: 'Tallene beregnes med formler ud fra tabellen Dokumentation. Hver tabel siger i titlen, hvilke rækker den tæller.',
    },
  ];
  const tables: PlannedTable[] = [];
  const formulaCells: NonNullable<PlannedSheet['formulaCells']> = [];
  let title = 3;
  for (const b of blocks) {
    const headerRow = title + 1;
    const rows = b.table.rows(headerRow);
    notes.push({ row: title, column: 0, text: b.title, bold: true });
    tables.push({ name: b.table.name, headers: b.table.headers, headerRow, rows });
    const last = headerRow + rows.length;
    if (b.after) {
      notes.push({ row: last + 1, column: 0, text: b.after.label });
      for (let c = 1; c < b.table.headers.length; c++)
        formulaCells.push({
          row: last + 1,
          column: c,
          formula: b.after.formula(c, headerRow, last),
          numberFormat: NUMBER_FORMAT,
        });
    }
    title = last + 3;
  }
  return {
    name: REPORT_SHEET.overview,
    notes,
    tables,
    ranges: [],
    formulaCells,
    frozenRows: 0,
    print: {},
    hiddenColumns: [],
    // Column A 30: every label fits (the titles run on over empty cells); the page's width stays at 8 pt type.
    columnWidths: [30, ...Array.from({ length: SCENARIO_HEADERS.length - 1 }, () => 11)],
  };
}

/** A line's «Ugyldige svar»: the inputs of the ranking and the decision whose value Tjek calls invalid. */
export const LINE_CHECKED: readonly ColumnKey[] = [
  'caseworkerCount',
  'manualCaseCount',
  'businessCritical',
  'cleanupComplexity',
  'userCountAssessed',
  'solutionScenario',
  'decidedScenario',
  'decidedOrder',
];
export const INVALID_HEADER = 'Ugyldige svar';

/** Beslutningsgrundlag's list: the notat's columns, in the decided order, with their widths in characters. */
export const DECISION_LIST: {
  key: ColumnKey | 'invalid';
  header?: string;
  kind: 'text' | 'number' | 'when' | 'invalid';
  width: number;
}[] = [
  { key: 'businessArea', kind: 'text', width: 18 },
  { key: 'caseArea', kind: 'text', width: 24 },
  { key: 'kle', kind: 'text', width: 11 },
  { key: 'usagePattern', kind: 'text', width: 12 },
  { key: 'caseworkerCount', header: 'Sagsbehandlere', kind: 'number', width: 12 },
  { key: 'manualCaseCount', header: 'Manuelle sager', kind: 'number', width: 10 },
  { key: 'journalNoteCount', header: 'Journalnotater', kind: 'number', width: 12 },
  { key: 'businessCritical', kind: 'text', width: 15 },
  { key: 'cleanupScope', kind: 'text', width: 12 },
  { key: 'solutionScenario', header: 'Anbefalet løsningsscenarie', kind: 'text', width: 24 },
  { key: 'decidedScenario', kind: 'text', width: 24 },
  { key: 'casesFuture', kind: 'text', width: 14 },
  { key: 'journalNotesFuture', kind: 'text', width: 14 },
  { key: 'tenderTime', kind: 'when', width: 13 },
  { key: 'move', kind: 'text', width: 18 },
  { key: 'moveBy', kind: 'when', width: 13 },
  { key: 'priority', kind: 'number', width: 9 },
  { key: 'decidedOrder', kind: 'number', width: 11 },
  { key: 'invalid', header: INVALID_HEADER, kind: 'invalid', width: 18 },
  { key: 'remarks', kind: 'text', width: 24 },
];
export const decisionListHeader = (d: (typeof DECISION_LIST)[number]) => d.header ?? column(d.key as ColumnKey).header;
/** The table columns the list reads, one «Kolonne» helper cell each: the listed ones, then the checked ones. */
export const DECISION_READ: readonly ColumnKey[] = [
  ...new Set([
    ...DECISION_LIST.flatMap((d) => (d.key === 'invalid' ? [] : [d.key])),
    ...LINE_CHECKED,
    'casesFuture' as const,
  ]),
];
export const DECISION_LINE_HEADER = 'Nr.';
/**
 * A line of Beslutningsgrundlag's list: three lines of 11 pt text, so the longest scenario name («2. Anvend allerede
 * eksisterende ESDH eller fagsystemløsning») and a long sagsområde print whole in their columns.
 */
export const DECISION_LINE_HEIGHT = 45;
/**
 * Helper columns after a gap: per line its table row and its key (the line-th smallest); per table row its key; the
 * table column number of each column read (DECISION_READ, top down); the number of keys (one cell); per table row, its
 * row number when its «Sager (fremtid)» is the first of its kind (Overblik's licence table lists those).
 */
export const DECISION_HELPERS = ['Tabelrække', 'Linjens nøgle', 'Nøgle', 'Kolonne', 'Antal', 'Nyt system'];

const DECISION_TITLE_ROW = 1;
const DECISION_SUMMARY_ROW = 4;
/** Below the summary (scenarios, Uden scenarie, I alt): the rows outside C and D, on a line of their own. */
const DECISION_OUTSIDE_ROW = DECISION_SUMMARY_ROW + SOLUTION_SCENARIOS.length + 2 + 3;
/** The header row of the list; its lines start the row below. */
export const DECISION_LIST_ROW = DECISION_OUTSIDE_ROW + 1 + 3;

/** Where the list's helper columns stand: Overblik's licence table reads «Nyt system». */
export function decisionHelperColumn(name: (typeof DECISION_HELPERS)[number]): number {
  return 1 + DECISION_LIST.length + 1 + DECISION_HELPERS.indexOf(name);
}

export const OUTSIDE_HEADERS = ['Brugsmønster', 'Sagsområder', ...SUMMED.map((x) => x.label)];

/**
 * Where Beslutningsgrundlag prints for a table of `rows` rows, from its layout alone (Office.js recomputes it as rows
 * change, without planning the sheet's formulas): the summary with the line outside C and D below it, one page; the list
 * from the line that names it, so its title starts the list's first page, to its last line.
 */
export function decisionPrint(rows: number): DecisionPrint {
  const listWidth = 1 + DECISION_LIST.length;
  return {
    summary: {
      firstRow: 1,
      lastRow: DECISION_OUTSIDE_ROW + 1,
      firstColumn: 0,
      lastColumn: DECISION_SUMMARY_HEADERS.length - 1,
    },
    list: {
      firstRow: DECISION_LIST_ROW - 1,
      lastRow: DECISION_LIST_ROW + decisionCapacity(rows),
      firstColumn: 0,
      lastColumn: listWidth - 1,
    },
    headerRow: DECISION_LIST_ROW,
  };
}

function decisionSheet(capacity: number, print: DecisionPrint): PlannedSheet {
  const first = DECISION_LIST_ROW + 1;
  const last = DECISION_LIST_ROW + capacity;
  const helperColumns = DECISION_HELPERS.map((h) => decisionHelperColumn(h));
  const [posCol, lineKeyCol, keyCol, numCol, countCol] = helperColumns.map(columnLetter);
  const keys = `$${keyCol}$${first}:$${keyCol}$${last}`;
  const countCell = `$${countCol}$${first}`;
  const read = (key: ColumnKey) => `$${numCol}$${first + DECISION_READ.indexOf(key)}`;
  const rows: PlannedValue[][] = [];
  for (let r = first; r <= last; r++) {
    const line = `ROW()-${DECISION_LIST_ROW}`;
    const position = `$${posCol}${r}`;
    const k = r - first;
    rows.push([
      fx(`IF(${position}="","",${line})`),
      ...DECISION_LIST.map((d) => {
        if (d.key === 'invalid')
          return fx(
            f.decisionInvalid(
              position,
              LINE_CHECKED.map((key) => ({ key, at: read(key) })),
            ),
          );
        const at = read(d.key);
        return fx(
          d.kind === 'text'
            ? f.decisionValue(position, at)
            : d.kind === 'when'
              ? f.decisionWhen(position, at)
              : f.decisionNumber(position, at),
        );
      }),
      v(null),
      fx(f.decisionLinePosition(`$${lineKeyCol}${r}`)),
      fx(f.decisionLineKey(line, keys, countCell)),
      fx(f.decisionKey(line, read('priority'), read('decidedOrder'))),
      k < DECISION_READ.length ? fx(f.tableColumnNumber(DECISION_READ[k]!)) : v(null),
      k === 0 ? fx(`COUNT(${keys})`) : v(null),
      fx(f.firstOfItsKind(line, read('casesFuture'))),
    ]);
  }
  const outside: PlannedValue[] = [
    v(OUTSIDE_CD),
    fx(`${f.totalRows()}-(${f.cdAreaCount(null)})`),
    ...SUMMED.map((x) => fx(`${f.totalSum(x.key)}-(${f.cdAreaSum(x.key, null)})`)),
  ];
  return {
    name: REPORT_SHEET.decision,
    notes: [
      {
        row: DECISION_TITLE_ROW,
        column: 0,
        text: 'Beslutningsgrundlag: bilag til notatet om KMD Sag Exit-strategien',
        bold: true,
      },
      {
        row: DECISION_TITLE_ROW + 1,
        column: 0,
        text: 'Tallene og rækkerne beregnes med formler ud fra tabellen Dokumentation. Sagsområder med brugsmønster C og D; de øvrige på én linje for sig.',
      },
      {
        row: DECISION_SUMMARY_ROW - 1,
        column: 0,
        text: 'Brugsmønster C og D pr. løsningsscenarie: anbefalet og besluttet',
        bold: true,
      },
      {
        row: DECISION_OUTSIDE_ROW - 1,
        column: 0,
        text: 'Uden for C og D: manuelle sager, der også skal flyttes (drejebogen, afsnit 5.5)',
        bold: true,
      },
      {
        row: DECISION_LIST_ROW - 1,
        column: 0,
        text: 'Sagsområderne i den besluttede rækkefølge (Besluttet rækkefølge; rækker uden kommer derefter i prioritetsorden)',
        bold: true,
      },
    ],
    tables: [],
    ranges: [
      {
        headerRow: DECISION_SUMMARY_ROW,
        headers: DECISION_SUMMARY_HEADERS,
        rows: decisionSummaryRows(DECISION_SUMMARY_ROW),
        numberColumns: DECISION_SUMMARY_HEADERS.slice(1).map((_, i) => 1 + i),
      },
      {
        headerRow: DECISION_OUTSIDE_ROW,
        headers: OUTSIDE_HEADERS,
        rows: [outside],
        numberColumns: [1, 2, 3, 4],
      },
      {
        headerRow: DECISION_LIST_ROW,
        headers: [DECISION_LINE_HEADER, ...DECISION_LIST.map(decisionListHeader), '', ...DECISION_HELPERS],
        rows,
        // Three lines: Sagsområde and the scenarios' names print whole on the handout.
        lineHeight: DECISION_LINE_HEIGHT,
        dateColumns: DECISION_LIST.flatMap((d, c) => (d.kind === 'when' ? [1 + c] : [])),
        numberColumns: DECISION_LIST.flatMap((d, c) => (d.kind === 'number' ? [1 + c] : [])),
      },
    ],
    frozenRows: DECISION_LIST_ROW,
    print: { areas: [print.summary, print.list], titleRows: { firstRow: print.headerRow, lastRow: print.headerRow } },
    hiddenColumns: helperColumns,
    // Narrow enough that the summary above (nine columns) fits one page; reportLayout widens a column to its header words.
    columnWidths: [7, ...DECISION_LIST.map((d) => d.width), 3, 11, 18, 18, 8, 8, 8],
  };
}

/** Room for every row the sheet has now, and for the rows a workshop adds. */
export function decisionCapacity(rows: number): number {
  return Math.max(200, Math.ceil((rows + 100) / 100) * 100);
}

/** Overblik with its charts in a block of their own below the last table, after a page break. */
function withCharts(sheet: PlannedSheet): PlannedSheet {
  const lastRow = Math.max(...sheet.tables.map((t) => t.headerRow + Math.max(1, t.rows.length)));
  // Up to the last column's left edge: a chart anchored in the column after the tables would widen the printed page
  // (LibreOffice fits that column too), and Overblik's tables then print below 8 pt.
  const width = sheet.columnWidths.length - 1;
  const { charts, breakRow } = planOverviewCharts(sheet.name, sheet.tables, lastRow, width);
  return { ...sheet, charts, rowBreaks: [breakRow] };
}

export function planReportSheets(areas: readonly string[], rows: number): PlannedSheet[] {
  const capacity = decisionCapacity(rows);
  return [withCharts(overviewSheet(areas, capacity)), decisionSheet(capacity, decisionPrint(rows))];
}
