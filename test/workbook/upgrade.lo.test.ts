/** An upgraded sheet computes in LibreOffice, and the formulas fall back on typed values while inputs are empty. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { writeMessyWorkbook } from '../support/messySheet';
import { recalculate } from '../support/libreoffice';

test('typed Brugerantal and Omfang are the fallback; computed values win when inputs exist', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-uplo-'));
  const input = path.join(dir, 'messy.xlsx');
  const output = path.join(dir, 'up.xlsx');
  await writeMessyWorkbook(input);
  const wb = await FileWorkbook.open(input);
  await wb.upgrade();
  await wb.save(output);
  const sheet = recalculate(output)['Dokumentation'];
  fs.rmSync(dir, { recursive: true, force: true });
  const h = sheet[0];
  const at = (row: string[], name: string) => row[h.indexOf(name)];
  const rows = sheet.slice(1, 7);
  expect(rows.map((r) => at(r, 'Sagsområde'))).toEqual([
    'Hjælp til forsørgelse',
    'Sygedagpenge',
    'Pas',
    'Boligstøtte',
    'Anbringelse',
    'Parkering',
  ]);
  // Thresholds from the C/D rows' counts only, 12 and 7 (8.67 and 10.33); 3 and (invalid) -2 are not C/D rows.
  expect(rows.map((r) => at(r, 'Brugerantal'))).toEqual(['Mange', 'Få', 'Få', 'Få', 'Mellem', 'Få']);
  // Pas has the text "mange" as count: no number, so the typed "Få" stands. Anbringelse: no count, typed "Mellem" → Høj × Mellem = Stort.
  expect(rows.map((r) => at(r, 'Omfang af oprydning'))).toEqual(['Stort', 'Let', 'Let', '', 'Stort', '']);
  expect(rows.map((r) => at(r, 'Prioritet'))).toEqual(['1', '3', '', '', '2', '']);
}, 120_000);
