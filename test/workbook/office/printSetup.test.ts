/**
 * The Office adapter sets the same page setup as the file adapter writes, sheet by sheet (orientation, scale or fit,
 * print titles and areas, sheet name and page numbers, the backup hidden), and its print areas follow the rows.
 */
import ExcelJS from 'exceljs';
// ExcelJS reads our calculated columns only with the tests' patch.
import '../../support/excelRead';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { rangeA1 } from '../../../src/domain/a1';
import { SHEET, TABLE_NAME } from '../../../src/domain/sheetLayout';
import { FileWorkbook } from '../../../src/workbook/file/fileWorkbook';
import { packageSheets, partText, workbookPart, type Parts } from '../../../src/workbook/file/xlsxPackage';
import { characterData } from '../../../src/workbook/file/xmlReader';
import { unpackAll } from '../../../src/workbook/file/zipRead';
import { planPrintFor, planWorkbook } from '../../../src/workbook/plan';
import { emptyArea } from '../../../src/workbook/printPlan';
import { tableColumns } from '../../../src/domain/tableColumns';
import { REPORT_SHEET } from '../../../src/workbook/reportSheetsPlan';
import { chartsOn, createFakeExcel, type FakeExcel } from '../../support/standIn';
import { officeOn, r1Grid } from './officeFixtures';
import { SAMPLE_ROWS } from '../../../src/preview/sampleRows';
import { COLUMNS } from '../../../src/domain/schema';

interface PageSetup {
  orientation: string;
  zoom: string;
  titleRows: string;
  titleColumns: string;
  area: string;
  header: string;
  footer: string;
  visible: boolean;
  /** Manual page breaks: the row above each (the file's brk id; Worksheet.horizontalPageBreaks in the stand-in). */
  rowBreaks: number[];
}

/** Without sheet names and $. */
const strip = (a: string | undefined) => (a ?? '').replace(/(?:'(?:[^']|'')*'|[^,!']+)!/g, '').replace(/\$/g, '');
/** An area as Excel gives it back: a one-cell range as the cell. */
const bare = (a: string | undefined) =>
  strip(a)
    .split(',')
    .filter(Boolean)
    .map((x) => (x.split(':')[0] === x.split(':')[1] ? x.split(':')[0] : x))
    .join(',');

/** A header or footer's sections ("&L&A" → { L: "&A" }). */
function sections(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 'C';
  for (const part of text.split(/(&[LCR])/)) {
    if (/^&[LCR]$/.test(part)) at = part[1]!;
    else if (part) out[at] = (out[at] ?? '') + part;
  }
  return out;
}

/** Each sheet's page setup as the file holds it. */
function fileSetups(parts: Parts): Map<string, PageSetup> {
  const wb = partText(parts, workbookPart(parts))!;
  const names = [...wb.matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)">([^<]*)<\/definedName>/g)];
  const out = new Map<string, PageSetup>();
  packageSheets(parts).sheets.forEach((s, i) => {
    const xml = partText(parts, s.part)!;
    const page = /<pageSetup ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(page)?.[1];
    const fit = /fitToPage="1"/.test(xml);
    const name = (n: string) => characterData(names.find((m) => m[1] === n && Number(m[2]) === i)?.[3] ?? '');
    const titles = strip(name('_xlnm.Print_Titles')).split(',');
    const header = sections(characterData(/<oddHeader>([^<]*)</.exec(xml)?.[1] ?? ''));
    const footer = sections(characterData(/<oddFooter>([^<]*)</.exec(xml)?.[1] ?? ''));
    out.set(s.name, {
      orientation: attr('orientation') ?? 'portrait',
      zoom: fit ? `fit ${attr('fitToWidth') ?? 1}×${attr('fitToHeight') ?? 1}` : `scale ${attr('scale') ?? 100}`,
      titleRows: titles.find((t) => /^\d+:\d+$/.test(t)) ?? '',
      titleColumns: titles.find((t) => /^[A-Z]+:[A-Z]+$/.test(t)) ?? '',
      area: bare(name('_xlnm.Print_Area')),
      header: header.L ?? '',
      footer: footer.R ?? '',
      visible: !s.state || s.state === 'visible',
      rowBreaks: [...xml.matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1])),
    });
  });
  return out;
}

