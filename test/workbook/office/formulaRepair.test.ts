/**
 * Calculated columns without AutoCorrect: Excel fills a new table row with the formula only while "Fill formulas in tables
 * to create calculated columns" is on. Every snapshot finds formula cells that are blank or typed over and repairs them.
 */
import { column, TYPED_FALLBACK } from '../../../src/domain/schema';
import { SHEET, TABLE_NAME } from '../../../src/domain/sheetLayout';
import { createFakeExcel, type FakeExcel } from '../../support/standIn';
import { officeOn } from './officeFixtures';
import { columnLetter } from '../../../src/domain/a1';

async function setUpWith(rows: number, calculatedColumns: boolean) {
  const fake = createFakeExcel({ calculatedColumns, apiVersion: '1.12' });
  const workbook = officeOn(fake);
  await workbook.setup();
  await fake.run(async (context) => {
    const table = context.workbook.tables.getItem(TABLE_NAME);
    for (let i = 0; i < rows; i++) table.rows.add();
    await context.sync();
  });
  for (let i = 0; i <= rows; i++)
    await workbook.writeRow(i, {
      businessArea: 'Borgerservice',
      caseArea: `Område ${i}`,
      usagePattern: 'C',
      caseworkerCount: i * 3,
    });
  return { fake, workbook };
}

/** The formulas of a column's data cells. */
function formulasOf(fake: FakeExcel, header: string): (string | undefined)[] {
  const t = fake.model.table(TABLE_NAME)!;
  const [head] = fake.cells(SHEET.documentation);
  const c = head.indexOf(header);
  const out: (string | undefined)[] = [];
  for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) out.push(t.sheet.cell(r, c)?.formula);
  return out;
}

describe.each([true, false])('AutoCorrect fills formulas in tables: %s', (calculatedColumns) => {
  test('after new rows, every formula cell has its formula once the pane has read the sheet', async () => {
    const { fake, workbook } = await setUpWith(3, calculatedColumns);
    const snap = await workbook.snapshot();
    for (const key of ['userCountCategory', 'cleanupScope', 'priority'] as const) {
      const formulas = formulasOf(fake, column(key).header);
      expect(formulas).toHaveLength(4);
      expect(new Set(formulas).size).toBe(1);
      expect(formulas[0]).toMatch(/^=/);
    }
    if (calculatedColumns) expect(snap.notices).toBeUndefined();
    else
      expect(snap.notices).toEqual([
        'Formlen i Brugerantal manglede i 3 rækker og er sat ind igen.',
        'Formlen i Omfang af oprydning manglede i 3 rækker og er sat ind igen.',
        'Formlen i Prioritet manglede i 3 rækker og er sat ind igen.',
      ]);
    // The repaired cells compute: Brugerantal has a category in every row (thresholds from these C rows).
    expect(snap.rows.every((r) => typeof r.values.userCountCategory === 'string')).toBe(true);
    expect((await workbook.snapshot()).notices).toBeUndefined();
  });
});

test('a value typed over a formula moves to the «(indtastet)» column; only that cell is repaired', async () => {
  const { fake, workbook } = await setUpWith(4, true);
  await workbook.snapshot();
  const [head] = fake.cells(SHEET.documentation);
  const col = head.indexOf(column('userCountCategory').header);
  const letter = columnLetter(col);
  fake.put(SHEET.documentation, `${letter}3`, [['Mange']], { literal: true });
  fake.resetStats();
  const snap = await workbook.snapshot();
  expect(fake.syncCount).toBeLessThanOrEqual(4);
  expect(snap.notices).toEqual([
    'Formlen i Brugerantal manglede i 1 række og er sat ind igen. 1 indtastet værdi er flyttet til «Brugerantal (indtastet)».',
  ]);
  const cells = fake.cells(SHEET.documentation);
  const typed = cells[0].indexOf(TYPED_FALLBACK.userCountCategory);
  expect(typed).toBeGreaterThan(0);
  expect(cells.slice(1).map((r) => r[typed])).toEqual(['', 'Mange', '', '', '']);
  expect(new Set(formulasOf(fake, column('userCountCategory').header)).size).toBe(1);
});

test('a sheet without broken formula cells is read in one sync, as before', async () => {
  const { fake, workbook } = await setUpWith(2, true);
  await workbook.snapshot();
  fake.resetStats();
  expect((await workbook.snapshot()).notices).toBeUndefined();
  expect(fake.syncCount).toBe(1);
});
