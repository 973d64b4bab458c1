/**
 * The preview draws Overblik's charts from the stand-in's chart model, under the sheet's grid: three figures with the
 * plan's titles, each an image with a text alternative, bars for the values their ranges show.
 */
import { planReportSheets } from '../../src/workbook/reportSheetsPlan';
import { previewWithSamples } from './server';

jest.setTimeout(300_000);

const preview = previewWithSamples();

test('Overblik shows the three charts the pane drew, readable by a screen reader', async () => {
  const { page } = preview;
  // The samples' rows, written through the pane, already gave their fagområder lines on Overblik (issue 22) and the
  // charts were drawn over them; «Opdater» finds nothing more to draw on Overblik.
  const pane = page.getByRole('complementary', { name: 'Opgaverude' });
  await pane.getByRole('tab', { name: 'Visninger' }).click();
  await pane.getByRole('button', { name: 'Opdater', exact: true }).click();
  await pane
    .getByText(/Visningerne var allerede opdaterede|pivottabellerne er opdateret|Overblik viser nu/)
    .first()
    .waitFor();
  await page.getByRole('tab', { name: 'Overblik' }).click();
  const titles = planReportSheets([], 1)[0]!.charts!.map((c) => c.title);
  for (const title of titles) {
    const figure = page.locator(`figure[data-chart="${title}"]`);
    await figure.waitFor();
    await expect(figure.getByRole('img').getAttribute('aria-label')).resolves.toContain(title);
  }
  // Fremdrift's chart: a group of bars per fagområde of the samples, each bar as tall as its number.
  const fremdrift = page.locator('figure[data-chart="Fremdrift pr. fagområde"] rect[stroke="#000"]');
  expect(await fremdrift.count()).toBeGreaterThan(4 * 4 + 4);
  if (process.env.UPDATE_SCREENSHOT)
    await page.locator('figure[data-chart]').first().screenshot({ path: '/tmp/notat/preview-charts.png' });
  expect(preview.outside).toEqual([]);
});
