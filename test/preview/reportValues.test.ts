/**
 * The preview's stand-in shows results on Overblik, Beslutningsgrundlag and Workshopark (computed from the domain's
 * models), while the cells keep their formulas. Expected figures are counted here straight from the rows.
 */
import { newOffice, officeOn, putR1 } from '../workbook/office/officeFixtures';
import { createFakeExcel, type FakeExcel } from '../support/standIn';
import { insertSampleRows } from '../../src/preview/seed';
import { SAMPLE_BUSINESS_AREAS, SAMPLE_ROWS } from '../../src/preview/sampleRows';
import { needsDecision } from '../../src/domain/lists';
import { column, type RowValues } from '../../src/domain/schema';
import { validateRow } from '../../src/domain/validation';
import { SHEET } from '../../src/domain/sheetLayout';
import {
  ALL_CD,
  DECISION_LINE_HEADER,
  PATTERN_LINES,
  PROGRESS_HEADERS,
  REPORT_SHEET,
  REPORT_TABLE,
} from '../../src/workbook/reportSheetsPlan';
import { WORKSHOP_SHEET } from '../../src/workbook/workshopPlan';

const SHEETS = [REPORT_SHEET.overview, REPORT_SHEET.decision, WORKSHOP_SHEET];

/** Formula cells that show their own formula text (Excel would show the result). */
function formulaTextShown(fake: FakeExcel): string[] {
  return SHEETS.flatMap((s) =>
    [...fake.model.sheet(s)!.cells.entries()]
      .filter(([, cell]) => cell.formula !== undefined && cell.value === cell.formula)
      .map(([key, cell]) => `${s}!${key} ${cell.formula!.slice(0, 40)}`),
  );
}

/** Cells that show a text beginning with "=" (the sample rows have no such user text). */
const equalsShown = (fake: FakeExcel) =>
  SHEETS.flatMap((s) => fake.cells(s).flat()).filter((v) => typeof v === 'string' && v.startsWith('='));

/** A table on Overblik as { label: { header: value } }. */
function tableOf(fake: FakeExcel, name: string): Record<string, Record<string, unknown>> {
  const t = fake.model.table(name)!;
  const cells = fake.cells(t.sheet.name);
  const headers = cells[t.rect.r0]!.slice(0, t.rect.c1 + 1).map(String);
  const out: Record<string, Record<string, unknown>> = {};
  for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++)
    out[String(cells[r]![0])] = Object.fromEntries(headers.map((h, c) => [h, cells[r]![c]]));
  return out;
}

const lower = (v: unknown) => String(v ?? '').toLowerCase();

