/** Where things live in the workbook: sheet names, the table, and the cells of the Lister sheet. */
import {
  CAN_ARCHIVE,
  COMPLEXITY,
  DOMAIN_SYSTEMS_MONOPOLY,
  MOVES,
  SCENARIO_LABELS,
  USAGE_PATTERNS,
  USER_COUNT_CATEGORIES,
  YES_NO,
} from './lists';
import { absolute } from './a1';
import { PRIORITY_STRATEGIES } from './prioritisation';
import type { ListName } from './schema';

export const SHEET = {
  documentation: 'Dokumentation',
  lists: 'Lister',
  guide: 'Vejledning',
  backup: 'Dokumentation (før opgradering)',
} as const;

export const TABLE_NAME = 'Dokumentation';
/** The table's header row on the Dokumentation sheet (1-based). */
export const HEADER_ROW = 1;

/** Lists on the Lister sheet: header in row 1, values from row 2 down to LIST_LAST_ROW. */
export const LIST_FIRST_ROW = 2;
export const LIST_LAST_ROW = 300;

export interface ListColumn {
  name: ListName | 'strategies';
  column: string;
  header: string;
  defaults: readonly string[];
}

export const LIST_COLUMNS: readonly ListColumn[] = [
  { name: 'businessAreas', column: 'A', header: 'Fagområde', defaults: [] },
  { name: 'yesNo', column: 'B', header: 'Ja/Nej', defaults: YES_NO },
  { name: 'usagePatterns', column: 'C', header: 'Brugsmønster', defaults: USAGE_PATTERNS },
  { name: 'monopolySystems', column: 'D', header: 'Fagsystem i monopolbrud/TSA', defaults: DOMAIN_SYSTEMS_MONOPOLY },
  { name: 'canArchive', column: 'E', header: 'Kan arkiveres', defaults: CAN_ARCHIVE },
  { name: 'complexity', column: 'F', header: 'Kompleksitet af oprydning', defaults: COMPLEXITY },
  { name: 'scenarios', column: 'G', header: 'Løsningsscenarie', defaults: SCENARIO_LABELS },
  { name: 'strategies', column: 'H', header: 'Prioriteringsstrategi', defaults: PRIORITY_STRATEGIES },
  { name: 'moves', column: 'I', header: 'Flytning', defaults: MOVES },
  { name: 'userCounts', column: 'N', header: 'Brugerantal', defaults: USER_COUNT_CATEGORIES },
];

export function listColumn(name: ListColumn['name']): ListColumn {
  const found = LIST_COLUMNS.find((l) => l.name === name);
  if (!found) throw new Error(`Ukendt liste: ${name}`);
  return found;
}

/** The whole list range, absolute: Lister!$A$2:$A$300. */
export function listRange(name: ListColumn['name']): string {
  const col = listColumn(name).column;
  return `${SHEET.lists}!$${col}$${LIST_FIRST_ROW}:$${col}$${LIST_LAST_ROW}`;
}

/** A dropdown source that grows with the list and shows no blank lines (no gaps in the list). */
export function listSource(name: ListColumn['name']): string {
  const col = listColumn(name).column;
  const first = `${SHEET.lists}!$${col}$${LIST_FIRST_ROW}`;
  return `OFFSET(${first},0,0,MAX(1,COUNTA(${listRange(name)})),1)`;
}

/** Settings cells (labels in J, values in K) and the Omfang matrix. */
export const SETTINGS = {
  labelColumn: 'J',
  valueColumn: 'K',
  lowThreshold: { row: 2, label: 'Brugerantal: grænse Få/Mellem (højst)' },
  highThreshold: { row: 3, label: 'Brugerantal: grænse Mellem/Mange (højst)' },
  strategy: { row: 4, label: 'Prioriteringsstrategi' },
  /** The layout the workbook was written in; an upgrade compares it with LAYOUT_VERSION. */
  layout: { row: 20, label: 'Arkets udgave (ændres ikke)' },
  matrix: {
    titleCell: 'J6',
    /** Column headers Få/Mellem/Mange in K6:M6, row headers Lav/Middel/Høj in J7:J9, values in K7:M9. */
    columnHeaders: 'K6:M6',
    rowHeaders: 'J7:J9',
    values: 'K7:M9',
    firstRow: 7,
    firstColumn: 'K',
  },
} as const;

export const SETTINGS_REF = {
  lowThreshold: `${SHEET.lists}!$K$${SETTINGS.lowThreshold.row}`,
  highThreshold: `${SHEET.lists}!$K$${SETTINGS.highThreshold.row}`,
  strategy: `${SHEET.lists}!$K$${SETTINGS.strategy.row}`,
  matrixValues: `${SHEET.lists}!${absolute(SETTINGS.matrix.values)}`,
  matrixRows: `${SHEET.lists}!${absolute(SETTINGS.matrix.rowHeaders)}`,
  matrixColumns: `${SHEET.lists}!${absolute(SETTINGS.matrix.columnHeaders)}`,
};

export const MATRIX_COLUMN_HEADERS = USER_COUNT_CATEGORIES;
export const MATRIX_ROW_HEADERS = COMPLEXITY;

/**
 * The layout of the workbook this code writes, recorded in Lister!K20. 1: the first 31 columns (no cell written).
 * 2: the decision columns (Besluttet løsningsscenarie … Flyttes senest), Flytning on Lister, the scenario labels of the guide.
 */
export const LAYOUT_VERSION = 2;
export const LAYOUT_CELL = `${SETTINGS.valueColumn}${SETTINGS.layout.row}`;

/** The layout a workbook with our table records: no cell (or no number) means the first layout. */
export function layoutOf(recorded: unknown): number {
  return typeof recorded === 'number' && Number.isInteger(recorded) && recorded >= 1 ? recorded : 1;
}

/** Our table with every column of this layout, in a workbook that records this layout: nothing to upgrade. */
export function isCurrentLayout(headers: readonly unknown[], recorded: unknown, required: readonly string[]): boolean {
  const present = new Set(headers.map((h) => String(h ?? '').trim()));
  return required.every((h) => present.has(h)) && layoutOf(recorded) >= LAYOUT_VERSION;
}
