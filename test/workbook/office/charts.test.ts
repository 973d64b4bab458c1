/**
 * Overblik's charts through Worksheet.charts on the stand-in: the same charts the file writer makes, each series bound
 * to the plan's ranges of Overblik's tables; drawn again with the tables when «Opdater» adds a fagområde; the second
 * series on set by range (ExcelApi 1.7, below the add-in's minimum 1.8).
 */
import { cellA1, columnLetter, rangeA1 } from '../../../src/domain/a1';
import { chartRangeText, type ChartModel } from '../../../src/excelStandIn/optional/chart';
import { chartsOn, readValue } from '../../../src/excelStandIn';
import { planReportSheets, REPORT_SHEET } from '../../../src/workbook/reportSheetsPlan';
import type { PlannedChart } from '../../../src/workbook/chartPlan';
import { createFakeExcel } from '../../support/standIn';
import { officeOn, putR1 } from './officeFixtures';

/** As the stand-in names a chart's range: Overblik!B5:B9. */
const local = (plan: PlannedChart, ref: string) => `${plan.sheet}!${ref}`;

function expectAsPlanned(actual: ChartModel, plan: PlannedChart): void {
  expect(actual.name).toBe(plan.title);
  expect([actual.title, actual.categoryTitle, actual.valueTitle]).toEqual([
    plan.title,
    plan.categoryTitle,
    plan.valueTitle,
  ]);
  expect(actual.type).toBe('ColumnClustered');
  expect(actual.series.map((s) => chartRangeText(s.values))).toEqual(
    plan.series.map((s) => local(plan, rangeA1(s.values))),
  );
  expect(actual.series.map((s) => chartRangeText(s.categories))).toEqual(
    plan.series.map(() => local(plan, rangeA1(plan.categories))),
  );
  // The first series' name is bound to its header cell; every name is the header's text.
  expect(chartRangeText(actual.series[0]!.nameCell)).toBe(local(plan, cellA1(plan.series[0]!.name)));
  expect(actual.series.map((s) => s.name)).toEqual(plan.series.map((s) => s.label));
  for (const s of actual.series.filter((x) => x.nameCell))
    expect(readValue(s.nameCell!.sheet.cell(s.nameCell!.rect.r0, s.nameCell!.rect.c0))).toBe(s.name);
  expect(actual.legend).toBe('Bottom');
  expect(actual.showValues).toBe(true);
  expect(actual.series.map((s) => [s.fill, s.line])).toEqual(
    plan.series.map((_, i) => [['#404040', '#FFFFFF', '#A6A6A6', '#000000'][i], '#000000']),
  );
}

test('Opgrader draws the three charts of the plan, each series on the plan’s ranges of Overblik', async () => {
  const fake = createFakeExcel({ apiVersion: '1.12', keepLog: false });
  putR1(fake, 40);
  const workbook = officeOn(fake);
  await workbook.upgrade();
  const sheet = fake.model.sheet(REPORT_SHEET.overview)!;
  const areas = fake
    .cells(REPORT_SHEET.overview)
    .map((r) => r[0])
    .filter(Boolean);
  expect(chartsOn(sheet)).toHaveLength(3);
  // The plan for the fagområder Overblik lists now.
  const snapshot = await workbook.snapshot();
  const planned = planReportSheets(snapshot.lists.businessAreas, snapshot.rows.length)[0]!.charts!;
  chartsOn(sheet).forEach((c, i) => expectAsPlanned(c, planned[i]!));
  expect(chartsOn(sheet)[0]!.position).toEqual({
    start: `A${planned[0]!.from.row}`,
    // The chart ends in the cell above and left of its `to` anchor (the plan's width).
    end: `${columnLetter(planned[0]!.to.column - 1)}${planned[0]!.to.row - 1}`,
  });
  expect(areas.length).toBeGreaterThan(5);
  // The page break above the charts, as the file's rowBreaks (Worksheet.horizontalPageBreaks, ExcelApi 1.9).
  const breaks = planReportSheets(snapshot.lists.businessAreas, snapshot.rows.length)[0]!.rowBreaks!;
  expect(breaks).toEqual([planned[0]!.from.row]);
  expect(sheet.pageLayout.rowBreaks).toEqual(breaks.map((r) => r - 1));
});

