/** The fake's failure injection behaves as Excel does: the failing sync keeps what ran before the failure. */
import { createFakeExcel } from '../support/standIn';

async function writeThree(fake: ReturnType<typeof createFakeExcel>) {
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('Ark1');
    ws.getRange('A1').values = [[1]];
    ws.getRange('A2').values = [[2]];
    ws.getRange('A3').values = [[3]];
    await context.sync();
  });
}

test('a failing sync throws the Excel code after the given actions, and keeps what ran (not transactional)', async () => {
  const fake = createFakeExcel();
  // The sheet's lookup, then per write its range and the write itself: five actions are the first two writes.
  fake.failSync('AccessDenied', { afterActions: 5 });
  await expect(writeThree(fake)).rejects.toMatchObject({ code: 'AccessDenied' });
  expect(fake.cells('Ark1')).toEqual([[1], [2]]);
  await writeThree(fake);
  expect(fake.cells('Ark1')).toEqual([[1], [2], [3]]);
});

test('by default only a sync that writes fails; `on: any` fails reads too, `times` in a row', async () => {
  const fake = createFakeExcel();
  fake.failSync('GeneralException');
  const read = () =>
    fake.run(async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
    });
  await expect(read()).resolves.toBeUndefined();
  await expect(writeThree(fake)).rejects.toMatchObject({ code: 'GeneralException' });
  fake.failSync('Conflict', { on: 'any', times: 2 });
  await expect(read()).rejects.toMatchObject({ code: 'Conflict' });
  await expect(read()).rejects.toMatchObject({ code: 'Conflict' });
  await expect(read()).resolves.toBeUndefined();
});
