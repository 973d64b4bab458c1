/** The live workbook over Office.js: queue, load, sync once, then read. Syncs per operation do not grow with rows. */
import { COLUMNS, column, type CellValue, type ColumnKey, type RowValues } from '../../domain/schema';
import { LIST_FIRST_ROW, SHEET, TABLE_NAME } from '../../domain/sheetLayout';
import { planUpgrade } from '../../domain/upgrade';
import { CREATED_MESSAGE, SHEETS_MADE, planUpgradedWorkbook, planWorkbook, upgradeSummary } from '../plan';
import { InterruptedError, NOT_SET_UP, NotSetUpError, UserError } from '../errors';
import {
  NEXT_ROW_WINDOW,
  type ActiveRow,
  type Detection,
  type HandoutsResult,
  type LiveWorkbook,
  type SetupSummary,
  type SheetSnapshot,
  type UpgradeSummary,
  type ViewResult,
  type ViewSupport,
  type ViewsWorkbook,
} from '../types';
import type { Preset, ViewFilter } from '../../domain/views';
import * as views from './views';
import { toCellInput } from './cellInput';
import { DATE_FORMAT } from '../numberFormats';
import {
  isItemNotFound,
  isReadTooLarge,
  isSelectionUnavailable,
  MIN_EXCEL_API,
  type ApiCheck,
  type ExcelRun,
  type ExcelRunIn,
} from './excelRun';
import { needsDecision } from '../../domain/lists';
import { queuePrintRead, queuePrintRefresh } from './printSetup';
import {
  backupSheetName,
  backupTableName,
  findSource,
  inspectWorkbook,
  readGrid,
  sourceDataRows,
  type WorkbookState,
} from './inspect';
import {
  LISTER_LISTS,
  LISTER_MATRIX,
  LISTER_SETTINGS,
  listsOf,
  rowsOf,
  settingsOf,
  shownThresholds,
} from '../readSheet';
import { readRows } from './readRows';
import {
  brokenColumnFindings,
  brokenColumns,
  cellFormulaTexts,
  queueFormulaProbes,
  queueRowFormulas,
  repairFormulaCells,
  repairCellFormulas,
  queueCellFormulas,
  wrongCellFormulas,
  MAX_FORMULA_CHECKS,
  type BrokenColumn,
  type WrongCell,
} from './formulaRepair';
import { cellsOffModel, computedIndexes } from '../../domain/computedColumns';
import { SyncBudget } from './syncBudget';
import { queuePlan, type PlanSheets } from './writePlan';
import { REPORT_SHEET, REPORT_TABLE } from '../reportSheetsPlan';
import { WORKSHOP_SHEET } from '../workshopPlan';
import { openWorkshopSheet, writeWorkshopHandouts } from './workshop';
import { rollBack } from './rollback';
import { checkRowBeforeWrite } from './rowGuard';

/** Our sheets: an upgrade sets aside sheets with these names, and Opret refuses to write over them. */
const OUR_SHEETS = SHEETS_MADE;
const VIEW_TABLES: string[] = Object.values(REPORT_TABLE);
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Lister's used range as the grid listsOf reads: from row LIST_FIRST_ROW, from column A. */
function listerGrid(used: Excel.Range): unknown[][] {
  const skip = LIST_FIRST_ROW - 1 - used.rowIndex;
  const pad = new Array<unknown>(used.columnIndex).fill('');
  return (used.values ?? []).slice(Math.max(0, skip)).map((line) => [...pad, ...line]);
}

/**
 * Does Overblik have a line for this fagområde? One sync, only for a write of Fagområde: the table's names (queued with
 * the write) said it is there; an older workbook without it is left to «Opdater».
 */
async function overviewLacks(context: Excel.RequestContext, tables: Excel.TableCollection, area: string) {
  if (!tables.items.some((t) => t.name === REPORT_TABLE.area)) return false;
  const labels = context.workbook.tables
    .getItem(REPORT_TABLE.area)
    .columns.getItemAt(0)
    .getDataBodyRange()
    .load('values');
  await context.sync();
  return !labels.values.some(
    (r) =>
      String(r[0] ?? '')
        .trim()
        .toLowerCase() === area.toLowerCase(),
  );
}

