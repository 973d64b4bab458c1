/**
 * What a PivotTable puts on its sheet, in Excel's compact layout: report filters in the rows above (one per filter, then a
 * blank row), a header, one row per row item, one column per column item and value, and grand totals. The numbers come
 * from the pivot cache, which is filled when the PivotTable is made and on refresh (as in Excel, editing the source
 * changes nothing until then). Excel refuses a PivotTable that would overlap another PivotTable or a table ("A PivotTable
 * report cannot overlap another PivotTable report"); the fake checks that whenever a PivotTable is drawn again. The
 * labels are a Danish Excel's. Several row fields nest as in Excel's default compact form, with each group's subtotal on
 * its own item's line at the top of the group (Microsoft support, "Design the layout and format of a PivotTable": compact
 * form shows the items of all row fields in one column, indented; [MS-XLSB] 2.2.5.3.7.4.2: the subtotal line at the top
 * of a nested item group). Known from documentation only: see docs/afproevning-i-excel.md.
 */
import { MAX_COLUMNS, intersect, type Rect } from '../core/address';
import { FakeExcelError } from '../core/errors';
import { readValue, type Scalar, type WorkbookModel } from '../core/model';
import { tableHeaders } from '../core/table';
import { pivotsOf, type PivotModel } from './pivotModel';

export const PIVOT_LABELS = {
  rows: 'Rækkenavne',
  columns: 'Kolonnenavne',
  total: 'Hovedtotal',
  blank: '(tom)',
  all: '(Alle)',
  several: '(Flere elementer)',
};

/** Reads the source table into the PivotTable's cache (on creation and refresh). */
export function fillCache(p: PivotModel): void {
  const t = p.source;
  const rows: Scalar[][] = [];
  for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) {
    const line: Scalar[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) line.push(readValue(t.sheet.cell(r, c)));
    rows.push(line);
  }
  p.cache = { headers: tableHeaders(t), rows };
}

const label = (v: Scalar) =>
  v === '' ? PIVOT_LABELS.blank : typeof v === 'boolean' ? (v ? 'SAND' : 'FALSK') : String(v);

/** The items of a field as Excel lists them: each value once (case-insensitive), ascending, (tom) last. */
function itemsOf(values: Scalar[]): string[] {
  const seen = new Map<string, Scalar>();
  for (const v of values) if (!seen.has(label(v).toLowerCase())) seen.set(label(v).toLowerCase(), v);
  return [...seen.values()]
    .sort((a, b) => {
      if (a === '' || b === '') return a === '' ? (b === '' ? 0 : 1) : -1;
      if (typeof a === 'number' && typeof b === 'number') return a - b;
      if (typeof a === 'number') return -1;
      if (typeof b === 'number') return 1;
      return label(a).localeCompare(label(b), 'da', { sensitivity: 'base' });
    })
    .map(label);
}

interface Drawing {
  rect: Rect;
  cells: Scalar[][];
}

