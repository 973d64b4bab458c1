/**
 * The preview's download, recalculated by LibreOffice: the Office adapter's setup and the 12 sample rows on the
 * stand-in, exported as .xlsx, give in LibreOffice the values the TypeScript models put into the stand-in
 * (prioritisation.ts for Brugerantal, Omfang and Prioritet; reportCalculation.ts for Overblik and Beslutningsgrundlag).
 */
import ExcelJS from 'exceljs';
// ExcelJS reads our calculated columns only with the tests' patch.
import '../support/excelRead';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { chartsOn, createFakeExcel, type FakeExcel } from '../support/standIn';
import type { Cell } from '../../src/excelStandIn/core/model';
import { DATE_FORMAT } from '../../src/workbook/numberFormats';
import { officeOn } from './office/officeFixtures';
import { insertSampleRows } from '../../src/preview/seed';
import { SAMPLE_ROWS } from '../../src/preview/sampleRows';
import { exportWorkbook } from '../../src/preview/exportWorkbook';
import { toFileForm } from '../../src/domain/formulaDialect';
import { column, type RowValues } from '../../src/domain/schema';
import { SHEET, TABLE_NAME } from '../../src/domain/sheetLayout';
import { REPORT_SHEET } from '../../src/workbook/reportSheetsPlan';
import { unpackAll } from '../../src/workbook/file/zipRead';
import { convertDocument, recalculate } from '../support/libreoffice';
import { chartsOf } from '../support/libreCharts';
import { columnLetter } from '../../src/domain/a1';
import type { ChartRangeModel } from '../../src/excelStandIn/optional/chart';
import { bracketFindings, formulasOf, orderFindings, schemaErrors, tableRules } from '../support/ooxmlConformance';