/** Each sheet's page setup as the Office adapter left it in the stand-in. */
function officeSetups(fake: FakeExcel): Map<string, PageSetup> {
  const out = new Map<string, PageSetup>();
  for (const s of fake.model.sheets) {
    const p = s.pageLayout;
    const zoom = p.zoom as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } | undefined;
    out.set(s.name, {
      orientation: (p.orientation ?? 'Portrait').toLowerCase(),
      zoom:
        zoom?.scale === undefined && zoom
          ? `fit ${zoom.horizontalFitToPages}×${zoom.verticalFitToPages}`
          : `scale ${zoom?.scale ?? 100}`,
      titleRows: strip(p.printTitleRows),
      titleColumns: strip(p.printTitleColumns),
      area: bare(p.printArea),
      header: p.headerFooter?.leftHeader ?? '',
      footer: p.headerFooter?.rightFooter ?? '',
      visible: s.visibility === 'Visible',
      rowBreaks: p.rowBreaks ?? [],
    });
  }
  return out;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-printsetup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function fileParts(wb: FileWorkbook, name: string): Promise<Parts> {
  const out = path.join(dir, name);
  await wb.save(out);
  return unpackAll(fs.readFileSync(out), out);
}

async function gridFile(grid: unknown[][], name: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Ark1').addRows(grid as ExcelJS.CellValue[][]);
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

test('a new workbook: Office.js sets every sheet as the file is written, no area of header rows only', async () => {
  const file = new FileWorkbook();
  await file.setup();
  const expected = fileSetups(await fileParts(file, 'new.xlsx'));
  const fake = createFakeExcel({ apiVersion: '1.9' });
  await officeOn(fake).setup();
  const actual = officeSetups(fake);
  expect([...expected.keys()].sort()).toEqual([...actual.keys()].sort());
  for (const [sheet, setup] of expected) expect({ sheet, ...actual.get(sheet) }).toEqual({ sheet, ...setup });
  // No rows yet: Dokumentation's area is one empty cell below the table, Beslutningsgrundlag's is its summary alone.
  expect(actual.get(SHEET.documentation)!.area).toBe(bare(rangeA1(emptyArea(1))));
  expect(actual.get(REPORT_SHEET.decision)!.area.split(',')).toHaveLength(1);
  expect(actual.get(SHEET.documentation)!.header).toBe('&A');
  expect(actual.get(SHEET.documentation)!.footer).toBe('Side &P af &N');
  // The page break above Overblik's charts (the file's rowBreaks), directly above the charts' top row.
  const top = Math.min(
    ...chartsOn(fake.model.sheet(REPORT_SHEET.overview)!).map((c) => Number(/\d+$/.exec(c.position!.start)![0])),
  );
  expect(actual.get(REPORT_SHEET.overview)!.rowBreaks).toEqual([top - 1]);
});

test('an upgraded sheet: the same setup per sheet, and the original kept hidden so it is not printed', async () => {
  const grid = r1Grid(25);
  const file = await FileWorkbook.open(await gridFile(grid, 'r1.xlsx'));
  await file.upgrade();
  const expected = fileSetups(await fileParts(file, 'upgraded.xlsx'));
  const fake = createFakeExcel({ apiVersion: '1.9' });
  fake.put('Ark1', 'A1', grid, { literal: true });
  const summary = await officeOn(fake).upgrade();
  expect(summary.backupHidden).toBe(true);
  const actual = officeSetups(fake);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [sheet, setup] of expected) expect({ sheet, ...actual.get(sheet) }).toEqual({ sheet, ...setup });
  expect(actual.get(SHEET.backup)!.visible).toBe(false);
  expect(actual.get(SHEET.documentation)!.area).toMatch(/^A1:[A-Z]+26,/);
});

