/**
 * The strict core of the stand-in for Excel's JavaScript API: what the Office.js adapter (src/workbook/office) relies
 * on, at least as strict as Excel there, each behaviour as Microsoft documents it. It guarantees:
 * - Excel.run's batches: proxies resolved in queue order, load and sync, and a property read before its sync failing
 *   with PropertyNotLoaded, as Office.js does (clientObject.ts, context.ts);
 * - the payload limits of Excel on the web (5 MB a request or response, payload.ts) and every sync counted: actions,
 *   writes and bytes each way, so tests prove that syncs and responses do not grow with rows;
 * - failure injection (failSync, failures.ts): a protected sheet, cell-edit mode; Excel's batches are not transactional;
 * - ranges, tables, worksheets, data validation, conditional formats, number formats (Range.text), filters, sorting,
 *   page layout and the selection with its errors (another workbook in focus, a chart sheet open);
 * - every formula written parsed as Excel parses Office.js's (formulaCheck.ts): refused where Excel refuses it or would
 *   show #NAME?/#REF!.
 * It does not compute formulas: a formula cell shows what `calculate` puts there (the domain's TypeScript in
 * test/support/standIn.ts and the preview). A formula that parses but computes the wrong thing (a reversed RANK, say)
 * passes every unit test and is caught only by the LibreOffice tests: see test/README.md.
 * PivotTables and charts are optional parts (../optional) plugged in through parts.ts; the core names none of them.
 * Runs in Node (tests) and in the browser (preview page): no Node APIs, and no knowledge of the dokumentationsark.
 */
import { formatRect, parseRect, quoteSheet } from './address';
import { FakeContext, type FakeHost, type LargeReadAnswer, type SyncRecord } from './context';
import { FakeExcelError, type FakeErrorCode } from './errors';
import { SyncFailures, type SyncFailureOptions } from './failures';
import type { StandInPart } from './parts';
import { SheetModel, WorkbookModel, readText, readValue, writeInput, type Cell, type Scalar } from './model';

export { FakeContext, type LargeReadAnswer, type SyncRecord } from './context';
export { FakeExcelError, type FakeErrorCode } from './errors';
export type { SyncFailureOptions } from './failures';
export type { Scalar } from './model';
export { SheetModel, WorkbookModel, readValue } from './model';
export { MAX_COLUMNS, parseRect, type Rect } from './address';
export { tableHeaders } from './table';
export { grid } from './range';
export type { StandInPart } from './parts';

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface FakeExcelOptions {
  /** ExcelApi version the fake claims to support (default 1.8). */
  apiVersion?: string;
  /** Request/response limit in bytes (default 5 MB, as Excel on the web). */
  payloadLimit?: number;
  /**
   * Excel's AutoCorrect option "Fill formulas in tables to create calculated columns" (default on). Off, a table's new
   * rows get no formula (office-js #2093, #6745).
   */
  calculatedColumns?: boolean;
  /** How a response above the limit is answered (default: ResponsePayloadSizeLimitExceeded). */
  largeReads?: LargeReadAnswer;
  /**
   * Excel's Go To Special rule for one cell: a single cell searches the whole used range of its sheet. Whether
   * Range.getSpecialCells follows it is undocumented, so tests run both ways (default off).
   */
  specialCellsOneCellRule?: boolean;
  /** Keep the operation log (default true; off for benchmarks). */
  keepLog?: boolean;
  /** Computes formula results after each change, as Excel recalculates (default: formulas keep showing their text). */
  calculate?: (model: WorkbookModel) => void;
  /** The optional parts plugged in (../optional: PivotTables, charts); none by default. */
  parts?: readonly StandInPart[];
}

const compareVersions = (a: string, b: string) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++)
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
};

