/**
 * dokark notat on a real upgrade of a messy sheet: LibreOffice recalculates the upgraded workbook, and every figure of
 * the notat equals what its formulas show; LibreOffice Writer prints the .docx, with the figures in Danish form, tables
 * inside the page and no empty page.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { danishNumber } from '../../src/domain/danishFormat';
import { buildNotat, type Notat } from '../../src/domain/notat';
import { SHEET } from '../../src/domain/sheetLayout';
import { main } from '../../src/cli/dokark';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { DECISION_LINE_HEADER, DECISION_SUMMARY_HEADERS, REPORT_SHEET } from '../../src/workbook/reportSheetsPlan';
import { convertDocument, recalculate } from '../support/libreoffice';
import { pdfPages, type PdfPage } from '../support/pdfPages';
import { writeNotatSource } from '../support/notatSource';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-notat-lo-'));
const upgraded = path.join(dir, 'opgraderet.xlsx');
const docx = path.join(dir, 'beslutningsnotat.docx');
let notat: Notat;
let sheets: Record<string, string[][]>;
let pages: PdfPage[];
let cliOut = '';

beforeAll(async () => {
  const source = path.join(dir, 'kortlaegning.xlsx');
  await writeNotatSource(source, 120);
  const wb = await FileWorkbook.open(source);
  await wb.upgrade();
  await wb.save(upgraded);
  const code = await main(['notat', upgraded, '-o', docx], {
    out: (s) => (cliOut += s),
    err: (s) => (cliOut += s),
  });
  expect({ code, cliOut }).toMatchObject({ code: 0 });
  // The model the command built: the same snapshot of the same file.
  notat = buildNotat({ ...(await (await FileWorkbook.open(upgraded)).snapshot()), today: new Date() });
  sheets = recalculate(upgraded);
  pages = pdfPages(convertDocument(docx, 'pdf', dir));
}, 240_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Rows below the header row whose first cell is `first` (the nth such), up to the next empty first cell. */
function linesAfter(sheet: string[][], first: string): { header: string[]; lines: string[][] } {
  const start = sheet.findIndex((r) => r[0] === first);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines: string[][] = [];
  for (let i = start + 1; i < sheet.length && sheet[i]![0] !== ''; i++) lines.push(sheet[i]!);
  return { header: sheet[start]!, lines };
}

/** LibreOffice's unformatted date (MM/DD/YYYY) as the notat writes it (dd-mm-åååå); anything else as it is. */
const dayOf = (v: string) => v.replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, '$2-$1-$3');