jest.setTimeout(180_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-preview-export-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Brugsmønster, forretningskritisk and kompleksitet as a workshop sets them; two decided orders, one assessed count. */
const WORKSHOP: RowValues[] = SAMPLE_ROWS.map((_, i) => ({
  usagePattern: ['C', 'D', 'A', 'C', 'D', 'B', 'C', 'D', 'C', 'D', 'A', 'C'][i],
  businessCritical: i % 3 === 0 ? 'Ja' : 'Nej',
  cleanupComplexity: ['Lav', 'Middel', 'Høj'][i % 3],
  ...(i === 4
    ? { decidedOrder: 1, decidedScenario: 'Anvend', moveBy: new Date(Date.UTC(2027, 2, 15)), tenderTime: 2028 }
    : {}),
  ...(i === 7 ? { decidedOrder: 2, tenderTime: new Date(Date.UTC(2026, 5, 1)) } : {}),
  ...(i === 9 ? { userCountAssessed: 'Mange' } : {}),
}));

/** Beslutningsgrundlag's helper columns beside the lines (reportSheetsPlan.ts). */
const HELPER = { position: 'Tabelrække', lineKey: 'Linjens nøgle', key: 'Nøgle' };

let fake: FakeExcel;
let file: string;
let sheets: Record<string, string[][]>;

beforeAll(async () => {
  fake = createFakeExcel();
  const workbook = officeOn(fake);
  await workbook.setup();
  expect(await insertSampleRows(fake, workbook)).toBe(SAMPLE_ROWS.length);
  // The sample rows are a first screening (no C/D yet): the workshop's assessments follow through the pane's own path.
  for (const [index, values] of WORKSHOP.entries()) await workbook.writeRow(index, values);
  file = path.join(dir, 'dokumentationsark.xlsx');
  fs.writeFileSync(file, await exportWorkbook(fake.model));
  sheets = recalculate(file);
});

/** A date as LibreOffice's CSV writes it when not as shown (MM/DD/YYYY), as a serial day; else null. */
function loDate(text: string): number | null {
  const m = /^(\d\d)\/(\d\d)\/(\d{4})$/.exec(text);
  return m ? Math.round((Date.UTC(+m[3]!, +m[1]! - 1, +m[2]!) - Date.UTC(1899, 11, 30)) / 86_400_000) : null;
}

/**
 * LibreOffice's text of a cell against the stand-in's value: numbers to 9 digits, texts as they are; a number under a
 * date format (Beslutningsgrundlag's dates) comes from LibreOffice as a date, so as that date's serial day.
 */
function same(lo: string | undefined, cell: Cell): boolean {
  const text = lo ?? '';
  const value = cell.value;
  if (typeof value === 'number' && cell.numberFormat === DATE_FORMAT) return loDate(text) === Math.floor(value);
  if (typeof value === 'number')
    return text !== '' && Math.abs(Number(text.replace(/%$/, '')) - value) < 1e-9 + Math.abs(value) * 1e-9;
  if (typeof value === 'boolean') return text === (value ? 'TRUE' : 'FALSE');
  return text === String(value ?? '');
}

/** Every formula cell of a sheet: where LibreOffice's result differs from the stand-in's (the model's) value. */
function formulaCells(sheet: string, inColumn = (c: number) => c >= 0): { compared: number; differ: string[] } {
  const model = fake.model.sheet(sheet)!;
  const rows = sheets[sheet] ?? [];
  const differ: string[] = [];
  let compared = 0;
  for (const [key, cell] of model.cells) {
    if (cell.formula === undefined) continue;
    const r = Math.floor(key / 16384);
    const c = key % 16384;
    if (!inColumn(c)) continue;
    compared++;
    const lo = rows[r]?.[c];
    if (!same(lo, cell))
      differ.push(
        `${sheet}!R${r + 1}C${c + 1} ${cell.formula.slice(0, 60)}: LibreOffice «${lo}», model «${cell.value}»`,
      );
  }
  return { compared, differ };
}

test('file form: no "=", [@X] as Tabel[[#This Row],[X]], newer functions with _xlfn., strings untouched', () => {
  expect(toFileForm('=IF([@[Antal sagsbehandlere]]>1,"[@x] PERCENTILE.INC(",[@Kompleksitet])', 'Dokumentation')).toBe(
    'IF(Dokumentation[[#This Row],[Antal sagsbehandlere]]>1,"[@x] PERCENTILE.INC(",Dokumentation[[#This Row],[Kompleksitet]])',
  );
  expect(toFileForm('=IFERROR(PERCENTILE.INC(Dokumentation[Antal],1/3),"")', null)).toBe(
    'IFERROR(_xlfn.PERCENTILE.INC(Dokumentation[Antal],1/3),"")',
  );
  expect(toFileForm('=SUM([Antal])', 'T')).toBe('SUM(T[Antal])');
});

test('the file holds the stand-in’s sheets, the table and the three formula columns in file form', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(fake.sheetNames());
  const parts = unpackAll(fs.readFileSync(file), file);
  const tables = [...parts].filter(([p]) => p.startsWith('xl/tables/')).map(([, d]) => d.toString('utf8'));
  expect(tables.some((t) => new RegExp(`name="${TABLE_NAME}"`).test(t))).toBe(true);
  const sheetXml = [...parts]
    .filter(([p]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
    .map(([, d]) => d.toString('utf8'));
  const all = sheetXml.join('');
  expect(all).toMatch(/<f>[^<]*\[\[#This Row\],/);
  expect(all).not.toMatch(/<f>=/);
  expect(all).not.toMatch(/<f>[^<]*\[@/);
});

test('what Excel opens without repair: table rules, row order, conditional-format priorities, the schemas', () => {
  const parts = unpackAll(fs.readFileSync(file), file);
  const rules = tableRules(parts);
  let cfRules = 0;
  expect(rules.findings).toEqual([]);
  expect([...rules.tableNames]).toEqual(expect.arrayContaining([TABLE_NAME.toLowerCase()]));
  expect(rules.tableNames.size).toBe(fake.model.tables.length);
  expect(orderFindings(parts)).toEqual([]);
  // Structured references by Microsoft's rule: a header with special characters stands in its own brackets.
  const formulas = formulasOf(parts);
  expect(formulas.length).toBeGreaterThan(50);
  expect(formulas.flatMap((f) => bracketFindings(f.formula).map((b) => `${f.part}: ${b}`))).toEqual([]);
  for (const [part, data] of parts) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part)) continue;
    const xml = data.toString('utf8');
    const priorities = [...xml.matchAll(/<cfRule [^>]*\bpriority="(\d+)"/g)].map((m) => m[1]);
    cfRules += priorities.length;
    expect({ part, repeated: priorities.length - new Set(priorities).size }).toEqual({ part, repeated: 0 });
    for (const m of xml.matchAll(/<formula1>([^<]*)<\/formula1>/g)) expect(m[1]!.length).toBeLessThanOrEqual(255);
  }
  // Every conditional format and validation the stand-in holds is in the file.
  const held = fake.model.sheets.flatMap((s) => s.conditionalFormats).filter((f) => f.formula !== undefined).length;
  expect(cfRules).toBe(held);
  const validations = [...parts].reduce(
    (n, [, d]) => n + (d.toString('utf8').match(/<dataValidation /g)?.length ?? 0),
    0,
  );
  expect(validations).toBe(fake.model.sheets.reduce((n, s) => n + s.validations.length, 0));
  console.log(`${cfRules} conditional formats, ${validations} validations`);
  // Overblik's charts go along (one chart part each, one drawing), so the schemas check them too.
  const paneCharts = chartsOn(fake.model.sheets.find((s) => s.name === REPORT_SHEET.overview)!);
  expect(paneCharts.length).toBeGreaterThanOrEqual(3);
  expect([...parts.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(paneCharts.length);
  expect([...parts.keys()].filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))).toHaveLength(1);
  const { smlParts, errors } = schemaErrors(parts, dir);
  expect(smlParts).toBeGreaterThanOrEqual(8);
  expect(errors).toEqual([]);
});

/** A stand-in chart range as LibreOffice writes a series' range: Overblik.B5:Overblik.B9. */
const libreAddress = ({ sheet, rect }: ChartRangeModel) =>
  `${sheet.name}.${columnLetter(rect.c0)}${rect.r0 + 1}:${sheet.name}.${columnLetter(rect.c1)}${rect.r1 + 1}`;

test('the download carries the pane’s charts: LibreOffice reads cell-range series drawing the recalculated cells', () => {
  const read = chartsOf(convertDocument(file, 'ods', dir));
  const paneCharts = chartsOn(fake.model.sheets.find((s) => s.name === REPORT_SHEET.overview)!);
  // Title and series ranges as the pane draws them in Excel (Worksheet.charts on the stand-in).
  const shape = (title: string, ranges: string[]) => ({ title, ranges });
  expect(read.map((c) => shape(c.title, c.ranges)).sort((a, b) => a.title.localeCompare(b.title))).toEqual(
    paneCharts
      .map((c) =>
        shape(
          c.title,
          c.series.map((s) => libreAddress(s.values)),
        ),
      )
      .sort((a, b) => a.title.localeCompare(b.title)),
  );
  const overview = sheets[REPORT_SHEET.overview]!;
  for (const chart of read) {
    expect(chart.labels).toHaveLength(chart.ranges.length);
    chart.ranges.forEach((range, s) => {
      const m = /\.([A-Z]+)(\d+):.*\.([A-Z]+)(\d+)$/.exec(range)!;
      const col = m[1]!.charCodeAt(0) - 65;
      const cells = overview.slice(Number(m[2]) - 1, Number(m[4])).map((r) => Number(r[col]));
      expect({ range, values: chart.values[s] }).toEqual({ range, values: cells });
    });
  }
  // The workshop's rows give the charts something to draw.
  expect(read.flatMap((c) => c.values.flat()).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
});

test('print setup (an Excel with ExcelApi 1.9; the preview has 1.8 and none): orientation, zoom, header, area', async () => {
  const laid = createFakeExcel({ apiVersion: '1.9' });
  const workbook = officeOn(laid);
  await workbook.setup();
  await insertSampleRows(laid, workbook);
  const wb = new ExcelJS.Workbook();
  const bytes = await exportWorkbook(laid.model);
  await wb.xlsx.load(bytes.slice().buffer);
  // Print areas: one sheet-scoped name per sheet, all its areas in it (as the stand-in holds them).
  const parts = unpackAll(Buffer.from(bytes), 'laid.xlsx');
  const names = [
    ...parts
      .get('xl/workbook.xml')!
      .toString('utf8')
      .matchAll(/<definedName name="_xlnm.Print_Area" localSheetId="(\d+)">([^<]*)</g),
  ];
  const withArea = laid.model.sheets.filter((s) => s.pageLayout.printArea);
  expect(withArea.length).toBeGreaterThan(0);
  expect(names.map((m) => Number(m[1]))).toEqual(withArea.map((s) => laid.model.sheets.indexOf(s)));
  for (const [, id, ranges] of names) {
    const s = laid.model.sheets[Number(id)]!;
    const strip = (x: string) => x.replace(/\$/g, '').replace(/&apos;/g, "'");
    expect(
      strip(ranges!)
        .split(',')
        .map((r) => r.split('!')[1]),
    ).toEqual(strip(s.pageLayout.printArea!).split(','));
  }
  expect(schemaErrors(parts, dir).errors).toEqual([]);
  expect(orderFindings(parts)).toEqual([]);
  // Overblik's page break above the charts: the one the pane set (Worksheet.horizontalPageBreaks), as ExcelJS's row break.
  const overview = laid.model.sheet(REPORT_SHEET.overview)!;
  expect(overview.pageLayout.rowBreaks).toHaveLength(1);
  const overviewXml = parts.get(`xl/worksheets/sheet${laid.model.sheets.indexOf(overview) + 1}.xml`)!.toString('utf8');
  expect(overviewXml.match(/<rowBreaks\b[^>]*>[\s\S]*?<\/rowBreaks>/g)).toEqual([
    `<rowBreaks count="1" manualBreakCount="1"><brk id="${overview.pageLayout.rowBreaks![0]}" max="16383" man="1"/></rowBreaks>`,
  ]);
  const laidOut = laid.model.sheets.filter((s) => s.pageLayout.orientation && s.pageLayout.headerFooter);
  expect(laidOut.length).toBeGreaterThan(2);
  for (const s of laid.model.sheets) {
    const ws = wb.getWorksheet(s.name)!;
    if (s.pageLayout.orientation) expect(ws.pageSetup.orientation).toBe(s.pageLayout.orientation.toLowerCase());
    const zoom = s.pageLayout.zoom as { horizontalFitToPages?: number; scale?: number } | undefined;
    if (zoom?.horizontalFitToPages !== undefined) expect(ws.pageSetup.fitToWidth).toBe(zoom.horizontalFitToPages);
    if (s.pageLayout.headerFooter?.centerHeader)
      expect(ws.headerFooter.oddHeader).toContain(s.pageLayout.headerFooter.centerHeader);
    expect(ws.state).toBe(s.visibility === 'Visible' ? 'visible' : s.visibility === 'Hidden' ? 'hidden' : 'veryHidden');
  }
});

test('Dokumentation: Brugerantal, Omfang af oprydning and Prioritet in LibreOffice equal the model, row by row', () => {
  const doc = sheets[SHEET.documentation]!;
  const model = fake.cells(SHEET.documentation);
  const headers = model[0]!.map(String);
  const rows = doc.slice(1, 1 + SAMPLE_ROWS.length);
  expect(rows).toHaveLength(SAMPLE_ROWS.length);
  for (const key of ['userCountCategory', 'cleanupScope', 'priority'] as const) {
    const c = headers.indexOf(column(key).header);
    expect(c).toBeGreaterThanOrEqual(0);
    const lo = rows.map((r) => r[c]);
    const expected = model.slice(1, 1 + SAMPLE_ROWS.length).map((r) => r[c]);
    expect({ key, lo }).toEqual({ key, lo: expected.map((v) => (v === '' || v === undefined ? '' : String(v))) });
    expect(expected.filter((v) => v !== '').length).toBeGreaterThanOrEqual(8);
  }
});

test.each([SHEET.documentation, REPORT_SHEET.overview])(
  '%s: every formula cell in LibreOffice equals the stand-in’s computed value',
  (sheet) => {
    const { compared, differ } = formulaCells(sheet);
    expect(compared).toBeGreaterThan(10);
    expect(differ).toEqual([]);
    console.log(`${sheet}: ${compared} formula cells, LibreOffice = model`);
  },
);

test('Beslutningsgrundlag: every formula cell in LibreOffice equals the model, the helpers Tabelrække and Nøgle too', () => {
  const cells = fake.cells(REPORT_SHEET.decision);
  const headerRow = cells.findIndex((r) => r.includes(HELPER.position));
  const helpers = [HELPER.position, HELPER.lineKey, HELPER.key].map((h) => cells[headerRow]!.indexOf(h));
  expect(helpers.every((c) => c > 0)).toBe(true);
  const all = formulaCells(REPORT_SHEET.decision);
  expect(all.compared).toBeGreaterThan(100);
  expect(all.differ).toEqual([]);
  console.log(`Beslutningsgrundlag: ${all.compared} formula cells, LibreOffice = model`);
  // Two dates reached the list as dates (Flyttes senest of line 1, Udbudstidspunkt of line 2) and were compared.
  const dates = [...fake.model.sheet(REPORT_SHEET.decision)!.cells.values()].filter(
    (c) => c.formula !== undefined && c.numberFormat === DATE_FORMAT && typeof c.value === 'number' && c.value > 2100,
  );
  expect(dates).toHaveLength(2);
  // Line 1 is the row with Besluttet rækkefølge 1 (the 5th sample row), in LibreOffice as in the model.
  const lo = sheets[REPORT_SHEET.decision]!;
  expect(lo[headerRow + 1]![cells[headerRow]!.indexOf('Sagsområde')]).toBe(SAMPLE_ROWS[4]!.caseArea);
  const listed = cells.slice(headerRow + 1).filter((r) => typeof r[helpers[0]!] === 'number');
  expect(listed.length).toBe(WORKSHOP.filter((r) => r.usagePattern === 'C' || r.usagePattern === 'D').length);
});
