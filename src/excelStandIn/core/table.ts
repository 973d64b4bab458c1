/** Tables: the workbook's and a sheet's table collections, a table, its columns and rows. */
import { cols, intersect, parseRect, rows, splitSheet, type Rect } from './address';
import { FakeClientObject, type Getters, type Locator } from './clientObject';
import { FakeCollection } from './collection';
import type { FakeContext } from './context';
import { FakeExcelError } from './errors';
import { SheetModel, TableModel, readText, writeInput, type WorkbookModel } from './model';
import { FakeRange, forEachInput } from './range';
import { FakeWorksheet } from './worksheet';
import { formulaChecker } from './formulaCheck';
import { FakeAutoFilter, FakeFilter, FakeTableSort, refilter } from './filterSort';

const TABLE_NAME = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

function checkTableName(model: WorkbookModel, name: string, self?: TableModel): void {
  if (!TABLE_NAME.test(name) || LOOKS_LIKE_CELL.test(name) || name.length > 255) {
    throw new FakeExcelError('InvalidArgument', `Ugyldigt tabelnavn: «${name}».`);
  }
  const other = model.table(name);
  if (other && other !== self) throw new FakeExcelError('ItemAlreadyExists', `En tabel hedder allerede «${name}».`);
}

export function tableHeaders(t: TableModel): string[] {
  const out: string[] = [];
  for (let c = t.rect.c0; c <= t.rect.c1; c++) out.push(readText(t.sheet.cell(t.rect.r0, c)));
  return out;
}

const part = (t: TableModel, which: 'header' | 'body' | 'all'): Rect =>
  which === 'header'
    ? { ...t.rect, r1: t.rect.r0 }
    : which === 'body'
      ? { ...t.rect, r0: t.rect.r0 + 1 }
      : { ...t.rect };

export class FakeTable extends FakeClientObject<TableModel> {
  protected readonly typeName = 'Table';
  constructor(context: FakeContext, locate: (() => TableModel | null) | TableModel, orNull = false) {
    super(context, typeof locate === 'function' ? { locate } : { target: locate }, orNull);
  }
  protected getters(): Getters<TableModel> {
    return {
      name: (t) => t.name,
      id: (t) => t.id,
      style: (t) => t.style,
      showBandedRows: (t) => t.showBandedRows,
      showHeaders: (t) => t.showHeaders,
      showTotals: () => false,
    };
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(name: string) {
    this.change('name', name, (t) => {
      checkTableName(this.context.host.model, name, t);
      t.name = name;
    });
  }
  get id(): string {
    return this.read('id') as string;
  }
  get style(): string {
    return this.read('style') as string;
  }
  set style(v: string) {
    this.change('style', v, (t) => (t.style = v));
  }
  get showBandedRows(): boolean {
    return this.read('showBandedRows') as boolean;
  }
  set showBandedRows(v: boolean) {
    this.change('showBandedRows', v, (t) => (t.showBandedRows = v));
  }

  private range(which: 'header' | 'body' | 'all'): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.resolve();
      return t ? { sheet: t.sheet, rect: part(t, which) } : null;
    });
  }
  getHeaderRowRange(): FakeRange {
    return this.range('header');
  }
  getDataBodyRange(): FakeRange {
    return this.range('body');
  }
  getRange(): FakeRange {
    return this.range('all');
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.resolve()?.sheet ?? null);
  }
  get columns(): FakeTableColumnCollection {
    return new FakeTableColumnCollection(this.context, { locate: () => this.resolve() });
  }
  get rows(): FakeTableRowCollection {
    return new FakeTableRowCollection(this.context, this);
  }
  /** ExcelApi 1.9. */
  get autoFilter(): FakeAutoFilter {
    return new FakeAutoFilter(this.context, () => this.resolve());
  }
  /** ExcelApi 1.2. */
  get sort(): FakeTableSort {
    return new FakeTableSort(this.context, () => this.resolve());
  }
  /** ExcelApi 1.2. */
  clearFilters(): void {
    this.change('clearFilters', null, (t) => {
      t.filters.clear();
      refilter(t);
    });
  }
  delete(): void {
    this.change('delete', null, (t) => {
      const list = this.context.host.model.tables;
      list.splice(list.indexOf(t), 1);
    });
  }
}

interface ColumnTarget {
  table: TableModel;
  index: number;
}

