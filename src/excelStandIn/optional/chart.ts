/**
 * Worksheet.charts as Microsoft documents it (Excel JavaScript API, "Work with charts"; ChartCollection.add, Chart,
 * ChartSeries): ExcelApi 1.1 for add, titles, axes, legend, data labels, position and delete; ExcelApi 1.7 for
 * series.add, setValues and setXAxisValues. The stand-in records what a chart draws (each series' value and category
 * ranges, names, titles, anchor) and refuses what Excel refuses: an unknown chart type or series order, a source range
 * on another workbook's sheet, a range that is not one column for a series. It does not draw: the preview does, from
 * chartsOn(sheet). Plugged into the core as chartPart (Worksheet.charts).
 */
import { formatRect, parseRect, splitSheet, type Rect } from '../core/address';
import { FakeClientObject, type Getters } from '../core/clientObject';
import { FakeCollection } from '../core/collection';
import type { FakeContext } from '../core/context';
import { FakeExcelError } from '../core/errors';
import { readValue, SheetModel } from '../core/model';
import type { StandInPart } from '../core/parts';
import type { FakeRange } from '../core/range';

export interface ChartRangeModel {
  sheet: SheetModel;
  rect: Rect;
}

export interface ChartSeriesModel {
  name: string;
  /** The cell the name is bound to (from the source range's header), or null for a name set as text. */
  nameCell: ChartRangeModel | null;
  values: ChartRangeModel;
  categories: ChartRangeModel | null;
  fill?: string;
  line?: string;
}

export interface ChartModel {
  name: string;
  type: string;
  title: string;
  categoryTitle: string;
  valueTitle: string;
  legend: string;
  showValues: boolean;
  series: ChartSeriesModel[];
  /** setPosition's cells (A1), when set. */
  position: { start: string; end: string } | null;
}

/** Excel.ChartType values the add-in may use (a subset of Microsoft's list; any other name fails as in Excel). */
const TYPES = new Set(['ColumnClustered', 'ColumnStacked', 'BarClustered', 'BarStacked', 'Line', 'Pie']);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);
const LEGEND = new Set(['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom', 'Invalid']);

const charts = new WeakMap<SheetModel, ChartModel[]>();

/** The charts on a worksheet, in the order they were added (a deleted sheet takes them along). */
export function chartsOn(sheet: SheetModel): ChartModel[] {
  let list = charts.get(sheet);
  if (!list) charts.set(sheet, (list = []));
  return list;
}

/** Worksheet.charts. */
export const chartPart: StandInPart = {
  worksheet: { charts: (context, sheet) => new FakeChartCollection(context, sheet) },
};

const isText = (v: unknown) => typeof v === 'string' && v !== '';

/** What charts.add makes of a source range by columns, as Excel does: a text header row names the series, a text first column gives the categories. */
function seriesOf(sheet: SheetModel, rect: Rect): ChartSeriesModel[] {
  const at = (r: number, c: number) => readValue(sheet.cell(r, c));
  const headed = [...Array(rect.c1 - rect.c0 + 1).keys()].some((k) => isText(at(rect.r0, rect.c0 + k)));
  const top = headed ? rect.r0 + 1 : rect.r0;
  const width = rect.c1 - rect.c0 + 1;
  const labelled =
    width > 1 && [...Array(rect.r1 - top + 1).keys()].every((k) => !(typeof at(top + k, rect.c0) === 'number'));
  const first = labelled ? rect.c0 + 1 : rect.c0;
  const categories = labelled ? { sheet, rect: { r0: top, c0: rect.c0, r1: rect.r1, c1: rect.c0 } } : null;
  const out: ChartSeriesModel[] = [];
  for (let c = first; c <= rect.c1; c++)
    out.push({
      name: headed ? String(at(rect.r0, c)) : `Serie${out.length + 1}`,
      nameCell: headed ? { sheet, rect: { r0: rect.r0, c0: c, r1: rect.r0, c1: c } } : null,
      values: { sheet, rect: { r0: top, c0: c, r1: rect.r1, c1: c } },
      categories,
    });
  return out;
}

