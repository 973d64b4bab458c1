/**
 * «Hent udkast til beslutningsnotat (.docx)» in Chromium on the preview: the Word library arrives only with the click
 * (the pane's first load does not carry it), and the download is a .docx with the sample rows' figures.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { buildNotat } from '../../src/domain/notat';
import { DEFAULT_SETTINGS } from '../../src/domain/prioritisation';
import { defaultLists } from '../../src/domain/validation';
import { SAMPLE_ROWS } from '../../src/preview/sampleRows';
import { unpackAll } from '../../src/workbook/file/zipRead';
import { previewWithSamples, ROOT } from './server';

jest.setTimeout(300_000);

const preview = previewWithSamples();

/** The scripts a page loads first (its script tags), read from dist/. */
const firstLoad = (page: string) => {
  const html = fs.readFileSync(path.join(ROOT, 'dist', page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src))
    .map((src) => fs.readFileSync(path.join(ROOT, 'dist', src), 'utf8'))
    .join('\n');
};

/** Whether a script the page fetched (by its address) is the chunk with docx in it. */
const hasWordLibrary = (url: string) =>
  fs
    .readFileSync(path.join(ROOT, 'dist', new URL(url).pathname.split('/').pop()!), 'utf8')
    .includes('http://schemas.openxmlformats.org/wordprocessingml/2006/main');

test('the first load has no Word library; the click loads it and downloads the notat', async () => {
  // docx's own markers: its namespace for Word's main part, and its Packer.
  for (const page of ['taskpane.html', 'preview.html'])
    expect(firstLoad(page)).not.toContain('http://schemas.openxmlformats.org/wordprocessingml/2006/main');

  const { page } = preview;
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const pane = page.getByRole('complementary', { name: 'Opgaverude' });
  await pane.getByRole('tab', { name: 'Visninger' }).click();
  const button = pane.getByRole('button', { name: 'Hent udkast til beslutningsnotat (.docx)' });
  await button.waitFor();
  // Opening Visninger fetches the tab's own code, and not the Word library.
  const tabScripts = scripts.splice(0);
  expect(tabScripts.filter((u) => hasWordLibrary(u))).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  // The notat's own chunk and the Word library (with what it shares with the preview's workbook download).
  expect(scripts.filter((u) => /\/notat\.[0-9a-f]{8}\.js$/.test(u))).toHaveLength(1);
  expect(scripts.filter((u) => hasWordLibrary(u))).toHaveLength(1);
  expect(download.suggestedFilename()).toMatch(/^beslutningsnotat-\d{4}-\d{2}-\d{2}\.docx$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-notat-')), download.suggestedFilename());
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  const xml = unpackAll(bytes, 'notat.docx').get('word/document.xml')!.toString('utf8');
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
  // The sample rows as the model reads them: the background in figures (the samples stop before To-be: no C or D).
  const notat = buildNotat({
    rows: SAMPLE_ROWS.map((values, i) => ({ excelRow: i + 2, values })),
    lists: defaultLists(),
    settings: DEFAULT_SETTINGS,
    today: new Date(),
  });
  expect(notat.background.rows).toBe(SAMPLE_ROWS.length);
  expect(text).toContain(notat.background.text[0]!);
  expect(text).toContain(notat.background.text[1]!);
  await pane.getByText(/^Notatet er hentet som beslutningsnotat-/).waitFor();
  expect(preview.outside).toEqual([]);
});
