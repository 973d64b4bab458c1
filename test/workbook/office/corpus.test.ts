/** The corpus of messy sheets through the Office adapter on the strict fake: nothing lost, no text turned formula, a second run writes nothing. */
import { SHEET } from '../../../src/domain/sheetLayout';
import type { CellValue } from '../../../src/domain/schema';
import { excelDateSerial } from '../../../src/workbook/office/cellInput';
import { createFakeExcel, type FakeExcel } from '../../support/standIn';
import { gridOf } from '../../support/excelRead';
import { UserError } from '../../../src/workbook/errors';
import { CORPUS } from '../../support/corpus';
import { dataRowCount, sameValue, sourceCellsOf } from '../../support/corpusCheck';
import { newOffice, officeOn } from './officeFixtures';

/** The fake holds constants only: sheets with user formulas (cached results) and set-up tables are left to the file adapter. */
const REPRESENTABLE = CORPUS.filter((c) => !c.ready && c.name !== 'real-formulas');

/** Puts every sheet of a corpus workbook into a fresh fake, as typed text (dates as Excel serials). */
async function fakeOf(
  build: () => Promise<import('exceljs').Workbook>,
): Promise<{ fake: FakeExcel; grids: Map<string, CellValue[][]> }> {
  const wb = await build();
  const fake = createFakeExcel();
  const grids = new Map<string, CellValue[][]>();
  for (const ws of wb.worksheets) {
    const grid = gridOf(ws);
    expect(grid.formulas!.flat().filter(Boolean)).toEqual([]);
    const values = grid.values.map((row) => row.map((v) => (v instanceof Date ? excelDateSerial(v) : v)));
    fake.put(ws.name, 'A1', values, { literal: true });
    grids.set(ws.name, values);
  }
  return { fake, grids };
}

const writes = (fake: FakeExcel) => fake.syncs.reduce((n, s) => n + s.writes, 0);
const state = (fake: FakeExcel) => fake.sheetNames().map((name) => [name, fake.cells(name)]);

describe.each(REPRESENTABLE.map((c) => [c.name, c] as const))('%s on the fake', (_name, entry) => {
  test('upgrade keeps every value in its row and column, text stays text, the original is set aside untouched', async () => {
    const { fake, grids } = await fakeOf(entry.build);
    const before = new Map(fake.sheetNames().map((n) => [n, fake.cells(n)]));
    const workbook = officeOn(fake);
    const summary = await workbook.upgrade();
    const cells = sourceCellsOf(entry, { values: grids.get(entry.sheet)! });
    expect(summary.rows).toBe(dataRowCount(cells));

    const table = fake.cells(SHEET.documentation);
    const sheet = fake.model.sheet(SHEET.documentation)!;
    const headers = table[0].map(String);
    const problems: unknown[] = [];
    for (const cell of cells) {
      const col = headers.indexOf(cell.target);
      const raw = col < 0 ? undefined : table[cell.targetRow - 1]?.[col];
      const to = raw === '' || raw === undefined ? null : raw;
      if (col < 0 || !sameValue(cell.target, cell.value, to))
        problems.push({ row: cell.sourceRow, header: cell.header, from: cell.value, to });
      if (col >= 0 && typeof cell.value === 'string' && sheet.cell(cell.targetRow - 1, col)?.formula !== undefined) {
        problems.push({
          row: cell.sourceRow,
          header: cell.header,
          from: cell.value,
          formula: sheet.cell(cell.targetRow - 1, col)?.formula,
        });
      }
    }
    expect(problems).toEqual([]);
    expect(fake.cells(SHEET.backup)).toEqual(before.get(entry.sheet));
    for (const [name, cellsBefore] of before) {
      if (name === entry.sheet) continue;
      const kept = fake.sheetNames().includes(`${name} (før opgradering)`) ? `${name} (før opgradering)` : name;
      expect([kept, fake.cells(kept)]).toEqual([kept, cellsBefore]);
    }

    // A second run changes nothing: upgrade refuses, setup says so, and neither writes.
    const after = state(fake);
    fake.resetStats();
    await expect(workbook.upgrade()).rejects.toThrow(UserError);
    expect((await workbook.setup()).created).toBe(false);
    expect(writes(fake)).toBe(0);
    expect(state(fake)).toEqual(after);
  });
});

test('setup twice, then upgrade: the second and third runs write nothing', async () => {
  const { fake, workbook } = newOffice();
  expect((await workbook.setup()).created).toBe(true);
  const after = state(fake);
  fake.resetStats();
  expect((await workbook.setup()).created).toBe(false);
  await expect(workbook.upgrade()).rejects.toThrow(/allerede i den nye udgave/);
  expect(writes(fake)).toBe(0);
  expect(state(fake)).toEqual(after);
});
