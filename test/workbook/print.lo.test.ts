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
import {
  ALL_CD,
  DECISION_LINE_HEADER,
  DECISION_LIST,
  DECISION_SUMMARY_HEADERS,
  decisionListHeader,
  PROGRESS_HEADERS,
  REPORT_SHEET,
  SCENARIO_HEADERS,
} from '../../src/workbook/reportSheetsPlan';
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

/** More workshop rows: a sheet that has grown past one page's height. */
const MORE_ROWS: RowValues[] = Array.from({ length: 60 }, (_, i) => ({
  ...WORKSHOP_ROWS[i % WORKSHOP_ROWS.length]!,
  caseArea: `Senere område ${i + 1}`,
  kle: `${40 + (i % 50)}.${String(i % 90).padStart(2, '0')}.00`,
}));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-print-'));
/** Four workbooks as dokark writes them: new (no rows), the 12 sample rows, the 25-row sheet, and 85 rows. */
const books: Record<'fresh' | 'sample' | 'upgraded' | 'larger', PdfPage[]> = {
  fresh: [],
  sample: [],
  upgraded: [],
  larger: [],
};
let pages: PdfPage[] = [];
const of = (sheet: string, from = pages) => from.filter((p) => p.sheet === sheet);

async function upgradedFile(name: string, rows: RowValues[]): Promise<string> {
  const input = path.join(dir, `${name}-original.xlsx`);
  const original = new ExcelJS.Workbook();
  const ws = original.addWorksheet('Ark1');
  const cols = COLUMNS.filter((c) => c.kind !== 'formula');
  ws.addRow(cols.map((c) => c.header));
  for (const r of rows) ws.addRow(cols.map((c) => r[c.key] ?? null));
  await original.xlsx.writeFile(input);
  const wb = await FileWorkbook.open(input);
  await wb.upgrade();
  const upgraded = path.join(dir, `${name}.xlsx`);
  await wb.save(upgraded);
  return upgraded;
}

