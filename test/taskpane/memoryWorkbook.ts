/** A small in-memory LiveWorkbook for the pane tests: rows as objects, every write recorded. */
import type { ColumnKey, CellValue, RowValues } from '../../src/domain/schema';
import { defaultLists } from '../../src/domain/validation';
import { DEFAULT_SETTINGS } from '../../src/domain/prioritisation';
import {
  NEXT_ROW_WINDOW,
  type ActiveRow,
  type Detection,
  type LiveWorkbook,
  type SetupSummary,
  type SheetSnapshot,
  type UpgradeSummary,
} from '../../src/workbook/types';
import { NotSetUpError } from '../../src/workbook/errors';
import { checkRowIdentity } from '../../src/workbook/rowIdentity';

export interface Write {
  index: number;
  values: Partial<Record<ColumnKey, CellValue>>;
}

export class MemoryWorkbook implements LiveWorkbook {
  rows: RowValues[];
  active: number | null = 0;
  ready: boolean;
  writes: Write[] = [];
  selections: { index: number; key: ColumnKey }[] = [];
  private handlers = new Set<() => void>();
  businessAreas: string[];

  constructor(rows: RowValues[], opts: { ready?: boolean; businessAreas?: string[] } = {}) {
    this.rows = rows.map((r) => ({ ...r }));
    this.ready = opts.ready ?? true;
    this.businessAreas = opts.businessAreas ?? ['Borgerservice', 'Social og Sundhed'];
  }

  async detect(): Promise<Detection> {
    return this.ready
      ? {
          status: 'ready',
          sheet: 'Dokumentation',
          headerRow: 1,
          matchedColumns: 31,
          missingColumns: [],
          dataRows: this.rows.length,
        }
      : { status: 'absent', matchedColumns: 0, missingColumns: [], dataRows: 0 };
  }
  async setup(): Promise<SetupSummary> {
    this.ready = true;
    return { created: true, rows: this.rows.length, message: 'Arkene er oprettet.' };
  }
  async upgrade(): Promise<UpgradeSummary> {
    this.ready = true;
    return { rows: this.rows.length, matched: [], kept: [], typedKept: [], normalised: 0, flagged: [] };
  }
  async snapshot(): Promise<SheetSnapshot> {
    if (!this.ready) throw new NotSetUpError();
    return {
      rows: this.rows.map((values, index) => ({ index, excelRow: index + 2, values: { ...values } })),
      lists: defaultLists(this.businessAreas),
      settings: DEFAULT_SETTINGS,
    };
  }
  async writeRow(index: number, values: Partial<Record<ColumnKey, CellValue>>, expected?: RowValues): Promise<void> {
    if (expected) checkRowIdentity(expected, this.rows[index] ?? null, index + 2, Object.keys(values) as ColumnKey[]);
    this.writes.push({ index, values: { ...values } });
    Object.assign(this.rows[index], values);
  }
  async activeRowIndex(): Promise<number | null> {
    return this.active;
  }
  async activeRow(): Promise<ActiveRow | null> {
    if (this.active === null) return null;
    const values = this.rows[this.active];
    const filled = (i: number) => Object.values(this.rows[i] ?? {}).some((v) => v !== null && v !== '');
    let next: number | null = null;
    for (let i = this.active + 1; i <= this.active + NEXT_ROW_WINDOW && i < this.rows.length; i++)
      if (filled(i)) {
        next = i;
        break;
      }
    return {
      index: this.active,
      row: values ? { index: this.active, excelRow: this.active + 2, values: { ...values } } : null,
      next,
    };
  }
  async selectCell(index: number, key: ColumnKey): Promise<void> {
    this.selections.push({ index, key });
    this.select(index);
  }
  /** As the user clicking a cell: moves the selection and fires the event. */
  select(index: number | null): void {
    this.active = index;
    this.handlers.forEach((h) => h());
  }
  async onSelectionChanged(handler: () => void): Promise<() => Promise<void>> {
    this.handlers.add(handler);
    return async () => {
      this.handlers.delete(handler);
    };
  }
}
