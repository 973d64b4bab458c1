/** Worksheet and the workbook's worksheet collection. */
import { formatRect, MAX_COLUMNS, MAX_ROWS, parseRect, splitSheet } from './address';
import { FakeClientObject, type Getters } from './clientObject';
import { FakeCollection } from './collection';
import type { FakeContext } from './context';
import { FakeExcelError } from './errors';
import { SheetModel, type SelectionHandler, type WorkbookModel } from './model';
import { FakeRange } from './range';
import { FakeTableCollection } from './table';
import { FakePivotTableCollection } from './pivot';

/** Worksheet.pageLayout (ExcelApi 1.9): what was asked is recorded; the fake does not paginate. */
export class FakePageLayout extends FakeClientObject<SheetModel> {
  protected readonly typeName = 'PageLayout';
  constructor(context: FakeContext, locate: () => SheetModel | null) {
    super(context, { locate });
    context.requireApi('1.9', 'Worksheet.pageLayout');
  }
  protected getters(): Getters<SheetModel> {
    return {
      orientation: (s) => s.pageLayout.orientation ?? 'Portrait',
      zoom: (s) => s.pageLayout.zoom ?? { scale: 100 },
    };
  }
  get orientation(): string {
    return this.read('orientation') as string;
  }
  set orientation(v: string) {
    this.change('orientation', v, (s) => {
      if (v !== 'Portrait' && v !== 'Landscape') throw new FakeExcelError('InvalidArgument', `Ugyldig retning: ${v}`);
      s.pageLayout.orientation = v;
    });
  }
  get zoom(): unknown {
    return this.read('zoom');
  }
  set zoom(v: unknown) {
    this.change('zoom', v, (s) => (s.pageLayout.zoom = JSON.parse(JSON.stringify(v))));
  }
  setPrintTitleRows(rows: string): void {
    this.change('setPrintTitleRows', rows, (s) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeExcelError('InvalidArgument', `Ugyldige titelrækker: ${rows}`);
      s.pageLayout.printTitleRows = rows;
    });
  }
  setPrintTitleColumns(columns: string): void {
    this.change('setPrintTitleColumns', columns, (s) => {
      if (!/^\$?[A-Z]+:\$?[A-Z]+$/.test(columns))
        throw new FakeExcelError('InvalidArgument', `Ugyldige titelkolonner: ${columns}`);
      s.pageLayout.printTitleColumns = columns;
    });
  }
  /** A string of one or more A1 ranges separated by commas (RangeAreas), as Excel takes it. */
  setPrintArea(area: string): void {
    this.change('setPrintArea', area, (s) => {
      if (!/^\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+(,\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)*$/.test(area))
        throw new FakeExcelError('InvalidArgument', `Ugyldigt udskriftsområde: ${area}`);
      s.pageLayout.printArea = area;
    });
  }
}

/** Worksheet.freezePanes (ExcelApi 1.7): only freezeRows. */
export class FakeFreezePanes {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  freezeRows(count = 1): void {
    this.context.enqueue({
      label: 'WorksheetFreezePanes.freezeRows',
      bytes: 70,
      kind: 'write',
      run: () => void (this.sheet.target().frozenRows = count),
    });
  }
}

const FORBIDDEN = /[[\]:*?/\\]/;

export function checkSheetName(model: WorkbookModel, name: string, self?: SheetModel): void {
  if (!name || name.length > 31 || FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeExcelError('InvalidArgument', `Ugyldigt arknavn: «${name}».`);
  }
  const other = model.sheet(name);
  if (other && other !== self) throw new FakeExcelError('ItemAlreadyExists', `Et ark hedder allerede «${name}».`);
}

export interface FakeEventHandlerResult {
  context: FakeContext;
  remove(): void;
}

