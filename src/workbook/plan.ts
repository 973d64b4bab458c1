/** What a dokumentationsark workbook contains, as data. Both adapters (the file's streamed XML and Office.js) write this plan and decide nothing of their own. */
import { column, type CellValue, type ColumnDef, type ComputedKey, type FormulaKey } from '../domain/schema';
import { columnIndex, columnLetter, type CellArea, type CellAt } from '../domain/a1';
import { dateSerialFormula, invalidValueFormula } from '../domain/highlightFormulas';
import {
  formulaFor,
  highThresholdFormula,
  kleValidationFormula,
  lowThresholdFormula,
} from '../domain/prioritisationFormulas';
import {
  HEADER_ROW,
  LAYOUT_VERSION,
  LIST_COLUMNS,
  LIST_FIRST_ROW,
  MATRIX_COLUMN_HEADERS,
  MATRIX_ROW_HEADERS,
  SETTINGS,
  SHEET,
  TABLE_NAME,
  listSource,
} from '../domain/sheetLayout';
import { tableColumns, type TableColumn } from '../domain/tableColumns';
import { DATE_FORMAT, TEXT_FORMAT } from './numberFormats';
import type { UpgradePlan } from '../domain/upgrade';
import type { UpgradeSummary } from './types';
import { DEFAULT_MATRIX, PRIORITY_STRATEGIES } from '../domain/prioritisation';
import { GUIDE_LINES } from './guide';
import { decisionPrint, planReportSheets, REPORT_SHEET, type PlannedSheet } from './reportSheetsPlan';
import { needsDecision } from '../domain/lists';
import {
  GUIDE_WIDTH,
  documentationHeaderHeight,
  documentationWidth,
  wrappedRowHeight,
  inputColumnCount,
  planPrint,
  usedRowCount,
  type DecisionPrint,
  type PrintSetup,
} from './printPlan';
import { LISTS_HEADER_HEIGHT, LISTS_MOVES_WIDTH, WORKSHOP_SHEET, planWorkshopSheet } from './workshopPlan';
import { STYLE, withStyle, type CellStyle } from './cellStyles';

export type ValidationRule =
  | { kind: 'list'; source: string }
  | { kind: 'wholeNumber'; min: number; max: number }
  | { kind: 'custom'; formula: (topLeft: string) => string };

export interface ValidationSpec {
  rule: ValidationRule;
  errorStyle: 'stop' | 'warning';
  errorTitle: string;
  error: string;
  promptTitle: string;
  prompt: string;
}

export interface PlannedCell extends CellAt {
  value?: CellValue;
  /** File form (with `_xlfn.`); Office.js strips the prefix. */
  formula?: string;
  style?: CellStyle;
}

export interface WorkbookPlan {
  table: {
    sheet: string;
    name: string;
    headerRow: number;
    columns: TableColumn[];
    /** Data rows in column order; formula columns are null here. */
    rows: CellValue[][];
    /** Column index → the formula every data row gets. */
    formulas: Map<number, string>;
    /** Column index → validation on the whole table column. */
    validations: Map<number, ValidationSpec>;
    /** Column index → number format: "@" keeps "32.01" or "0" as text. */
    numberFormats: Map<number, string>;
    /** Index in `rows` → column → a formula of the user's (without "="), kept from an older layout. */
    cellFormulas: Map<number, Map<number, string>>;
    /** Column index → conditional-format formula (relative to the first data cell) that marks an invalid value. */
    highlights: Map<number, string>;
    /** Column widths in characters, by column index; the header row's height in points. */
    widths: number[];
    headerHeight: number;
    /** The header cells' style, and the formula columns' data cells' style. */
    headerStyle: CellStyle;
    formulaStyle: CellStyle;
    /** Rows and columns frozen at the top left: the header row, and Fagområde and Sagsområde. */
    frozen: { rows: number; columns: number };
  };
  lists: {
    sheet: string;
    cells: PlannedCell[];
    validations: { range: CellArea; spec: ValidationSpec }[];
    /** Column widths in characters by 0-based column; every writer sets exactly these. */
    widths: [number, number][];
    /** Row heights in points by row number. */
    heights: [number, number][];
  };
  /**
   * Vejledning: one column `width` characters wide, each line's row `heights[i]` points high, in `styles[i]` (a
   * title, headings, wrapped text).
   */
  guide: { sheet: string; lines: string[]; width: number; heights: number[]; styles: CellStyle[] };
  /** Overblik and Beslutningsgrundlag: formula sheets that work without the add-in. */
  reportSheets: PlannedSheet[];
  /** Page setup of each sheet (printPlan.ts). */
  print: PrintSetup[];
}

