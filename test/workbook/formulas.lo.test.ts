/** The formula columns, recalculated by LibreOffice, equal the TypeScript functions row by row. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { computeSheet, DEFAULT_SETTINGS, type Settings } from '../../src/domain/prioritisation';
import { COLUMNS, type RowValues } from '../../src/domain/schema';
import { planWorkbook } from '../../src/workbook/plan';
import { writePlan } from '../../src/workbook/file/xlsxWrite';
import { AREAS, generateRows, toTableRow } from '../support/generate';
import { recalculate } from '../support/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-lo-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

async function roundTrip(name: string, rows: RowValues[], settings: Partial<Settings> = {}) {
  const wb = new ExcelJS.Workbook();
  writePlan(wb, planWorkbook({ rows: rows.map(toTableRow), businessAreas: AREAS }));
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
    })),
    { ...DEFAULT_SETTINGS, ...settings },
  );
  const body = sheets['Dokumentation'].slice(1, rows.length + 1);
  const actual = body.map((cells) => ({
    userCountCategory: cells[col('userCountCategory')],
    cleanupScope: cells[col('cleanupScope')],
    priority: cells[col('priority')] === '' ? '' : Number(cells[col('priority')]),
  }));
  return { actual, expected, ms, sheets };
}

describe('LibreOffice recalculation of the formula columns', () => {
  test('300 generated rows with ties, blanks and invalid values: default settings', async () => {
    const rows = generateRows(300, 7);
    const { actual, expected, ms, sheets } = await roundTrip('default', rows);
    console.log(`LibreOffice recalculated 300 rows in ${ms} ms`);
    expect(actual).toHaveLength(300);
    actual.forEach((a, i) => expect({ row: i + 2, ...a }).toEqual({ row: i + 2, ...expected[i] }));
    // The data is varied enough to exercise every branch.
    expect(new Set(actual.map((a) => a.userCountCategory))).toEqual(new Set(['', 'Få', 'Mellem', 'Mange']));
    expect(new Set(actual.map((a) => a.cleanupScope))).toEqual(new Set(['', 'Let', 'Moderat', 'Stort']));
    const ranks = actual.map((a) => a.priority).filter((p) => p !== '') as number[];
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks.map((_, i) => i + 1));
    // Threshold cells computed by PERCENTILE.INC, not #NAME?.
    expect(Number(sheets['Lister'][1][10].replace(',', '.'))).not.toBeNaN();
  }, 120_000);

  test('lightest first and fixed thresholds', async () => {
    const rows = generateRows(200, 11);
    const { actual, expected } = await roundTrip('lightest', rows, {
      strategy: 'Letteste først',
      lowThreshold: 8,
      highThreshold: 20,
    });
    actual.forEach((a, i) => expect({ row: i + 2, ...a }).toEqual({ row: i + 2, ...expected[i] }));
  }, 120_000);

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
});