/** The cells the PivotTable shows, from its cache and layout. */
export function drawPivot(p: PivotModel): Drawing {
  const { headers, rows } = p.cache;
  const col = (name: string) => headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  const key = (row: Scalar[], field: string) => label(row[col(field)] ?? '').toLowerCase();
  // Manual filters on any axis keep only the rows whose item is selected.
  const kept = rows.filter((row) =>
    [...p.manualFilters].every(([field, items]) => items.some((i) => i.toLowerCase() === key(row, field))),
  );
  const colField = p.columns[0];
  const colItems = colField ? itemsOf(kept.map((r) => r[col(colField)] ?? '')) : [];
  const measure = (subset: Scalar[][], d: PivotModel['data'][number]): Scalar => {
    if (subset.length === 0) return '';
    const values = subset.map((r) => r[col(d.source)] ?? '');
    if (d.summarizeBy === 'Count') return values.filter((v) => v !== '').length;
    return values.reduce<number>((n, v) => n + (typeof v === 'number' ? v : 0), 0);
  };
  const where = (subset: Scalar[][], field: string | undefined, item: string | null) =>
    field && item !== null ? subset.filter((r) => key(r, field) === item.toLowerCase()) : subset;
  const data = p.data;
  const header: Scalar[][] = [];
  if (colField && data.length === 1) {
    header.push([data[0].name, PIVOT_LABELS.columns]);
    header.push([PIVOT_LABELS.rows, ...colItems, PIVOT_LABELS.total]);
  } else if (colField) {
    header.push(['', PIVOT_LABELS.columns]);
    header.push([
      '',
      ...colItems.flatMap((c) => [c, ...data.slice(1).map(() => '')]),
      ...data.map((d) => `I alt ${d.name}`),
    ]);
    header.push([PIVOT_LABELS.rows, ...colItems.flatMap(() => data.map((d) => d.name))]);
  } else header.push([PIVOT_LABELS.rows, ...data.map((d) => d.name)]);
  const line = (subset: Scalar[][]): Scalar[] =>
    colField
      ? [
          ...colItems.flatMap((c) => data.map((d) => measure(where(subset, colField, c), d))),
          ...data.map((d) => measure(subset, d)),
        ]
      : data.map((d) => measure(subset, d));
  // Several row fields nest in compact form: an item's line carries its subtotal, and the next field's items stand
  // below it in the same column (Excel indents them; indentation is formatting, not a cell value).
  const rowsOf = (subset: Scalar[][], level: number): Scalar[][] => {
    const field = p.rows[level];
    if (!field) return [];
    return itemsOf(subset.map((r) => r[col(field)] ?? '')).flatMap((item) => {
      const inner = where(subset, field, item);
      return [[item, ...line(inner)], ...rowsOf(inner, level + 1)];
    });
  };
  const body = rowsOf(kept, 0);
  const total = [PIVOT_LABELS.total, ...line(kept)];
  const filterRows = p.filters.map((f) => {
    const selected = p.manualFilters.get(f);
    return [f, !selected ? PIVOT_LABELS.all : selected.length === 1 ? selected[0] : PIVOT_LABELS.several];
  });
  const grid: Scalar[][] = [...header, ...body, total];
  // The report filters sit above the body with a blank row between; without room there, the body moves down.
  const top = Math.max(p.at.r, filterRows.length ? filterRows.length + 1 : 0);
  const cells = filterRows.length ? [...filterRows, [], ...grid] : grid;
  const width = Math.max(...cells.map((r) => r.length));
  const r0 = filterRows.length ? top - filterRows.length - 1 : top;
  return {
    rect: { r0, c0: p.at.c, r1: r0 + cells.length - 1, c1: p.at.c + width - 1 },
    cells: cells.map((r) => [...r, ...Array<Scalar>(width - r.length).fill('')]),
  };
}

function clearRect(p: PivotModel, rect: Rect): void {
  for (let r = rect.r0; r <= rect.r1; r++)
    for (let c = rect.c0; c <= rect.c1; c++) p.sheet.cells.delete(r * MAX_COLUMNS + c);
}

/** Draws the PivotTable again after a change; refuses, as Excel does, when it would overlap another PivotTable or a table. */
export function redrawPivot(model: WorkbookModel, p: PivotModel): void {
  const drawing = drawPivot(p);
  for (const other of pivotsOf(model)) {
    if (other === p || other.sheet !== p.sheet || !other.drawn) continue;
    if (intersect(other.drawn, drawing.rect))
      throw new FakeExcelError('InvalidOperation', 'A PivotTable report cannot overlap another PivotTable report.');
  }
  if (model.tables.some((t) => t.sheet === p.sheet && intersect(t.rect, drawing.rect)))
    throw new FakeExcelError('InvalidOperation', 'A PivotTable report cannot overlap a table.');
  if (p.drawn) clearRect(p, p.drawn);
  drawing.cells.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v !== '') p.sheet.edit(drawing.rect.r0 + i, drawing.rect.c0 + j).value = v;
    }),
  );
  p.drawn = drawing.rect;
}

/** A deleted PivotTable takes its cells with it. */
export function erasePivot(p: PivotModel): void {
  if (p.drawn) clearRect(p, p.drawn);
  p.drawn = null;
}