function validationFor(col: ColumnDef): ValidationSpec | null {
  const prompt = { promptTitle: col.header.slice(0, 32), prompt: col.help.slice(0, 255) };
  switch (col.kind) {
    case 'list': {
      const isArea = col.list === 'businessAreas';
      return {
        rule: { kind: 'list', source: listSource(col.list!) },
        errorStyle: isArea ? 'warning' : 'stop',
        errorTitle: 'Ugyldigt svar',
        error: isArea
          ? 'Fagområdet står ikke på listen. Tilføj det på arket Lister, kolonne A, eller vælg et fra listen.'
          : `Vælg et svar fra listen i «${col.header}». Listen kan udvides på arket Lister.`,
        ...prompt,
      };
    }
    case 'count':
      if (col.key === 'decidedOrder')
        return {
          rule: { kind: 'wholeNumber', min: 1, max: 1_000_000 },
          errorStyle: 'stop',
          errorTitle: 'Ugyldig rækkefølge',
          error: `«${col.header}» skal være et helt tal fra 1 og op (1 er først).`,
          ...prompt,
        };
      return {
        rule: { kind: 'wholeNumber', min: 0, max: 1_000_000_000 },
        errorStyle: 'stop',
        errorTitle: 'Ugyldigt antal',
        error: `«${col.header}» skal være et helt tal på 0 eller derover.`,
        ...prompt,
      };
    case 'kle':
      return {
        rule: { kind: 'custom', formula: kleValidationFormula },
        errorStyle: 'stop',
        errorTitle: 'Ugyldigt KLE-nummer',
        error: 'Skriv KLE-nummeret som NN.NN.NN, fx 32.18.02 (eller NN.NN for en samlet række).',
        ...prompt,
      };
    case 'date':
      if (col.key !== 'moveBy') return null;
      return {
        rule: { kind: 'custom', formula: dateSerialFormula },
        errorStyle: 'stop',
        errorTitle: 'Ugyldig dato',
        error: `«${col.header}» skal være en dato, fx 1-3-2027.`,
        ...prompt,
      };
    default:
      return null;
  }
}

export interface PlanInput {
  rows?: CellValue[][];
  cellFormulas?: Map<number, Map<number, string>>;
  typedColumns?: FormulaKey[];
  extraHeaders?: string[];
  businessAreas?: string[];
  columns?: TableColumn[];
}

