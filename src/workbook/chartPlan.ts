/**
 * Overblik's charts for the fagchef meeting, as data: what each draws (cell ranges of Overblik's formula tables, found
 * in the sheet's plan by table name and header, never by fixed rows) and where it stands: a block below the tables,
 * after a page break, so the charts print on a landscape page of their own. Writers translate this; the file writer
 * makes DrawingML chart parts of it.
 */
import type { CellArea, CellAt } from '../domain/a1';
import { SOLUTION_SCENARIOS } from '../domain/lists';

/** Cells of the chart's own sheet. */
export interface ChartSeries {
  /** The header cell that names the series. */
  name: CellAt;
  /** That header's text (where a writer cannot bind the name to the cell). */
  label: string;
  /** The series' values: the column below the header. */
  values: CellArea;
}

export interface PlannedChart {
  /** The sheet the chart stands on and reads its ranges from. */
  sheet: string;
  title: string;
  /** Alternative text for screen readers. */
  description: string;
  categoryTitle: string;
  valueTitle: string;
  /** Category labels: a range of the sheet. */
  categories: CellArea;
  series: ChartSeries[];
  /** The chart fills from the top left corner of cell `from` to the top left corner of cell `to`. */
  from: CellAt;
  to: CellAt;
}

/** What chartPlan needs of a planned table. */
export interface ChartSourceTable {
  name: string;
  headerRow: number;
  headers: string[];
  rows: unknown[];
}

/** Series fills from dark to light, each with a black outline: told apart in black and white. */
export const CHART_FILLS = ['404040', 'FFFFFF', 'A6A6A6', '000000'];

export const CHART_TABLES = { decision: 'OverblikBeslutning', progress: 'Fremdrift' } as const;

/** Fremdrift's columns the chart draws, by header. */
const PROGRESS_SERIES = ['Rækker', 'Screenet', 'Med brugsmønster', 'C/D med To-be udfyldt'];

/** Rows the chart block takes on one landscape page: three charts of 19 rows. */
const CHART_ROWS = 57;
const GAP_ROWS = 2;

/** Rows `first` to `last` of one column. */
const columnRange = (column: number, first: number, last: number): CellArea => ({
  firstRow: first,
  lastRow: last,
  firstColumn: column,
  lastColumn: column,
});

function series(table: ChartSourceTable, header: string, lines: number): ChartSeries {
  const column = table.headers.indexOf(header);
  if (column < 0) throw new Error(`Overblik: tabellen ${table.name} har ingen kolonne «${header}»`);
  return {
    name: { row: table.headerRow, column },
    label: header,
    values: columnRange(column, table.headerRow + 1, table.headerRow + lines),
  };
}

/**
 * The three charts of issue 23 below the last table (`lastRow`, 1-based): C/D sagsområder per løsningsscenarie and
 * sagsbehandlere per løsningsscenarie (anbefalet beside besluttet), and fremdrift per fagområde. `breakRow` is the
 * block's first row (1-based): the page break goes above it.
 */
export function planOverviewCharts(
  sheet: string,
  tables: readonly ChartSourceTable[],
  lastRow: number,
  width: number,
): { charts: PlannedChart[]; breakRow: number; lastRow: number } {
  const decision = tables.find((t) => t.name === CHART_TABLES.decision);
  const progress = tables.find((t) => t.name === CHART_TABLES.progress);
  if (!decision || !progress) throw new Error('Overblik: tabellerne til diagrammerne mangler i planen');
  // The block's first row, after the gap.
  const top = lastRow + GAP_ROWS + 1;
  // Three charts across the whole width, one below the other: the scenarios' long names get room to wrap by words.
  const band = CHART_ROWS / 3;
  const place = (k: number) => ({
    from: { row: top + k * band, column: 0 },
    to: { row: top + (k + 1) * band, column: width },
  });
  const scenarios = SOLUTION_SCENARIOS.length + 1; // the four scenarios and «Uden scenarie»
  // The scenarios' names as the table shows them (from Lister), and «Uden scenarie».
  const names = columnRange(0, decision.headerRow + 1, decision.headerRow + scenarios);
  const sides = (what: string) =>
    ['anbefalet', 'besluttet'].map((side) => series(decision, `${what} (${side})`, scenarios));
  const areas = progress.rows.length;
  const charts: PlannedChart[] = [
    {
      sheet,
      title: 'Sagsområder (C og D) pr. løsningsscenarie',
      description:
        'Søjlediagram: antal sagsområder med brugsmønster C og D pr. løsningsscenarie, anbefalet og besluttet side om side.',
      categoryTitle: 'Løsningsscenarie',
      valueTitle: 'Sagsområder',
      categories: names,
      series: sides('Sagsområder'),
      ...place(0),
    },
    {
      sheet,
      title: 'Sagsbehandlere (licenser) pr. løsningsscenarie',
      description:
        'Søjlediagram: sagsbehandlere på sagsområder med brugsmønster C og D pr. løsningsscenarie, anbefalet og besluttet side om side.',
      categoryTitle: 'Løsningsscenarie',
      valueTitle: 'Sagsbehandlere',
      categories: names,
      series: sides('Sagsbehandlere'),
      ...place(1),
    },
    {
      sheet,
      title: 'Fremdrift pr. fagområde',
      description:
        'Søjlediagram pr. fagområde: rækker, screenede rækker, rækker med brugsmønster og C/D-rækker med To-be udfyldt.',
      categoryTitle: 'Fagområde',
      valueTitle: 'Rækker',
      categories: columnRange(0, progress.headerRow + 1, progress.headerRow + Math.max(1, areas)),
      series: PROGRESS_SERIES.map((h) => series(progress, h, Math.max(1, areas))),
      ...place(2),
    },
  ];
  return { charts, breakRow: top, lastRow: top - 1 + CHART_ROWS };
}
