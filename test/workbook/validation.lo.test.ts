/** The KLE validation formula, computed by LibreOffice, agrees with validateCell; every validation formula fits Excel's 255 characters. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { kleValidationFormula } from '../../src/domain/prioritisationFormulas';
import { column } from '../../src/domain/schema';
import { defaultLists, validateCell } from '../../src/domain/validation';
import { planWorkbook } from '../../src/workbook/plan';
import { recalculate } from '../support/libreoffice';

const SAMPLES: (string | number)[] = [
  '32.18.02',
  '32.18',
  '00.01.00',
  '99.99.99',
  '321802',
  '3218',
  '32.18.2',
  '32.1.02',
  '3.18.02',
  ' 32.18',
  '32.18 ',
  '32,18,02',
  '32-18-02',
  '3e.18.02',
  '-2.18.02',
  '32.18.02.01',
  'ab.cd.ef',
  '32..18',
  '32.18.',
  '.32.18',
  27.12,
  32,
];

test('KLE formula = validateCell on tricky inputs', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KLE');
  SAMPLES.forEach((s, i) => {
    ws.getCell(`A${i + 1}`).value = s;
    ws.getCell(`B${i + 1}`).value = { formula: kleValidationFormula(`A${i + 1}`) } as ExcelJS.CellFormulaValue;
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-kle-'));
  const file = path.join(dir, 'kle.xlsx');
  await wb.xlsx.writeFile(file);
  const rows = recalculate(file)['KLE'];
  fs.rmSync(dir, { recursive: true, force: true });
  const lists = defaultLists();
  const actual = SAMPLES.map((s, i) => ({ s, valid: rows[i][1] }));
  const expected = SAMPLES.map((s) => ({
    s,
    valid: validateCell(column('kle'), s, lists) === null ? 'TRUE' : 'FALSE',
  }));
  expect(actual).toEqual(expected);
  expect(expected.filter((e) => e.valid === 'TRUE')).toHaveLength(4);
}, 120_000);

test('every data validation formula is within Excel’s 255-character limit and has no array constants', () => {
  const plan = planWorkbook();
  const specs = [...plan.table.validations.values(), ...plan.lists.validations.map((v) => v.spec)];
  for (const spec of specs) {
    const text =
      spec.rule.kind === 'list' ? spec.rule.source : spec.rule.kind === 'custom' ? spec.rule.formula('XFD1048576') : '';
    expect(text.length).toBeLessThanOrEqual(255);
    expect(text).not.toMatch(/\{/);
    expect(spec.error.length).toBeLessThanOrEqual(225);
    expect(spec.errorTitle.length).toBeLessThanOrEqual(32);
    expect(spec.prompt.length).toBeLessThanOrEqual(255);
    expect(spec.promptTitle.length).toBeLessThanOrEqual(32);
  }
});

test('Udbudstidspunkt keeps a year as a year, a date as a date and text as text', async () => {
  const { toTableRow } = await import('../support/generate');
  const { planPackage } = await import('../../src/workbook/file/upgradePackage');
  const { zipPartsForSaving } = await import('../../src/workbook/file/packageFile');
  const rows = [{ tenderTime: 2027 }, { tenderTime: new Date(Date.UTC(2027, 2, 1)) }, { tenderTime: '2. halvår 2028' }];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-date-'));
  const file = path.join(dir, 'date.xlsx');
  fs.writeFileSync(file, await zipPartsForSaving(planPackage(planWorkbook({ rows: rows.map(toTableRow) })).parts));
  const sheet = recalculate(file)['Dokumentation'];
  fs.rmSync(dir, { recursive: true, force: true });
  const col = sheet[0].indexOf('Udbudstidspunkt');
  const shown = sheet.slice(1, 4).map((r) => r[col]);
  expect([shown[0], shown[2]]).toEqual(['2027', '2. halvår 2028']);
  // LibreOffice's CSV writes the date in its own locale order; what matters is that it is a date, not 46447.
  expect(shown[1]).toMatch(/^(01|03)[-/.](03|01)[-/.]2027$/);
}, 120_000);
