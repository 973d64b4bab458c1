/** A fagchef view by keyboard alone: the Visninger tab filters the table to one fagområde, and the grid shows only its rows. */
import type { Locator } from 'playwright-core';
import { previewWithSamples } from './server';

jest.setTimeout(300_000);

const preview = previewWithSamples();

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(target: Locator, max = 80): Promise<number> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)))
      return presses;
    await preview.page.keyboard.press('Tab');
  }
  throw new Error('Kunne ikke nå elementet med Tab');
}

/** Rows 2–13 of the table that the grid shows, by their Fagområde. */
async function shownAreas(): Promise<string[]> {
  return preview.page.$$eval('table[data-sheet="Dokumentation"] tbody tr', (trs) =>
    trs
      .map((tr) => ({
        row: Number(tr.getAttribute('data-row')),
        area: tr.querySelector('td[data-address^="A"]')?.textContent ?? '',
      }))
      .filter((r) => r.row >= 2 && r.row <= 13)
      .map((r) => r.area),
  );
}

test('filter to one fagområde and back, keyboard only', async () => {
  const pane = preview.page.getByRole('complementary', { name: 'Opgaverude' });
  expect(await shownAreas()).toHaveLength(12);
  const viewsTab = pane.getByRole('tab', { name: 'Visninger' });
  await tabTo(pane.getByRole('tab').first());
  while (!(await viewsTab.evaluate((el) => el === document.activeElement)))
    await preview.page.keyboard.press('ArrowRight');
  await preview.page.keyboard.press('Enter');
  await pane.getByRole('heading', { name: 'Visninger' }).waitFor();

  const jobOgYdelse = pane.getByRole('checkbox', { name: 'Job og Ydelse' });
  await tabTo(jobOgYdelse);
  await preview.page.keyboard.press('Space');
  expect(await jobOgYdelse.isChecked()).toBe(true);
  await tabTo(pane.getByRole('button', { name: 'Anvend filter' }));
  await preview.page.keyboard.press('Enter');
  await preview.page.waitForFunction(
    () => document.querySelectorAll('table[data-sheet="Dokumentation"] tbody tr[data-row="2"]').length === 0,
  );
  expect(await shownAreas()).toEqual(['Job og Ydelse', 'Job og Ydelse', 'Job og Ydelse']);

  await tabTo(pane.getByRole('button', { name: 'Ryd filtre' }));
  await preview.page.keyboard.press('Enter');
  await preview.page.waitForFunction(
    () => document.querySelectorAll('table[data-sheet="Dokumentation"] tbody tr[data-row="2"]').length === 1,
  );
  expect(await shownAreas()).toHaveLength(12);
});

test('nothing left localhost', () => expect(preview.outside).toEqual([]));
