/**
 * «Lav workshopark til udskrift» on paper: the pane's handouts for a fagområde in the preview (Microsoft 365 emulated),
 * downloaded and printed by LibreOffice: one page per sagsområde, each with its whole form, no blank page.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';
import { createFakeExcel } from '../support/standIn';
import { officeOn } from './office/officeFixtures';
import { insertSampleRows } from '../../src/preview/seed';
import { SAMPLE_ROWS } from '../../src/preview/sampleRows';
import { exportWorkbook } from '../../src/preview/exportWorkbook';
import { NEWEST_EXCEL_API } from '../../src/workbook/office/excelRun';
import { HANDOUTS_SHEET } from '../../src/workbook/workshopPlan';
import { printToPdf } from '../support/libreoffice';
import { pdfPages } from '../support/pdfPages';

jest.setTimeout(240_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-preview-handouts-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the preview download prints the handouts of Job og Ydelse on a page each', async () => {
  const fake = createFakeExcel({ apiVersion: NEWEST_EXCEL_API });
  const workbook = officeOn(fake);
  await workbook.setup();
  await insertSampleRows(fake, workbook);
  const mine = SAMPLE_ROWS.filter((r) => r.businessArea === 'Job og Ydelse').map((r) => String(r.caseArea));
  expect(mine.length).toBeGreaterThan(1);
  const result = await workbook.addWorkshopHandouts('Job og Ydelse');
  expect(result.handouts).toBe(mine.length);
  const download = path.join(dir, 'forhaandsvisning.xlsx');
  fs.writeFileSync(download, await exportWorkbook(fake.model));
  const pdf = printToPdf(download, dir);
  const all = pdfPages(pdf);
  const pages = all.filter((p) => p.sheet === HANDOUTS_SHEET);
  // A picture of the first handout page, to look at (kept only when HANDOUTS_PNG names a folder).
  const first = all.indexOf(pages[0]!) + 1;
  if (process.env.HANDOUTS_PNG)
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      String(first),
      '-l',
      String(first + pages.length - 1),
      pdf,
      path.join(process.env.HANDOUTS_PNG, 'handout'),
    ]);
  expect(pages).toHaveLength(mine.length);
  pages.forEach((p, i) => {
    expect(p.text).toContain(mine[i]!);
    expect(p.text).toContain(`sagsområde ${i + 1} af ${mine.length}`);
    // The whole form: its exit plan at the bottom, on the same page.
    expect(p.text).toContain('exitplan');
    for (const other of mine.filter((_, j) => j !== i)) expect(p.text).not.toContain(other);
    expect(p.medianHeight).toBeGreaterThanOrEqual(7);
  });
});
