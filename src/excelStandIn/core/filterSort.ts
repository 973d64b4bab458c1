/**
 * Table filters and sorting: Table.autoFilter (ExcelApi 1.9), TableColumn.filter and Table.sort (ExcelApi 1.2).
 * Values and custom filters are evaluated; criteria are read back as Excel reports them (null where unset) and refused
 * with null properties, as Excel does (office-js #1226). Like Excel, a filter hides rows when it is applied (it is not live), and a sort
 * moves only the rows the filter shows: hidden rows keep their place (Microsoft's "Sort data in a range or table";
 * known from documentation only, see docs/afproevning-i-excel.md).
 */
import { MAX_COLUMNS } from './address';
import { FakeClientObject, type Getters } from './clientObject';
import type { FakeContext } from './context';
import { FakeExcelError } from './errors';
import { readText, readValue, type Cell, type ColumnFilter, type Scalar, type TableModel } from './model';

const blank = (v: Scalar) => v === '';

/** Excel's FilterOn values (Excel.FilterOn). */
const FILTER_ON = [
  'BottomItems',
  'BottomPercent',
  'CellColor',
  'Dynamic',
  'FontColor',
  'Values',
  'TopItems',
  'TopPercent',
  'Icon',
  'Custom',
];
/** Every property of Excel.FilterCriteria: what Excel reports for a column, with null where unset. */
const CRITERIA_KEYS = [
  'color',
  'criterion1',
  'criterion2',
  'dynamicCriteria',
  'filterOn',
  'icon',
  'operator',
  'subField',
  'values',
] as const;

/** A custom criterion such as ">50", "<>Nej" or "=*s" (Excel's wildcards * and ? in text comparisons). */
function meetsCriterion(cell: Scalar, criterion: string): boolean {
  const m = /^(>=|<=|<>|>|<|=)?(.*)$/s.exec(criterion)!;
  const op = m[1] ?? '=';
  const wanted = m[2];
  const asNumber = wanted.trim() !== '' && Number.isFinite(Number(wanted)) ? Number(wanted) : null;
  if (asNumber !== null && typeof cell === 'number') {
    const d = cell - asNumber;
    return { '=': d === 0, '<>': d !== 0, '>': d > 0, '<': d < 0, '>=': d >= 0, '<=': d <= 0 }[op]!;
  }
  const text = String(cell).toLocaleLowerCase('da');
  if (op === '=' || op === '<>') {
    const pattern = wanted
      .toLocaleLowerCase('da')
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    const equal = new RegExp(`^${pattern}$`, 's').test(text);
    return op === '=' ? equal : !equal;
  }
  if (asNumber !== null) return false;
  const d = text.localeCompare(wanted.toLocaleLowerCase('da'), 'da');
  return { '>': d > 0, '<': d < 0, '>=': d >= 0, '<=': d <= 0 }[op]!;
}

function shows(filter: ColumnFilter, cell: Cell | undefined): boolean {
  if (filter.filterOn === 'Values' && 'values' in filter) {
    const text = readText(cell).toLocaleLowerCase('da');
    return filter.values.some((v) => v.toLocaleLowerCase('da') === text);
  }
  if (filter.filterOn === 'Custom' && 'criterion1' in filter) {
    const value = readValue(cell);
    const first = meetsCriterion(value, filter.criterion1);
    if (filter.criterion2 === undefined) return first;
    const second = meetsCriterion(value, filter.criterion2);
    return filter.operator === 'Or' ? first || second : first && second;
  }
  return true; // kept, not evaluated (see ColumnFilter)
}

/** Hides the rows of the table that fail any column's filter; shows the others. */
export function refilter(t: TableModel): void {
  for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) {
    const shown = [...t.filters].every(([offset, f]) => shows(f, t.sheet.cell(r, t.rect.c0 + offset)));
    if (shown) t.sheet.hiddenRows.delete(r);
    else t.sheet.hiddenRows.add(r);
  }
}

/**
 * Checks criteria as Excel does: a property that is present with the value null is refused with InvalidArgument, so the
 * objects Excel itself reports cannot be applied again as they are (office-js #1226 for AutoFilter.apply, #3030 for
 * Filter.apply).
 */
function checkCriteria(criteria: unknown): ColumnFilter {
  if (!criteria || typeof criteria !== 'object')
    throw new FakeExcelError('InvalidArgument', 'Filterkriterierne mangler.');
  const c = criteria as Record<string, unknown>;
  const nulls = Object.keys(c).filter((k) => c[k] === null);
  if (nulls.length > 0)
    throw new FakeExcelError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format. (null i ${nulls.join(', ')})`,
    );
  if (typeof c.filterOn !== 'string' || !FILTER_ON.includes(c.filterOn))
    throw new FakeExcelError('InvalidArgument', `filterOn «${String(c.filterOn)}» kendes ikke.`);
  if (c.filterOn === 'Values') {
    if (!Array.isArray(c.values) || c.values.some((v) => typeof v !== 'string'))
      throw new FakeExcelError('InvalidArgument', 'values skal være en liste af tekster.');
    return { filterOn: 'Values', values: [...(c.values as string[])] };
  }
  if (c.filterOn === 'Custom') {
    if (typeof c.criterion1 !== 'string' || c.criterion1 === '')
      throw new FakeExcelError('InvalidArgument', 'Et brugerdefineret filter kræver criterion1.');
    if (c.criterion2 !== undefined && typeof c.criterion2 !== 'string')
      throw new FakeExcelError('InvalidArgument', 'criterion2 skal være en tekst.');
    if (c.operator !== undefined && c.operator !== 'And' && c.operator !== 'Or')
      throw new FakeExcelError('InvalidArgument', 'operator skal være And eller Or.');
    return {
      filterOn: 'Custom',
      criterion1: c.criterion1,
      ...(c.criterion2 !== undefined ? { criterion2: c.criterion2 as string } : {}),
      ...(c.operator !== undefined ? { operator: c.operator as 'And' | 'Or' } : {}),
    };
  }
  const { filterOn, ...other } = c;
  return { filterOn, other };
}

/** The criteria of a column as Excel reports them: every property present, null where unset. */
function criteriaOf(t: TableModel, offset: number): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(CRITERIA_KEYS.map((k) => [k, null]));
  const f = t.filters.get(offset);
  // An unfiltered column: what filterOn says then is undocumented; the add-in must not count it as a filter either way.
  if (!f) return { ...out, filterOn: 'Custom' };
  if ('values' in f) return { ...out, filterOn: f.filterOn, values: [...f.values] };
  if ('other' in f) return { ...out, ...f.other, filterOn: f.filterOn };
  return { ...out, ...f };
}

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
      t.filters.set(columnIndex, checkCriteria(criteria));
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
  /** Filter.apply (ExcelApi 1.2). */
  apply(criteria: unknown): void {
    this.change('apply', criteria, (c) => {
      c.table.filters.set(c.index, checkCriteria(criteria));
      refilter(c.table);
    });
  }
  applyValuesFilter(values: unknown[]): void {
    this.change('applyValuesFilter', values, (c) => {
      c.table.filters.set(c.index, checkCriteria({ filterOn: 'Values', values }));
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
