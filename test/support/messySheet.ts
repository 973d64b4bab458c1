/** A user's own half-filled dokumentationsark, as messy as the ones kommuner bring. */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/domain/schema';

export const MESSY_HEADERS = [
  'Sagsområde',
  'Fagomrade',
  'KLE nr.',
  'Egen note',
  'Brugermønster',
  'Anvendes KMD Sag?',
  'Antal sagsbehandlere',
  'Brugerantal',
  'Kompleksitet af oprydningsarbejdet',
  'Omfanget af oprydningsarbejdet',
  'Forretningskritisk?',
  'Løsningsscenarie',
  'Bemærkninger',
  '',
  'Ansvarlig',
];

export const MESSY_ROWS: CellValue[][] = [
  [
    'Hjælp til forsørgelse',
    'Beskæftigelse',
    '32.18.02',
    'tjek med Ole',
    'C',
    'Ja',
    12,
    'Mange',
    'Høj',
    'Stort',
    'Ja',
    '2',
    '=SUM(A1:A3)',
    'skjult data',
    'Ole',
  ],
  [
    'Sygedagpenge',
    ' beskæftigelse ',
    '320102',
    null,
    'c',
    'ja',
    '7',
    null,
    'middel',
    null,
    'nej',
    3,
    '+45 12 34 56 78',
    null,
    null,
  ],
  ['Pas', 'Borgerservice', '27.12', null, 'E', 'Ja', 'mange', 'Få', 'Lav', 'Let', 'Nej', null, '-', null, 'Lis'],
  [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  [
    'Boligstøtte',
    'Borgerservice',
    'x.y',
    'gammel',
    'Q',
    'Ja',
    -2,
    null,
    'Svær',
    null,
    'Måske',
    '7',
    '@kommune',
    null,
    null,
  ],
  [
    'Anbringelse',
    'Børn og Familie',
    '27.24.00',
    null,
    'D',
    'Ja',
    null,
    'Mellem',
    'Høj',
    null,
    'Ja',
    '4. Anskaf nyt ESDH eller fagsystem',
    null,
    null,
    null,
  ],
  ['Parkering', 'Teknik', 27.1, null, '0', 'Nej', 3, null, null, null, null, null, null, null, null],
];

export async function writeMessyWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ark1');
  ws.getCell('A1').value = 'Dokumentationsark – KMD Sag Exit-strategi';
  ws.getCell('A2').value = 'Version 3, rettet af projektlederen';
  ws.getRow(3).values = MESSY_HEADERS;
  MESSY_ROWS.forEach((r, i) => (ws.getRow(4 + i).values = r as ExcelJS.CellValue[]));
  ws.getCell('P5').value = { formula: 'G5*2', result: 24 } as ExcelJS.CellFormulaValue;
  const guide = wb.addWorksheet('Vejledning');
  guide.getCell('A1').value = 'Den gamle vejledning';
  const notes = wb.addWorksheet('Noter');
  notes.getCell('B2').value = 'Møde 12/3';
  await wb.xlsx.writeFile(file);
}
