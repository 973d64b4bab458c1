/** Workbooks for the pane's failure paths: the Office adapter over the strict fake, and what a co-author does meanwhile. */
import { HEADER_ROW, SHEET, TABLE_NAME } from '../../src/domain/sheetLayout';
import { createFakeExcel, type FakeExcel } from '../support/standIn';
import { MAX_COLUMNS } from '../../src/excelStandIn/core/address';
import type { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { officeOn, putR1 } from '../workbook/office/officeFixtures';

export interface Backed {
  fake: FakeExcel;
  workbook: OfficeWorkbook;
}

/** An older dokumentationsark (title, blank row, header row 3, `rows` rows) in Ark1: the pane offers «Opgrader». */
export function upgradable(rows = 8, apiVersion = '1.12'): Backed {
  const fake = createFakeExcel({ apiVersion });
  putR1(fake, rows);
  return { fake, workbook: officeOn(fake) };
}

/** The same sheet upgraded, with the user's cursor in data row `index` (0-based). */
export async function ready(index = 1, rows = 8): Promise<Backed> {
  const backed = upgradable(rows);
  await backed.workbook.upgrade();
  backed.fake.setSelection(SHEET.documentation, `B${HEADER_ROW + 1 + index}`);
  return backed;
}

/** A co-author deletes data row `index` of the table: the rows below move up, the table shrinks. No event reaches the pane. */
export function coAuthorDeletesRow(fake: FakeExcel, index: number): void {
  const t = fake.model.table(TABLE_NAME)!;
  const s = t.sheet;
  const move = (from: number, to: number, c: number) => {
    const cell = s.cells.get(from * MAX_COLUMNS + c);
    if (cell) s.cells.set(to * MAX_COLUMNS + c, cell);
    else s.cells.delete(to * MAX_COLUMNS + c);
  };
  for (let r = t.rect.r0 + 1 + index; r < t.rect.r1; r++)
    for (let c = t.rect.c0; c <= t.rect.c1; c++) move(r + 1, r, c);
  for (let c = t.rect.c0; c <= t.rect.c1; c++) s.cells.delete(t.rect.r1 * MAX_COLUMNS + c);
  t.rect = { ...t.rect, r1: t.rect.r1 - 1 };
}

/** A co-author renames a header of the table. */
export function coAuthorRenamesColumn(fake: FakeExcel, from: string, to: string): void {
  const t = fake.model.table(TABLE_NAME)!;
  for (let c = t.rect.c0; c <= t.rect.c1; c++) {
    const cell = t.sheet.cell(t.rect.r0, c);
    if (cell?.value === from) t.sheet.edit(t.rect.r0, c).value = to;
  }
}

/** A co-author deletes the sheet with the table. */
export async function coAuthorDeletesSheet(fake: FakeExcel, name: string = SHEET.documentation): Promise<void> {
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
}
