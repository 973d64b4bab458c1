/**
 * PivotTables (ExcelApi 1.8), PivotFilters (1.12) and slicers (1.10): the fake records how a PivotTable is laid out
 * (rows, columns, filters, values, manual filters), checks names like Excel, and draws its cells after every change
 * (pivotLayout.ts), refusing one that would overlap another PivotTable or a table. Plugged into the core as
 * pivotPart: Worksheet.pivotTables, Workbook.pivotTables and Workbook.slicers.
 */
import { parseRect, splitSheet } from '../core/address';
import { FakeClientObject, type Getters, type Locator } from '../core/clientObject';
import { FakeCollection } from '../core/collection';
import type { FakeContext } from '../core/context';
import { FakeExcelError } from '../core/errors';
import { SheetModel, type TableModel, type WorkbookModel } from '../core/model';
import type { StandInPart } from '../core/parts';
import { tableHeaders } from '../core/table';
import { FakeWorksheet } from '../core/worksheet';
import { erasePivot, fillCache, redrawPivot } from './pivotLayout';
import { newPivotId, pivotsOf, slicersOf, type PivotModel, type SlicerModel } from './pivotModel';

type Axis = 'rows' | 'columns' | 'filters';
const AXES: Axis[] = ['rows', 'columns', 'filters'];

function sourceField(p: PivotModel, name: string): string | null {
  return tableHeaders(p.source).find((h) => h.toLowerCase() === name.toLowerCase()) ?? null;
}

interface HierarchyRef {
  pivot: PivotModel;
  name: string;
}

export class FakePivotHierarchy extends FakeClientObject<HierarchyRef> {
  protected readonly typeName = 'PivotHierarchy';
  protected getters(): Getters<HierarchyRef> {
    return { name: (h) => h.name, id: (h) => h.name };
  }
  get name(): string {
    return this.read('name') as string;
  }
}

export class FakePivotHierarchyCollection extends FakeCollection<PivotModel, HierarchyRef, FakePivotHierarchy> {
  protected readonly typeName = 'PivotHierarchyCollection';
  protected list(p: PivotModel): HierarchyRef[] {
    return tableHeaders(p.source).map((name) => ({ pivot: p, name }));
  }
  protected wrap(h: HierarchyRef): FakePivotHierarchy {
    return new FakePivotHierarchy(this.context, { target: h });
  }
  private find(name: string): HierarchyRef | null {
    const p = this.resolve();
    const field = p && sourceField(p, name);
    return p && field ? { pivot: p, name: field } : null;
  }
  getItem(name: string): FakePivotHierarchy {
    return new FakePivotHierarchy(this.context, { locate: () => this.find(name) });
  }
  getItemOrNullObject(name: string): FakePivotHierarchy {
    return new FakePivotHierarchy(this.context, { locate: () => this.find(name) }, true);
  }
}

/** PivotField of a hierarchy on the row, column or filter axis; filters need ExcelApi 1.12. */
export class FakePivotField extends FakeClientObject<HierarchyRef> {
  protected readonly typeName = 'PivotField';
  constructor(context: FakeContext, locate: () => HierarchyRef | null) {
    super(context, { locate });
  }
  protected getters(): Getters<HierarchyRef> {
    return { name: (h) => h.name, id: (h) => h.name };
  }
  get name(): string {
    return this.read('name') as string;
  }
  applyFilter(filter: { manualFilter?: { selectedItems?: unknown[] } }): void {
    this.context.requireApi('1.12', 'PivotField.applyFilter');
    this.change('applyFilter', filter, (h) => {
      const items = filter.manualFilter?.selectedItems;
      if (!Array.isArray(items) || items.some((i) => typeof i !== 'string')) {
        throw new FakeExcelError(
          'InvalidArgument',
          'Den falske Excel kender kun manualFilter med tekster i selectedItems.',
        );
      }
      h.pivot.manualFilters.set(h.name, [...(items as string[])]);
      redrawPivot(this.context.host.model, h.pivot);
    });
  }
  clearAllFilters(): void {
    this.context.requireApi('1.12', 'PivotField.clearAllFilters');
    this.change('clearAllFilters', null, (h) => {
      h.pivot.manualFilters.delete(h.name);
      redrawPivot(this.context.host.model, h.pivot);
    });
  }
}

class FakePivotFieldCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly hierarchy: FakeClientObject<HierarchyRef>,
  ) {}
  getItem(name: string): FakePivotField {
    return new FakePivotField(this.context, () => {
      const h = this.hierarchy.resolve();
      return h && h.name.toLowerCase() === name.toLowerCase() ? h : null;
    });
  }
}

