/** Worksheet and the workbook's worksheet collection. */
import { formatRect, MAX_COLUMNS, MAX_ROWS, parseRect, splitSheet } from './address';
import { FakeClientObject, type Getters } from './clientObject';
import { FakeCollection } from './collection';
import type { FakeContext } from './context';
import { FakeExcelError } from './errors';
import { SheetModel, type HeaderFooterSection, type SelectionHandler, type WorkbookModel } from './model';
import { FakeRange, FakeRangeAreas } from './range';
import { FakeTableCollection } from './table';
import { FakePageBreakCollection } from './pageBreaks';
import { plugIn } from './parts';

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
  /** HeaderFooterGroup (ExcelApi 1.9): the fake has defaultForAllPages, the texts on every page. */
  get headersFooters(): FakeHeaderFooterGroup {
    return new FakeHeaderFooterGroup(this.context, () => this.resolve());
  }
  /** ExcelApi 1.9: the print area as a RangeAreas, a null object when none is set. */
  getPrintAreaOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const s = this.resolve();
      const area = s?.pageLayout.printArea;
      if (!s || !area) return null;
      return { sheet: s, rects: area.split(',').map((a) => parseRect(a.replace(/\$/g, ''))!) };
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

const SECTIONS: readonly HeaderFooterSection[] = [
  'leftHeader',
  'centerHeader',
  'rightHeader',
  'leftFooter',
  'centerFooter',
  'rightFooter',
];
/** Excel's limit for the text of a header or footer ("Specifications and limits": 255 characters). */
const HEADER_FOOTER_LIMIT = 255;

export class FakeHeaderFooterGroup {
  constructor(
    private readonly context: FakeContext,
    private readonly locate: () => SheetModel | null,
  ) {}
  get defaultForAllPages(): FakeHeaderFooter {
    return new FakeHeaderFooter(this.context, this.locate);
  }
}

/** HeaderFooter (ExcelApi 1.9): each section's text, Excel's codes kept as written. */
export class FakeHeaderFooter extends FakeClientObject<SheetModel> {
  protected readonly typeName = 'HeaderFooter';
  constructor(context: FakeContext, locate: () => SheetModel | null) {
    super(context, { locate });
  }
  protected getters(): Getters<SheetModel> {
    return Object.fromEntries(SECTIONS.map((k) => [k, (s: SheetModel) => s.pageLayout.headerFooter?.[k] ?? '']));
  }
  private set(section: HeaderFooterSection, text: string): void {
    this.change(section, text, (s) => {
      const all = { ...s.pageLayout.headerFooter, [section]: text };
      const header = (all.leftHeader ?? '') + (all.centerHeader ?? '') + (all.rightHeader ?? '');
      const footer = (all.leftFooter ?? '') + (all.centerFooter ?? '') + (all.rightFooter ?? '');
      if (header.length > HEADER_FOOTER_LIMIT || footer.length > HEADER_FOOTER_LIMIT)
        throw new FakeExcelError('InvalidArgument', 'Sidehoved eller sidefod er for lang (højst 255 tegn).');
      s.pageLayout.headerFooter = all;
    });
  }
  get leftHeader(): string {
    return this.read('leftHeader') as string;
  }
  set leftHeader(v: string) {
    this.set('leftHeader', v);
  }
  get centerHeader(): string {
    return this.read('centerHeader') as string;
  }
  set centerHeader(v: string) {
    this.set('centerHeader', v);
  }
  get rightHeader(): string {
    return this.read('rightHeader') as string;
  }
  set rightHeader(v: string) {
    this.set('rightHeader', v);
  }
  get leftFooter(): string {
    return this.read('leftFooter') as string;
  }
  set leftFooter(v: string) {
    this.set('leftFooter', v);
  }
  get centerFooter(): string {
    return this.read('centerFooter') as string;
  }
  set centerFooter(v: string) {
    this.set('centerFooter', v);
  }
  get rightFooter(): string {
    return this.read('rightFooter') as string;
  }
  set rightFooter(v: string) {
    this.set('rightFooter', v);
  }
}

/** Worksheet.freezePanes (ExcelApi 1.7): freezeRows, and freezeAt (the rows and columns up to a range's bottom right). */
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
  freezeAt(frozenRange: string): void {
    this.context.enqueue({
      label: 'WorksheetFreezePanes.freezeAt',
      bytes: 70,
      kind: 'write',
      run: () => {
        const rect = parseRect(frozenRange);
        if (!rect) throw new FakeExcelError('InvalidArgument', `Ugyldig adresse: «${frozenRange}».`);
        const sheet = this.sheet.target();
        sheet.frozenRows = rect.r1 + 1;
        sheet.frozenColumns = rect.c1 + 1;
      },
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
    plugIn(
      this,
      context.host.parts.map((p) => p.worksheet),
      context,
      () => this.resolve(),
    );
  }

  private get model(): WorkbookModel {
    return this.context.host.model;
  }

  protected getters(): Getters<SheetModel> {
    return {
      name: (s) => s.name,
      id: (s) => s.id,
      position: (s) => this.model.sheets.indexOf(s),
      visibility: (s) => s.visibility,
    };
  }

  /**
   * ExcelApi 1.1. Excel keeps one sheet visible: hiding the last visible sheet fails ("A workbook must contain at least
   * one visible worksheet"); a hidden active sheet gives the activation to the next visible sheet.
   */
  get visibility(): string {
    return this.read('visibility') as string;
  }
  set visibility(v: string) {
    this.change('visibility', v, (s) => {
      if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden')
        throw new FakeExcelError('InvalidArgument', `Ugyldig synlighed: ${v}`);
      const m = this.model;
      if (v !== 'Visible' && !m.sheets.some((o) => o !== s && o.visibility === 'Visible'))
        throw new FakeExcelError('InvalidOperation', 'En projektmappe skal have mindst ét synligt ark.');
      s.visibility = v;
      if (v !== 'Visible' && m.activeSheet === s) m.activeSheet = m.sheets.find((o) => o.visibility === 'Visible')!;
    });
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
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, () => this.resolve());
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    return new FakePageBreakCollection(this.context, () => this.resolve());
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
      for (const part of this.context.host.parts) part.sheetDeleted?.(m, s);
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
