/**
 * Table filters and sorting: Table.autoFilter (ExcelApi 1.9), TableColumn.filter and Table.sort (ExcelApi 1.2).
 * Only values filters are modelled. Like Excel, a filter hides rows when it is applied (it is not live), and a sort
 * moves only the rows the filter shows: hidden rows keep their place (Microsoft's "Sort data in a range or table";
 * known from documentation only, see docs/afproevning-i-excel.md).
 */
import { MAX_COLUMNS } from './address';
import { FakeClientObject, type Getters } from './clientObject';
import type { FakeContext } from './context';
import { FakeExcelError } from './errors';
import { readText, readValue, type Cell, type Scalar, type TableModel } from './model';

const blank = (v: Scalar) => v === '';

/** Hides the rows of the table that fail any column's values filter; shows the others. */
export function refilter(t: TableModel): void {
  for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) {
    const shown = [...t.filters].every(([offset, values]) => {
      const text = readText(t.sheet.cell(r, t.rect.c0 + offset)).toLocaleLowerCase('da');
      return values.some((v) => v.toLocaleLowerCase('da') === text);
    });
    if (shown) t.sheet.hiddenRows.delete(r);
    else t.sheet.hiddenRows.add(r);
  }
}

function checkValuesCriteria(criteria: unknown): string[] {
  const c = criteria as { filterOn?: string; values?: unknown[] } | undefined;
  if (!c || c.filterOn !== 'Values')
    throw new FakeExcelError('InvalidArgument', 'Den falske Excel kender kun filterOn "Values".');
  if (!Array.isArray(c.values) || c.values.some((v) => typeof v !== 'string')) {
    throw new FakeExcelError('InvalidArgument', 'values skal være en liste af tekster.');
  }
  return [...(c.values as string[])];
}

const criteriaOf = (t: TableModel, offset: number) => {
  const values = t.filters.get(offset);
  return values ? { filterOn: 'Values', values: [...values] } : { filterOn: 'Custom' };
};

export class FakeAutoFilter extends FakeClientObject<TableModel> {
  protected readonly typeName = 'AutoFilter';
  constructor(context: FakeContext, locate: () => TableModel | null) {
    super(context, { locate });
    context.requireApi('1.9', 'Table.autoFilter');
  }
  protected getters(): Getters<TableModel> {
    return {
      enabled: () => true,
      isDataFiltered: (t) => t.filters.size > 0,
      criteria: (t) => Array.from({ length: t.rect.c1 - t.rect.c0 + 1 }, (_, i) => criteriaOf(t, i)),
    };
  }
  get enabled(): boolean {
    return this.read('enabled') as boolean;
  }
  get isDataFiltered(): boolean {
    return this.read('isDataFiltered') as boolean;
  }
  get criteria(): unknown[] {
    return this.read('criteria') as unknown[];
  }
  /** The range must be the table's own range (the fake accepts its proxy or address). */
  apply(range: unknown, columnIndex?: number, criteria?: unknown): void {
    this.change('apply', { columnIndex, criteria }, (t) => {
      if (columnIndex === undefined) return;
      if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex > t.rect.c1 - t.rect.c0) {
        throw new FakeExcelError('InvalidArgument', `Kolonne ${columnIndex} findes ikke i tabellen.`);
      }
      void range;
      t.filters.set(columnIndex, checkValuesCriteria(criteria));
      refilter(t);
    });
  }
  clearCriteria(): void {
    this.change('clearCriteria', null, (t) => {
      t.filters.clear();
      refilter(t);
    });
  }
}

interface ColumnRef {
  table: TableModel;
  index: number;
}