describe('the notat’s figures are the recalculated workbook’s', () => {
  test('per løsningsscenarie, anbefalet and besluttet: Overblik’s table line for line', () => {
    const { lines } = linesAfter(sheets[REPORT_SHEET.overview]!, DECISION_SUMMARY_HEADERS[0]!);
    expect(lines.map((l) => [l[0], ...l.slice(1, 9).map(Number)])).toEqual(
      notat.scenarios.map((s) => [s.label, ...[s.areas, s.caseworkers, s.manualCases, s.journalNotes].flat()]),
    );
    // The sheet decided some rows differently from the recommendation, so the two sides differ.
    expect(notat.scenarios.some((s) => s.areas[0] !== s.areas[1])).toBe(true);
    expect(notat.scenarios.at(-1)!.caseworkers[0]).toBeGreaterThan(1000);
  });

  test('the order: Beslutningsgrundlag’s lines, with Prioritet, Flytning and Flyttes senest', () => {
    const { header, lines } = linesAfter(sheets[REPORT_SHEET.decision]!, DECISION_LINE_HEADER);
    const at = (h: string) => header.indexOf(h);
    expect(lines.length).toBeGreaterThan(20);
    expect(notat.order.map((o) => [o.line, o.caseArea, o.priority, o.move, o.moveBy])).toEqual(
      lines.map((l, i) => [
        i + 1,
        l[at('Sagsområde')],
        Number(l[at('Prioritet')]),
        l[at('Flytning')],
        dayOf(l[at('Flyttes senest')]!),
      ]),
    );
    expect(notat.order.some((o) => o.moveBy === '15-03-2027')).toBe(true);
    expect(notat.appendix.map((a) => a.cleanupScope)).toEqual(lines.map((l) => l[at('Omfang af oprydning')]));
  });

  test('Prioritet and brugsmønster counts: the Dokumentation table’s cells', () => {
    const table = sheets[SHEET.documentation]!;
    const header = table[0]!;
    const priority = header.indexOf('Prioritet');
    const pattern = header.indexOf('Brugsmønster');
    const shownPriority = new Map(
      table
        .slice(1)
        .map((r, i) => [i + 2, r[priority]] as const)
        .filter(([, p]) => p !== ''),
    );
    expect(new Map(notat.order.map((o) => [o.excelRow, String(o.priority)]))).toEqual(shownPriority);
    for (const p of notat.background.byPattern.filter((b) => /^[0A-E]$/.test(b.pattern)))
      expect({ p: p.pattern, n: table.slice(1).filter((r) => r[pattern]!.toUpperCase() === p.pattern).length }).toEqual(
        {
          p: p.pattern,
          n: p.count,
        },
      );
    // The typed Omfang of the old sheet counts where Kompleksitet is empty, so some rows rank by it.
    expect(header.some((h) => /indtastet|vurderet/.test(h))).toBe(true);
  });
});

describe('the .docx in LibreOffice Writer', () => {
  // pdfPages sets a page's top line apart (a sheet's header); here it is the notat's own first line.
  const full = (p: PdfPage) => `${p.sheet} ${p.text}`;
  const text = () => pages.map(full).join(' ');

  test('dokark notat reports what it wrote', () => {
    expect(cliOut).toContain(`Notat skrevet: ${docx}`);
    expect(cliOut).toContain(`brugsmønster C eller D: ${notat.background.cd.areas}`);
  });

  test('every section, and the figures in Danish form (26.683; 15-03-2027)', () => {
    for (const h of [
      'Indstilling',
      'Baggrund i tal',
      'Anbefaling pr. løsningsscenarie',
      'Rækkefølge og flytning',
      'Åbne punkter',
      'Bilag: Beslutningsgrundlag',
    ])
      expect(text()).toContain(h);
    const total = notat.scenarios.at(-1)!;
    for (const n of [total.caseworkers[0], total.manualCases[0], total.journalNotes[0]]) {
      expect(n).toBeGreaterThan(999);
      expect(text()).toContain(danishNumber(n));
    }
    expect(text()).toContain('15-03-2027');
    expect(text()).not.toMatch(/\d,\d{3}\b/);
    // The order as the notat lists it: each line's sagsområde after the one before.
    let from = text().indexOf('Rækkefølge og flytning');
    for (const o of notat.order.slice(0, 15)) {
      const found = text().indexOf(o.caseArea, from);
      expect({ line: o.line, found: found > from }).toEqual({ line: o.line, found: true });
      from = found;
    }
  });

  test('no empty page, tables inside the page, the appendix on landscape pages', () => {
    console.log(`The notat of 120 rows prints on ${pages.length} pages`);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.filter((p) => p.words.length < 5)).toEqual([]);
    // Text inside the 2 cm margins (56.7 pt), with a point's tolerance.
    for (const p of pages) expect(Math.max(...p.words.map((w) => w.xMax))).toBeLessThan(p.width - 55);
    const landscape = pages.filter((p) => p.width > 800);
    expect(landscape.length).toBeGreaterThan(0);
    expect(full(landscape[0]!)).toContain('Bilag: Beslutningsgrundlag');
    expect(pages.indexOf(landscape[0]!)).toBe(pages.length - landscape.length);
  });
});
