/** The one workbook interface the task pane and the command line talk to. Two adapters implement it. */
import type { CellValue, ColumnKey, FormulaKey, RowValues } from '../domain/schema';
import type { Lists } from '../domain/validation';
import type { Settings } from '../domain/prioritisation';
import type { ReportedFinding } from '../domain/upgrade';
import type { Preset, ViewFilter } from '../domain/views';

export type DetectionStatus = 'ready' | 'upgradable' | 'absent';

export interface Detection {
  status: DetectionStatus;
  /** Sheet holding the (forgivingly) matched table or header row. */
  sheet?: string;
  /** Excel row number of the header row. */
  headerRow?: number;
  matchedColumns: number;
  missingColumns: string[];
  dataRows: number;
  /** dataRows counts to the last used row, blank rows included (the upgrade skips them); not read in full yet. */
  dataRowsUpTo?: boolean;
}

export interface SetupSummary {
  created: boolean;
  rows: number;
  message: string;
}

export interface UpgradeSummary {
  rows: number;
  matched: { header: string; sourceHeader: string }[];
  kept: string[];
  typedKept: string[];
  normalised: number;
  flagged: ReportedFinding[];
  backupSheet?: string;
  /** The backup is hidden, so printing the whole workbook leaves it out (file adapter). */
  backupHidden?: boolean;
}

/** A data row of the table: its position and its values by schema key. */
export interface SheetRow {
  /** 0-based index among the table's data rows. */
  index: number;
  /** Excel row number (for messages and selection). */
  excelRow: number;
  values: RowValues;
  /** Values an older sheet typed where a formula is now, kept beside it («Brugerantal (indtastet)», …); absent when none. */
  typed?: Partial<Record<FormulaKey, CellValue>>;
}

export interface SheetSnapshot {
  rows: SheetRow[];
  /**
   * Danish findings about computed cells that do not hold their column's formula (blank, typed over, another formula);
   * absent when there are none. Reading never repairs them: `repairFormulas` does.
   */
  formulaFindings?: string[];
  /** The table's data rows, blank ones included (where the adapter knows it): a selection read compares its own. */
  tableRows?: number;
  lists: Lists;
  settings: Settings;
}

export interface DokumentationWorkbook {
  detect(): Promise<Detection>;
  /** Creates the layout in an empty workbook; running it on a ready workbook changes nothing. */
  setup(): Promise<SetupSummary>;
  /** Brings an existing sheet into the layout, keeping every value. */
  upgrade(): Promise<UpgradeSummary>;
  /** Every data row with its values, plus the lists and settings of the Lister sheet. */
  snapshot(): Promise<SheetSnapshot>;
}

/** The data row of the active cell: its index, and its values (null when the row is blank). */
export interface ActiveRow {
  index: number;
  row: SheetRow | null;
  /**
   * The next non-blank data row below (for «Næste række»), looked for among the next NEXT_ROW_WINDOW rows only, so the
   * read stays the same size whatever the table's; null when there is none there.
   */
  next: number | null;
  /** The Lister sheet's lists as they are now (the dropdowns of Række); absent when Lister could not be read. */
  lists?: Lists;
  /** The table's data rows, blank ones included, as this read found them (where the adapter knows it). */
  tableRows?: number;
  /** Danish findings about this row's computed cells (another formula, or none); absent when there are none. */
  formulaFindings?: string[];
}

/** How many rows below the active one a selection read looks at to find the next row. */
export const NEXT_ROW_WINDOW = 4;

/** The live workbook also knows the user's selection. */
export interface LiveWorkbook extends DokumentationWorkbook {
  /**
   * Writes only the given cells of one data row (user text always lands as text). With `expected` (the row as the pane
   * showed it), nothing is written when a column is missing or the row at `index` is another sagsområde now.
   */
  writeRow(index: number, values: Partial<Record<ColumnKey, CellValue>>, expected?: RowValues): Promise<void>;
  /** The data row index of the active cell, or null when it is outside the table (or Excel has no selection to give). */
  activeRowIndex(): Promise<number | null>;
  /**
   * The active cell's row read alone, with the few rows below it that find the next row (for a selection change and
   * after a write: the size of the read does not grow with the table).
   */
  activeRow(): Promise<ActiveRow | null>;
  /** The data row at `index`, read as activeRow reads the active one, whatever the selection (after the pane's write). */
  rowAt?(index: number): Promise<ActiveRow | null>;
  selectCell(index: number, key: ColumnKey): Promise<void>;
  /** Workshopark set to this sagsområde and shown (where the adapter has it). */
  openWorkshopSheet?(caseArea: string): Promise<void>;
  /** «Workshopark til udskrift»: a handout for each sagsområde of one fagområde, a page each, and the sheet shown. */
  addWorkshopHandouts?(businessArea: string): Promise<HandoutsResult>;
  onSelectionChanged(handler: () => void): Promise<() => Promise<void>>;
  /** Puts each computed column's formula back where a read found it missing or replaced; Danish notices of what was done. */
  repairFormulas?(): Promise<string[]>;
}

/** What this Excel can do for the views, decided once from the API sets. */
export interface ViewSupport {
  /** ExcelApi 1.9: the table's own AutoFilter; below it, TableColumn.filter (1.2), column by column. */
  autoFilter: boolean;
  /** ExcelApi 1.9: print setup of the view sheets. */
  pageLayout: boolean;
  /** ExcelApi 1.8: PivotTables. */
  pivotTables: boolean;
  /** ExcelApi 1.12: the pane's filter carried into the PivotTables. */
  pivotFilters: boolean;
  /** ExcelApi 1.10: slicers beside the PivotTables. */
  slicers: boolean;
}

/** What «Workshopark til udskrift» made. */
export interface HandoutsResult {
  /** Handouts (pages) written: one per sagsområde. */
  handouts: number;
  sheet: string;
  /** Danish: what this Excel could not set up (the page breaks below ExcelApi 1.9), and what to do instead. */
  fallbacks: string[];
}

export interface ViewResult {
  /** Danish, for the pane. */
  message: string;
  /** Danish: what fell back on this Excel, and what still works. */
  fallbacks: string[];
}

/** The Visninger pane's operations. None of them changes a value of the Dokumentation table (except filling Nr. once). */
export interface ViewsWorkbook {
  viewSupport(): ViewSupport;
  /** The filter the table has now (read from the workbook: the pane keeps no state of its own). */
  currentFilter(): Promise<ViewFilter>;
  applyFilter(filter: ViewFilter): Promise<ViewResult>;
  clearFilters(): Promise<ViewResult>;
  sortByPriority(): Promise<ViewResult>;
  restoreSheetOrder(): Promise<ViewResult>;
  applyPreset(preset: Preset): Promise<ViewResult>;
  /** «Opdater»: new fagområder get their rows in Overblik, room in Beslutningsgrundlag, PivotTables refreshed. */
  refreshViews(): Promise<ViewResult>;
  /** «Opret/opdater pivotvisninger». */
  createPivots(filter?: ViewFilter): Promise<ViewResult>;
}

export function isViewsWorkbook(w: object): w is ViewsWorkbook {
  return (
    typeof (w as Partial<ViewsWorkbook>).applyFilter === 'function' &&
    typeof (w as Partial<ViewsWorkbook>).viewSupport === 'function'
  );
}
