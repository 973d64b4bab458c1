/** The Overblik and Beslutningsgrundlag sheets as data: formula tables that work without the add-in. */
import type { CellValue, ColumnKey } from '../domain/schema';
import { column } from '../domain/schema';
import { LIST_FIRST_ROW, SHEET } from '../domain/sheetLayout';
import { SOLUTION_SCENARIOS } from '../domain/lists';
import * as f from '../domain/overviewFormulas';
import { CRITICAL_ROWS, SCOPE_COLUMNS } from '../domain/overviewFormulas';
import { columnLetter } from '../domain/a1';
import { planOverviewCharts, type PlannedChart } from './chartPlan';

export const REPORT_SHEET = { overview: 'Overblik', decision: 'Beslutningsgrundlag' } as const;
export const REPORT_TABLE = {
  decision: 'OverblikBeslutning',
  scenario: 'OverblikScenarie',
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
}

export interface PlannedSheet {
  name: string;
  notes: { address: string; text: string; bold?: boolean }[];
  tables: PlannedTable[];
  ranges: PlannedRange[];
  /** Rows frozen at the top (0: none). */
  frozenRows: number;
  /** What a print shows: the area (helper columns left out) and the rows repeated on every page. */
  print: { area?: string; titleRows?: string };
  /** 0-based columns that only help the formulas: hidden, outside the print area. */
  hiddenColumns: number[];
  columnWidths: number[];
  /** Single formula cells (Workshopark). */
  formulaCells?: { address: string; formula: string }[];
  /** Charts drawn over the sheet's tables (Overblik), and the rows (1-based) that start a printed page. */
  charts?: PlannedChart[];
  rowBreaks?: number[];
  /** A form to fill in: a dropdown cell, and boxes tall enough for handwritten notes (Workshopark). */
  form?: { dropdown: { address: string; source: string }; noteCells: string[] };
}

const v = (value: CellValue): PlannedValue => ({ value });
/**
 * A formula as one flat string: built from template pieces it is a rope in V8, several times its length in memory, and
 * Beslutningsgrundlag holds a hundred thousand of them at 5,000 rows (55 MB as ropes, 19 MB flat).
 */
const fx = (formula: string): PlannedValue => ({ formula: JSON.parse(JSON.stringify(formula)) as string });
const scenarioCell = (n: number) => `${SHEET.lists}!$G$${LIST_FIRST_ROW + n - 1}`;

export const SCENARIO_HEADERS = [
  'Fagområde',
  ...SOLUTION_SCENARIOS.map((s) => `Scenarie ${s.number}`),
  'Uden scenarie',
  'I alt',
  'Sagsbehandlere',
  'Manuelle sager',
  'Journalnotater',
];
export const CRITICAL_HEADERS = ['Forretningskritisk', 'Let', 'Moderat', 'Stort', '(tom)'];
export const PROGRESS_HEADERS = [
  'Fagområde',
  'Rækker',
  'Screenet',
  'Med brugsmønster',
  'C/D med To-be udfyldt',
  'Rækker med fund',
];

export const SCENARIO_SIDES: { which: f.ScenarioSide; label: string }[] = [
  { which: 'solutionScenario', label: 'anbefalet' },
  { which: 'decidedScenario', label: 'besluttet' },
];
const SUMMED: { key: ColumnKey; label: string }[] = [
  { key: 'caseworkerCount', label: 'Sagsbehandlere' },
  { key: 'manualCaseCount', label: 'Manuelle sager' },
  { key: 'journalNoteCount', label: 'Journalnotater' },
];
/** Per løsningsscenarie, C and D rows only, recommended and decided side by side. */
export const DECISION_SUMMARY_HEADERS = [
  'Løsningsscenarie',
  ...['Sagsområder', ...SUMMED.map((x) => x.label)].flatMap((what) =>
    SCENARIO_SIDES.map((side) => `${what} (${side.label})`),
  ),
];
export const NO_SCENARIO = 'Uden scenarie';
export const ALL_CD = 'I alt (C og D)';