beforeAll(async () => {
  const fresh = new FileWorkbook();
  await fresh.setup();
  await fresh.save(path.join(dir, 'fresh.xlsx'));
  const files = {
    fresh: path.join(dir, 'fresh.xlsx'),
    sample: await upgradedFile('sample', SAMPLE_ROWS),
    upgraded: await upgradedFile('dokumentationsark', [...SAMPLE_ROWS, ...WORKSHOP_ROWS]),
    larger: await upgradedFile('larger', [...SAMPLE_ROWS, ...WORKSHOP_ROWS, ...MORE_ROWS]),
  };
  for (const [name, file] of Object.entries(files)) {
    books[name as keyof typeof books] = pdfPages(printToPdf(file, dir));
    if (process.env.KEEP_PDF) fs.copyFileSync(file.replace(/\.xlsx$/, '.pdf'), `${process.env.KEEP_PDF}-${name}.pdf`);
  }
  pages = books.upgraded;
}, 480_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every word of the headers a page may repeat: a page with no other word holds only a header row. */
const HEADER_WORDS = new Set(
  [
    ...COLUMNS.map((c) => c.header),
    ...DECISION_LIST.map(decisionListHeader),
    ...DECISION_SUMMARY_HEADERS,
    DECISION_LINE_HEADER,
    'Sagsbehandlere (C/D)',
    'Prioritetsnøgle',
  ].flatMap((h) => h.split(/\s+/)),
);
/** The right page margin (0.7 inch) in points. */
const RIGHT_MARGIN = 0.7 * 72;

test.each(Object.keys(books) as (keyof typeof books)[])(
  '%s: every page says its sheet; none blank, none holding only a header row; words 8 pt or more; nothing past the right edge',
  (name) => {
    const book = books[name];
    console.log(
      `${name}: ${book.length} sider\n` +
        book.map((p, i) => `${i + 1} ${p.sheet}: ${p.words.length} ord, ${p.medianHeight.toFixed(1)} pt`).join('\n'),
    );
    expect(book.length).toBeGreaterThan(5);
    for (const p of book) {
      expect(p.sheet).not.toBe('');
      expect(p.words.length).toBeGreaterThan(12);
      expect(p.words.some((w) => !HEADER_WORDS.has(w.text))).toBe(true);
      expect(p.medianHeight).toBeGreaterThanOrEqual(8);
      for (const w of p.words)
        expect({ word: w.text, right: Math.min(w.xMax, p.width - RIGHT_MARGIN + 1) }).toEqual({
          word: w.text,
          right: w.xMax,
        });
    }
  },
);

test('a new workbook prints no Dokumentation page and only the summary of Beslutningsgrundlag', () => {
  const fresh = books.fresh;
  expect(of(SHEET.documentation, fresh)).toHaveLength(0);
  const decision = of(REPORT_SHEET.decision, fresh);
  expect(decision).toHaveLength(1);
  expect(decision[0]!.text).toContain(ALL_CD);
  expect(decision[0]!.text).not.toContain('Flyttes senest');
  // Overblik's seven tables take two pages (brugsmønster, licences and C/D per fagområde came with issue 22), the charts one.
  expect(fresh.length).toBeLessThanOrEqual(13);
});

test('the print areas grow with the rows: every row of the larger sheet is printed, no more', () => {
  const doc = of(SHEET.documentation, books.larger);
  const text = doc.map((p) => p.text).join(' ');
  for (let i = 1; i <= MORE_ROWS.length; i++) expect(text).toMatch(new RegExp(`Senere område ${i}\\b`));
  // The phases' pages run down the sheet: more pages than the 25-row sheet, each with its Fagområde column.
  expect(doc.length).toBeGreaterThan(of(SHEET.documentation).length);
  for (const p of doc) expect(p.words[0]!.text).toBe('Fagområde');
  const decision = of(REPORT_SHEET.decision, books.larger)
    .map((p) => p.text)
    .join(' ');
  for (let i = 1; i <= MORE_ROWS.length; i++) expect(decision).toMatch(new RegExp(`Senere område ${i}\\b`));
  expect(
    of(SHEET.documentation, books.sample)
      .map((p) => p.text)
      .join(' '),
  ).toContain('Folkeregistrering');
});

test('every header word of Dokumentation, Overblik and Beslutningsgrundlag is printed whole', () => {
  const words = (sheet: string) => new Set(of(sheet).flatMap((p) => p.words.map((w) => w.text)));
  const missing = (sheet: string, headers: readonly string[]) => {
    const printed = words(sheet);
    return headers.flatMap((h) => h.split(/\s+/)).filter((w) => !printed.has(w));
  };
  const docHeaders = COLUMNS.filter((c) => c.phase !== 'helper').map((c) => c.header);
  expect(missing(SHEET.documentation, docHeaders)).toEqual([]);
  // The grey helper columns only serve the formulas: not printed.
  expect(words(SHEET.documentation).has('Prioritetsnøgle')).toBe(false);
  expect(
    missing(REPORT_SHEET.overview, [...DECISION_SUMMARY_HEADERS, ...SCENARIO_HEADERS, ...PROGRESS_HEADERS]),
  ).toEqual([]);
  const listHeaders = DECISION_LIST.map(decisionListHeader);
  expect(missing(REPORT_SHEET.decision, [...DECISION_SUMMARY_HEADERS, ...listHeaders, DECISION_LINE_HEADER])).toEqual(
    [],
  );
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

test('Beslutningsgrundlag prints its summary on a page, then its used rows only, without the helper columns', () => {
  const [summary, ...decision] = of(REPORT_SHEET.decision);
  expect(summary!.text).toContain(ALL_CD);
  expect(summary!.text).not.toContain('Workshopområde');
  expect(decision.length).toBeGreaterThan(0);
  expect(decision.length).toBeLessThanOrEqual(3);
  for (const page of decision) {
    expect(page.text).not.toContain(ALL_CD);
    expect(page.text).not.toContain('Tabelrække');
    // The first three columns start every page: the 13 C/D rows are on each, and no other row.
    expect(page.text).toContain('Fagområde');
    expect(page.text).toContain('Sagsområde');
    for (let i = 1; i <= 13; i++) expect(page.text).toMatch(new RegExp(`Workshopområde ${i}\\b`));
    expect(page.text).not.toContain('Folkeregistrering');
  }
  // Every scenario name prints whole: a line is three text lines tall, enough for the longest. LibreOffice draws a cell's
  // whole text and clips it at the row, so a cut word is still in the PDF's text, below the top of the next line.
  const listText = decision.map((p) => p.text.replace(/\s+/g, ' ')).join(' ');
  for (const label of SCENARIO_LABELS) expect(listText).toContain(label);
  for (const page of decision) expect(cutAtTheNextLine(page)).toEqual([]);
});

/** Words of a list page that reach below the top of the next line (the tops are where the line numbers stand). */
function cutAtTheNextLine(page: PdfPage): string[] {
  const nr = page.words.find((w) => w.text === DECISION_LINE_HEADER)!;
  const tops = page.words
    .filter((w) => /^\d+$/.test(w.text) && Math.abs(w.xMin - nr.xMin) < 2 && w.y > nr.yMax)
    .map((w) => w.y)
    .sort((a, b) => a - b);
  expect(tops.length).toBeGreaterThan(1);
  const pitch = tops[1]! - tops[0]!;
  return page.words
    .filter((w) => w.y >= tops[0]! - 1)
    .filter((w) => {
      const line = tops.filter((t) => t <= w.y + 1).pop()!;
      const next = tops.find((t) => t > line) ?? line + pitch;
      return w.yMax > next + 0.5;
    })
    .map((w) => w.text);
}

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