/** A whole read of the sheet: the snapshot, and where its computed cells are wrong (for the repair). */
interface SheetRead {
  snapshot: SheetSnapshot;
  headers: string[];
  broken: BrokenColumn[];
  /** Cells read by formula text and found blank or holding another formula; `row` is the 0-based data row. */
  wrong: (Omit<WrongCell, 'cell'> & { row: number })[];
  firstExcelRow: number;
}

export class OfficeWorkbook implements LiveWorkbook, ViewsWorkbook {
  /** Decided once: the adapter needs ExcelApi 1.8 (data validation). */
  readonly supported: boolean;
  /** The table's headers as last read: where the computed columns are probed next time. */
  private knownHeaders: string[] | null = null;
  /** False once an Excel that claims ExcelApi 1.9 turned out to lack getSpecialCells: read without probes. */
  private specialCells = true;
  /**
   * Computed cells read by formula text and found holding the column's formula (or a typed value), by column and the
   * row they stood in (checkedKey): not read again while the row is the same. In memory only; it saves reads.
   */
  private readonly checkedCells = new Set<string>();

  constructor(
    private readonly run: ExcelRun,
    readonly isSetSupported: ApiCheck,
    private readonly runIn?: ExcelRunIn,
  ) {
    this.supported = isSetSupported(MIN_EXCEL_API);
  }

