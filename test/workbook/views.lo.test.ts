/** Overblik, Fremdrift and Beslutningsgrundlag, recalculated by LibreOffice, equal the domain functions. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { computeSheet } from '../../src/domain/prioritisation';
import { SCENARIO_LABELS } from '../../src/domain/lists';
import { criticalOverview, decisionOrder, progressOverview, scenarioOverview } from '../support/overviewModel';
import { column } from '../../src/domain/schema';
import { defaultLists } from '../../src/domain/validation';
import { planWorkbook } from '../../src/workbook/plan';
import { DECISION_KEYS, DECISION_POSITION_HEADER } from '../../src/workbook/reportSheetsPlan';
import { writePlan } from '../../src/workbook/file/xlsxWrite';
import { AREAS, generateRows, toTableRow } from '../support/generate';
import { recalculate } from '../support/libreoffice';

const rows = generateRows(300, 23);
let sheets: Record<string, string[][]>;
let ms = 0;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-views-'));
  const file = path.join(dir, 'views.xlsx');
  const wb = new ExcelJS.Workbook();
  writePlan(wb, planWorkbook({ rows: rows.map(toTableRow), businessAreas: AREAS }));
  await wb.xlsx.writeFile(file);
  const started = Date.now();
  sheets = recalculate(file);
  ms = Date.now() - started;
  fs.rmSync(dir, { recursive: true, force: true });
}, 180_000);

/** The rows of the table whose header row starts with `first`, up to the next empty row. */
function tableAfter(sheet: string[][], first: string, nth = 1): string[][] {
  const starts = sheet.map((r, i) => (r[0] === first ? i : -1)).filter((i) => i >= 0);
  const start = starts[nth - 1] ?? -1;
  expect(start).toBeGreaterThanOrEqual(0);
  const out: string[][] = [];
  for (let i = start + 1; i < sheet.length && sheet[i][0] !== ''; i++) out.push(sheet[i]);
  return out;
}
const nums = (r: string[], from: number, to: number) => r.slice(from, to).map(Number);

describe('views computed by LibreOffice', () => {
  test('OverblikScenarie: per fagområde × løsningsscenarie, with sums and a total line', () => {
    console.log(`LibreOffice recalculated the views of 300 rows in ${ms} ms`);
    const lines = tableAfter(sheets['Overblik'], 'Fagområde');
    const expected = scenarioOverview(rows, AREAS, SCENARIO_LABELS);
    expect(lines.map((l) => l[0])).toEqual([...AREAS, 'I alt']);
    lines.forEach((l, i) => {
      const e = expected[i];
      expect({ area: l[0], n: nums(l, 1, 10) }).toEqual({
        area: e.area,
        n: [...e.scenarios, e.withoutScenario, e.total, e.caseworkers, e.manualCases, e.journalNotes],
      });
    });
    expect(expected[expected.length - 1].total).toBe(300);
    expect(expected.some((e) => e.withoutScenario > 0 && e.scenarios.every((s) => s > 0))).toBe(true);
  });

  test('OverblikKritisk: C and D rows by forretningskritisk × omfang', () => {
    const computed = computeSheet(rows);
    const expected = criticalOverview(
      rows,
      computed.map((c) => c.cleanupScope),
    );
    const lines = tableAfter(sheets['Overblik'], 'Forretningskritisk');
    expect(lines.map((l) => l[0])).toEqual(['Ja', 'Nej', '(tom)']);
    expect(lines.map((l) => nums(l, 1, 5))).toEqual(expected);
    expect(expected.flat().filter((n) => n > 0).length).toBeGreaterThan(6);
  });

  test('Fremdrift: rows, screened, with brugsmønster, complete To-be and rows with a finding', () => {
    const expected = progressOverview(rows, AREAS, defaultLists(AREAS));
    const lines = tableAfter(sheets['Overblik'], 'Fagområde', 2);
    expect(lines.map((l) => ({ area: l[0], n: nums(l, 1, 6) }))).toEqual(
      expected.map((e) => ({ area: e.area, n: [e.rows, e.screened, e.withPattern, e.toBeComplete, e.withFinding] })),
    );
    expect(expected.every((e) => e.withFinding > 0 && e.withFinding < e.rows)).toBe(true);
  });

  test('Beslutningsgrundlag: the C and D rows in Prioritet order', () => {
    const order = decisionOrder(rows);
    const sheet = sheets['Beslutningsgrundlag'];
    expect(sheet[0]).toEqual([...DECISION_KEYS.map((k) => column(k).header), DECISION_POSITION_HEADER]);
    const body = sheet.slice(1).filter((r) => r[0] !== '');
    expect(body).toHaveLength(order.length);
    const computed = computeSheet(rows);
    body.forEach((line, rank) => {
      const i = order[rank];
      const r = rows[i];
      const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
      expect(line.slice(0, 10)).toEqual([
        String(rank + 1),
        text(r.businessArea),
        text(r.caseArea),
        text(r.usagePattern),
        text(r.businessCritical),
        computed[i].cleanupScope,
        computed[i].userCountCategory,
        text(r.solutionScenario),
        text(r.remarks),
        String(i + 1),
      ]);
    });
  });
});
