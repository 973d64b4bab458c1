/**
 * The formula columns, recalculated by LibreOffice, equal the TypeScript functions row by row. 1,000 rows: the columns
 * are table formulas, the same text in every row, so more rows prove no more; `npm run bench` times 5,000.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { computeSheet, DEFAULT_SETTINGS, percentileInc, type Settings } from '../../src/domain/prioritisation';
import { COLUMNS, COMPUTED_KEYS, type RowValues } from '../../src/domain/schema';
import { planWorkbook } from '../../src/workbook/plan';
import { workbookOfPlan } from '../support/excelRead';
import { AREAS, generateRows, toTableRow, withAssessments } from '../support/generate';
import { recalculate } from '../support/libreoffice';
import { decisionLines } from '../../src/domain/overview';
import { DECISION_LIST_ROW, DECISION_HELPERS } from '../../src/workbook/reportSheetsPlan';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-lo-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

async function roundTrip(name: string, rows: RowValues[], settings: Partial<Settings> = {}) {
  const wb = await workbookOfPlan(planWorkbook({ rows: rows.map(toTableRow), businessAreas: AREAS }));
  const lists = wb.getWorksheet('Lister')!;
  if (settings.lowThreshold != null) lists.getCell('K2').value = settings.lowThreshold;
  if (settings.highThreshold != null) lists.getCell('K3').value = settings.highThreshold;
  if (settings.strategy) lists.getCell('K4').value = settings.strategy;
  const file = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  const started = Date.now();
  const sheets = recalculate(file);
  const ms = Date.now() - started;
  const expected = computeSheet(
    rows.map((r) => ({
      usagePattern: r.usagePattern,
      businessCritical: r.businessCritical,
      cleanupComplexity: r.cleanupComplexity,
      caseworkerCount: r.caseworkerCount,
      manualCaseCount: r.manualCaseCount,
      assessedUserCountCategory: r.userCountAssessed,
    })),
    { ...DEFAULT_SETTINGS, ...settings },
  );
  const body = sheets['Dokumentation'].slice(1, rows.length + 1);
  // LibreOffice's CSV writes numbers as shown (no thousands separators in General), texts as they are.
  const read = (text: string | undefined) =>
    text === undefined || text === '' || isNaN(Number(text)) ? (text ?? '') : Number(text);
  const actual = body.map((cells) => Object.fromEntries(COMPUTED_KEYS.map((k) => [k, read(cells[col(k)])])));
  return { actual, expected, ms, sheets };
}

const same = (actual: readonly object[], expected: readonly object[]) =>
  actual.forEach((a, i) => expect({ row: i + 2, ...a }).toEqual({ row: i + 2, ...expected[i] }));

/** C/D rows whose key equals another's: the ties that only sheet order decides. */
const keyTies = (actual: Record<string, unknown>[]) => {
  const keys = actual.map((a) => a.priorityKey).filter((k) => k !== '');
  return keys.length - new Set(keys).size;
};