/** TableColumn.filter (ExcelApi 1.2). */
export class FakeFilter extends FakeClientObject<ColumnRef> {
  protected readonly typeName = 'Filter';
  constructor(context: FakeContext, locate: () => ColumnRef | null) {
    super(context, { locate });
  }
  protected getters(): Getters<ColumnRef> {
    return { criteria: (c) => criteriaOf(c.table, c.index) };
  }
  get criteria(): unknown {
    return this.read('criteria');
  }
  /** Filter.apply (ExcelApi 1.2): the fake takes values criteria only. */
  apply(criteria: unknown): void {
    this.change('apply', criteria, (c) => {
      c.table.filters.set(c.index, checkValuesCriteria(criteria));
      refilter(c.table);
    });
  }
  applyValuesFilter(values: unknown[]): void {
    this.change('applyValuesFilter', values, (c) => {
      c.table.filters.set(c.index, checkValuesCriteria({ filterOn: 'Values', values }));
      refilter(c.table);
    });
  }
  clear(): void {
    this.change('clear', null, (c) => {
      c.table.filters.delete(c.index);
      refilter(c.table);
    });
  }
}

/** Excel's ascending order: numbers, text (case-insensitive), logical values; blanks always last. */
function rank(v: Scalar): number {
  if (blank(v)) return 3;
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

function compare(a: Scalar, b: Scalar, ascending: boolean): number {
  if (blank(a) || blank(b)) return rank(a) - rank(b);
  const byType = rank(a) - rank(b);
  let d = byType;
  if (d === 0) {
    if (typeof a === 'number') d = a - (b as number);
    else if (typeof a === 'string') d = a.localeCompare(b as string, 'da', { sensitivity: 'base' });
    else d = Number(a) - Number(b);
  }
  return ascending ? d : -d;
}

export function sortTable(t: TableModel, fields: { key: number; ascending?: boolean }[]): void {
  const width = t.rect.c1 - t.rect.c0 + 1;
  for (const f of fields) {
    if (!Number.isInteger(f.key) || f.key < 0 || f.key >= width)
      throw new FakeExcelError('InvalidArgument', `Sorteringsnøgle ${f.key} findes ikke i tabellen.`);
  }
  const rows: { cells: (Cell | undefined)[]; keys: Scalar[] }[] = [];
  const shown: number[] = [];
  for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) {
    if (t.sheet.hiddenRows.has(r)) continue;
    shown.push(r);
    const cells = Array.from({ length: width }, (_, c) => t.sheet.cell(r, t.rect.c0 + c));
    rows.push({ cells, keys: fields.map((f) => readValue(cells[f.key])) });
  }
  // Array.prototype.sort is stable: equal rows keep their order, as in Excel.
  rows.sort((a, b) => {
    for (let i = 0; i < fields.length; i++) {
      const d = compare(a.keys[i], b.keys[i], fields[i].ascending ?? true);
      if (d !== 0) return d;
    }
    return 0;
  });
  rows.forEach((row, i) =>
    row.cells.forEach((cell, c) => {
      const key = shown[i] * MAX_COLUMNS + t.rect.c0 + c;
      if (cell) t.sheet.cells.set(key, cell);
      else t.sheet.cells.delete(key);
    }),
  );
  t.sortFields = fields.map((f) => ({ key: f.key, ascending: f.ascending ?? true }));
}

/** Table.sort (ExcelApi 1.2). */
export class FakeTableSort extends FakeClientObject<TableModel> {
  protected readonly typeName = 'TableSort';
  constructor(context: FakeContext, locate: () => TableModel | null) {
    super(context, { locate });
  }
  protected getters(): Getters<TableModel> {
    return { fields: (t) => t.sortFields.map((f) => ({ ...f })), matchCase: () => false };
  }
  get fields(): unknown[] {
    return this.read('fields') as unknown[];
  }
  apply(fields: { key: number; ascending?: boolean }[], matchCase?: boolean): void {
    this.change('apply', { fields, matchCase }, (t) => {
      if (matchCase)
        throw new FakeExcelError(
          'InvalidArgument',
          'Den falske Excel sorterer kun uden forskel på store og små bogstaver.',
        );
      sortTable(t, fields);
    });
  }
  clear(): void {
    this.change('clear', null, (t) => (t.sortFields = []));
  }
}
