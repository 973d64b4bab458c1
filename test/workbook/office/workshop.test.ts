/** «Workshopark for rækken» on the Office adapter: one cell written as text, the sheet shown, two syncs at any size. */
import { createFakeExcel } from '../../support/standIn';
import { WORKSHOP_CHOICE, WORKSHOP_SHEET } from '../../../src/workbook/workshopPlan';
import { officeOn, putR1 } from './officeFixtures';

test.each([30, 300])('with %i rows: the dropdown cell gets the sagsområde and Workshopark is shown', async (rows) => {
  const fake = createFakeExcel();
  putR1(fake, rows);
  const workbook = officeOn(fake);
  await workbook.upgrade();
  expect(fake.sheetNames()).toContain(WORKSHOP_SHEET);
  const before = fake.syncCount;
  await workbook.openWorkshopSheet('=Sygedagpenge');
  expect(fake.syncCount - before).toBe(2);
  const cells = fake.cells(WORKSHOP_SHEET);
  const [col, row] = [WORKSHOP_CHOICE.charCodeAt(0) - 65, Number(WORKSHOP_CHOICE.slice(1)) - 1];
  // The user's text stays text, never a formula.
  expect(cells[row]![col]).toBe('=Sygedagpenge');
  expect(fake.model.activeSheet.name).toBe(WORKSHOP_SHEET);
});

test('a workbook set up before Workshopark existed: a Danish message, nothing written', async () => {
  const fake = createFakeExcel();
  const workbook = officeOn(fake);
  await workbook.setup();
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(WORKSHOP_SHEET).delete();
    await context.sync();
  });
  await expect(workbook.openWorkshopSheet('Pas')).rejects.toThrow(/har ikke arket «Workshopark»/);
});