  private batch<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (!this.supported) {
      throw new UserError(
        `Denne udgave af Excel er for gammel. Tilføjelsesprogrammet kræver ExcelApi ${MIN_EXCEL_API} (Excel 2019, Microsoft 365 eller Excel på internettet).`,
      );
    }
    return this.run(work);
  }

  async detect(): Promise<Detection> {
    return this.batch(async (context) => {
      const state = await inspectWorkbook(context, { scan: true });
      if (state.ready) {
        return {
          status: 'ready',
          sheet: state.table!.sheet,
          headerRow: 1,
          matchedColumns: COLUMNS.length,
          missingColumns: [],
          dataRows: state.table!.dataRows,
        };
      }
      const source = findSource(state);
      if (!source)
        return { status: 'absent', matchedColumns: 0, missingColumns: COLUMNS.map((c) => c.header), dataRows: 0 };
      const { rows, upTo } = sourceDataRows(state, source);
      return {
        status: 'upgradable',
        sheet: source.sheet,
        headerRow: source.rowIndex + 1,
        matchedColumns: source.matched,
        missingColumns: COLUMNS.filter((c) => source.match.columns[c.key] === undefined).map((c) => c.header),
        dataRows: rows,
        ...(upTo ? { dataRowsUpTo: true } : {}),
      };
    });
  }

  async setup(): Promise<SetupSummary> {
    return this.batch(async (context) => {
      const state = await inspectWorkbook(context);
      if (state.ready)
        return {
          created: false,
          rows: state.table!.dataRows,
          message: 'Dokumentationsarket findes allerede. Intet er ændret.',
        };
      const clash = state.sheets.find((s) => s.used && OUR_SHEETS.some((n) => same(n, s.name)));
      if (clash)
        throw new UserError(
          `Projektmappen har allerede et ark ved navn «${clash.name}». Omdøb eller flyt arket, og vælg «Opret» igen.`,
        );
      if (state.table)
        throw new UserError(
          `Projektmappen har allerede en tabel ved navn «${TABLE_NAME}». Giv den et andet navn (Tabeldesign → Tabelnavn), og vælg «Opret» igen.`,
        );
      const budget = new SyncBudget(context);
      const sheets = this.queueSheets(context, state.sheets, true);
      const plan = planWorkbook();
      await this.orRollBack(context, state, { operation: 'setup' }, async () => {
        await queuePlan(context, plan, sheets, budget, this.viewWriteOptions());
        await context.sync();
      });
      this.knownHeaders = plan.table.columns.map((c) => c.header);
      return { created: true, rows: 0, message: CREATED_MESSAGE };
    });
  }

  /** Our three sheets: an empty sheet with our name is used as it is; in setup, a workbook's only, empty sheet becomes Dokumentation. */
  private queueSheets(context: Excel.RequestContext, current: WorkbookState['sheets'], reuseLone: boolean): PlanSheets {
    const sheets = context.workbook.worksheets;
    const only = current.length === 1 ? current[0] : null;
    const lone = reuseLone && only && !only.used && !OUR_SHEETS.some((n) => same(n, only.name)) ? only : null;
    const get = (name: string): Excel.Worksheet => {
      const existing = current.find((s) => same(s.name, name));
      if (existing) return sheets.getItem(existing.name);
      if (lone && name === SHEET.documentation) {
        const ws = sheets.getItem(lone.name);
        ws.name = name;
        return ws;
      }
      return sheets.add(name);
    };
    // Created in the order the file adapter writes them: Dokumentation, Lister, Overblik, Beslutningsgrundlag, Vejledning.
    const documentation = get(SHEET.documentation);
    const lists = get(SHEET.lists);
    const reportSheets = [get(REPORT_SHEET.overview), get(REPORT_SHEET.decision), get(WORKSHOP_SHEET)];
    return { documentation, lists, reportSheets, guide: get(SHEET.guide) };
  }

  async upgrade(): Promise<UpgradeSummary> {
    return this.batch(async (context) => {
      const state = await inspectWorkbook(context, { scan: true });
      if (state.ready)
        throw new UserError('Dokumentationsarket er allerede i den nye udgave. Der er intet at opgradere.');
      const source = findSource(state);
      if (!source) {
        throw new UserError(
          'Kan ikke finde overskriftsrækken. Arket skal have en række med overskrifter som «Fagområde», «Sagsområde» og «KLE-nummer».',
        );
      }
      // Our own table of an older layout: the user's formulas in their own columns stay formulas.
      const own = state.table !== null && state.table.sheet === source.sheet;
      const grid = await readGrid(context, source.sheet, source.used);
      const plan = planUpgrade(grid, state.listedAreas, { keepFormulas: own });
      const workbookPlan = planUpgradedWorkbook(plan);
      const budget = new SyncBudget(context);
      // The original is set aside (renamed, untouched) before anything is written.
      const renamed = this.queueBackups(context, state, source.sheet);
      // Every sheet with our names was renamed, so all three sheets are new.
      const after = state.sheets.map((s) => ({ ...s, name: renamed.get(s.name) ?? s.name }));
      const original = { sheet: source.sheet, backup: renamed.get(source.sheet)! };
      await this.orRollBack(context, state, { operation: 'upgrade', original }, async () => {
        await queuePlan(
          context,
          workbookPlan,
          this.queueSheets(context, after, false),
          budget,
          this.viewWriteOptions(),
        );
        // The original is kept but hidden, so printing the workbook leaves it out (as the file adapter does).
        context.workbook.worksheets.getItem(original.backup).visibility = 'Hidden' as Excel.SheetVisibility;
        await context.sync();
      });
      this.knownHeaders = workbookPlan.table.columns.map((c) => c.header);
      return { ...upgradeSummary(plan, original.backup), backupHidden: true };
    });
  }

  /** Runs the writes of a setup or upgrade; when Excel fails part-way, puts the workbook back and says whether that worked. */
  private async orRollBack(
    context: Excel.RequestContext,
    before: WorkbookState,
    what: Pick<InterruptedError, 'operation' | 'original'>,
    writes: () => Promise<void>,
  ): Promise<void> {
    try {
      await writes();
    } catch (error) {
      const restored = await rollBack(context, before).then(
        () => true,
        () => false,
      );
      throw new InterruptedError(what.operation, error, restored, what.original);
    }
  }

  private viewWriteOptions() {
    return { pageLayout: this.isSetSupported('1.9') };
  }

  private queueBackups(context: Excel.RequestContext, state: WorkbookState, source: string): Map<string, string> {
    const tableNames = [...state.tableNames];
    const setAside = (name: string) => {
      const to = backupTableName(tableNames, name);
      context.workbook.tables.getItem(name).name = to;
      tableNames.push(to);
    };
    if (state.table) setAside(TABLE_NAME);
    // Overview tables from an earlier set-up keep their data under a new name, so ours can take theirs.
    for (const name of state.tableNames) if (VIEW_TABLES.some((v) => same(v, name))) setAside(name);
    const taken = new Set(state.sheets.map((s) => s.name.toLowerCase()));
    const renamed = new Map<string, string>();
    const rename = (from: string, to: string) => {
      context.workbook.worksheets.getItem(from).name = to;
      taken.delete(from.toLowerCase());
      taken.add(to.toLowerCase());
      renamed.set(from, to);
    };
    rename(source, taken.has(SHEET.backup.toLowerCase()) ? backupSheetName(SHEET.documentation, taken) : SHEET.backup);
    for (const s of state.sheets) {
      if (s.name !== source && OUR_SHEETS.some((n) => same(n, s.name))) rename(s.name, backupSheetName(s.name, taken));
    }
    return renamed;
  }

  async snapshot(): Promise<SheetSnapshot> {
    return this.batch(async (context) => (await this.readSheet(context)).snapshot);
  }

  /**
   * «Sæt kolonnens formel ind igen»: the computed cells a read finds blank, typed over or holding another formula get
   * their column's formula (a typed Brugerantal moves to «Brugerantal (vurderet)», other typed values to «(indtastet)»). Returns what was done, in Danish; the only place
   * outside «Opret» and «Opgrader» that writes formulas.
   */
  async repairFormulas(): Promise<string[]> {
    return this.batch(async (context) => {
      const table = () => context.workbook.tables.getItem(TABLE_NAME);
      let read = await this.readSheet(context);
      const notices = await repairFormulaCells(context, table(), read.headers, read.broken, read.snapshot.lists);
      // The probes' repair changes what the cells compute: the foreign formulas are looked for in a fresh read.
      if (read.broken.length) read = await this.readSheet(context);
      if (read.wrong.length) {
        const cells = queueCellFormulas(table().getDataBodyRange(), read.firstExcelRow, read.wrong);
        const wrong = read.wrong.map((w, i) => ({ ...w, cell: cells[i].cell }));
        repairCellFormulas(wrong, read.headers);
        await context.sync();
        notices.push(...cellFormulaTexts(wrong, true));
      }
      return notices;
    });
  }

  /** The whole sheet, with what it finds wrong in the computed cells. Never writes. */
  private async readSheet(context: Excel.RequestContext): Promise<SheetRead> {
    try {
      return await this.readSheetOnce(context, true);
    } catch (error) {
      if (!isItemNotFound(error)) throw error;
    }
    // No Lister sheet (or no table): read again without it, so a missing table gets a clear message.
    try {
      return await this.readSheetOnce(context, false);
    } catch (error) {
      if (isItemNotFound(error)) throw new NotSetUpError();
      throw error;
    }
  }

  private async readSheetOnce(context: Excel.RequestContext, withLister: boolean): Promise<SheetRead> {
    const table = context.workbook.tables.getItem(TABLE_NAME);
    const probe = this.specialCells && this.isSetSupported('1.9');
    // Probed where the headers last read put the computed columns (an upgraded table has «(indtastet)» columns between).
    const known = computedIndexes(this.knownHeaders);
    const queue = (withValues: boolean) => {
      const lister = withLister ? context.workbook.worksheets.getItem(SHEET.lists) : null;
      return {
        probes: probe ? queueFormulaProbes(table, known) : [],
        header: table.getHeaderRowRange().load('values'),
        body: table
          .getDataBodyRange()
          .load(withValues ? 'rowIndex,rowCount,columnIndex,values' : 'rowIndex,rowCount,columnIndex'),
        lists: lister?.getRange(LISTER_LISTS).load('values'),
        settings: lister?.getRange(LISTER_SETTINGS).load('values,formulas'),
        matrix: lister?.getRange(LISTER_MATRIX).load('values'),
      };
    };
    let read = queue(true);
    let values: unknown[][] | null = null;
    try {
      await context.sync();
      // Null instead of an error is how some Excel answers a response too large (office-js-docs-pr #5821).
      values = read.body.values ?? null;
    } catch (error) {
      if (probe && (error as { code?: string }).code === 'ApiNotFound') {
        // An Excel that claims ExcelApi 1.9 without having it: from now on the sheet is read without probes.
        this.specialCells = false;
        return this.readSheetOnce(context, withLister);
      }
      if (!isReadTooLarge(error)) throw error;
    }
    if (!values) {
      // Too much for one response (Excel on the web: about 5 MB): the rows come in halves.
      read = queue(false);
      await context.sync();
      const body = () => table.getDataBodyRange();
      values = await readRows(
        context,
        (first, count) =>
          body()
            .getRow(first)
            .getResizedRange(count - 1, 0),
        read.body.rowCount,
        'values',
      );
    }
    const headers = read.header.values[0].map((h) => String(h ?? ''));
    this.knownHeaders = headers;
    let probes = read.probes;
    if (probe) {
      // Columns that stood elsewhere than expected are probed again where they are: one more sync, once per layout.
      const actual = computedIndexes(headers);
      const moved = new Map([...actual].filter(([key, i]) => known.get(key) !== i));
      if (moved.size) {
        probes = [...probes.filter((p) => actual.get(p.key) === p.index), ...queueFormulaProbes(table, moved)];
        await context.sync();
      }
    }
    const settings = settingsOf(
      read.settings?.values ?? null,
      read.settings?.formulas ?? null,
      read.matrix?.values ?? null,
    );
    const broken = brokenColumns(headers, probes, read.body);
    const firstExcelRow = read.body.rowIndex + 1;
    let wrong: WrongCell[] = [];
    if (withLister && broken.length === 0) {
      // Cells whose value is not what their formula gives from the cells it reads are read by formula text: one more
      // sync, only when there are any not read before with the same value. Without Lister, nothing is compared.
      const off = cellsOffModel(headers, values, settings, shownThresholds(read.settings!.values))
        .filter((c) => !this.checkedCells.has(checkedKey(c, values)))
        .slice(0, MAX_FORMULA_CHECKS);
      if (off.length) {
        const checks = queueCellFormulas(table.getDataBodyRange(), firstExcelRow, off);
        await context.sync();
        const found = wrongCellFormulas(checks, headers);
        if (this.checkedCells.size > MAX_CHECKED_CELLS) this.checkedCells.clear();
        for (const k of found.kept)
          this.checkedCells.add(checkedKey({ ...k, row: k.excelRow - firstExcelRow }, values));
        wrong = found.wrong;
      }
    }
    const findings = [...brokenColumnFindings(broken), ...cellFormulaTexts(wrong, false)];
    return {
      snapshot: {
        rows: rowsOf(read.header.values[0], values, firstExcelRow),
        lists: listsOf(read.lists?.values ?? null),
        settings,
        tableRows: read.body.rowCount,
        ...(findings.length ? { formulaFindings: findings } : {}),
      },
      headers,
      broken,
      wrong: wrong.map(({ key, index, excelRow, now }) => ({
        key,
        index,
        excelRow,
        now,
        row: excelRow - firstExcelRow,
      })),
      firstExcelRow,
    };
  }

  /** One cell of the table by header, found by Excel: no read needed before writing. */
  private cellOf(context: Excel.RequestContext, index: number, key: ColumnKey): Excel.Range {
    return context.workbook.tables
      .getItem(TABLE_NAME)
      .columns.getItem(column(key).header)
      .getDataBodyRange()
      .getCell(index, 0);
  }

  async writeRow(index: number, values: Partial<Record<ColumnKey, CellValue>>, expected?: RowValues): Promise<void> {
    const entries = Object.entries(values) as [ColumnKey, CellValue][];
    const computed = entries.find(([key]) => column(key).kind === 'formula');
    if (computed) throw new UserError(`«${column(computed[0]).header}» beregnes og kan ikke skrives.`);
    if (!Number.isInteger(index) || index < 0) throw new UserError(`Ugyldig række: ${index}.`);
    if (entries.length === 0) return;
    await this.batch(async (context) => {
      if (expected)
        await checkRowBeforeWrite(
          context,
          index,
          entries.map(([key]) => key),
          expected,
          () => this.syncOrExplain(context),
        );
      for (const [key, value] of entries) {
        const cell = this.cellOf(context, index, key);
        if (value instanceof Date) cell.numberFormat = [[DATE_FORMAT]];
        cell.values = [[toCellInput(value)]];
      }
      // Read with the write: the print areas follow the rows in use, in one more sync only when they change.
      const print = this.isSetSupported('1.9') ? queuePrintRead(context) : null;
      // A fagområde written here that Overblik has no line for yet: read with the write, drawn below (issue 22, item 2).
      const area = typeof values.businessArea === 'string' ? values.businessArea.trim() : '';
      const tables = area ? context.workbook.tables.load('items/name') : null;
      await this.syncOrExplain(context);
      const pattern = values.usagePattern;
      const decision =
        pattern !== undefined && (!expected || needsDecision(expected.usagePattern) !== needsDecision(pattern));
      if (print && queuePrintRefresh(context, print, { decision })) await this.syncOrExplain(context);
      if (tables && (await overviewLacks(context, tables, area))) await views.refreshViews(context, this.viewSupport());
    });
  }

  async activeRowIndex(): Promise<number | null> {
    return this.batch(async (context) => (await this.locateActive(context))?.index ?? null);
  }

  /**
   * The active cell's data row, read alone with the NEXT_ROW_WINDOW rows below it (for «Næste række»): two syncs, and a
   * response the same size whatever the table's.
   */
  async activeRow(): Promise<ActiveRow | null> {
    return this.batch(async (context) => {
      const active = await this.locateActive(context);
      return active ? this.readRowWindow(context, active) : null;
    });
  }

  /**
   * The data row at `index` read as activeRow reads the active one, whatever the selection (after the pane's own write
   * the user may stand on another sheet, such as Workshopark): two syncs.
   */
  async rowAt(index: number): Promise<ActiveRow | null> {
    return this.batch(async (context) => {
      const table = context.workbook.tables.getItem(TABLE_NAME);
      const header = table.getHeaderRowRange().load('values');
      const body = table.getDataBodyRange().load('rowIndex,rowCount');
      try {
        await context.sync();
      } catch (error) {
        if (isItemNotFound(error)) return null;
        throw error;
      }
      if (!Number.isInteger(index) || index < 0 || index >= body.rowCount) return null;
      const excelRow = body.rowIndex + 1 + index;
      return this.readRowWindow(context, { index, excelRow, rowCount: body.rowCount, headers: header.values[0] });
    });
  }

  /** The row with the few below it, and Lister's lists; the row's computed cells are read by formula text. */
  private async readRowWindow(
    context: Excel.RequestContext,
    active: { index: number; excelRow: number; rowCount: number; headers: unknown[] },
  ): Promise<ActiveRow | null> {
    const below = Math.min(NEXT_ROW_WINDOW, active.rowCount - 1 - active.index);
    const body = () => context.workbook.tables.getItem(TABLE_NAME).getDataBodyRange();
    const queueRows = () => body().getRow(active.index).getResizedRange(below, 0).load('values');
    const headers = active.headers.map((h) => String(h ?? ''));
    // The row's computed cells by formula text: a formula pasted from elsewhere is found here (five cells).
    const checks = queueRowFormulas(body(), active.index, active.excelRow, headers);
    // Lister's used cells only (the longest list, not the 300 rows the lists may fill): the dropdowns stay current.
    let lister: Excel.Range | null = context.workbook.worksheets
      .getItem(SHEET.lists)
      .getUsedRange(true)
      .load('values,rowIndex,columnIndex');
    let rows = queueRows();
    try {
      try {
        await context.sync();
      } catch (error) {
        if (!isItemNotFound(error)) throw error;
        // No Lister sheet: the row alone.
        lister = null;
        rows = queueRows();
        await context.sync();
      }
    } catch (error) {
      // The row went away between the two syncs (a co-author deleted it): nothing to show.
      if (isItemNotFound(error) || isSelectionUnavailable(error)) return null;
      throw error;
    }
    const findings = cellFormulaTexts(wrongCellFormulas(checks, headers).wrong, false);
    const read = rowsOf(active.headers, rows.values ?? [], active.excelRow).map((r) => ({
      ...r,
      index: active.index + r.index,
    }));
    const row = read[0]?.index === active.index ? read[0] : null;
    const next = read.find((r) => r.index > active.index)?.index ?? null;
    return {
      index: active.index,
      row,
      next,
      tableRows: active.rowCount,
      ...(lister ? { lists: listsOf(listerGrid(lister)) } : {}),
      ...(findings.length ? { formulaFindings: findings } : {}),
    };
  }

  /**
   * One sync: where the active cell is relative to our table. Null outside it, without a table, and when Excel has no
   * selection to give: an unfocused workbook (InvalidSelection, office-js #5319) or a chart sheet (#2444).
   */
  private async locateActive(
    context: Excel.RequestContext,
  ): Promise<{ index: number; excelRow: number; rowCount: number; headers: unknown[] } | null> {
    const active = context.workbook.getActiveCell().load('rowIndex,columnIndex');
    const activeSheet = context.workbook.worksheets.getActiveWorksheet().load('name');
    const table = context.workbook.tables.getItem(TABLE_NAME);
    const header = table.getHeaderRowRange().load('values');
    const body = table.getDataBodyRange().load('rowIndex,rowCount,columnIndex,columnCount');
    const sheet = table.worksheet.load('name');
    try {
      await context.sync();
    } catch (error) {
      if (isItemNotFound(error) || isSelectionUnavailable(error)) return null;
      throw error;
    }
    const row = active.rowIndex - body.rowIndex;
    const col = active.columnIndex - body.columnIndex;
    const inside =
      same(activeSheet.name, sheet.name) && row >= 0 && row < body.rowCount && col >= 0 && col < body.columnCount;
    return inside
      ? { index: row, excelRow: body.rowIndex + 1 + row, rowCount: body.rowCount, headers: header.values[0] }
      : null;
  }

  async addWorkshopHandouts(businessArea: string): Promise<HandoutsResult> {
    return this.batch((context) => writeWorkshopHandouts(context, businessArea, this.isSetSupported('1.9')));
  }

  async openWorkshopSheet(caseArea: string): Promise<void> {
    await this.batch((context) => openWorkshopSheet(context, caseArea));
  }

  async selectCell(index: number, key: ColumnKey): Promise<void> {
    await this.batch(async (context) => {
      context.workbook.tables.getItem(TABLE_NAME).worksheet.activate();
      this.cellOf(context, index, key).select();
      await this.syncOrExplain(context);
    });
  }

  async onSelectionChanged(handler: () => void): Promise<() => Promise<void>> {
    const result = await this.batch(async (context) => {
      const added = context.workbook.tables.getItem(TABLE_NAME).worksheet.onSelectionChanged.add(async () => handler());
      await this.syncOrExplain(context);
      return added;
    });
    // Excel removes a handler only in a batch on the context that added it.
    return async () => {
      const remove = async (context: OfficeExtension.ClientRequestContext) => {
        result.remove();
        await context.sync();
      };
      if (this.runIn) await this.runIn(result.context, remove);
      else await remove(result.context);
    };
  }

  viewSupport(): ViewSupport {
    return views.viewSupport(this.isSetSupported);
  }

  /** A view operation in one Excel.run; a missing table or column gets the Danish "set up first" message. */
  private view<T>(work: (context: Excel.RequestContext, support: ViewSupport) => Promise<T>): Promise<T> {
    return this.batch(async (context) => {
      try {
        return await work(context, this.viewSupport());
      } catch (error) {
        if (isItemNotFound(error))
          throw new UserError(`${NOT_SET_UP} (Tabellen «${TABLE_NAME}» eller en af dens kolonner mangler.)`);
        throw error;
      }
    });
  }

  currentFilter(): Promise<ViewFilter> {
    return this.view((context) => views.currentFilter(context));
  }
  applyFilter(filter: ViewFilter): Promise<ViewResult> {
    return this.view((context, support) => views.applyFilter(context, filter, support));
  }
  clearFilters(): Promise<ViewResult> {
    return this.view((context, support) => views.clearFilters(context, support));
  }
  sortByPriority(): Promise<ViewResult> {
    return this.view((context, support) => views.sortByPriority(context, support));
  }
  restoreSheetOrder(): Promise<ViewResult> {
    return this.view((context, support) => views.restoreSheetOrder(context, support));
  }
  applyPreset(preset: Preset): Promise<ViewResult> {
    return this.view((context) => views.applyPreset(context, preset));
  }
  refreshViews(): Promise<ViewResult> {
    return this.view((context, support) => views.refreshViews(context, support));
  }
  createPivots(filter: ViewFilter = {}): Promise<ViewResult> {
    return this.view((context, support) => views.createPivots(context, filter, support));
  }

  private async syncOrExplain(context: Excel.RequestContext): Promise<void> {
    try {
      await context.sync();
    } catch (error) {
      if (isItemNotFound(error))
        throw new UserError(`${NOT_SET_UP} (Tabellen «${TABLE_NAME}» eller en af dens kolonner mangler.)`);
      throw error;
    }
  }
}

/** Cells remembered as checked, at most; then the memory starts over. */
const MAX_CHECKED_CELLS = 20_000;

/**
 * A computed cell by column and its whole row as shown (a sort or a new row above puts another row at the index, and
 * changed inputs change the row): the same cell with the same row is not read twice. A formula pasted later that
 * shows exactly what the remembered cell showed, in an unchanged row, is not read either.
 */
function checkedKey(c: { row: number; key: string }, values: readonly (readonly unknown[])[]): string {
  return `${c.key}\u0000${rowHash(values[c.row] ?? [])}`;
}

/** A 53-bit hash of a row's cells (cyrb53): the memory holds numbers' worth of text, not whole rows. */
function rowHash(cells: readonly unknown[]): string {
  const text = JSON.stringify(cells);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
