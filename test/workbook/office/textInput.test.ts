/**
 * Text stays text: whatever a user types into a text field reaches the cell as that text, however Excel could read it
 * (the stand-in converts every form listed in excelStandIn/core/model.ts, erring on the side of converting), and plain
 * words are written without the apostrophe that would show in Excel's formula bar.
 */
import { SHEET } from '../../../src/domain/sheetLayout';
import { column } from '../../../src/domain/schema';
import { toCellInput } from '../../../src/workbook/office/cellInput';
import { createFakeExcel } from '../../support/standIn';
import { officeOn } from './officeFixtures';

/** Dates, times, currency, percentages, fractions, scientific notation, zeros, booleans, errors and formula starts. */
export const TRICKY_TEXTS = [
  '5-jan',
  '1-jan-2027',
  '5/jan',
  '5 jan',
  '5. januar',
  '3. jan 2026',
  'jan-26',
  'Jan 2027',
  'marts 2027',
  '12-03-2027',
  '12/3',
  '3/12/2027',
  '2027-03-12',
  '15.03.2027',
  '10 am',
  '3 PM',
  '3pm',
  '12:30',
  '8:15:30',
  '7:00 AM',
  '100 kr.',
  '100 kr',
  'kr. 100',
  'kr 1.500,50',
  '$5',
  '5 €',
  '€5',
  '£10',
  '5%',
  '12,5%',
  '0,5',
  '1,000',
  '1.000',
  '1.000.000',
  '1/2',
  '1 1/2',
  '-3/4',
  '1e5',
  '1E-3',
  '2.5e+10',
  '007',
  '0042',
  '00',
  '42',
  '3.14',
  '-7',
  '+45 12 34 56 78',
  '(100)',
  'TRUE',
  'false',
  'SAND',
  'falsk',
  'Sand',
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '=SUM(A1:A3)',
  '=',
  '+',
  '-',
  '@kommune',
  "'citat",
  ' foran',
  'bagved ',
  '27.24.00',
  '27.24',
  '2028',
];
const PLAIN = [
  'C',
  'Ja',
  'Nej',
  'Borgerservice',
  'Hjælp til forsørgelse',
  'KMD Sag',
  'ESDH',
  'Anne Hansen',
  'jan',
  'Kr',
];

test(`${TRICKY_TEXTS.length} texts that Excel could read as something else come back exactly as typed`, async () => {
  expect(TRICKY_TEXTS.length).toBeGreaterThanOrEqual(60);
  const fake = createFakeExcel({ apiVersion: '1.12' });
  const workbook = officeOn(fake);
  await workbook.setup();
  await fake.run(async (context) => {
    const table = context.workbook.tables.getItem('Dokumentation');
    for (let i = 1; i < TRICKY_TEXTS.length; i++) table.rows.add();
    await context.sync();
  });
  for (const [i, text] of TRICKY_TEXTS.entries())
    await workbook.writeRow(i, { caseArea: `Område ${i}`, remarks: text, contactPerson: text });
  const rows = (await workbook.snapshot()).rows;
  const cells = fake.cells(SHEET.documentation);
  const remarks = cells[0].indexOf(column('remarks').header);
  const changed = TRICKY_TEXTS.filter((text, i) => cells[i + 1][remarks] !== text || rows[i].values.remarks !== text);
  expect(changed).toEqual([]);
  expect(rows.map((r) => r.values.contactPerson)).toEqual(TRICKY_TEXTS);
});

test('the stand-in is strict: written without a guard, all but the spaced texts and one dotted number would not stay text', async () => {
  const fake = createFakeExcel();
  // Formulas aside (the stand-in parses those and refuses the broken ones): every other text as typed.
  const texts = TRICKY_TEXTS.filter((t) => !/^[=+@-]/.test(t) || /^-\d/.test(t));
  fake.put('Ark1', 'A1', [['x']], { literal: true });
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem('Ark1').getRange(`A1:A${texts.length}`).values = texts.map((t) => [t]);
    await context.sync();
  });
  const cells = fake.cells('Ark1');
  // 27.24.00 is no date (month 24) and the stand-in reads no time with dots; the pane guards it all the same.
  expect(texts.filter((t, i) => cells[i][0] === t)).toEqual([' foran', 'bagved ', '27.24.00']);
});

test('plain words are written as they are: no apostrophe shows in the formula bar', () => {
  for (const word of PLAIN) expect(toCellInput(word)).toBe(word);
});
