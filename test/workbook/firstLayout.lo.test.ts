/** The first layout upgraded, recalculated by LibreOffice: the user's formula computes, the decision sheet lists the C/D rows. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { SHEET } from '../../src/domain/sheetLayout';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { DECISION_LIST_ROW } from '../../src/workbook/reportSheetsPlan';
import { recalculate } from '../support/libreoffice';

test('first layout → upgraded → LibreOffice: values kept, the user formula computes, C/D rows in Beslutningsgrundlag', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-first-lo-'));
  const out = path.join(dir, 'upgraded.xlsx');
  const wb = await FileWorkbook.open(path.join(__dirname, '..', 'fixtures', 'first-layout.xlsx'));
  await wb.upgrade();
  await wb.save(out);
  const sheets = recalculate(out);
  fs.rmSync(dir, { recursive: true, force: true });
  const doc = sheets[SHEET.documentation]!;
  const h = doc[0]!;
  const at = (name: string) => h.indexOf(name);
  const body = doc.slice(1, 7);
  expect(body.map((r) => r[at('Sagsområde')])).toEqual([
    'Hjælp til forsørgelse',
    'Sygedagpenge',
    'Særlig støtte til børn og unge',
    'Byggesagsbehandling',
    'Pas og kørekort',
    'Hjælpemidler',
  ]);
  body.forEach((r) =>
    expect(r[at('Egen formel')]).toBe(`${r[at('Sagsområde')]!.length}/${r[at('Antal sagsbehandlere')]}`),
  );
  expect(body.map((r) => r[at('Egne noter')])).toEqual([1, 2, 3, 4, 5, 6].map((i) => `note ${i}`));
  const lines = sheets['Beslutningsgrundlag']!.slice(DECISION_LIST_ROW).filter((r) => r[0] !== '');
  // The four C/D rows, in Prioritet order (no decided order yet): forretningskritisk Ja first.
  expect(lines.map((l) => l[0])).toEqual(['1', '2', '3', '4']);
  expect(lines.map((l) => l[2]).sort()).toEqual(
    ['Byggesagsbehandling', 'Hjælp til forsørgelse', 'Sygedagpenge', 'Særlig støtte til børn og unge'].sort(),
  );
  expect(lines[3]![2]).toBe('Byggesagsbehandling');
}, 120_000);
