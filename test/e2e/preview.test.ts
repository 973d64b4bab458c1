/**
 * The preview page in Chromium: Microsoft's office.js loads from dist/office-js, the pane sets up the
 * in-browser workbook with Opret, and the questionnaire is answered for several rows by keyboard alone.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ROOT, ensureBuilt, openPreview, startServer, type Started } from './server';

jest.setTimeout(300_000);

let server: Started;
let browser: Browser;
let page: Page;
let outside: string[];
const requests: string[] = [];
let framesRefused: Promise<unknown>;

beforeAll(async () => {
  ensureBuilt();
  server = await startServer(process.execPath, ['scripts/start.js']);
  ({ browser, page, outside } = await openPreview(server.base, (url) => requests.push(url)));
  // office.js, outside Office, opens a hidden telemetry frame after 3 s; the page's CSP must refuse it.
  framesRefused = page.waitForFunction(
    () =>
      (window as unknown as { cspRefused: string[] }).cspRefused.find((v) => /^frame-src .*telemetryservice/.test(v)),
    null,
    { timeout: 20_000 },
  );
});

afterAll(async () => {
  await browser?.close();
  // scripts/start.js itself (no npm around it) exits with 0 on SIGTERM.
  if (server) expect(await server.stop()).toEqual({ code: 0, signal: null });
});

const cell = (address: string) => page.locator(`table[data-sheet="Dokumentation"] td[data-address="${address}"]`);
const pane = () => page.getByRole('complementary', { name: 'Opgaverude' });

test('loads Microsoft office.js from dist/office-js', async () => {
  await page.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office !== 'undefined');
  expect(requests).toContain(`${server.base}/office-js/office.js`);
});

test('sets the workbook up through Opret in the pane', async () => {
  await pane().getByRole('button', { name: 'Opret' }).click();
  // Opret leaves one empty table row: Kom i gang counts what the sheet holds, as its summary does.
  await pane().getByText('Arket Dokumentation er klar med 0 rækker.').waitFor();
  await expect(page.locator('table[data-sheet="Dokumentation"] td[data-address="G1"]').textContent()).resolves.toBe(
    'Brugsmønster',
  );
  await page.getByRole('button', { name: 'Indsæt 12 eksempelrækker' }).click();
  await cell('B2').filter({ hasText: 'Folkeregistrering' }).waitFor();
  await cell('B13').filter({ hasText: 'Skoleindskrivning' }).waitFor();
  await pane().getByText('Arket Dokumentation er klar med 12 rækker.').waitFor();
});

test('answers the questionnaire for several rows by keyboard alone, and the grid follows', async () => {
  await pane().getByRole('tab', { name: 'Brugsmønster' }).click();
  await pane().getByText('Folkeregistrering').waitFor();
  const keys = async (...k: string[]) => {
    for (const key of k) await page.keyboard.press(key);
  };
  // Row 2 says Anvender KMD Sag = Ja: the questionnaire starts at question 2. Fagsystem, notes not in it → C.
  await pane().getByText('Har I derudover et særskilt fagsystem på sagsområdet?').waitFor();
  await keys('j', 'n');
  await cell('G2').filter({ hasText: /^C$/ }).waitFor();
  await expect(cell('E2').textContent()).resolves.toBe('Ja');
  // Row 3 already has 0: Enter passes it without asking.
  await keys('Enter');
  await pane().getByText('Rækken har allerede brugsmønster 0.').waitFor();
  await keys('Enter');
  // Row 4: no fagsystem, KMD Sag primary → D (a wrong first answer taken back with Backspace).
  await pane().getByText('Hjælp til forsørgelse').waitFor();
  await pane().getByText('Har I derudover et særskilt fagsystem på sagsområdet?').waitFor();
  await keys('j', 'Backspace', 'n', 'j');
  await cell('G4').filter({ hasText: /^D$/ }).waitFor();
  await keys('Enter');
  // Row 5 says Ja, but does not use KMD Sag after all: back to question 1, Nej → 0. The pane asks before Anvender KMD
  // Sag changes from Ja to Nej.
  await pane().getByText('Sygedagpenge').waitFor();
  await pane().getByText('Har I derudover et særskilt fagsystem på sagsområdet?').waitFor();
  await keys('Backspace', 'n');
  await pane()
    .getByText(/Det ændrer «Anvender KMD Sag» fra «Ja» til «Nej»/)
    .waitFor();
  await pane().getByRole('button', { name: 'Gem ændringen' }).click();
  await cell('G5').filter({ hasText: /^0$/ }).waitFor();
  await expect(cell('E5').textContent()).resolves.toBe('Nej');
  await keys('Enter');
  await pane().getByText('Enkeltydelser').waitFor();
  await expect(cell('G6').textContent()).resolves.toBe('');
  await expect(page.locator('td[aria-selected="true"]').getAttribute('data-address')).resolves.toBe('G6');
});

test('clicking a cell in the grid moves the pane to that row', async () => {
  await cell('C9').click();
  await pane().getByText('Særlig støtte til børn og unge').waitFor();
  // UPDATE_SCREENSHOT=1 refreshes the README's picture; otherwise the shot goes to a temporary folder, removed after.
  const keep = Boolean(process.env.UPDATE_SCREENSHOT);
  const dir = keep ? path.join(ROOT, 'docs') : fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-shot-'));
  try {
    await page.screenshot({ path: path.join(dir, 'preview.png') });
    expect(fs.statSync(path.join(dir, 'preview.png')).size).toBeGreaterThan(10_000);
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Grid and Tjek both judge by validateCell here; highlights.lo.test.ts shows LibreOffice's conditional format agrees.
test('the grid marks exactly the pasted invalid cells Tjek lists', async () => {
  // Sample row 13 has KLE "1701" (no dots), put straight into the cells as a paste would.
  await expect(cell('C13').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(cell('C12').getAttribute('aria-invalid')).resolves.toBeNull();
  const marked = await page
    .locator('table[data-sheet="Dokumentation"] td[aria-invalid="true"]')
    .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-address')));
  await pane().getByRole('tab', { name: 'Tjek' }).click();
  // Tjek's code comes when the tab is first opened: its list is read once it is there.
  await pane()
    .getByRole('button', { name: /^Ugyldig/ })
    .first()
    .waitFor();
  const invalid = await pane()
    .getByRole('button', { name: /^Ugyldig/ })
    .allTextContents();
  const listed = invalid.map((t) => /Række (\d+)(?: \([^)]*\))?, ([^:]+):/.exec(t)!).map((m) => `${m[2]}@${m[1]}`);
  const headers = await page.locator('table[data-sheet="Dokumentation"] tr[data-row="1"] td').allTextContents();
  const markedAsListed = marked.map((a) => {
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(a!)!;
    const index = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return `${headers[index]}@${row}`;
  });
  expect(marked.length).toBeGreaterThan(0);
  expect(markedAsListed.sort()).toEqual(listed.sort());
});

test('nothing leaves localhost: office.js telemetry frame refused by the page, no request outside', async () => {
  const refused = (await framesRefused) as { jsonValue(): Promise<string> };
  expect(await refused.jsonValue()).toMatch(/^frame-src https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com$/);
  expect(outside).toEqual([]);
  expect(requests.filter((u) => u.startsWith(`${server.base}/`)).length).toBeGreaterThan(3);
});