export function planWorkbook(input: PlanInput = {}): WorkbookPlan {
  const typedColumns = input.typedColumns ?? [];
  const columns = input.columns ?? tableColumns(typedColumns, input.extraHeaders ?? []);
  const formulas = new Map<number, string>();
  const validations = new Map<number, ValidationSpec>();
  const numberFormats = new Map<number, string>();
  const highlights = new Map<number, string>();
  columns.forEach((tc, i) => {
    if (tc.role !== 'schema') return;
    const col = column(tc.key);
    if (col.kind === 'formula') formulas.set(i, formulaFor(tc.key as ComputedKey, { typedColumns }));
    const v = validationFor(col);
    if (v) validations.set(i, v);
    const highlight = invalidValueFormula(col, `${columnLetter(i)}${HEADER_ROW + 1}`);
    if (highlight) highlights.set(i, highlight);
    if (col.kind === 'kle' || col.key === 'usagePattern') numberFormats.set(i, TEXT_FORMAT);
    if (col.key === 'moveBy') numberFormats.set(i, DATE_FORMAT);
  });
  // A table needs at least one data row.
  const rows = input.rows && input.rows.length > 0 ? input.rows : [columns.map(() => null)];
  const lists = planLists(input.businessAreas ?? []);
  const workshop = planWorkshopSheet();
  const reportSheets = [...planReportSheets(input.businessAreas ?? [], rows.length), workshop];
  return {
    table: {
      sheet: SHEET.documentation,
      name: TABLE_NAME,
      headerRow: HEADER_ROW,
      columns,
      rows,
      formulas,
      validations,
      numberFormats,
      highlights,
      cellFormulas: input.cellFormulas ?? new Map(),
      widths: columns.map((c) => documentationWidth(c.header)),
      headerHeight: documentationHeaderHeight(columns),
      headerStyle: STYLE.header,
      formulaStyle: STYLE.formula,
      frozen: { rows: HEADER_ROW, columns: 2 },
    },
    lists,
    guide: {
      sheet: SHEET.guide,
      lines: GUIDE_LINES,
      width: GUIDE_WIDTH,
      heights: GUIDE_LINES.map((line, i) => (i === 0 ? 20 : wrappedRowHeight(line, GUIDE_WIDTH))),
      styles: GUIDE_LINES.map(guideStyle),
    },
    reportSheets,
    // From the sheets just planned and Beslutningsgrundlag's layout: no sheet planned twice, no address read back.
    print: planPrintFor(printState(columns, rows), {
      listRows: lastRow(lists.cells),
      decision: decisionPrint(rows.length),
      workshopRows: workshop.lastRow,
    }),
  };
}

/** The guide's emphasis: its first line a title, short lines without a full stop headings, the rest wrapped text. */
export function guideStyle(line: string, i: number): CellStyle {
  if (i === 0) return withStyle(STYLE.title, STYLE.wrapped);
  const heading = line && !/[.:]$/.test(line) && line.length < 60 && !/^\d/.test(line);
  return heading ? withStyle(STYLE.heading, STYLE.wrapped) : STYLE.wrapped;
}

/** What the print setup depends on: the table's columns, its rows in use, and the C and D rows Beslutningsgrundlag lists. */
export interface PrintState {
  columns: readonly TableColumn[];
  /** Data rows up to the last one in use (printPlan's usedRowCount). */
  usedRows: number;
  tableRows: number;
  decisionRows: number;
}

/** How far the sheets reach that print by their extent: Lister's last row, Beslutningsgrundlag's areas, Workshopark's last row. */
export interface PrintExtents {
  listRows: number;
  decision: DecisionPrint;
  workshopRows: number;
}

/**
 * The extents without planning the workbook (Office.js, as rows change): Lister with the fagområder it lists (a few
 * dozen cells), Beslutningsgrundlag's areas from its layout, Workshopark's form.
 */
export function printExtents(tableRows: number, businessAreas: readonly string[] = []): PrintExtents {
  return {
    listRows: lastRow(planLists([...businessAreas]).cells),
    decision: decisionPrint(Math.max(1, tableRows)),
    workshopRows: planWorkshopSheet().lastRow,
  };
}

const lastRow = (cells: readonly PlannedCell[]) => Math.max(...cells.map((c) => c.row));

/** The page setup of every sheet for the workbook as it stands (both adapters; Office.js again when rows change). */
export function planPrintFor(state: PrintState, extents: PrintExtents = printExtents(state.tableRows)): PrintSetup[] {
  return planPrint({
    columns: state.columns,
    usedRows: state.usedRows,
    tableRows: state.tableRows,
    listRows: extents.listRows,
    overview: REPORT_SHEET.overview,
    workshop: { sheet: WORKSHOP_SHEET, lastRow: extents.workshopRows },
    decision: { sheet: REPORT_SHEET.decision, print: extents.decision, usedRows: state.decisionRows },
  });
}