function decisionSummaryRows(): PlannedValue[][] {
  const line = (
    label: PlannedValue,
    count: (w: f.ScenarioSide) => string,
    sum: (k: ColumnKey, w: f.ScenarioSide) => string,
  ) => [
    label,
    ...SCENARIO_SIDES.map((side) => fx(count(side.which))),
    ...SUMMED.flatMap((x) => SCENARIO_SIDES.map((side) => fx(sum(x.key, side.which)))),
  ];
  return [
    ...SOLUTION_SCENARIOS.map((sc) =>
      line(
        fx(`""&${scenarioCell(sc.number)}`),
        (w) => f.cdScenarioCount(w, scenarioCell(sc.number)),
        (k, w) => f.cdScenarioSum(k, w, scenarioCell(sc.number)),
      ),
    ),
    line(
      v(NO_SCENARIO),
      (w) => f.cdScenarioCount(w, '""'),
      (k, w) => f.cdScenarioSum(k, w, '""'),
    ),
    line(
      v(ALL_CD),
      () => f.cdCount(),
      (k) => f.cdSum(k),
    ),
  ];
}

function overviewSheet(areas: readonly string[]): PlannedSheet {
  const decisionTitle = 3;
  const decisionStart = decisionTitle + 1;
  const decisionRows = decisionSummaryRows();
  const scenarioStart = decisionStart + decisionRows.length + 4;
  const scenarioRows = areas.map((area, i) => {
    const a = `$A${scenarioStart + 1 + i}`;
    return [
      v(area),
      ...SOLUTION_SCENARIOS.map((s) => fx(f.scenarioCount(a, scenarioCell(s.number)))),
      fx(f.withoutScenarioCount(a)),
      fx(f.rowCount(a)),
      fx(f.sumFor('caseworkerCount', a)),
      fx(f.sumFor('manualCaseCount', a)),
      fx(f.sumFor('journalNoteCount', a)),
    ];
  });
  scenarioRows.push([
    v('I alt'),
    ...SOLUTION_SCENARIOS.map((s) => fx(f.totalScenarioCount(scenarioCell(s.number)))),
    fx(f.totalWithoutScenario()),
    fx(f.totalRows()),
    fx(f.totalSum('caseworkerCount')),
    fx(f.totalSum('manualCaseCount')),
    fx(f.totalSum('journalNoteCount')),
  ]);
  const criticalTitle = scenarioStart + scenarioRows.length + 3;
  const criticalStart = criticalTitle + 1;
  const criticalRows = CRITICAL_ROWS.map((c) => [
    v(c === '' ? '(tom)' : c),
    ...SCOPE_COLUMNS.map((s) => fx(f.criticalCount(c, s))),
  ]);
  const progressTitle = criticalStart + criticalRows.length + 3;
  const progressStart = progressTitle + 1;
  const progressAreas = areas.length ? areas : ['(tilføj fagområder på arket Lister)'];
  const progressRows = progressAreas.map((area, i) => {
    const a = `$A${progressStart + 1 + i}`;
    return [
      v(area),
      fx(f.rowCount(a)),
      fx(f.screenedCount(a)),
      fx(f.withPatternCount(a)),
      fx(f.toBeCompleteCount(a)),
      fx(f.rowsWithFindingCount(a)),
    ];
  });
  return {
    name: REPORT_SHEET.overview,
    notes: [
      { address: 'A1', text: 'Overblik: løsningsscenarier, forretningskritiske områder og fremdrift', bold: true },
      {
        address: 'A2',
        text: 'Tallene regnes af formler fra tabellen Dokumentation. Et nyt fagområde får sin egen række, når ruden opdaterer visningerne.',
      },
      {
        address: `A${decisionTitle}`,
        text: 'Brugsmønster C og D pr. løsningsscenarie: anbefalet (Løsningsscenarie) og besluttet (Besluttet løsningsscenarie)',
        bold: true,
      },
      {
        address: `A${scenarioStart - 1}`,
        text: 'Antal sagsområder pr. fagområde og løsningsscenarie («Uden scenarie»: brugsmønster C/D uden scenarie)',
        bold: true,
      },
      {
        address: `A${criticalTitle}`,
        text: 'Brugsmønster C og D: forretningskritisk × omfang af oprydning',
        bold: true,
      },
      { address: `A${progressTitle}`, text: 'Fremdrift pr. fagområde', bold: true },
    ],
    tables: [
      {
        name: REPORT_TABLE.decision,
        headerRow: decisionStart,
        headers: DECISION_SUMMARY_HEADERS,
        rows: decisionRows,
      },
      { name: REPORT_TABLE.scenario, headerRow: scenarioStart, headers: SCENARIO_HEADERS, rows: scenarioRows },
      { name: REPORT_TABLE.critical, headerRow: criticalStart, headers: CRITICAL_HEADERS, rows: criticalRows },
      { name: REPORT_TABLE.progress, headerRow: progressStart, headers: PROGRESS_HEADERS, rows: progressRows },
    ],
    ranges: [],
    frozenRows: 0,
    print: {},
    hiddenColumns: [],
    columnWidths: [34, 12, 12, 12, 12, 14, 10, 16, 16, 16],
  };
}

