/** A fagchef view by keyboard alone: the Visninger tab filters the table to one fagområde, and the grid shows only its rows. */
import type { Browser, Locator, Page } from 'playwright-core';
import { ensureBuilt, openPreview, setUpWithSamples, startServer, type Started } from './server';

jest.setTimeout(300_000);


let server: Started;
let browser: Browser;
let page: Page;
let outside: string[];

beforeAll(async () => {
  ensureBuilt();
  server = await startServer(process.execPath, ['scripts/start.js']);
  ({ browser, page, outside } = await openPreview(server.base));
  await setUpWithSamples(page);
});

afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(target: Locator, max = 80): Promise<number> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error('Kunne ikke nå elementet med Tab');
}

/** Rows 2–13 of the table that the grid shows, by their Fagområde. */
async function shownAreas(): Promise<string[]> {
  return page.$$eval('table[data-sheet="Dokumentation"] tbody tr', (trs) =>
    trs
      .map((tr) => ({ row: Number(tr.getAttribute('data-row')), area: tr.querySelector('td[data-address^="A"]')?.textContent ?? '' }))
      .filter((r) => r.row >= 2 && r.row <= 13)
      .map((r) => r.area),
  );
}

test('filter to one fagområde and back, keyboard only', async () => {
  const pane = page.getByRole('complementary', { name: 'Opgaverude' });
  expect(await shownAreas()).toHaveLength(12);
  const viewsTab = pane.getByRole('tab', { name: 'Visninger' });
  await tabTo(pane.getByRole('tab').first());
  while (!(await viewsTab.evaluate((el) => el === document.activeElement))) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await pane.getByRole('heading', { name: 'Visninger' }).waitFor();

  const jobOgYdelse = pane.getByRole('checkbox', { name: 'Job og Ydelse' });
  await tabTo(jobOgYdelse);
  await page.keyboard.press('Space');
  expect(await jobOgYdelse.isChecked()).toBe(true);
  await tabTo(pane.getByRole('button', { name: 'Anvend filter' }));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('table[data-sheet="Dokumentation"] tbody tr[data-row="2"]').length === 0);
  expect(await shownAreas()).toEqual(['Job og Ydelse', 'Job og Ydelse', 'Job og Ydelse']);

  await tabTo(pane.getByRole('button', { name: 'Ryd filtre' }));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('table[data-sheet="Dokumentation"] tbody tr[data-row="2"]').length === 1);
  expect(await shownAreas()).toHaveLength(12);
});

test('nothing left localhost', () => expect(outside).toEqual([]));