export class FakeSelectionEvent {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}

  add(handler: SelectionHandler): FakeEventHandlerResult {
    this.context.enqueue({
      label: 'Worksheet.onSelectionChanged.add',
      bytes: 80,
      kind: 'write',
      run: () => void this.sheet.target().selectionHandlers.add(handler),
    });
    return {
      context: this.context,
      remove: () =>
        this.context.enqueue({
          label: 'Worksheet.onSelectionChanged.remove',
          bytes: 80,
          kind: 'write',
          run: () => void this.sheet.target().selectionHandlers.delete(handler),
        }),
    };
  }
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  protected readonly typeName = 'Worksheet';
  readonly onSelectionChanged = new FakeSelectionEvent(this.context, this);

  constructor(context: FakeContext, locate: (() => SheetModel | null) | SheetModel, orNull = false) {
    super(context, typeof locate === 'function' ? { locate } : { target: locate }, orNull);
  }

  private get model(): WorkbookModel {
    return this.context.host.model;
  }

  protected getters(): Getters<SheetModel> {
    return {
      name: (s) => s.name,
      id: (s) => s.id,
      position: (s) => this.model.sheets.indexOf(s),
      visibility: () => 'Visible',
    };
  }

  get name(): string {
    return this.read('name') as string;
  }
  set name(name: string) {
    this.change('name', name, (s) => {
      checkSheetName(this.model, name, s);
      s.name = name;
    });
  }
  get id(): string {
    return this.read('id') as string;
  }
  get position(): number {
    return this.read('position') as number;
  }
  set position(p: number) {
    this.change('position', p, (s) => {
      const list = this.model.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.max(0, Math.min(p, list.length)), 0, s);
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      if (!sheet) return null;
      if (address === undefined) return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
      const { sheet: named, local } = splitSheet(address);
      const rect = parseRect(local);
      if (!rect || (named && named.toLowerCase() !== sheet.name.toLowerCase())) {
        throw new FakeExcelError('InvalidArgument', `Ugyldig adresse: ${address}`);
      }
      return { sheet, rect };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRange(formatRect({ r0: row, c0: column, r1: row, c1: column }));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      return sheet ? { sheet, rect: sheet.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } } : null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolve();
        const rect = sheet?.usedRect(valuesOnly);
        return sheet && rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, { locate: () => this.resolve() });
  }
  get pivotTables(): FakePivotTableCollection {
    return new FakePivotTableCollection(this.context, { locate: () => this.resolve() });
  }
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, () => this.resolve());
  }
  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this.context, this);
  }

  activate(): void {
    this.change('activate', null, (s) => {
      this.model.activeSheet = s;
      this.model.activeChartSheet = null;
      this.model.selection = { r0: 0, c0: 0, r1: 0, c1: 0 };
    });
  }

  delete(): void {
    this.change('delete', null, (s) => {
      const m = this.model;
      if (m.sheets.length === 1)
        throw new FakeExcelError('InvalidOperation', 'En projektmappe skal have mindst ét ark.');
      m.sheets.splice(m.sheets.indexOf(s), 1);
      m.tables.splice(0, m.tables.length, ...m.tables.filter((t) => t.sheet !== s));
      m.pivots.splice(0, m.pivots.length, ...m.pivots.filter((p) => p.sheet !== s && p.source.sheet !== s));
      m.slicers.splice(0, m.slicers.length, ...m.slicers.filter((x) => x.sheet !== s && m.pivots.includes(x.pivot)));
      if (m.activeSheet === s) m.activeSheet = m.sheets[0];
    });
  }
}

export class FakeWorksheetCollection extends FakeCollection<WorkbookModel, SheetModel, FakeWorksheet> {
  protected readonly typeName = 'WorksheetCollection';
  constructor(context: FakeContext) {
    super(context, { target: context.host.model });
  }
  protected list(model: WorkbookModel): SheetModel[] {
    return model.sheets;
  }
  protected wrap(sheet: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, sheet);
  }

  private find(key: string): SheetModel | null {
    const m = this.target();
    return m.sheet(key) ?? m.sheets.find((s) => s.id === key) ?? null;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.find(key));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.find(key), true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.target().activeWorksheet());
  }

  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.change('add', name ?? null, (m) => {
      let sheetName = name;
      for (let n = m.sheets.length + 1; !sheetName; n++) if (!m.sheet(`Ark${n}`)) sheetName = `Ark${n}`;
      checkSheetName(m, sheetName);
      created = new SheetModel(sheetName);
      m.sheets.push(created);
    });
    return new FakeWorksheet(this.context, () => created);
  }
}