test('Opdater with a new fagområde draws the charts again over the longer tables, never twice', async () => {
  const fake = createFakeExcel({ apiVersion: '1.12', keepLog: false });
  putR1(fake, 40);
  const workbook = officeOn(fake);
  await workbook.upgrade();
  const before = chartsOn(fake.model.sheet(REPORT_SHEET.overview)!)[2]!.series[0]!.values.rect;
  const breakBefore = fake.model.sheet(REPORT_SHEET.overview)!.pageLayout.rowBreaks!;
  const snapshot = await workbook.snapshot();
  await workbook.writeRow(snapshot.rows[0]!.index, { businessArea: 'Nyt fagområde' });
  await workbook.refreshViews();
  const charts = chartsOn(fake.model.sheet(REPORT_SHEET.overview)!);
  expect(charts).toHaveLength(3);
  const after = charts[2]!.series[0]!.values.rect;
  expect(after.r1 - after.r0).toBe(before.r1 - before.r0 + 1);
  const again = await workbook.snapshot();
  const planned = planReportSheets([...new Set([...again.lists.businessAreas, 'Nyt fagområde'])], again.rows.length)[0]!
    .charts!;
  expect(charts.map((c) => c.title)).toEqual(planned.map((c) => c.title));
  // The page break moved down with the charts (the old one reset, not kept beside it).
  const breakAfter = fake.model.sheet(REPORT_SHEET.overview)!.pageLayout.rowBreaks!;
  expect(breakAfter).toHaveLength(1);
  expect(breakAfter[0]).toBeGreaterThan(breakBefore[0]!);
  expect(breakAfter[0]).toBe(Number(/\d+$/.exec(charts[0]!.position!.start)![0]) - 1);
});

test('Worksheet.horizontalPageBreaks as documented: a break above a range’s top row, reset; ApiNotFound below 1.9', async () => {
  const fake = createFakeExcel({ apiVersion: '1.9', keepLog: false });
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('Ark1');
    ws.horizontalPageBreaks.add('B30');
    ws.horizontalPageBreaks.add(ws.getRange('C10:D12'));
    await context.sync();
  });
  expect(fake.model.sheet('Ark1')!.pageLayout.rowBreaks).toEqual([9, 29]);
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem('Ark1').horizontalPageBreaks.removePageBreaks();
    await context.sync();
  });
  expect(fake.model.sheet('Ark1')!.pageLayout.rowBreaks).toBeUndefined();
  await expect(
    fake.run(async (context) => {
      context.workbook.worksheets.getItem('Ark1').horizontalPageBreaks.add('ikke en celle');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
  const old = createFakeExcel({ apiVersion: '1.8', keepLog: false });
  await expect(
    old.run(async (context) => {
      context.workbook.worksheets.getItem('Ark1').horizontalPageBreaks.add('A30');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
  expect(old.model.sheet('Ark1')!.pageLayout.rowBreaks).toBeUndefined();
});

test('the stand-in refuses what Excel refuses: an unknown chart type, a series of two columns, series.add below 1.7', async () => {
  const fake = createFakeExcel({ apiVersion: '1.12', keepLog: false });
  const bad = (op: (ws: Excel.Worksheet) => void) =>
    fake.run(async (context) => {
      op(context.workbook.worksheets.getItem('Ark1'));
      await context.sync();
    });
  await expect(
    bad((ws) => ws.charts.add('Kagediagram' as Excel.ChartType, ws.getRange('A1:B3'))),
  ).rejects.toMatchObject({
    code: 'InvalidArgument',
  });
  await expect(
    bad((ws) =>
      ws.charts.add('ColumnClustered', ws.getRange('A1:B3')).series.getItemAt(0).setValues(ws.getRange('A1:B2')),
    ),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
  const old = createFakeExcel({ apiVersion: '1.6', keepLog: false });
  await expect(
    old.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Ark1');
      ws.charts.add('ColumnClustered', ws.getRange('A1:B3')).series.add('x');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
});