test('the print areas follow the rows: written rows, a C/D answer, and Opdater after rows typed in Excel', async () => {
  const fake = createFakeExcel({ apiVersion: '1.9' });
  const workbook = officeOn(fake);
  await workbook.setup();
  const area = (sheet: string) => bare(fake.model.sheet(sheet)!.pageLayout.printArea);
  const planned = (usedRows: number, tableRows: number, decisionRows: number) =>
    new Map(
      planPrintFor({ columns: tableColumns(), usedRows, tableRows, decisionRows }).map((p) => [
        p.sheet,
        bare(p.areas?.map((a) => rangeA1(a)).join(',')),
      ]),
    );
  // The sample rows, as the preview inserts them: blank table rows, then the pane writes each row.
  await fake.run(async (context) => {
    const table = context.workbook.tables.getItem(TABLE_NAME);
    for (let i = 1; i < SAMPLE_ROWS.length; i++) table.rows.add();
    await context.sync();
  });
  for (const [i, values] of SAMPLE_ROWS.entries()) await workbook.writeRow(i, values);
  const cd = SAMPLE_ROWS.filter((r) => r.usagePattern === 'C' || r.usagePattern === 'D').length;
  let want = planned(SAMPLE_ROWS.length, SAMPLE_ROWS.length, cd);
  expect(area(SHEET.documentation)).toBe(want.get(SHEET.documentation));
  expect(area(REPORT_SHEET.decision)).toBe(want.get(REPORT_SHEET.decision));
  expect(area(SHEET.documentation)).toMatch(new RegExp(`^A1:[A-Z]+${SAMPLE_ROWS.length + 1},`));

  // One more C row answered through the pane: Beslutningsgrundlag's list grows by a line.
  const shown = (await workbook.snapshot()).rows[0]!.values;
  const flipped = ['C', 'D'].includes(String(shown.usagePattern)) ? 'B' : 'C';
  await workbook.writeRow(0, { usagePattern: flipped }, shown);
  const cdNow = cd + (flipped === 'C' ? 1 : -1);
  want = planned(SAMPLE_ROWS.length, SAMPLE_ROWS.length, cdNow);
  expect(area(REPORT_SHEET.decision)).toBe(want.get(REPORT_SHEET.decision));

  // An answer that keeps the row's place costs the write alone: one sync.
  const again = (await workbook.snapshot()).rows[1]!.values;
  fake.resetStats();
  await workbook.writeRow(1, { remarks: 'Ny bemærkning' }, again);
  expect(fake.syncCount).toBe(2); // the row check before the write, and the write
  expect(area(SHEET.documentation)).toBe(want.get(SHEET.documentation));

  // Three rows typed straight into Excel (the table grows; the add-in sees nothing), then Opdater.
  const caseArea = COLUMNS.findIndex((c) => c.key === 'caseArea');
  await fake.run(async (context) => {
    const table = context.workbook.tables.getItem(TABLE_NAME);
    for (let i = 0; i < 3; i++) table.rows.add();
    await context.sync();
  });
  const rows = SAMPLE_ROWS.length + 3;
  for (let i = SAMPLE_ROWS.length; i < rows; i++)
    fake.put(SHEET.documentation, `${String.fromCharCode(65 + caseArea)}${i + 2}`, [[`Indtastet ${i}`]]);
  expect(area(SHEET.documentation)).not.toBe(planned(rows, rows, cdNow).get(SHEET.documentation));
  await workbook.refreshViews();
  want = planned(rows, rows, cdNow);
  expect(area(SHEET.documentation)).toBe(want.get(SHEET.documentation));
  expect(area(REPORT_SHEET.decision)).toBe(want.get(REPORT_SHEET.decision));
  expect(area(SHEET.documentation)).toMatch(new RegExp(`^A1:[A-Z]+${rows + 1},`));
});

test('Opdater after fagområder were added on Lister: its pages reach the last one, as the file plans them', async () => {
  const fake = createFakeExcel({ apiVersion: '1.9' });
  const workbook = officeOn(fake);
  await workbook.setup();
  const areas = Array.from({ length: 30 }, (_, i) => `Fagområde ${i + 1}`);
  fake.put(
    SHEET.lists,
    'A2',
    areas.map((a) => [a]),
  );
  await workbook.refreshViews();
  const lists = planWorkbook({ businessAreas: areas }).print.find((p) => p.sheet === SHEET.lists)!;
  expect(bare(fake.model.sheet(SHEET.lists)!.pageLayout.printArea)).toBe(
    bare(lists.areas!.map((a) => rangeA1(a)).join(',')),
  );
  expect(bare(fake.model.sheet(SHEET.lists)!.pageLayout.printArea)).toBe('A1:F31,G1:I31,J1:S31');
});
