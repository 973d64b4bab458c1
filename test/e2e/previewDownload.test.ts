/**
 * «Hent projektmappen (.xlsx)» in Chromium: reached by keyboard from the sample button, it downloads
 * dokumentationsark.xlsx, a zip package (PK) that the Node file path reads back with the preview's sheet names, with
 * Overblik's three charts added and deflated in the browser (CompressionStream), valid by the schemas.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { previewWithSamples } from './server';
import { loadWorkbook } from '../support/excelRead';
import { unpackAll } from '../../src/workbook/file/zipRead';
import { schemaErrors } from '../support/ooxmlConformance';

jest.setTimeout(300_000);

const preview = previewWithSamples();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-download-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the download button is labelled, keyboard-reachable and gives the workbook as .xlsx', async () => {
  const { page } = preview;
  const button = page.getByRole('button', { name: 'Hent projektmappen (.xlsx)' });
  await page.getByRole('button', { name: 'Indsæt 12 eksempelrækker' }).focus();
  await page.keyboard.press('Tab');
  await expect(button.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('dokumentationsark.xlsx');
  // Saved as a copy: the run's one Chromium is connected to, and a remote download has no local path.
  const file = path.join(dir, 'dokumentationsark.xlsx');
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const names = await page.evaluate(() =>
    (window as unknown as { dokark: { fake: { sheetNames(): string[] } } }).dokark.fake.sheetNames(),
  );
  expect(names).toContain('Dokumentation');
  const wb = await loadWorkbook(file);
  expect(wb.worksheets.map((w) => w.name)).toEqual(names);
  expect(String(wb.getWorksheet('Dokumentation')!.getCell('B13').value)).toBe('Skoleindskrivning');
  const parts = unpackAll(bytes, file);
  expect([...parts.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(3);
  expect([...parts.keys()].filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))).toHaveLength(1);
  expect(schemaErrors(parts, dir).errors).toEqual([]);
  await page.getByText('Projektmappen er hentet som dokumentationsark.xlsx.', { exact: false }).waitFor();
  expect(preview.outside).toEqual([]);
});