export class FakeRowColumnPivotHierarchy extends FakeClientObject<HierarchyRef> {
  protected readonly typeName = 'RowColumnPivotHierarchy';
  protected getters(): Getters<HierarchyRef> {
    return { name: (h) => h.name, id: (h) => h.name };
  }
  get name(): string {
    return this.read('name') as string;
  }
  get fields(): FakePivotFieldCollection {
    return new FakePivotFieldCollection(this.context, this);
  }
}

export class FakeAxisHierarchyCollection extends FakeCollection<PivotModel, HierarchyRef, FakeRowColumnPivotHierarchy> {
  protected readonly typeName = 'RowColumnPivotHierarchyCollection';
  constructor(
    context: FakeContext,
    owner: Locator<PivotModel>,
    private readonly axis: Axis,
  ) {
    super(context, owner);
  }
  protected list(p: PivotModel): HierarchyRef[] {
    return p[this.axis].map((name) => ({ pivot: p, name }));
  }
  protected wrap(h: HierarchyRef): FakeRowColumnPivotHierarchy {
    return new FakeRowColumnPivotHierarchy(this.context, { target: h });
  }
  /**
   * Adding to an axis removes the hierarchy from the other axes, as Microsoft documents it
   * (RowColumnPivotHierarchyCollection.add, ExcelApi 1.8: "If the hierarchy is present elsewhere on the row, column, or
   * filter axis, it will be removed from that location").
   */
  add(hierarchy: FakePivotHierarchy): FakeRowColumnPivotHierarchy {
    let added: HierarchyRef | null = null;
    this.change('add', null, (p) => {
      const h = hierarchy.target();
      if (h.pivot !== p) throw new FakeExcelError('InvalidArgument', 'Hierarkiet hører til en anden pivottabel.');
      for (const axis of AXES) p[axis] = p[axis].filter((n) => n !== h.name);
      p[this.axis].push(h.name);
      added = h;
      redrawPivot(this.context.host.model, p);
    });
    return new FakeRowColumnPivotHierarchy(this.context, { locate: () => added });
  }
  private find(name: string): HierarchyRef | null {
    const p = this.resolve();
    const found = p?.[this.axis].find((n) => n.toLowerCase() === name.toLowerCase());
    return p && found ? { pivot: p, name: found } : null;
  }
  getItem(name: string): FakeRowColumnPivotHierarchy {
    return new FakeRowColumnPivotHierarchy(this.context, { locate: () => this.find(name) });
  }
  getItemOrNullObject(name: string): FakeRowColumnPivotHierarchy {
    return new FakeRowColumnPivotHierarchy(this.context, { locate: () => this.find(name) }, true);
  }
}

interface DataRef {
  pivot: PivotModel;
  index: number;
}

const SUMMARIES = [
  'Sum',
  'Count',
  'Average',
  'Max',
  'Min',
  'Product',
  'CountNumbers',
  'StandardDeviation',
  'StandardDeviationP',
  'Variance',
  'VarianceP',
  'Automatic',
];

export class FakeDataPivotHierarchy extends FakeClientObject<DataRef> {
  protected readonly typeName = 'DataPivotHierarchy';
  constructor(context: FakeContext, locate: () => DataRef | null) {
    super(context, { locate });
  }
  protected getters(): Getters<DataRef> {
    return { name: (d) => d.pivot.data[d.index].name, summarizeBy: (d) => d.pivot.data[d.index].summarizeBy };
  }
  get name(): string {
    return this.read('name') as string;
  }
  /** Excel refuses a values name that is already used or is the name of a source field. */
  set name(name: string) {
    this.change('name', name, (d) => {
      const clash =
        d.pivot.data.some((x, i) => i !== d.index && x.name.toLowerCase() === name.toLowerCase()) ||
        sourceField(d.pivot, name) !== null;
      if (!name || clash)
        throw new FakeExcelError('InvalidArgument', `Navnet «${name}» kan ikke bruges til en værdi i pivottabellen.`);
      d.pivot.data[d.index].name = name;
      redrawPivot(this.context.host.model, d.pivot);
    });
  }
  get summarizeBy(): string {
    return this.read('summarizeBy') as string;
  }
  set summarizeBy(v: string) {
    this.change('summarizeBy', v, (d) => {
      if (!SUMMARIES.includes(v)) throw new FakeExcelError('InvalidArgument', `Ukendt opsummering: ${v}`);
      d.pivot.data[d.index].summarizeBy = v;
      redrawPivot(this.context.host.model, d.pivot);
    });
  }
}