export class FakeTableColumn extends FakeClientObject<ColumnTarget> {
  protected readonly typeName = 'TableColumn';
  protected getters(): Getters<ColumnTarget> {
    return { name: (c) => tableHeaders(c.table)[c.index], index: (c) => c.index, id: (c) => c.index + 1 };
  }
  get name(): string {
    return this.read('name') as string;
  }
  get index(): number {
    return this.read('index') as number;
  }
  private range(which: 'header' | 'body' | 'all'): FakeRange {
    return new FakeRange(this.context, () => {
      const c = this.resolve();
      if (!c) return null;
      const r = part(c.table, which);
      const col = c.table.rect.c0 + c.index;
      return { sheet: c.table.sheet, rect: { ...r, c0: col, c1: col } };
    });
  }
  getDataBodyRange(): FakeRange {
    return this.range('body');
  }
  getHeaderRowRange(): FakeRange {
    return this.range('header');
  }
  getRange(): FakeRange {
    return this.range('all');
  }
  /** ExcelApi 1.2. */
  get filter(): FakeFilter {
    return new FakeFilter(this.context, () => this.resolve());
  }
}

export class FakeTableColumnCollection extends FakeCollection<TableModel, ColumnTarget, FakeTableColumn> {
  protected readonly typeName = 'TableColumnCollection';
  protected list(t: TableModel): ColumnTarget[] {
    return tableHeaders(t).map((_, index) => ({ table: t, index }));
  }
  protected wrap(c: ColumnTarget): FakeTableColumn {
    return new FakeTableColumn(this.context, { target: c });
  }
  private find(key: string | number): ColumnTarget | null {
    const t = this.resolve();
    if (!t) return null;
    const headers = tableHeaders(t);
    const index = typeof key === 'number' ? key - 1 : headers.findIndex((h) => h.toLowerCase() === key.toLowerCase());
    return index >= 0 && index < headers.length ? { table: t, index } : null;
  }
  getItem(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.context, { locate: () => this.find(key) });
  }
  getItemOrNullObject(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.context, { locate: () => this.find(key) }, true);
  }
  /**
   * Adds a column (ExcelApi 1.1; the name argument 1.4). The fake only appends at the end, without values,
   * and refuses when a cell right of the table is used (Excel would shift it; the add-in never needs that).
   */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    let made: ColumnTarget | null = null;
    if (name !== undefined) this.context.requireApi('1.4', 'TableColumnCollection.add(name)');
    this.change('add', { index, name }, (t) => {
      const width = cols(t.rect);
      if (index !== undefined && index !== null && index !== width)
        throw new FakeExcelError('InvalidOperation', 'Den falske Excel tilføjer kun kolonner sidst i tabellen.');
      if (values !== undefined && values !== null)
        throw new FakeExcelError('InvalidOperation', 'Den falske Excel tilføjer kolonner uden værdier.');
      const c = t.rect.c1 + 1;
      for (let r = t.rect.r0; r <= t.rect.r1; r++) {
        const cell = t.sheet.cell(r, c);
        if (cell && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ''))) {
          throw new FakeExcelError('InvalidOperation', 'Cellen til højre for tabellen er ikke tom.');
        }
      }
      const taken = new Set(tableHeaders(t).map((h) => h.toLowerCase()));
      let header = name?.trim() || `Kolonne${width + 1}`;
      for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${name ?? 'Kolonne'}${n}`;
      const cell = t.sheet.edit(t.rect.r0, c);
      cell.value = header;
      cell.formula = undefined;
      t.rect = { ...t.rect, c1: c };
      made = { table: t, index: width };
    });
    return new FakeTableColumn(this.context, { locate: () => made });
  }
  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(this.context, {
      locate: () => {
        const t = this.resolve();
        return t && index >= 0 && index < cols(t.rect) ? { table: t, index } : null;
      },
    });
  }
}

/** Only appending is supported: that is all the add-in does. */
export class FakeTableRowCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly table: FakeTable,
  ) {}

  add(index?: number | null, values?: unknown[][]): void {
    this.context.enqueue({
      label: 'TableRowCollection.add',
      bytes: 60 + JSON.stringify(values ?? null).length,
      kind: 'write',
      run: () => {
        const t = this.table.target();
        const body = rows(t.rect) - 1;
        if (index !== undefined && index !== null && index !== -1 && index < body) {
          throw new FakeExcelError('InvalidOperation', 'Den falske Excel kan kun tilføje rækker nederst.');
        }
        const count = values?.length ?? 1;
        const last = t.rect.r1;
        t.rect = { ...t.rect, r1: last + count };
        // As in Excel, a column's validation and conditional formats reach the new rows.
        for (const rule of [...t.sheet.validations, ...t.sheet.conditionalFormats]) {
          const inColumns = rule.rect.c0 >= t.rect.c0 && rule.rect.c1 <= t.rect.c1;
          if (inColumns && rule.rect.r0 > t.rect.r0 && rule.rect.r1 === last)
            rule.rect = { ...rule.rect, r1: t.rect.r1 };
        }
        // Calculated columns fill the new rows, when AutoCorrect's "fill formulas in tables" is on.
        if (this.context.host.calculatedColumns)
          for (let c = t.rect.c0; c <= t.rect.c1; c++) {
            const formula = t.sheet.cell(last, c)?.formula;
            if (formula) for (let r = last + 1; r <= t.rect.r1; r++) writeInput(t.sheet, r, c, formula);
          }
        if (values) {
          const target = { sheet: t.sheet, rect: { ...t.rect, r0: last + 1 } };
          const model = this.context.host.model;
          const check = formulaChecker();
          forEachInput(target, values, (r, c, v) =>
            writeInput(t.sheet, r, c, v, (f) => check(f, { model, sheet: t.sheet, place: 'cell', at: { r, c } })),
          );
        }
      },
    });
  }
}

type Owner = WorkbookModel | SheetModel;

export class FakeTableCollection extends FakeCollection<Owner, TableModel, FakeTable> {
  protected readonly typeName = 'TableCollection';
  constructor(context: FakeContext, owner: Locator<Owner>) {
    super(context, owner);
  }
  private get model(): WorkbookModel {
    return this.context.host.model;
  }
  protected list(owner: Owner): TableModel[] {
    return owner instanceof SheetModel ? this.model.tables.filter((t) => t.sheet === owner) : this.model.tables;
  }
  protected wrap(t: TableModel): FakeTable {
    return new FakeTable(this.context, t);
  }
  private find(name: string): TableModel | null {
    const owner = this.resolve();
    if (!owner) return null;
    return this.list(owner).find((t) => t.name.toLowerCase() === name.toLowerCase() || t.id === name) ?? null;
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.context, () => this.find(name));
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.context, () => this.find(name), true);
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let created: TableModel | null = null;
    this.change('add', { address: typeof address === 'string' ? address : 'range', hasHeaders }, (owner) => {
      const m = this.model;
      let sheet: SheetModel | null;
      let rect: Rect | null;
      if (typeof address === 'string') {
        const { sheet: named, local } = splitSheet(address);
        sheet = named ? m.sheet(named) : owner instanceof SheetModel ? owner : m.activeSheet;
        rect = parseRect(local);
      } else {
        ({ sheet, rect } = address.target());
      }
      if (!sheet || !rect) throw new FakeExcelError('InvalidArgument', `Ugyldig adresse til tabel: ${String(address)}`);
      if (!hasHeaders)
        throw new FakeExcelError('InvalidOperation', 'Den falske Excel opretter kun tabeller med overskrifter.');
      if (rows(rect) < 2) rect = { ...rect, r1: rect.r0 + 1 };
      const s = sheet;
      const r = rect;
      if (m.tables.some((t) => t.sheet === s && intersect(t.rect, r))) {
        throw new FakeExcelError('InvalidOperation', 'En tabel kan ikke overlappe en anden tabel.');
      }
      const taken = new Set<string>();
      for (let c = r.c0; c <= r.c1; c++) {
        let header = readText(s.cell(r.r0, c)).trim() || `Kolonne${c - r.c0 + 1}`;
        for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${header}${n}`;
        taken.add(header.toLowerCase());
        const cell = s.edit(r.r0, c);
        cell.value = header;
        cell.formula = undefined;
      }
      let name = '';
      for (let n = m.tables.length + 1; !name; n++) if (!m.table(`Tabel${n}`)) name = `Tabel${n}`;
      created = new TableModel(name, s, r);
      m.tables.push(created);
    });
    return new FakeTable(this.context, () => created);
  }
}