export class FakeExcel implements FakeHost {
  readonly model = new WorkbookModel();
  payloadLimit: number;
  largeReads: LargeReadAnswer;
  calculatedColumns: boolean;
  specialCellsOneCellRule: boolean;
  apiVersion: string;
  keepLog: boolean;
  readonly parts: readonly StandInPart[];
  syncs: SyncRecord[] = [];
  readonly log: string[] = [];
  private listeners = new Set<() => void>();
  private readonly failures = new SyncFailures();
  private readonly calculate: (model: WorkbookModel) => void;
  /** WorkbookModel.contentStamp() after the last calculation. */
  private calculatedStamp: string | null = null;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.8';
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.largeReads = options.largeReads ?? 'error';
    this.calculatedColumns = options.calculatedColumns ?? true;
    this.specialCellsOneCellRule = options.specialCellsOneCellRule ?? false;
    this.keepLog = options.keepLog ?? true;
    this.calculate = options.calculate ?? (() => undefined);
    this.parts = options.parts ?? [];
  }

  /** Like Excel.run: a fresh context per batch; queued work left at the end is synced. */
  readonly run = async <T>(batch: ExcelBatch<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pendingActions > 0) await context.sync();
    return result;
  };

  /** Like Office.context.requirements. */
  readonly requirements = {
    isSetSupported: (name: string, version = '1.1'): boolean =>
      name === 'ExcelApi' && compareVersions(this.apiVersion, version) >= 0,
  };

  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Operations queued across all syncs since the last reset. */
  get queuedActions(): number {
    return this.syncs.reduce((n, s) => n + s.actions, 0);
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  /**
   * Failure injection: the next sync that writes (or any sync, with `on: 'any'`) fails with `code`, as Excel fails on a
   * protected sheet or in cell-edit mode. The actions before `afterActions` still run: Excel's batches are not transactional.
   */
  failSync(code: FakeErrorCode, options?: SyncFailureOptions): void {
    this.failures.add(code, options);
  }

  takeFailure(writes: boolean): { afterActions: number; error: Error } | null {
    return this.failures.take(writes);
  }

  resetStats(): void {
    this.syncs = [];
    this.log.length = 0;
  }

  /** Computes formula results now (test set-up may call it after changing the model directly). */
  recalculate(): void {
    this.calculate(this.model);
    this.calculatedStamp = this.model.contentStamp();
  }

  /** Recomputes only when a cell, table or sheet changed since the last calculation (a format-only sync changes none). */
  recalculateIfChanged(): void {
    if (this.model.contentStamp() !== this.calculatedStamp) this.recalculate();
  }

  finishSync(record: Omit<SyncRecord, 'index'>, error?: unknown): void {
    this.syncs.push({ index: this.syncs.length + 1, ...record });
    this.logLine(
      `sync ${this.syncs.length}: ${record.actions} actions, ${record.requestBytes} B sent, ${record.responseBytes} B received${error ? ' (failed)' : ''}`,
    );
    if (record.writes > 0) this.listeners.forEach((l) => l());
  }

  logLine(line: string): void {
    if (this.keepLog) this.log.push(line);
  }

  logAction(line: string): void {
    this.logLine(line);
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  private sheetOf(name: string) {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new FakeExcelError('ItemNotFound', `Arket «${name}» findes ikke.`);
    return sheet;
  }

  /** The sheet's values from A1 to the last used cell, as a 2D array ('' for empty cells). */
  cells(sheet: string): Scalar[][] {
    return this.grid(sheet, readValue);
  }

  /** As cells(), but a number with a number format other than General as the format shows it (Range.text). */
  shownCells(sheet: string): Scalar[][] {
    return this.grid(sheet, (cell) => {
      const value = readValue(cell);
      const format = cell?.numberFormat;
      return typeof value === 'number' && format && format !== 'General' ? readText(cell) : value;
    });
  }

  private grid(sheet: string, read: (cell: Cell | undefined) => Scalar): Scalar[][] {
    const s = this.sheetOf(sheet);
    const used = s.usedRect(true);
    if (!used) return [];
    const out: Scalar[][] = [];
    for (let r = 0; r <= used.r1; r++) {
      const line: Scalar[] = [];
      for (let c = 0; c <= used.c1; c++) line.push(read(s.cell(r, c)));
      out.push(line);
    }
    return out;
  }

  /**
   * Writes cells directly (test set-up, not counted as syncs): rows of values from the top-left address.
   * As typed by default ('=' makes a formula); `literal` stores strings as text.
   */
  put(sheet: string, topLeft: string, rows: unknown[][], options: { literal?: boolean } = {}): void {
    const s = this.model.sheet(sheet) ?? this.addSheet(sheet);
    const at = parseRect(topLeft);
    if (!at) throw new FakeExcelError('InvalidArgument', topLeft);
    const write = (r: number, c: number, v: unknown) => {
      if (options.literal && typeof v === 'string') Object.assign(s.edit(r, c), { value: v, formula: undefined });
      else writeInput(s, r, c, v);
    };
    rows.forEach((line, i) => line.forEach((v, j) => write(at.r0 + i, at.c0 + j, v)));
    this.recalculate();
    this.listeners.forEach((l) => l());
  }

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(name);
    this.model.sheets.push(sheet);
    return sheet;
  }

  /** Moves the user's selection, as a click would, and fires the sheet's selection handlers. */
  setSelection(sheet: string, address: string): void {
    const s = this.sheetOf(sheet);
    const rect = parseRect(address);
    if (!rect) throw new FakeExcelError('InvalidArgument', address);
    this.model.activeSheet = s;
    this.model.activeChartSheet = null;
    this.model.focused = true;
    this.model.selection = rect;
    const args = { address: formatRect(rect), worksheetId: s.id, type: 'WorksheetSelectionChanged', source: 'Local' };
    for (const handler of s.selectionHandlers) void Promise.resolve().then(() => handler(args));
  }

  /**
   * The user switches to another workbook or window: getActiveCell fails until they come back, with InactiveWorkbook
   * (Microsoft's error codes) or InvalidSelection (what office-js #5319 reports).
   */
  setFocused(focused: boolean, error: 'InactiveWorkbook' | 'InvalidSelection' = 'InactiveWorkbook'): void {
    this.model.focused = focused;
    this.model.unfocusedError = error;
  }

  /** The user opens a chart sheet: no worksheet is active (getActiveWorksheet fails), no selection event fires. */
  showChartSheet(name = 'Diagram1'): void {
    this.model.activeChartSheet = name;
  }

  selection(): { sheet: string; address: string } {
    return {
      sheet: this.model.activeSheet.name,
      address: `${quoteSheet(this.model.activeSheet.name)}!${formatRect(this.model.selection)}`,
    };
  }

  /** Called after every sync that changed something (and after put()). Returns the remover. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