export class FakeDataHierarchyCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly pivot: FakePivotTable,
  ) {}
  add(hierarchy: FakePivotHierarchy): FakeDataPivotHierarchy {
    let added: DataRef | null = null;
    this.context.enqueue({
      label: 'DataPivotHierarchyCollection.add',
      bytes: 60,
      kind: 'write',
      run: () => {
        const p = this.pivot.target();
        const h = hierarchy.target();
        let name = `Sum af ${h.name}`;
        for (let n = 2; p.data.some((d) => d.name.toLowerCase() === name.toLowerCase()); n++)
          name = `Sum af ${h.name}${n}`;
        p.data.push({ source: h.name, name, summarizeBy: 'Sum' });
        added = { pivot: p, index: p.data.length - 1 };
        redrawPivot(this.context.host.model, p);
      },
    });
    return new FakeDataPivotHierarchy(this.context, () => added);
  }
}

export class FakePivotTable extends FakeClientObject<PivotModel> {
  protected readonly typeName = 'PivotTable';
  protected getters(): Getters<PivotModel> {
    return { name: (p) => p.name, id: (p) => p.id };
  }
  get name(): string {
    return this.read('name') as string;
  }
  get id(): string {
    return this.read('id') as string;
  }
  private owner(): Locator<PivotModel> {
    return { locate: () => this.resolve() };
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.resolve()?.sheet ?? null);
  }
  get hierarchies(): FakePivotHierarchyCollection {
    return new FakePivotHierarchyCollection(this.context, this.owner());
  }
  get rowHierarchies(): FakeAxisHierarchyCollection {
    return new FakeAxisHierarchyCollection(this.context, this.owner(), 'rows');
  }
  get columnHierarchies(): FakeAxisHierarchyCollection {
    return new FakeAxisHierarchyCollection(this.context, this.owner(), 'columns');
  }
  get filterHierarchies(): FakeAxisHierarchyCollection {
    return new FakeAxisHierarchyCollection(this.context, this.owner(), 'filters');
  }
  get dataHierarchies(): FakeDataHierarchyCollection {
    return new FakeDataHierarchyCollection(this.context, this);
  }
  refresh(): void {
    this.change('refresh', null, (p) => {
      p.refreshCount++;
      fillCache(p);
      redrawPivot(this.context.host.model, p);
    });
  }
  delete(): void {
    this.change('delete', null, (p) => {
      const m = this.context.host.model;
      erasePivot(p);
      pivotsOf(m).splice(pivotsOf(m).indexOf(p), 1);
      slicersOf(m).splice(0, slicersOf(m).length, ...slicersOf(m).filter((s) => s.pivot !== p));
    });
  }
}

type Owner = WorkbookModel | SheetModel;