/** Beslutningsgrundlag's list: the notat's columns, in the decided order. */
export const DECISION_LIST: { key: ColumnKey; header?: string; kind: 'text' | 'number' | 'when' }[] = [
  { key: 'businessArea', kind: 'text' },
  { key: 'caseArea', kind: 'text' },
  { key: 'kle', kind: 'text' },
  { key: 'usagePattern', kind: 'text' },
  { key: 'businessCritical', kind: 'text' },
  { key: 'cleanupScope', kind: 'text' },
  { key: 'solutionScenario', header: 'Anbefalet løsningsscenarie', kind: 'text' },
  { key: 'decidedScenario', kind: 'text' },
  { key: 'casesFuture', kind: 'text' },
  { key: 'journalNotesFuture', kind: 'text' },
  { key: 'alertsFuture', kind: 'text' },
  { key: 'documentsFuture', kind: 'text' },
  { key: 'overviewFuture', kind: 'text' },
  { key: 'tenderTime', kind: 'when' },
  { key: 'move', kind: 'text' },
  { key: 'moveBy', kind: 'when' },
  { key: 'priority', kind: 'number' },
  { key: 'decidedOrder', kind: 'number' },
  { key: 'remarks', kind: 'text' },
];
export const DECISION_LINE_HEADER = 'Nr.';
/**
 * A line of Beslutningsgrundlag's list: three lines of 11 pt text, so the longest scenario name («2. Anvend allerede
 * eksisterende ESDH eller fagsystemløsning») and a long sagsområde print whole in their columns.
 */
export const DECISION_LINE_HEIGHT = 45;
/**
 * Helper columns after a gap: per line its table row and its key (the line-th smallest); per table row its key; the
 * table column number of each listed column (one per list column, top down); the number of keys (one cell).
 */
export const DECISION_HELPERS = ['Tabelrække', 'Linjens nøgle', 'Nøgle', 'Kolonne', 'Antal'];

const DECISION_TITLE_ROW = 1;
const DECISION_SUMMARY_ROW = 4;
/** The header row of the list; its lines start the row below. */
export const DECISION_LIST_ROW = DECISION_SUMMARY_ROW + 6 + 3;

