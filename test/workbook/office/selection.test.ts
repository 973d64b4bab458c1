/** Selection over the strict stand-in: Excel without a selection to give, and a selection read that stays small. */
import { SHEET } from '../../../src/domain/sheetLayout';
import { createFakeExcel, FakeExcelError } from '../../support/standIn';
import { newOffice, officeOn } from './officeFixtures';
import { generateRows } from '../../support/generate';

describe('the stand-in refuses a selection Excel cannot give', () => {
  test.each(['InactiveWorkbook', 'InvalidSelection'] as const)(
    "getActiveCell fails with %s while another workbook has focus (Microsoft's error codes; office-js #5319)",
    async (code) => {
      const fake = createFakeExcel();
      fake.setFocused(false, code);
      const error = await fake
        .run(async (context) => {
          context.workbook.getActiveCell().load('address');
          await context.sync();
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FakeExcelError);
      expect((error as FakeExcelError).code).toBe(code);
      fake.setSelection('Ark1', 'B2');
      const address = await fake.run(async (context) => {
        const cell = context.workbook.getActiveCell().load('address');
        await context.sync();
        return cell.address;
      });
      expect(address).toBe('Ark1!B2');
    },
  );

  test('getActiveWorksheet fails with UnsupportedSheet while a chart sheet is active (error codes; office-js #2444)', async () => {
    const fake = createFakeExcel();
    fake.showChartSheet();
    const error = await fake
      .run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().load('name');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect((error as FakeExcelError).code).toBe('UnsupportedSheet');
  });
});

describe('OfficeWorkbook: the active row', () => {
  test('no row, and no error, when the workbook is not focused or a chart sheet is active', async () => {
    const { fake, workbook } = newOffice();
    await workbook.setup();
    fake.setSelection(SHEET.documentation, 'B2');
    expect(await workbook.activeRowIndex()).toBe(0);
    for (const code of ['InactiveWorkbook', 'InvalidSelection'] as const) {
      fake.setFocused(false, code);
      expect(await workbook.activeRowIndex()).toBeNull();
      expect(await workbook.activeRow()).toBeNull();
    }
    fake.setSelection(SHEET.documentation, 'B2');
    fake.showChartSheet();
    expect(await workbook.activeRowIndex()).toBeNull();
    expect(await workbook.activeRow()).toBeNull();
  });

  test('reads only the active row: two syncs and a response that does not grow with the table', async () => {
    const measure = async (count: number) => {
      const { fake, workbook } = newOffice();
      await workbook.setup();
      const rows = generateRows(count, 3);
      await fake.run(async (context) => {
        const table = context.workbook.tables.getItem('Dokumentation');
        for (let i = 1; i < count; i++) table.rows.add();
        await context.sync();
      });
      await workbook.writeRow(count - 1, { businessArea: rows[0].businessArea, caseArea: 'Sidste række' });
      fake.setSelection(SHEET.documentation, `C${count + 1}`);
      fake.resetStats();
      const active = await workbook.activeRow();
      return { active, syncs: fake.syncCount, response: fake.maxResponseBytes };
    };
    const small = await measure(10);
    const large = await measure(2000);
    expect(small.active?.index).toBe(9);
    expect(large.active?.index).toBe(1999);
    expect(large.active?.row?.values.caseArea).toBe('Sidste række');
    expect(large.active?.row?.excelRow).toBe(2001);
    expect(large.syncs).toBeLessThanOrEqual(2);
    expect(small.syncs).toBe(large.syncs);
    // The same cells are read at both sizes; only digits in the numbers may differ.
    expect(Math.abs(large.response - small.response)).toBeLessThan(64);
  });

  test('a blank active row is a row index without values', async () => {
    const fake = createFakeExcel();
    const workbook = officeOn(fake);
    await workbook.setup();
    fake.setSelection(SHEET.documentation, 'A2');
    expect(await workbook.activeRow()).toMatchObject({ index: 0, row: null, next: null });
  });

  test('«Næste række» is the next non-blank row among the few below; none when they are all blank', async () => {
    const { fake, workbook } = newOffice();
    await workbook.setup();
    await fake.run(async (context) => {
      const table = context.workbook.tables.getItem('Dokumentation');
      for (let i = 1; i < 12; i++) table.rows.add();
      await context.sync();
    });
    // Rows 0, 2 and 8 are filled; 1 is blank; 3–7 are blank, more than the window.
    for (const i of [0, 2, 8]) await workbook.writeRow(i, { businessArea: 'Borgerservice', caseArea: `Række ${i}` });
    fake.setSelection(SHEET.documentation, 'B2');
    expect((await workbook.activeRow())?.next).toBe(2);
    fake.setSelection(SHEET.documentation, 'B4');
    const third = await workbook.activeRow();
    expect(third?.row?.values.caseArea).toBe('Række 2');
    expect(third?.next).toBeNull();
    fake.setSelection(SHEET.documentation, 'B6');
    expect(await workbook.activeRow()).toMatchObject({ index: 4, row: null, next: 8 });
    fake.setSelection(SHEET.documentation, 'B13');
    expect((await workbook.activeRow())?.next).toBeNull();
  });

  test('the row read brings the lists as Lister has them now (a fagområde added in Excel is in the dropdown)', async () => {
    const { fake, workbook } = newOffice();
    await workbook.setup();
    fake.put(SHEET.lists, 'A2', [['Borgerservice'], ['Job og Ydelse']], { literal: true });
    fake.setSelection(SHEET.documentation, 'B2');
    const active = await workbook.activeRow();
    expect(active?.lists?.businessAreas).toEqual(['Borgerservice', 'Job og Ydelse']);
    expect(active?.lists).toEqual((await workbook.snapshot()).lists);
  });
});
