/** An upgraded sheet computes in LibreOffice, and the formulas fall back on typed values while inputs are empty. */
import ExcelJS from 'exceljs';
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

test('a typed Brugerantal becomes «Brugerantal (vurderet)» and wins over the computed value', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-uplo-'));
  const input = path.join(dir, 'typed.xlsx');
  const output = path.join(dir, 'up.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ark1');
  ws.addRow([
    'Fagområde',
    'Sagsområde',
    'KLE-nummer',
    'Anvender KMD Sag',
    'Antal sagsbehandlere',
    'Brugsmønster',
    'Brugerantal',
  ]);
  // Nine C rows with 1…9 sagsbehandlere: thresholds 3.67 and 6.33. The workshop judged the first «Mange», the last «få».
  for (let n = 1; n <= 9; n++)
    ws.addRow(['Social', `Område ${n}`, `32.0${n}.00`, 'Ja', n, 'C', n === 1 ? 'Mange' : n === 9 ? 'få' : null]);
  await wb.xlsx.writeFile(input);
  const file = await FileWorkbook.open(input);
  const summary = await file.upgrade();
  await file.save(output);
  const sheet = recalculate(output)['Dokumentation'];
  fs.rmSync(dir, { recursive: true, force: true });
  const h = sheet[0];
  expect(h).not.toContain('Brugerantal (indtastet)');
  const column = (name: string) => sheet.slice(1, 10).map((r) => r[h.indexOf(name)]);
  expect(column('Brugerantal (vurderet)')).toEqual(['Mange', '', '', '', '', '', '', '', 'Få']);
  expect(column('Brugerantal')).toEqual(['Mange', 'Få', 'Få', 'Mellem', 'Mellem', 'Mellem', 'Mange', 'Mange', 'Få']);
  expect(summary.typedKept).toEqual(['Brugerantal (nu i «Brugerantal (vurderet)»)']);
}, 120_000);