function oneColumn(range: FakeRange): ChartRangeModel {
  const { sheet, rect } = range.target();
  if (rect.c0 !== rect.c1) throw new FakeExcelError('InvalidArgument', 'En serie skal være én kolonne.');
  return { sheet, rect };
}

export class FakeChartTitle extends FakeClientObject<ChartModel> {
  protected readonly typeName = 'ChartTitle';
  constructor(
    context: FakeContext,
    locate: () => ChartModel | null,
    private readonly key: 'title' | 'categoryTitle' | 'valueTitle',
  ) {
    super(context, { locate });
    context.requireApi('1.1', 'Chart.title');
  }
  protected getters(): Getters<ChartModel> {
    return { text: (c) => c[this.key] };
  }
  get text(): string {
    return this.read('text') as string;
  }
  set text(v: string) {
    this.change('text', v, (c) => (c[this.key] = v));
  }
}

export class FakeChartSeries extends FakeClientObject<ChartSeriesModel> {
  protected readonly typeName = 'ChartSeries';
  constructor(context: FakeContext, locate: (() => ChartSeriesModel | null) | ChartSeriesModel) {
    super(context, typeof locate === 'function' ? { locate } : { target: locate });
  }
  protected getters(): Getters<ChartSeriesModel> {
    return { name: (s) => s.name };
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    this.change('name', v, (s) => {
      s.name = v;
      s.nameCell = null;
    });
  }
  setValues(range: FakeRange): void {
    this.context.requireApi('1.7', 'ChartSeries.setValues');
    this.change('setValues', null, (s) => (s.values = oneColumn(range)));
  }
  setXAxisValues(range: FakeRange): void {
    this.context.requireApi('1.7', 'ChartSeries.setXAxisValues');
    this.change('setXAxisValues', null, (s) => (s.categories = oneColumn(range)));
  }
  /** ChartSeries.format.fill.setSolidColor and format.line.color (ExcelApi 1.1). */
  get format() {
    const change = (label: string, v: string, apply: (s: ChartSeriesModel) => void) => this.change(label, v, apply);
    return {
      fill: { setSolidColor: (color: string) => change('fill', color, (s) => (s.fill = color)) },
      line: {
        set color(color: string) {
          change('line', color, (s) => (s.line = color));
        },
      },
    };
  }
}

export class FakeChartSeriesCollection extends FakeCollection<ChartModel, ChartSeriesModel, FakeChartSeries> {
  protected readonly typeName = 'ChartSeriesCollection';
  protected list(chart: ChartModel): ChartSeriesModel[] {
    return chart.series;
  }
  protected wrap(s: ChartSeriesModel): FakeChartSeries {
    return new FakeChartSeries(this.context, s);
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, () => this.target().series[index] ?? null);
  }
  /** ExcelApi 1.7: a new series without values until setValues. */
  add(name?: string): FakeChartSeries {
    this.context.requireApi('1.7', 'ChartSeriesCollection.add');
    let made: ChartSeriesModel | null = null;
    this.change('add', name ?? null, (chart) => {
      made = { name: name ?? `Serie${chart.series.length + 1}`, nameCell: null, values: null!, categories: null };
      chart.series.push(made);
    });
    return new FakeChartSeries(this.context, () => made);
  }
}

