/** The Overblik and Beslutningsgrundlag sheets as data: formula tables that work without the add-in. */
import type { CellValue, ColumnKey } from '../domain/schema';
import { column } from '../domain/schema';
import { LIST_FIRST_ROW, SHEET } from '../domain/sheetLayout';
import { SOLUTION_SCENARIOS } from '../domain/lists';
import * as f from '../domain/overviewFormulas';
import { CRITICAL_ROWS, SCOPE_COLUMNS } from '../domain/overviewFormulas';

export const REPORT_SHEET = { overview: 'Overblik', decision: 'Beslutningsgrundlag' } as const;
export const REPORT_TABLE = {
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

export interface PlannedSheet {
  name: string;
  notes: { address: string; text: string; bold?: boolean }[];
  tables: PlannedTable[];
  /** A plain header row plus formula rows (no table, so the rank formulas stay in place). */
  range?: { headers: string[]; rows: PlannedValue[][] };
  columnWidths: number[];
}

const v = (value: CellValue): PlannedValue => ({ value });
const fx = (formula: string): PlannedValue => ({ formula });
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
export const DECISION_KEYS: ColumnKey[] = [
  'priority',
  'businessArea',
  'caseArea',
  'usagePattern',
  'businessCritical',
  'cleanupScope',
  'userCountCategory',
  'solutionScenario',
  'remarks',
];

function overviewSheet(areas: readonly string[]): PlannedSheet {
  const scenarioStart = 4;
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
      { name: REPORT_TABLE.scenario, headerRow: scenarioStart, headers: SCENARIO_HEADERS, rows: scenarioRows },
      { name: REPORT_TABLE.critical, headerRow: criticalStart, headers: CRITICAL_HEADERS, rows: criticalRows },
      { name: REPORT_TABLE.progress, headerRow: progressStart, headers: PROGRESS_HEADERS, rows: progressRows },
    ],
    columnWidths: [34, 12, 12, 12, 12, 14, 10, 16, 16, 16],
  };
}

/** The last column: where in the table the line's row is, so each line looks it up once. */
export const DECISION_POSITION_HEADER = 'Tabelrække';
const DECISION_POSITION_COLUMN = 'J';

function decisionSheet(capacity: number): PlannedSheet {
  const rows: PlannedValue[][] = [];
  for (let rank = 1; rank <= capacity; rank++) {
    const position = `$${DECISION_POSITION_COLUMN}${rank + 1}`;
    rows.push([
      fx(f.decisionRank(rank, position)),
      ...DECISION_KEYS.slice(1).map((k) => fx(f.decisionValue(position, k))),
      fx(f.decisionPosition(rank)),
    ]);
  }
  return {
    name: REPORT_SHEET.decision,
    notes: [],
    tables: [],
    range: { headers: [...DECISION_KEYS.map((k) => column(k).header), DECISION_POSITION_HEADER], rows },
    columnWidths: [10, 24, 32, 13, 17, 20, 13, 44, 40, 11],
  };
}

/** Room for every row the sheet has now, and for the rows a workshop adds. */
export function decisionCapacity(rows: number): number {
  return Math.max(200, Math.ceil((rows + 100) / 100) * 100);
}

export function planReportSheets(areas: readonly string[], rows: number): PlannedSheet[] {
  return [overviewSheet(areas), decisionSheet(decisionCapacity(rows))];
}