describe('LibreOffice recalculation of the formula columns', () => {
  test.each(['Tungeste først', 'Letteste først'])(
    '1,000 generated rows with ties, blanks, invalid values and assessments: %s, thresholds from the C/D rows',
    async (strategy) => {
      const rows = withAssessments(generateRows(1000, 7), 7);
      const { actual, expected, ms, sheets } = await roundTrip(`cd-${strategy.slice(0, 4)}`, rows, { strategy });
      console.log(`LibreOffice recalculated 1,000 rows (${strategy}) in ${ms} ms`);
      expect(actual).toHaveLength(1000);
      same(actual, expected);
      // The data is varied enough to exercise every branch.
      expect(new Set(actual.map((a) => a.userCountCategory))).toEqual(
        new Set(['', 'Få', 'Mellem', 'Mange', 'mange', 'Ukendt']),
      );
      expect(new Set(actual.map((a) => a.cleanupScope))).toEqual(new Set(['', 'Let', 'Moderat', 'Stort']));
      const ranks = actual.map((a) => a.priority).filter((p) => p !== '') as number[];
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks.map((_, i) => i + 1));
      expect(keyTies(actual)).toBeGreaterThan(20);
      // Threshold cells computed by PERCENTILE.INC over the C/D rows, not #NAME?.
      const low = Number(sheets['Lister'][1][10].replace(',', '.'));
      const cd = expected.map((e) => e.decisionCaseworkerCount).filter((n) => n !== '') as number[];
      expect(low).toBeCloseTo(percentileInc(cd, 1 / 3)!, 6);
      expect(cd.length).toBeLessThan(rows.filter((r) => typeof r.caseworkerCount === 'number').length);
    },
    180_000,
  );

  test('1,000 rows, lightest first with fixed thresholds', async () => {
    const rows = withAssessments(generateRows(1000, 11), 11);
    const { actual, expected } = await roundTrip('fixed', rows, {
      strategy: 'Letteste først',
      lowThreshold: 8,
      highThreshold: 20,
    });
    same(actual, expected);
    expect(keyTies(actual)).toBeGreaterThan(20);
  }, 180_000);

  test('Beslutningsgrundlag on 1,000 rows: decided orders with ties, decimals, out of range and text, then Prioritet', async () => {
    const orders = [1, 1, 2, 3, 3, 3, 2.5, 0, 100_001, 'to', null, null, null, null];
    const rows = withAssessments(generateRows(1000, 5), 5).map((r, i) => ({ ...r, decidedOrder: orders[i % 14] }));
    const { actual, sheets } = await roundTrip('decision', rows);
    const expected = decisionLines(rows.map((r, i) => ({ ...r, priority: actual[i]!.priority })));
    const sheet = sheets['Beslutningsgrundlag']!;
    const position = sheet[DECISION_LIST_ROW - 1]!.indexOf(DECISION_HELPERS[0]!);
    const lines = sheet.slice(DECISION_LIST_ROW).filter((l) => l[0] !== '');
    expect(expected.length).toBeGreaterThan(250);
    // Each line's table row (1-based) is the model's, in the model's order.
    expect(lines.map((l) => Number(l[position]) - 1)).toEqual(expected);
    expect(lines.map((l) => l[0])).toEqual(expected.map((_, n) => String(n + 1)));
  }, 180_000);

  test('the domain example: users 1…9 give 1–3 Få, 4–6 Mellem, 7–9 Mange', async () => {
    const rows: RowValues[] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({
      caseworkerCount: n,
      usagePattern: 'D',
      cleanupComplexity: 'Middel',
    }));
    const { actual } = await roundTrip('example', rows);
    expect(actual.map((a) => a.userCountCategory)).toEqual([
      'Få',
      'Få',
      'Få',
      'Mellem',
      'Mellem',
      'Mellem',
      'Mange',
      'Mange',
      'Mange',
    ]);
    expect(actual.map((a) => a.priority)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
  }, 120_000);

  test('a D row with 50 beside A, B and E rows with 200–400 is Mange; «Brugerantal (vurderet)» wins', async () => {
    const r = (usagePattern: string, caseworkerCount: number | null, userCountAssessed: string | null = null) => ({
      usagePattern,
      caseworkerCount,
      userCountAssessed,
      cleanupComplexity: 'Middel',
    });
    const rows: RowValues[] = [
      r('A', 400),
      r('B', 300),
      r('E', 200),
      r('D', 50),
      r('C', 10),
      r('D', 20),
      r('C', 30, 'Få'),
      r('A', null, 'Mange'),
    ];
    const { actual, expected } = await roundTrip('cd-example', rows);
    same(actual, expected);
    // Thresholds from 50, 10, 20, 30 only: 20 and 30.
    expect(actual.map((a) => a.userCountCategory)).toEqual([
      'Mange',
      'Mange',
      'Mange',
      'Mange',
      'Få',
      'Få',
      'Få',
      'Mange',
    ]);
    expect(actual.map((a) => a.cleanupScope)).toEqual([
      'Stort',
      'Stort',
      'Stort',
      'Stort',
      'Let',
      'Let',
      'Let',
      'Stort',
    ]);
  }, 120_000);

  test.each([
    ['Tungeste først', [4, 2, 1, 6, 3, 5]],
    ['Letteste først', [2, 3, 5, 6, 4, 1]],
  ])(
    'ties on Forretningskritisk and Omfang, %s: sagsbehandlere, manuelle sager, sheet order',
    async (strategy, want) => {
      const r = (caseworkerCount: number | null, manualCaseCount: number | null) => ({
        usagePattern: 'C',
        businessCritical: 'Nej',
        cleanupComplexity: 'Middel',
        userCountAssessed: 'Mellem',
        caseworkerCount,
        manualCaseCount,
      });
      const rows = [r(5, 1), r(5, 9), r(10, null), r(null, null), r(5, 9), r(2, null)];
      const { actual, expected } = await roundTrip(`ties-${strategy.slice(0, 4)}`, rows, { strategy });
      same(actual, expected);
      expect(actual.map((a) => a.priority)).toEqual(want);
    },
    120_000,
  );
});
