/**
 * «Opgrader» of our own table of an older layout keeps the user's formulas in their own columns: structured references
 * to the table ([@Sagsområde], Dokumentation[…]) are written once the new table exists, so Excel can resolve them, and a
 * text typed as '=… (which Range.formulas gives back without its apostrophe, office-js #6687) stays text.
 */
import { COLUMNS, DECISION_KEYS_IN_TABLE, column } from '../../../src/domain/schema';
import { SHEET, TABLE_NAME } from '../../../src/domain/sheetLayout';
import { columnLetter } from '../../../src/domain/a1';
import { createFakeExcel } from '../../support/standIn';
import { officeOn } from './officeFixtures';

const OLD = COLUMNS.filter((c) => c.kind !== 'formula' && !DECISION_KEYS_IN_TABLE.includes(c.key)).map((c) => c.header);
const ROW_FORMULA = '=[@Sagsområde]&" ("&[@[KLE-nummer]]&")"';
const TOTAL_FORMULA = '=SUM(Dokumentation[Antal sagsbehandlere])&" i alt, "&COUNTA(Dokumentation[[KLE-nummer]])';

test('user formulas with structured references survive «Opgrader», and a text that looks like a formula stays text', async () => {
  const fake = createFakeExcel({ apiVersion: '1.12' });
  const headers = [...OLD, 'Egen formel', 'I alt', 'Egen tekst'];
  const width = headers.length;
  const rows = [
    ['Borgerservice', 'Pas', '23.15.00'],
    ['Social', 'Merudgifter', '27.04.12'],
  ].map(([area, caseArea, kle], i) =>
    headers.map((h) =>
      h === column('businessArea').header
        ? area
        : h === column('caseArea').header
          ? caseArea
          : h === column('kle').header
            ? kle
            : h === column('caseworkerCount').header
              ? 5 + i
              : null,
    ),
  );
  fake.put(SHEET.documentation, 'A1', [headers, ...rows], { literal: true });
  const last = columnLetter(width - 1);
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEET.documentation);
    context.workbook.tables.add(ws.getRange(`A1:${last}3`), true).name = TABLE_NAME;
    await context.sync();
    for (const r of [2, 3]) {
      ws.getRange(`${columnLetter(width - 3)}${r}`).formulas = [[ROW_FORMULA]];
      ws.getRange(`${columnLetter(width - 2)}${r}`).formulas = [[TOTAL_FORMULA]];
      ws.getRange(`${columnLetter(width - 1)}${r}`).values = [["'=ikke en formel"]];
    }
    await context.sync();
  });
  const workbook = officeOn(fake);
  expect((await workbook.detect()).status).toBe('upgradable');
  await workbook.upgrade();
  const t = fake.model.table(TABLE_NAME)!;
  const [head] = fake.cells(SHEET.documentation);
  const cell = (r: number, header: string) => t.sheet.cell(t.rect.r0 + r, t.rect.c0 + head.indexOf(header));
  for (const r of [1, 2]) {
    expect(cell(r, 'Egen formel')?.formula).toBe(ROW_FORMULA);
    expect(cell(r, 'I alt')?.formula).toMatch(/^=SUM\(Dokumentation\[Antal sagsbehandlere\]\)/);
    expect(cell(r, 'Egen tekst')?.formula).toBeUndefined();
    expect(cell(r, 'Egen tekst')?.value).toBe('=ikke en formel');
  }
});