/** The state of the rows the plan writes: the rows in use, and the C and D rows Beslutningsgrundlag lists now. */
function printState(columns: TableColumn[], rows: CellValue[][]): PrintState {
  const pattern = columns.findIndex((c) => c.role === 'schema' && c.key === 'usagePattern');
  return {
    columns,
    usedRows: usedRowCount(rows, inputColumnCount(columns)),
    tableRows: rows.length,
    decisionRows: rows.filter((r) => needsDecision(r[pattern])).length,
  };
}

function planLists(businessAreas: string[]): WorkbookPlan['lists'] {
  const cells: PlannedCell[] = [];
  for (const list of LIST_COLUMNS) {
    const column = columnIndex(list.column);
    // Long list names wrap in their header instead of being cut by the next column (on screen and on paper).
    cells.push({ row: 1, column, value: list.header, style: STYLE.header });
    const values = list.name === 'businessAreas' ? businessAreas : list.defaults;
    values.forEach((v, i) => cells.push({ row: LIST_FIRST_ROW + i, column, value: v }));
  }
  const L = columnIndex(SETTINGS.labelColumn);
  const V = columnIndex(SETTINGS.valueColumn);
  cells.push(
    { row: 1, column: L, value: 'Indstilling', style: STYLE.heading },
    { row: 1, column: V, value: 'Værdi', style: STYLE.heading },
  );
  cells.push({ row: SETTINGS.lowThreshold.row, column: L, value: SETTINGS.lowThreshold.label });
  cells.push({ row: SETTINGS.lowThreshold.row, column: V, formula: lowThresholdFormula() });
  cells.push({ row: SETTINGS.highThreshold.row, column: L, value: SETTINGS.highThreshold.label });
  cells.push({ row: SETTINGS.highThreshold.row, column: V, formula: highThresholdFormula() });
  cells.push({ row: SETTINGS.strategy.row, column: L, value: SETTINGS.strategy.label });
  cells.push({ row: SETTINGS.strategy.row, column: V, value: PRIORITY_STRATEGIES[0] });
  cells.push({ row: SETTINGS.layout.row, column: L, value: SETTINGS.layout.label });
  cells.push({ row: SETTINGS.layout.row, column: V, value: LAYOUT_VERSION });
  // The matrix: its title and column headers in the row above its values, its row headers in the label column.
  const { firstRow } = SETTINGS.matrix;
  const K = columnIndex(SETTINGS.matrix.firstColumn);
  cells.push({ row: firstRow - 1, column: L, value: 'Omfang af oprydning', style: STYLE.heading });
  MATRIX_COLUMN_HEADERS.forEach((h, i) =>
    cells.push({ row: firstRow - 1, column: K + i, value: h, style: STYLE.heading }),
  );
  MATRIX_ROW_HEADERS.forEach((h, r) => {
    cells.push({ row: firstRow + r, column: L, value: h, style: STYLE.heading });
    DEFAULT_MATRIX[r].forEach((v, c) => cells.push({ row: firstRow + r, column: K + c, value: v }));
  });
  [
    // Short lines: each prints whole within the page's columns J to S.
    'Matrixen: kompleksitet i rækkerne, brugerantal i kolonnerne.',
    'Grænserne beregnes ud fra Antal sagsbehandlere i rækkerne med brugsmønster C og D',
    '(en tredjedel under, en tredjedel over). Skriv et tal for at fastlåse en grænse.',
    'Prioriteringsstrategi: «Tungeste først» eller «Letteste først».',
    'Lister kan udvides: skriv nye værdier nederst i kolonnen uden tomme rækker imellem.',
  ].forEach((value, i) => cells.push({ row: LIST_NOTES_ROW + i, column: L, value }));
  const strategy = SETTINGS.strategy.row;
  const scopeSpec: ValidationSpec = {
    rule: { kind: 'list', source: '"Let,Moderat,Stort"' },
    errorStyle: 'stop',
    errorTitle: 'Ugyldigt omfang',
    error: 'Vælg Let, Moderat eller Stort.',
    promptTitle: 'Omfang af oprydning',
    prompt: 'Let, Moderat eller Stort.',
  };
  const strategySpec: ValidationSpec = {
    rule: { kind: 'list', source: listSource('strategies') },
    errorStyle: 'stop',
    errorTitle: 'Ugyldig strategi',
    error: 'Vælg «Tungeste først» eller «Letteste først».',
    promptTitle: 'Prioriteringsstrategi',
    prompt: 'Tungeste først eller Letteste først.',
  };
  return {
    sheet: SHEET.lists,
    cells,
    validations: [
      { range: { firstRow: strategy, lastRow: strategy, firstColumn: V, lastColumn: V }, spec: strategySpec },
      { range: MATRIX_VALUES, spec: scopeSpec },
    ],
    widths: LIST_WIDTHS,
    heights: [[1, LISTS_HEADER_HEIGHT]],
  };
}

