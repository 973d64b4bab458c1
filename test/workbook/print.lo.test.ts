/**
 * What a fagchef gets on paper: LibreOffice prints the upgraded sample workbook (the preview's 12 rows and 13 C/D rows
 * from a workshop) to PDF with the page setup stored in the file; pdftotext -bbox measures every page.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { COLUMNS, type RowValues } from '../../src/domain/schema';
import { SCENARIO_LABELS } from '../../src/domain/lists';
import { SHEET } from '../../src/domain/sheetLayout';
import { SAMPLE_BUSINESS_AREAS, SAMPLE_ROWS } from '../../src/preview/sampleRows';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { REPORT_SHEET } from '../../src/workbook/reportSheetsPlan';
import { WORKSHOP_SHEET } from '../../src/workbook/workshopPlan';
import { printToPdf } from '../support/libreoffice';
import { GUIDE_LINES } from '../../src/workbook/guide';
import { pdfPages, type PdfPage } from '../support/pdfPages';

const WORKSHOP_ROWS: RowValues[] = Array.from({ length: 13 }, (_, i) => ({
  businessArea: SAMPLE_BUSINESS_AREAS[i % SAMPLE_BUSINESS_AREAS.length],
  caseArea: `Workshopområde ${i + 1}`,
  kle: `${20 + i}.0${i % 10}.00`,
  contactPerson: 'Lene Bach',
  usesKmdSag: 'Ja',
  caseworkerCount: 3 + ((i * 7) % 30),
  usagePattern: i % 2 ? 'C' : 'D',
  casesNowIn: 'KMD Sag',
  journalNotesNowIn: 'KMD Sag',
  manualCaseCount: 40 + i * 13,
  journalNoteCount: 200 + i * 31,
  canArchive: 'Delvist',
  tenderTime: 2027,
  marketSolutions: 'Flere ESDH-leverandører',
  casesFuture: 'ESDH',
  businessCritical: i % 3 ? 'Nej' : 'Ja',
  cleanupComplexity: ['Lav', 'Middel', 'Høj'][i % 3],
  solutionScenario: SCENARIO_LABELS[i % 4],
  remarks: i % 4 ? null : 'Afklares med fagchefen',
}));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-print-'));
let pages: PdfPage[] = [];
const of = (sheet: string) => pages.filter((p) => p.sheet === sheet);

beforeAll(async () => {
  const input = path.join(dir, 'original.xlsx');
  const original = new ExcelJS.Workbook();
  const ws = original.addWorksheet('Ark1');
  const cols = COLUMNS.filter((c) => c.kind !== 'formula');
  ws.addRow(cols.map((c) => c.header));
  for (const r of [...SAMPLE_ROWS, ...WORKSHOP_ROWS]) ws.addRow(cols.map((c) => r[c.key] ?? null));
  await original.xlsx.writeFile(input);
  const wb = await FileWorkbook.open(input);
  await wb.upgrade();
  const upgraded = path.join(dir, 'dokumentationsark.xlsx');
  await wb.save(upgraded);
  pages = pdfPages(printToPdf(upgraded, dir));
  if (process.env.KEEP_PDF) fs.copyFileSync(path.join(dir, 'dokumentationsark.pdf'), process.env.KEEP_PDF);
}, 240_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('every page says its sheet; none is blank or holds only a header row; words at least 8 pt high', () => {
  const summary = pages.map((p, i) => `${i + 1} ${p.sheet}: ${p.words.length} ord, ${p.medianHeight.toFixed(1)} pt`);
  console.log(summary.join('\n'));
  expect(pages.length).toBeGreaterThan(5);
  for (const p of pages) {
    expect(p.sheet).not.toBe('');
    expect(p.words.length).toBeGreaterThan(12);
    expect(p.medianHeight).toBeGreaterThanOrEqual(8);
  }
});

test('the backup sheet is not printed', () => {
  expect(pages.map((p) => p.sheet)).not.toContain(SHEET.backup);
  expect(pages.some((p) => p.sheet.includes('før opgradering'))).toBe(false);
});

test('Dokumentation prints by phase, Fagområde and Sagsområde on every page', () => {
  const doc = of(SHEET.documentation);
  expect(doc.length).toBeGreaterThanOrEqual(4);
  for (const p of doc) {
    // pdftotext reads column by column: the first column is Fagområde, the second Sagsområde.
    expect(p.words[0]!.text).toBe('Fagområde');
    // A wrapped header beside it (Beslutning's «Besluttet løsningsscenarie») can come between them in reading order.
    expect(p.words.map((w) => w.text)).toEqual(expect.arrayContaining(['Sagsområde', 'Folkeregistrering']));
    expect(p.text).toContain('Workshopområde 13');
  }
  const starts = (header: string) => doc.findIndex((p) => p.text.includes(header));
  // Screening, As-is, To-be, Prioritering in the phase order, each starting a page of its own.
  const order = ['Anvender KMD Sag', 'Antal sagsbehandlere', 'Udbudstidspunkt', 'Prioritet'].map(starts);
  expect(order.every((n) => n >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(new Set(order).size).toBe(4);
  expect(doc[starts('Antal sagsbehandlere')]!.text).not.toContain('Anvender KMD Sag');
  expect(doc[starts('Udbudstidspunkt')]!.text).not.toContain('Kan arkiveres');
});

test('Beslutningsgrundlag prints its used rows only, without the helper columns', () => {
  const decision = of(REPORT_SHEET.decision);
  expect(decision.length).toBeGreaterThan(0);
  expect(decision.length).toBeLessThanOrEqual(4);
  for (const page of decision) {
    expect(page.text).not.toContain('Tabelrække');
    // The first three columns start every page: the 13 C/D rows are on each, and no other row.
    expect(page.text).toContain('Fagområde');
    expect(page.text).toContain('Sagsområde');
    for (let i = 1; i <= 13; i++) expect(page.text).toMatch(new RegExp(`Workshopområde ${i}\\b`));
    expect(page.text).not.toContain('Folkeregistrering');
  }
});

test('Workshopark: one page', () => {
  const sheet = of(WORKSHOP_SHEET);
  expect(sheet).toHaveLength(1);
  expect(sheet[0]!.text).toContain('Spørgsmål til To-be');
  expect(sheet[0]!.text).toContain('Noter fra workshoppen');
});

test('Lister and Vejledning fit the page: every word printed once, nothing cut at the edge', () => {
  const lists = of(SHEET.lists);
  const guide = of(SHEET.guide);
  expect(lists.length).toBeGreaterThan(0);
  expect(lists.length).toBeLessThanOrEqual(3);
  expect(guide.length).toBeGreaterThan(0);
  const listText = lists.map((p) => p.text).join(' ');
  for (const word of ['Fagområde', 'Løsningsscenarie', 'Prioriteringsstrategi:', 'uden', 'imellem.'])
    expect(listText).toContain(word);
  const guideText = guide.map((p) => p.text).join(' ');
  expect(guideText).toContain('Sådan bruges arket');
  // Each line once and in order: wrapped lines printed over each other would interleave their words.
  for (const line of GUIDE_LINES.filter((l) => l.trim().length > 0))
    expect(guideText).toContain(line.trim().replace(/\s+/g, ' '));
});