export class FakePivotTableCollection extends FakeCollection<Owner, PivotModel, FakePivotTable> {
  protected readonly typeName = 'PivotTableCollection';
  constructor(context: FakeContext, owner: Locator<Owner>) {
    super(context, owner);
  }
  protected list(owner: Owner): PivotModel[] {
    const all = pivotsOf(this.context.host.model);
    return owner instanceof SheetModel ? all.filter((p) => p.sheet === owner) : all;
  }
  protected wrap(p: PivotModel): FakePivotTable {
    return new FakePivotTable(this.context, { target: p });
  }
  private find(name: string): PivotModel | null {
    const owner = this.resolve();
    return owner ? (this.list(owner).find((p) => p.name.toLowerCase() === name.toLowerCase()) ?? null) : null;
  }
  getItem(name: string): FakePivotTable {
    return new FakePivotTable(this.context, { locate: () => this.find(name) });
  }
  getItemOrNullObject(name: string): FakePivotTable {
    return new FakePivotTable(this.context, { locate: () => this.find(name) }, true);
  }
  refreshAll(): void {
    this.change('refreshAll', null, (owner) =>
      this.list(owner).forEach((p) => {
        p.refreshCount++;
        fillCache(p);
        redrawPivot(this.context.host.model, p);
      }),
    );
  }
  /** Source: a table proxy or a table name; destination: "Ark!A3" or a range proxy. */
  add(name: string, source: unknown, destination: unknown): FakePivotTable {
    this.context.requireApi('1.8', 'PivotTableCollection.add');
    let made: PivotModel | null = null;
    this.change('add', { name }, (owner) => {
      const m = this.context.host.model;
      if (!name || pivotsOf(m).some((p) => p.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeExcelError('InvalidArgument', `Ugyldigt eller optaget pivotnavn: «${name}».`);
      }
      const table = tableOf(m, source);
      const dest = destinationOf(m, owner, destination);
      made = {
        id: newPivotId(),
        name,
        sheet: dest.sheet,
        at: { r: dest.r, c: dest.c },
        source: table,
        rows: [],
        columns: [],
        filters: [],
        data: [],
        manualFilters: new Map(),
        refreshCount: 0,
        cache: { headers: [], rows: [] },
        drawn: null,
      };
      fillCache(made);
      redrawPivot(m, made);
      pivotsOf(m).push(made);
    });
    return new FakePivotTable(this.context, { locate: () => made });
  }
}

function tableOf(m: WorkbookModel, source: unknown): TableModel {
  if (typeof source === 'string') {
    const t = m.table(source);
    if (t) return t;
  } else if (source && typeof source === 'object' && 'target' in source) {
    const t = (source as { target(): unknown }).target();
    if (t && typeof t === 'object' && 'rect' in t && 'name' in t) return t as TableModel;
  }
  throw new FakeExcelError('InvalidArgument', 'Den falske Excel laver kun pivottabeller over en tabel.');
}

function destinationOf(
  m: WorkbookModel,
  owner: Owner,
  destination: unknown,
): { sheet: SheetModel; r: number; c: number } {
  if (typeof destination === 'string') {
    const { sheet: named, local } = splitSheet(destination);
    const sheet = named ? m.sheet(named) : owner instanceof SheetModel ? owner : null;
    const rect = parseRect(local);
    if (sheet && rect) return { sheet, r: rect.r0, c: rect.c0 };
  } else if (destination && typeof destination === 'object' && 'target' in destination) {
    const t = (destination as { target(): { sheet: SheetModel; rect: { r0: number; c0: number } } }).target();
    return { sheet: t.sheet, r: t.rect.r0, c: t.rect.c0 };
  }
  throw new FakeExcelError('InvalidArgument', `Ugyldigt mål for pivottabel: ${String(destination)}`);
}

export class FakeSlicer extends FakeClientObject<SlicerModel> {
  protected readonly typeName = 'Slicer';
  constructor(context: FakeContext, locator: Locator<SlicerModel>) {
    super(context, locator);
  }
  protected getters(): Getters<SlicerModel> {
    return { name: (s) => s.name, id: (s) => s.id };
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    this.change('name', v, (s) => (s.name = v));
  }
}

/** Workbook.slicers (ExcelApi 1.10): only slicers on a PivotTable field. */
export class FakeSlicerCollection extends FakeCollection<WorkbookModel, SlicerModel, FakeSlicer> {
  protected readonly typeName = 'SlicerCollection';
  protected list(m: WorkbookModel): SlicerModel[] {
    return slicersOf(m);
  }
  protected wrap(s: SlicerModel): FakeSlicer {
    return new FakeSlicer(this.context, { target: s });
  }
  add(source: unknown, field: string, destination?: unknown): FakeSlicer {
    this.context.requireApi('1.10', 'SlicerCollection.add');
    let made: SlicerModel | null = null;
    this.change('add', { field }, (m) => {
      const pivot = source instanceof FakePivotTable ? source.target() : pivotsOf(m).find((p) => p.name === source);
      if (!pivot)
        throw new FakeExcelError('InvalidArgument', 'Den falske Excel laver kun udsnitsværktøjer på en pivottabel.');
      const name = sourceField(pivot, field);
      if (!name) throw new FakeExcelError('InvalidArgument', `Feltet «${field}» findes ikke.`);
      const sheet =
        typeof destination === 'string'
          ? m.sheet(destination)
          : destination && typeof destination === 'object' && 'target' in destination
            ? (destination as { target(): SheetModel }).target()
            : pivot.sheet;
      if (!sheet) throw new FakeExcelError('ItemNotFound', 'Arket til udsnitsværktøjet findes ikke.');
      made = {
        id: `{slicer-${slicersOf(m).length + 1}-${pivot.id}}`,
        name: `Udsnit_${name}`,
        sheet,
        pivot,
        field: name,
      };
      slicersOf(m).push(made);
    });
    return new FakeSlicer(this.context, { locate: () => made });
  }
}

/** Worksheet.pivotTables, Workbook.pivotTables and Workbook.slicers; a deleted sheet takes its PivotTables along. */
export const pivotPart: StandInPart = {
  worksheet: {
    pivotTables: (context, sheet) => new FakePivotTableCollection(context, { locate: sheet }),
  },
  workbook: {
    pivotTables: (context) => new FakePivotTableCollection(context, { target: context.host.model }),
    /** ExcelApi 1.10. */
    slicers: (context) => {
      context.requireApi('1.10', 'Workbook.slicers');
      return new FakeSlicerCollection(context, { target: context.host.model });
    },
  },
  sheetDeleted(m, s) {
    pivotsOf(m).splice(0, pivotsOf(m).length, ...pivotsOf(m).filter((p) => p.sheet !== s && p.source.sheet !== s));
    slicersOf(m).splice(
      0,
      slicersOf(m).length,
      ...slicersOf(m).filter((x) => x.sheet !== s && pivotsOf(m).includes(x.pivot)),
    );
  },
};
