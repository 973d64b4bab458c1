/**
 * Overblik's charts in LibreOffice: an upgraded messy sheet opened and recalculated reads back three charts whose series
 * are cell ranges of Overblik's formula tables (the values LibreOffice draws are the recalculated cells), and they
 * print on a landscape page of their own after the tables.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { onSheet, rangeA1 } from '../../src/domain/a1';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { planReportSheets, REPORT_SHEET } from '../../src/workbook/reportSheetsPlan';
import { convertDocument, printToPdf, recalculate } from '../support/libreoffice';
import { writeNotatSource } from '../support/notatSource';
import { chartsOf, libreRange, type ReadChart } from '../support/libreCharts';
import { pdfPages, type PdfPage } from '../support/pdfPages';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-charts-lo-'));
const upgraded = path.join(dir, 'diagrammer.xlsx');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let charts: ReadChart[];
/** The same charts in a workbook from dokark new (written by ExcelJS, the charts added to its package). */
let fresh: ReadChart[];
let overview: string[][];
let pages: PdfPage[];

/** The recalculated cells of an Overblik range (one column). */
const cells = (range: string) => {
  const m = /\.([A-Z]+)(\d+):.*\.([A-Z]+)(\d+)$/.exec(range)!;
  const col = m[1]!.charCodeAt(0) - 65;
  return overview.slice(Number(m[2]) - 1, Number(m[4])).map((r) => Number(r[col]));
};

beforeAll(async () => {
  const source = path.join(dir, 'kilde.xlsx');
  await writeNotatSource(source, 120);
  const wb = await FileWorkbook.open(source);
  await wb.upgrade();
  await wb.save(upgraded);
  charts = chartsOf(convertDocument(upgraded, 'ods', dir));
  const made = new FileWorkbook();
  await made.setup();
  const fresh1 = path.join(dir, 'ny.xlsx');
  await made.save(fresh1);
  fresh = chartsOf(convertDocument(fresh1, 'ods', dir));
  overview = recalculate(upgraded)[REPORT_SHEET.overview]!;
  pages = pdfPages(printToPdf(upgraded, dir));
}, 240_000);

test('three charts, each series a cell range of Overblik as planned, drawing the recalculated values', () => {
  const planned = planReportSheets(['x'], 1)[0]!.charts!;
  expect(charts.map((c) => c.title).sort()).toEqual(planned.map((c) => c.title).sort());
  for (const chart of charts) {
    const plan = planned.find((p) => p.title === chart.title)!;
    // The plan's ranges for one fagområde; the file's for the upgraded sheet's fagområder: compare the columns.
    expect(chart.ranges.map((r) => r.replace(/\d+/g, ''))).toEqual(
      plan.series.map((s) => libreRange(onSheet(plan.sheet, rangeA1(s.values, true))).replace(/\d+/g, '')),
    );
    expect(chart.labels.length).toBe(plan.series.length);
    expect(chart.values.length).toBe(plan.series.length);
    chart.ranges.forEach((range, s) =>
      expect({ range, values: chart.values[s] }).toEqual({ range, values: cells(range) }),
    );
  }
  // Anbefalet and besluttet differ in the upgraded sheet, so a chart that swapped them would fail above.
  const scenarios = charts.find((c) => c.title.startsWith('Sagsområder'))!;
  expect(scenarios.values[0]).not.toEqual(scenarios.values[1]);
  expect(scenarios.values[0]!.reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
});

test('a workbook from dokark new has the same three charts over its own Overblik', () => {
  const planned = planReportSheets([], 1)[0]!.charts!;
  expect(fresh.map((c) => c.title).sort()).toEqual(planned.map((c) => c.title).sort());
  for (const chart of fresh) {
    const plan = planned.find((p) => p.title === chart.title)!;
    expect(chart.ranges).toEqual(plan.series.map((s) => libreRange(onSheet(plan.sheet, rangeA1(s.values, true)))));
  }
});

test('the charts print on a landscape page of their own, after Overblik’s tables', () => {
  const mine = pages.filter((p) => p.sheet === REPORT_SHEET.overview);
  const titles = charts.map((c) => c.title);
  // The page whose first words are a chart's title. (LibreOffice also puts the charts, clipped out of sight, into the
  // PDF of the page above the break: pdftotext reads them there, a picture of the page does not show them.)
  const chartPages = mine.filter((p) => titles.some((t) => p.text.startsWith(t)));
  expect(chartPages).toHaveLength(1);
  const page = chartPages[0]!;
  expect(page.width).toBeGreaterThan(800);
  expect(mine.indexOf(page)).toBe(mine.length - 1);
  for (const t of titles) expect(page.text).toContain(t);
  expect(page.text).toContain('Sagsbehandlere (anbefalet)');
  // No table of Overblik on it: the tables' own titles are on the pages before.
  for (const t of ['Antal sagsområder pr. fagområde', 'forretningskritisk × omfang'])
    expect({ t, onChartPage: page.text.includes(t) }).toEqual({ t, onChartPage: false });
  expect(mine[0]!.text.startsWith('Overblik: løsningsscenarier')).toBe(true);
});
