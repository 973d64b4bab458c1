/** Overblik, Fremdrift and Beslutningsgrundlag, recalculated by LibreOffice, equal the domain functions. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { computeSheet } from '../../src/domain/prioritisation';
import { MOVES, needsDecision, SCENARIO_LABELS } from '../../src/domain/lists';
import {
  criticalOverview,
  decidedOrder,
  decisionSummary,
  progressOverview,
  scenarioOverview,
} from '../../src/domain/overview';
import { column, type RowValues } from '../../src/domain/schema';
import { defaultLists } from '../../src/domain/validation';
import { planWorkbook } from '../../src/workbook/plan';
import { DECISION_LINE_HEADER, DECISION_LIST, DECISION_LIST_ROW } from '../../src/workbook/reportSheetsPlan';
import { writePlan } from '../../src/workbook/file/xlsxWrite';
import { AREAS, generateRows, toTableRow } from '../support/generate';
import { recalculate } from '../support/libreoffice';

const rows = withDecisions(generateRows(300, 23));

/** Decisions on the C and D rows: other scenarios than recommended, orders that repeat, some rows left undecided. */
function withDecisions(generated: RowValues[]): RowValues[] {
  let j = 0;
  return generated.map((r, i) => {
    if (!needsDecision(r.usagePattern)) return i === 7 ? { ...r, move: MOVES[0] } : r;
    j++;
    return {
      ...r,
      decidedScenario: j % 5 === 0 ? null : SCENARIO_LABELS[j % 4],
      decidedOrder: j % 3 === 0 ? (j % 7) + 1 : null,
      move: j % 2 === 0 ? MOVES[j % 3] : null,
      moveBy: j % 4 === 0 ? new Date(Date.UTC(2027, j % 12, 1 + (j % 28))) : null,
      tenderTime: j % 6 === 0 ? 2028 : j % 6 === 1 ? new Date(Date.UTC(2026, 5, 15)) : r.tenderTime,
    };
  });
}
let sheets: Record<string, string[][]>;
let ms = 0;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-views-'));
  const file = path.join(dir, 'views.xlsx');
  const wb = new ExcelJS.Workbook();
  writePlan(wb, planWorkbook({ rows: rows.map(toTableRow), businessAreas: AREAS }));
  await wb.xlsx.writeFile(file);
  const started = Date.now();
  sheets = recalculate(file, { asShown: true });
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

  test('Overblik per løsningsscenarie: C/D sagsområder, sagsbehandlere, manuelle sager, journalnotater, anbefalet and besluttet', () => {
    const lines = tableAfter(sheets['Overblik'], 'Løsningsscenarie');
    const expected = decisionSummary(rows, SCENARIO_LABELS);
    expect(lines.map((l) => ({ label: l[0], numbers: nums(l, 1, 9) }))).toEqual(expected);
    // The generated decisions differ from the recommendations, so the two sides are not equal.
    expect(expected.some((e) => e.numbers[0] !== e.numbers[1])).toBe(true);
  });

  test('Beslutningsgrundlag: the summary on top, then the C and D rows in decided order (Besluttet rækkefølge, else Prioritet)', () => {
    const sheet = sheets['Beslutningsgrundlag'];
    const summary = tableAfter(sheet, 'Løsningsscenarie');
    expect(summary.map((l) => ({ label: l[0], numbers: nums(l, 1, 9) }))).toEqual(
      decisionSummary(rows, SCENARIO_LABELS),
    );
    const order = decidedOrder(rows);
    const header = sheet[DECISION_LIST_ROW - 1];
    expect(header.slice(0, DECISION_LIST.length + 1)).toEqual([
      DECISION_LINE_HEADER,
      ...DECISION_LIST.map((d) => d.header ?? column(d.key).header),
    ]);
    const body = sheet.slice(DECISION_LIST_ROW).filter((r) => r[0] !== '');
    expect(body).toHaveLength(order.length);
    const computed = computeSheet(rows);
    // Dates as Dokumentation shows them (DATE_FORMAT), years and texts as they are.
    const pad = (n: number) => String(n).padStart(2, '0');
    const shown = (v: unknown) =>
      v === null || v === undefined
        ? ''
        : v instanceof Date
          ? `${pad(v.getUTCDate())}-${pad(v.getUTCMonth() + 1)}-${v.getUTCFullYear()}`
          : String(v);
    body.forEach((line, rank) => {
      const i = order[rank]!;
      const r = { ...rows[i], cleanupScope: computed[i]!.cleanupScope, priority: computed[i]!.priority };
      expect(line.slice(0, DECISION_LIST.length + 1)).toEqual([
        String(rank + 1),
        ...DECISION_LIST.map((d) => shown(r[d.key])),
      ]);
    });
    // Decided rows come first, in their order; a decided order that repeats is broken by Prioritet.
    const decided = order.filter((i) => typeof rows[i]!.decidedOrder === 'number');
    expect(decided.length).toBeGreaterThan(5);
    expect(order.slice(0, decided.length)).toEqual(decided);
    expect(new Set(decided.map((i) => rows[i]!.decidedOrder)).size).toBeLessThan(decided.length);
  });
});
