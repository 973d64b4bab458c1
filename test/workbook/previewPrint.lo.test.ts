/**
 * The preview's download on paper: the preview emulates Microsoft 365 (NEWEST_EXCEL_API), so «Opret» and the sample
 * rows set up printing as the pane does in Excel. LibreOffice prints the download: no blank page, no text under 8 pt,
 * and the same pages, sheet by sheet, as a dokark file of the same rows.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { COLUMNS } from '../../src/domain/schema';
import { createFakeExcel } from '../support/standIn';
import { officeOn } from './office/officeFixtures';
import { insertSampleRows } from '../../src/preview/seed';
import { SAMPLE_ROWS } from '../../src/preview/sampleRows';
import { exportWorkbook } from '../../src/preview/exportWorkbook';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { NEWEST_EXCEL_API } from '../../src/workbook/office/excelRun';
import { printToPdf } from '../support/libreoffice';
import { pdfPages, type PdfPage } from '../support/pdfPages';

jest.setTimeout(240_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-preview-print-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const perSheet = (pages: PdfPage[]) =>
  pages.reduce<Record<string, number>>((n, p) => ({ ...n, [p.sheet]: (n[p.sheet] ?? 0) + 1 }), {});

test('the download after «Opret» and the sample rows prints like a dokark file of the same rows', async () => {
  const fake = createFakeExcel({ apiVersion: NEWEST_EXCEL_API });
  const workbook = officeOn(fake);
  await workbook.setup();
  await insertSampleRows(fake, workbook);
  const download = path.join(dir, 'forhaandsvisning.xlsx');
  fs.writeFileSync(download, await exportWorkbook(fake.model));

  const input = path.join(dir, 'ark.xlsx');
  const old = new ExcelJS.Workbook();
  const ws = old.addWorksheet('Ark1');
  const cols = COLUMNS.filter((c) => c.kind !== 'formula');
  ws.addRow(cols.map((c) => c.header));
  for (const r of SAMPLE_ROWS) ws.addRow(cols.map((c) => r[c.key] ?? null));
  await old.xlsx.writeFile(input);
  const file = await FileWorkbook.open(input);
  await file.upgrade();
  const dokark = path.join(dir, 'dokark.xlsx');
  await file.save(dokark);

  const preview = pdfPages(printToPdf(download, dir));
  const reference = pdfPages(printToPdf(dokark, dir));
  console.log(`forhåndsvisningen: ${preview.length} sider ${JSON.stringify(perSheet(preview))}`);
  console.log(`dokark: ${reference.length} sider ${JSON.stringify(perSheet(reference))}`);
  for (const p of preview) {
    expect(p.sheet).not.toBe('');
    expect(p.words.length).toBeGreaterThan(12);
    expect(p.medianHeight).toBeGreaterThanOrEqual(8);
  }
  expect(perSheet(preview)).toEqual(perSheet(reference));
});
