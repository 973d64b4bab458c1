/**
 * «Opgrader» of our own table of an older layout, as a file: user formulas with structured references to the table
 * (this row's Sagsområde and KLE-nummer, the column Antal sagsbehandlere) keep working in the new table, value by value
 * after LibreOffice recalculates, and a header the new layout renamed is renamed in the references too.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { COLUMNS, DECISION_KEYS_IN_TABLE, column } from '../../src/domain/schema';
import { SHEET, TABLE_NAME } from '../../src/domain/sheetLayout';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { recalculate } from '../support/libreoffice';

const OLD_KLE = 'KLE nr'; // an older header of KLE-nummer, matched forgivingly
const OLD = COLUMNS.filter((c) => c.kind !== 'formula' && !DECISION_KEYS_IN_TABLE.includes(c.key)).map((c) =>
  c.key === 'kle' ? OLD_KLE : c.header,
);
const ROWS = [
  ['Borgerservice', 'Pas', '23.15.00', 4],
  ['Social', 'Merudgifter', '27.04.12', 6],
] as const;

test('structured references in a user column compute in the upgraded table', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-userf-'));
  const input = path.join(dir, 'old.xlsx');
  const output = path.join(dir, 'new.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET.documentation);
  const at = (h: string) => OLD.indexOf(h);
  ws.addTable({
    name: TABLE_NAME,
    ref: 'A1',
    headerRow: true,
    columns: [...OLD, 'Egen formel', 'I alt'].map((name) => ({ name })),
    rows: ROWS.map(([area, caseArea, kle, users]) => {
      const row: unknown[] = OLD.map(() => null);
      row[at(column('businessArea').header)] = area;
      row[at(column('caseArea').header)] = caseArea;
      row[at(OLD_KLE)] = kle;
      row[at(column('caseworkerCount').header)] = users;
      return [
        ...row,
        { formula: `${TABLE_NAME}[[#This Row],[Sagsområde]]&" ("&${TABLE_NAME}[[#This Row],[${OLD_KLE}]]&")"` },
        { formula: `SUM(${TABLE_NAME}[Antal sagsbehandlere])` },
      ];
    }),
  });
  await wb.xlsx.writeFile(input);
  const book = await FileWorkbook.open(input);
  await book.upgrade();
  await book.save(output);
  const sheet = recalculate(output)[SHEET.documentation]!;
  fs.rmSync(dir, { recursive: true, force: true });
  const head = sheet[0]!;
  const cell = (r: number, h: string) => sheet[r]![head.indexOf(h)];
  expect(head).toContain(column('kle').header);
  expect([1, 2].map((r) => cell(r, 'Egen formel'))).toEqual(['Pas (23.15.00)', 'Merudgifter (27.04.12)']);
  expect([1, 2].map((r) => cell(r, 'I alt'))).toEqual(['10', '10']);
}, 120_000);