export class FakeChart extends FakeClientObject<ChartModel> {
  protected readonly typeName = 'Chart';
  constructor(
    context: FakeContext,
    /** A chart of a loaded collection is resolved already; one from add or getItem resolves in the batch. */
    locate: (() => ChartModel | null) | ChartModel,
    private readonly sheetOf: () => SheetModel,
  ) {
    super(context, typeof locate === 'function' ? { locate } : { target: locate });
  }
  protected getters(): Getters<ChartModel> {
    return { name: (c) => c.name, chartType: (c) => c.type };
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    this.change('name', v, (c) => (c.name = v));
  }
  get title(): FakeChartTitle {
    return new FakeChartTitle(this.context, () => this.resolve(), 'title');
  }
  get axes() {
    return {
      categoryAxis: { title: new FakeChartTitle(this.context, () => this.resolve(), 'categoryTitle') },
      valueAxis: { title: new FakeChartTitle(this.context, () => this.resolve(), 'valueTitle') },
    };
  }
  get legend() {
    const change = (label: string, v: unknown, apply: (c: ChartModel) => void) => this.change(label, v, apply);
    return {
      set position(v: string) {
        change('legend.position', v, (c) => {
          if (!LEGEND.has(v)) throw new FakeExcelError('InvalidArgument', `Ugyldig placering af forklaringen: ${v}`);
          c.legend = v;
        });
      },
    };
  }
  get dataLabels() {
    const change = (label: string, v: unknown, apply: (c: ChartModel) => void) => this.change(label, v, apply);
    return {
      set showValue(v: boolean) {
        change('dataLabels.showValue', v, (c) => (c.showValues = v));
      },
    };
  }
  get series(): FakeChartSeriesCollection {
    return new FakeChartSeriesCollection(this.context, { locate: () => this.resolve() });
  }
  /** ExcelApi 1.1: from the top left of `start` to the bottom right of `end` (cells of the chart's own sheet). */
  setPosition(start: string, end?: string): void {
    this.change('setPosition', { start, end }, (c) => {
      for (const a of [start, end ?? start])
        if (!parseRect(splitSheet(a).local)) throw new FakeExcelError('InvalidArgument', `Ugyldig celle: ${a}`);
      c.position = { start, end: end ?? start };
    });
  }
  delete(): void {
    this.change('delete', null, (c) => {
      const list = chartsOn(this.sheetOf());
      list.splice(list.indexOf(c), 1);
    });
  }
}

export class FakeChartCollection extends FakeCollection<SheetModel, ChartModel, FakeChart> {
  protected readonly typeName = 'ChartCollection';
  constructor(context: FakeContext, locate: () => SheetModel | null) {
    super(context, { locate });
    context.requireApi('1.1', 'Worksheet.charts');
  }
  protected list(sheet: SheetModel): ChartModel[] {
    return chartsOn(sheet);
  }
  protected wrap(c: ChartModel): FakeChart {
    const sheet = this.target();
    return new FakeChart(this.context, c, () => sheet);
  }
  getItem(name: string): FakeChart {
    return new FakeChart(
      this.context,
      () => chartsOn(this.target()).find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? null,
      () => this.target(),
    );
  }
  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): FakeChart {
    let made: ChartModel | null = null;
    this.change('add', { type, seriesBy }, (sheet) => {
      if (!TYPES.has(type)) throw new FakeExcelError('InvalidArgument', `Ukendt diagramtype: ${type}`);
      if (!SERIES_BY.has(seriesBy)) throw new FakeExcelError('InvalidArgument', `Ugyldig seriesBy: ${seriesBy}`);
      const source = sourceData.target();
      if (!this.context.host.model.sheets.includes(source.sheet))
        throw new FakeExcelError('InvalidArgument', 'Kildeområdet findes ikke i projektmappen.');
      if (seriesBy === 'Rows') throw new FakeExcelError('InvalidArgument', 'Stand-in: kun serier efter kolonner.');
      made = {
        name: `Diagram ${chartsOn(sheet).length + 1}`,
        type,
        title: '',
        categoryTitle: '',
        valueTitle: '',
        legend: 'Right',
        showValues: false,
        series: seriesOf(source.sheet, source.rect),
        position: null,
      };
      chartsOn(sheet).push(made);
    });
    return new FakeChart(
      this.context,
      () => made,
      () => this.target(),
    );
  }
}

/** A chart range as A1 text with its sheet, for tests and the preview. */
export const chartRangeText = (r: ChartRangeModel | null) => (r ? `${r.sheet.name}!${formatRect(r.rect)}` : '');
