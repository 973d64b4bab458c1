/**
 * The conditional formats that mark invalid values: LibreOffice evaluates each formula exactly where
 * validateCell finds a problem, and keeps the formats when it opens and saves the workbook.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { invalidValueFormula } from '../../src/domain/highlightFormulas';
import { column, COLUMNS, type CellValue, type ColumnKey } from '../../src/domain/schema';
import { columnLetter } from '../../src/domain/a1';
import { defaultLists, validateCell } from '../../src/domain/validation';
import { planWorkbook } from '../../src/workbook/plan';
import { workbookOfPlan } from '../support/excelRead';
import { convertDocument, recalculate } from '../support/libreoffice';

const AREAS = ['Beskæftigelse', 'Børn og Familie'];

/** Values people paste: near misses, numbers as text, text as numbers, operators and wildcards. */
const PROBES: Partial<Record<ColumnKey, CellValue[]>> = {
  usesKmdSag: ['Ja', 'ja', 'JA', ' Ja', 'Ja ', 'Nej', 'Måske', 0, 1, true, '=Ja', '*', 'J*', '<>Ja', 'J?'],
  usagePattern: ['0', 0, 'a', 'C', 'X', 'C ', 'c', 'E', 1, 'AB'],
  businessArea: ['Beskæftigelse', 'beskæftigelse', 'Teknik', 'Børn og familie', ' Beskæftigelse', 'B*'],
  caseworkerCount: [5, 0, -1, 2.5, '5', ' 5', 'mange', true, 1_000_000, '-'],
  kle: ['32.18.02', '32.18', '3218', '32.18.2', 'x', 27.1, 3218, ' 32.18.02', '00.00', '32.18.02.01', '32,18,02'],
  tenderTime: [new Date(Date.UTC(2027, 2, 1)), 2027, 1999, 2101, 36000, 50000, 'efter KY', true, -5, '2027'],
};

const KEYS = Object.keys(PROBES) as ColumnKey[];
const HEIGHT = Math.max(...KEYS.map((k) => PROBES[k]!.length));

let dir: string;
let file: string;
let probe: string[][];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-cf-'));
  file = path.join(dir, 'highlights.xlsx');
  const rows = Array.from({ length: HEIGHT }, (_, r) => COLUMNS.map((c) => PROBES[c.key]?.[r] ?? null));
  const plan = planWorkbook({ rows, businessAreas: AREAS });
  const wb = await workbookOfPlan(plan);
  // The same formulas the conditional formats hold, evaluated in cells: one column per probed column.
  const sheet = wb.addWorksheet('Probe');
  KEYS.forEach((key, j) => {
    const letter = columnLetter(plan.table.columns.findIndex((c) => c.role === 'schema' && c.key === key));
    for (let r = 0; r < HEIGHT; r++) {
      const formula = invalidValueFormula(column(key), `Dokumentation!${letter}${r + 2}`)!;
      sheet.getCell(r + 1, j + 1).value = { formula } as ExcelJS.CellFormulaValue;
    }
  });
  await wb.xlsx.writeFile(file);
  probe = recalculate(file)['Probe'];
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each(KEYS)('%s: LibreOffice marks exactly the values validateCell rejects', (key) => {
  const lists = defaultLists(AREAS);
  const j = KEYS.indexOf(key);
  const values = PROBES[key]!;
  const marked = values.map((_, r) => probe[r][j]);
  const expected = values.map((v) => (validateCell(column(key), v, lists) === null ? 'FALSE' : 'TRUE'));
  expect(values.map((v, r) => `${JSON.stringify(v)} → ${marked[r]}`)).toEqual(
    values.map((v, r) => `${JSON.stringify(v)} → ${expected[r]}`),
  );
  // Every probe column has both kinds, so the check is not vacuous.
  expect(new Set(expected)).toEqual(new Set(['TRUE', 'FALSE']));
});

test('LibreOffice keeps every highlight rule when it opens and saves the workbook', async () => {
  const out = path.join(dir, 'lo');
  convertDocument(file, 'xlsx', out);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.readFile(path.join(out, 'highlights.xlsx'));
  const ws = saved.getWorksheet('Dokumentation')!;
  const rules = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] })
    .conditionalFormattings;
  const plan = planWorkbook({ businessAreas: AREAS });
  expect(rules.length).toBeGreaterThanOrEqual(plan.table.highlights.size);
  const formulas = rules
    .flatMap((r) => r.rules.flatMap((x) => x.formulae ?? []))
    .map((f) => f.replace(/\s/g, '').toUpperCase());
  // Each of our columns comes back with a rule on its letter (LibreOffice may respell the formula).
  for (const i of plan.table.highlights.keys()) {
    const letter = columnLetter(i);
    expect({ letter, found: formulas.some((f) => new RegExp(`(^|[^A-Z$])\\$?${letter}\\$?2(?!\\d)`).test(f)) }).toEqual(
      { letter, found: true },
    );
  }
}, 120_000);