/** The matrix's values (K7:M9): a row per complexity, a column per user count. */
const MATRIX_VALUES: CellArea = {
  firstRow: SETTINGS.matrix.firstRow,
  lastRow: SETTINGS.matrix.firstRow + MATRIX_ROW_HEADERS.length - 1,
  firstColumn: columnIndex(SETTINGS.matrix.firstColumn),
  lastColumn: columnIndex(SETTINGS.matrix.firstColumn) + MATRIX_COLUMN_HEADERS.length - 1,
};

/** Lister's notes on the settings, below the matrix. */
const LIST_NOTES_ROW = 11;

/**
 * Lister's column widths in characters: the lists 22, Fagsystem i monopolbrud/TSA 48, Flytning as wide as «Delvist i en
 * overgangsperiode» (it prints whole), the settings' labels 42.
 */
const LIST_WIDTHS: [number, number][] = [
  [0, 22],
  [1, 22],
  [2, 22],
  [3, 22],
  [4, 22],
  [5, 22],
  [6, 48],
  [7, 22],
  [8, LISTS_MOVES_WIDTH],
  [9, 42],
];

/** The workbook an upgrade writes: the plan's columns, rows, typed formula columns and fagområder. */
export function planUpgradedWorkbook(plan: UpgradePlan): WorkbookPlan {
  return planWorkbook({
    columns: plan.columns,
    rows: plan.rows,
    cellFormulas: plan.cellFormulas,
    typedColumns: plan.typedColumns,
    businessAreas: plan.businessAreas,
  });
}

/** What the pane and dokark report after an upgrade. */
export function upgradeSummary(plan: UpgradePlan, backupSheet: string | undefined): UpgradeSummary {
  return {
    rows: plan.rows.length,
    matched: plan.matched.map((m) => ({ header: column(m.key).header, sourceHeader: m.sourceHeader })),
    kept: plan.kept,
    typedKept: [
      ...(plan.assessedFromTyped
        ? [`${column('userCountCategory').header} (nu i «${column('userCountAssessed').header}»)`]
        : []),
      ...plan.typedColumns.map((k) => column(k).header),
    ],
    normalised: plan.normalised.length,
    flagged: plan.findings,
    backupSheet,
  };
}

/** The sheets Opret makes, in the order the workbook shows them. */
export const SHEETS_MADE: readonly string[] = [
  SHEET.documentation,
  SHEET.lists,
  REPORT_SHEET.overview,
  REPORT_SHEET.decision,
  WORKSHOP_SHEET,
  SHEET.guide,
];
/** "Dokumentation, Lister, … og Vejledning". */
export const SHEETS_MADE_TEXT = `${SHEETS_MADE.slice(0, -1).join(', ')} og ${SHEETS_MADE.at(-1)!}`;
export const CREATED_MESSAGE = `Dokumentationsarket er oprettet med arkene ${SHEETS_MADE_TEXT}.`;
