/** The one workbook interface the task pane and the command line talk to. Two adapters implement it. */
import type { CellValue, ColumnKey, RowValues } from '../domain/schema';
import type { Finding, Lists } from '../domain/validation';
import type { Settings } from '../domain/formulas';
import type { ReportedFinding } from '../domain/upgrade';

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
}

/** A data row of the table: its position and its values by schema key. */
export interface SheetRow {
  /** 0-based index among the table's data rows. */
  index: number;
  /** Excel row number (for messages and selection). */
  excelRow: number;
  values: RowValues;
}

export interface SheetSnapshot {
  rows: SheetRow[];
  lists: Lists;
  settings: Settings;
}

export interface RowFinding extends Finding {
  excelRow: number;
  header: string;
}

export interface DokumentationWorkbook {
  detect(): Promise<Detection>;
  /** Creates the layout in an empty workbook; running it on a ready workbook changes nothing. */
  setup(): Promise<SetupSummary>;
  /** Brings an existing sheet into the layout, keeping every value. */
  upgrade(): Promise<UpgradeSummary>;
  /** Every data row with its values, plus the lists and settings of the Lister sheet. */
  snapshot(): Promise<SheetSnapshot>;
  /** Writes only the given cells of one data row (user text always lands as text). */
  writeRow(index: number, values: Partial<Record<ColumnKey, CellValue>>): Promise<void>;
}

/** The live workbook also knows the user's selection. */
export interface LiveWorkbook extends DokumentationWorkbook {
  /** The data row index of the active cell, or null when it is outside the table. */
  activeRowIndex(): Promise<number | null>;
  selectCell(index: number, key: ColumnKey): Promise<void>;
  onSelectionChanged(handler: () => void): Promise<() => Promise<void>>;
}