function decisionSheet(capacity: number): PlannedSheet {
  const first = DECISION_LIST_ROW + 1;
  const last = DECISION_LIST_ROW + capacity;
  const listWidth = 1 + DECISION_LIST.length;
  const helper = listWidth + 1;
  const helperColumns = DECISION_HELPERS.map((_, k) => helper + k);
  const [posCol, lineKeyCol, keyCol, numCol, countCol] = helperColumns.map(columnLetter);
  const keys = `$${keyCol}$${first}:$${keyCol}$${last}`;
  const countCell = `$${countCol}$${first}`;
  const columnCell = (k: number) => `$${numCol}$${first + k}`;
  const listed = (key: ColumnKey) => columnCell(DECISION_LIST.findIndex((d) => d.key === key));
  const rows: PlannedValue[][] = [];
  for (let r = first; r <= last; r++) {
    const line = `ROW()-${DECISION_LIST_ROW}`;
    const position = `$${posCol}${r}`;
    const k = r - first;
    rows.push([
      fx(`IF(${position}="","",${line})`),
      ...DECISION_LIST.map((d, c) =>
        fx(
          d.kind === 'text'
            ? f.decisionValue(position, columnCell(c))
            : d.kind === 'when'
              ? f.decisionWhen(position, columnCell(c))
              : f.decisionNumber(position, columnCell(c)),
        ),
      ),
      v(null),
      fx(f.decisionLinePosition(`$${lineKeyCol}${r}`)),
      fx(f.decisionLineKey(line, keys, countCell)),
      fx(f.decisionKey(line, listed('priority'), listed('decidedOrder'))),
      k < DECISION_LIST.length ? fx(f.tableColumnNumber(DECISION_LIST[k]!.key)) : v(null),
      k === 0 ? fx(`COUNT(${keys})`) : v(null),
    ]);
  }
  return {
    name: REPORT_SHEET.decision,
    notes: [
      {
        address: `A${DECISION_TITLE_ROW}`,
        text: 'Beslutningsgrundlag: bilag til notatet om KMD Sag Exit-strategien',
        bold: true,
      },
      {
        address: `A${DECISION_TITLE_ROW + 1}`,
        text: 'Tallene og rækkerne regnes af formler fra tabellen Dokumentation. Kun sagsområder med brugsmønster C og D.',
      },
      {
        address: `A${DECISION_SUMMARY_ROW - 1}`,
        text: 'Pr. løsningsscenarie: anbefalet og besluttet',
        bold: true,
      },
      {
        address: `A${DECISION_LIST_ROW - 1}`,
        text: 'Sagsområderne i den besluttede rækkefølge (Besluttet rækkefølge; rækker uden kommer derefter i prioritetsorden)',
        bold: true,
      },
    ],
    tables: [],
    ranges: [
      { headerRow: DECISION_SUMMARY_ROW, headers: DECISION_SUMMARY_HEADERS, rows: decisionSummaryRows() },
      {
        headerRow: DECISION_LIST_ROW,
        headers: [
          DECISION_LINE_HEADER,
          ...DECISION_LIST.map((d) => d.header ?? column(d.key).header),
          '',
          ...DECISION_HELPERS,
        ],
        rows,
        // Three lines: Sagsområde and the scenarios' names print whole on the handout.
        lineHeight: DECISION_LINE_HEIGHT,
        dateColumns: DECISION_LIST.flatMap((d, c) => (d.kind === 'when' ? [1 + c] : [])),
      },
    ],
    frozenRows: DECISION_LIST_ROW,
    print: { area: `A1:${columnLetter(listWidth - 1)}${last}`, titleRows: `${DECISION_LIST_ROW}:${DECISION_LIST_ROW}` },
    hiddenColumns: helperColumns,
    // Narrow enough that the summary above (nine columns) fits one page; reportLayout widens a column to its header words.
    columnWidths: [7, 18, 24, 11, 12, 15, 12, 24, 24, 16, 16, 16, 16, 16, 13, 24, 13, 9, 11, 30, 3, 11, 18, 18, 8, 8],
  };
}

/** Room for every row the sheet has now, and for the rows a workshop adds. */
export function decisionCapacity(rows: number): number {
  return Math.max(200, Math.ceil((rows + 100) / 100) * 100);
}

/** Overblik with its charts in a block of their own below the last table, after a page break. */
function withCharts(sheet: PlannedSheet): PlannedSheet {
  const lastRow = Math.max(...sheet.tables.map((t) => t.headerRow + Math.max(1, t.rows.length)));
  const { charts, breakRow } = planOverviewCharts(sheet.name, sheet.tables, lastRow, sheet.columnWidths.length);
  return { ...sheet, charts, rowBreaks: [breakRow] };
}

export function planReportSheets(areas: readonly string[], rows: number): PlannedSheet[] {
  return [withCharts(overviewSheet(areas)), decisionSheet(decisionCapacity(rows))];
}