test('after Opret and the 12 sample rows: no formula text shown, the totals are the rows’ own', async () => {
  const { fake, workbook } = newOffice();
  await workbook.setup();
  await insertSampleRows(fake, workbook);
  expect(formulaTextShown(fake)).toEqual([]);
  expect(equalsShown(fake)).toEqual([]);
  const caseworkers = (rows: readonly RowValues[]) =>
    rows.reduce((s, r) => s + (typeof r.caseworkerCount === 'number' ? r.caseworkerCount : 0), 0);
  // Every row in use by brugsmønster; the scenario table counts the C and D rows, its «I alt» their number.
  const all = tableOf(fake, REPORT_TABLE.pattern)['I alt']!;
  expect(all).toMatchObject({ Sagsområder: SAMPLE_ROWS.length, Sagsbehandlere: caseworkers(SAMPLE_ROWS) });
  expect(caseworkers(SAMPLE_ROWS)).toBeGreaterThan(100);
  const cd = SAMPLE_ROWS.filter((r) => needsDecision(r.usagePattern));
  expect(tableOf(fake, REPORT_TABLE.scenario)['I alt']).toMatchObject({ [ALL_CD]: cd.length });
  // Overblik fills itself: the rows written through the pane brought their fagområder, no «Opdater» needed.
  for (const name of [REPORT_TABLE.scenario, REPORT_TABLE.area, REPORT_TABLE.progress])
    expect(Object.keys(tableOf(fake, name))).toEqual(expect.arrayContaining([...SAMPLE_BUSINESS_AREAS]));
  expect(JSON.stringify(fake.cells(REPORT_SHEET.overview))).not.toContain('tilføj fagområder');
  expect(tableOf(fake, REPORT_TABLE.area)['I alt']).toMatchObject({
    Sagsområder: cd.length,
    Sagsbehandlere: caseworkers(cd),
  });
  // The formulas are still there: a cell that shows a number has its formula.
  const t = fake.model.table(REPORT_TABLE.pattern)!;
  const cell = t.sheet.cell(t.rect.r0 + 1 + PATTERN_LINES.indexOf('I alt'), 1)!;
  expect(cell.formula).toMatch(/^=SUMPRODUCT\(/);
  expect(cell.value).toBe(SAMPLE_ROWS.length);
});

describe('an upgraded sheet with C and D rows and decisions', () => {
  const fake = createFakeExcel();
  const workbook = officeOn(fake);
  let doc: unknown[][];
  let headers: string[];
  const at = (name: string) => headers.indexOf(name);

  beforeAll(async () => {
    putR1(fake, 40);
    await workbook.upgrade();
    const snapshot = await workbook.snapshot();
    const cd = snapshot.rows.filter((r) => needsDecision(r.values.usagePattern));
    expect(cd.length).toBeGreaterThan(8);
    // Decided orders on some C/D rows (one repeated), and a Flyttes senest date.
    await workbook.writeRow(cd[5]!.index, { decidedOrder: 1, decidedScenario: 'Anvend' });
    await workbook.writeRow(cd[2]!.index, { decidedOrder: 2, moveBy: new Date(Date.UTC(2027, 2, 15)) });
    await workbook.writeRow(cd[7]!.index, { decidedOrder: 2 });
    doc = fake.cells(SHEET.documentation);
    headers = doc[0]!.map(String);
  });

  test('no formula text shown anywhere on the three sheets', () => {
    expect(formulaTextShown(fake)).toEqual([]);
  });

  test('Overblik: rows per fagområde and Fremdrift’s rows with findings, counted from the table', async () => {
    const scenario = tableOf(fake, REPORT_TABLE.scenario);
    const progress = tableOf(fake, REPORT_TABLE.progress);
    const snapshot = await workbook.snapshot();
    const areas = Object.keys(progress);
    expect(areas.length).toBeGreaterThan(3);
    for (const area of areas) {
      const mine = doc
        .slice(1)
        .filter((r) => lower(r[at(column('businessArea').header)]) === lower(area))
        .filter((r) => needsDecision(r[at(column('usagePattern').header)]));
      expect({ area, n: scenario[area]![ALL_CD] }).toEqual({ area, n: mine.length });
      const withFinding = snapshot.rows.filter(
        (r) => lower(r.values.businessArea) === lower(area) && validateRow(r.values, snapshot.lists).length > 0,
      );
      expect({ area, n: progress[area]![PROGRESS_HEADERS[5]!] }).toEqual({ area, n: withFinding.length });
    }
    expect(Object.values(progress).some((l) => Number(l[PROGRESS_HEADERS[5]!]) > 0)).toBe(true);
  });

  test('Beslutningsgrundlag: C/D rows by Besluttet rækkefølge, then Prioritet, with their fields', () => {
    const p = at(column('priority').header);
    const o = at(column('decidedOrder').header);
    const expected = doc
      .slice(1)
      .filter((r) => typeof r[p] === 'number')
      .sort((a, b) => {
        const oa = typeof a[o] === 'number' ? (a[o] as number) : Infinity;
        const ob = typeof b[o] === 'number' ? (b[o] as number) : Infinity;
        return oa - ob || (a[p] as number) - (b[p] as number);
      });
    const sheet = fake.cells(REPORT_SHEET.decision);
    const head = sheet.findIndex((r) => r[0] === DECISION_LINE_HEADER);
    const listHeaders = sheet[head]!.map(String);
    const lines = sheet.slice(head + 1).filter((r) => r[0] !== '');
    const col = (name: string) => listHeaders.indexOf(name);
    expect(lines.map((l) => l[0])).toEqual(expected.map((_, i) => i + 1));
    expect(lines.map((l) => l[col('Sagsområde')])).toEqual(expected.map((r) => r[at('Sagsområde')]));
    expect(lines.map((l) => l[col('Prioritet')])).toEqual(expected.map((r) => r[p]));
    expect(lines[0]![col('Besluttet løsningsscenarie')]).toBe('Anvend');
    // The hidden helpers agree: line n's key is its table row's key (Nøgle sits on the table row's line), ascending.
    const lineKeys = lines.map((l) => l[col('Linjens nøgle')] as number);
    expect(lines.map((l) => sheet[head + (l[col('Tabelrække')] as number)]![col('Nøgle')])).toEqual(lineKeys);
    expect([...lineKeys].sort((a, b) => a - b)).toEqual(lineKeys);
    // The hidden helper points at each line's table row.
    expect(lines.map((l) => doc[l[col('Tabelrække')] as number]![at('Sagsområde')])).toEqual(
      lines.map((l) => l[col('Sagsområde')]),
    );
    // A date is a number on the line, shown as Dokumentation shows it (DATE_FORMAT).
    const flyttes = col('Flyttes senest');
    expect(lines.map((l) => l[flyttes])).toContain(46461);
    const shown = fake.shownCells(REPORT_SHEET.decision).slice(head + 1);
    expect(shown.filter((r) => r[0] !== '').map((l) => l[flyttes])).toContain('15-03-2027');
    // Lines past the last C/D row show nothing (the hidden helpers after the gap hold each table row's key).
    const gap = listHeaders.indexOf('');
    expect(gap).toBeGreaterThan(10);
    expect(sheet.slice(head + 1 + lines.length).every((r) => r.slice(0, gap).every((v) => v === ''))).toBe(true);
  });

  test('Workshopark shows the chosen row’s answers, and nothing for a sagsområde not in the table', async () => {
    const row = doc[3]!;
    await workbook.openWorkshopSheet(String(row[at('Sagsområde')]));
    const cells = fake.cells(WORKSHOP_SHEET);
    const answer = (label: string) => cells.find((r) => r[0] === label)?.[1];
    expect(answer('Fagområde')).toBe(String(row[at('Fagområde')] ?? ''));
    expect(answer('KLE-nummer')).toBe(String(row[at('KLE-nummer')] ?? ''));
    expect(answer('Antal sagsbehandlere')).toBe(row[at('Antal sagsbehandlere')] ?? ''); // a number (#,##0), not a text
    expect(cells.filter((r) => r[1] !== '' && r[0] !== 'Sagsområde').length).toBeGreaterThan(3);
    await workbook.openWorkshopSheet('Findes ikke');
    const after = fake.cells(WORKSHOP_SHEET);
    expect(after.slice(3).every((r) => r[1] === '' || String(r[0]).startsWith('Spørgsmål til To-be'))).toBe(true);
  });
});
