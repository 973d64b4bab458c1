/**
 * What Excel opens without repair: every XML part of the files dokark writes validates against the ECMA-376
 * Transitional schemas (/work/shared/ooxml-xsd, after markup-compatibility processing as Excel does it), and the
 * rules Excel checks beyond the schema hold: table headers equal the header cells, table ids and names unique,
 * rows and cells in order, a calculated column's formula in every data cell of the column.
 */
import ExcelJS from 'exceljs';
// ExcelJS reads our calculated columns only with the tests' patch.
import '../support/excelRead';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { unpackAll } from '../../src/workbook/file/zipRead';
import { writeMessyWorkbook } from '../support/messySheet';
import { benchGrid } from '../../scripts/officeBench';
import {
  bracketFindings,
  formulasOf,
  orderFindings,
  schemaErrors,
  tableRules,
  type Parts,
} from '../support/ooxmlConformance';

jest.setTimeout(120_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-conformance-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const files: Record<string, Parts> = {};

beforeAll(async () => {
  const messy = path.join(dir, 'messy.xlsx');
  await writeMessyWorkbook(messy);
  const bench = path.join(dir, 'bench.xlsx');
  const old = new ExcelJS.Workbook();
  old.addWorksheet('Ark1').addRows(benchGrid(300));
  old.addWorksheet('Noter').getCell('B2').value = { text: 'KOMBIT', hyperlink: 'https://www.kombit.dk' };
  await old.xlsx.writeFile(bench);
  for (const [name, input] of [
    ['upgraded messy sheet', messy],
    ['upgraded 300-row sheet', bench],
  ]) {
    const wb = await FileWorkbook.open(input);
    await wb.upgrade();
    const out = path.join(dir, `${name}.xlsx`);
    await wb.save(out);
    files[name] = unpackAll(fs.readFileSync(out), out);
  }
  // dokark workshop on the upgraded sheet: the handouts put into the package as it stands.
  const handouts = await FileWorkbook.open(path.join(dir, 'upgraded 300-row sheet.xlsx'));
  await handouts.addWorkshopHandouts('Beskæftigelse');
  await handouts.save(path.join(dir, 'handouts.xlsx'));
  files['workshop handouts'] = unpackAll(fs.readFileSync(path.join(dir, 'handouts.xlsx')), 'handouts.xlsx');
  const fresh = new FileWorkbook();
  await fresh.setup();
  await fresh.save(path.join(dir, 'new.xlsx'));
  files['new workbook'] = unpackAll(fs.readFileSync(path.join(dir, 'new.xlsx')), 'new.xlsx');
});

const CASES = ['upgraded messy sheet', 'upgraded 300-row sheet', 'new workbook', 'workshop handouts'];

describe.each(CASES)('%s: Overblik’s charts', (name) => {
  test('three chart parts and their drawing, validating against dml-chart.xsd and dml-spreadsheetDrawing.xsd', () => {
    const parts = files[name]!;
    const charts = [...parts.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(3);
    const only = new Map([...parts].filter(([p]) => /^xl\/(charts|drawings)\//.test(p)));
    expect(schemaErrors(only, dir).errors).toEqual([]);
    // Every series reads a range of Overblik; the content types name each part.
    for (const c of charts) {
      const xml = parts.get(c)!.toString('utf8');
      expect(xml.match(/<c:val><c:numRef><c:f>'Overblik'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+<\/c:f>/g)?.length).toBeGreaterThan(
        1,
      );
    }
    const types = parts.get('[Content_Types].xml')!.toString('utf8');
    expect(types.match(/drawingml\.chart\+xml/g)).toHaveLength(3);
    expect(types).toContain('officedocument.drawing+xml');
  });
});

describe.each(CASES)('%s', (name) => {
  test('every structured reference puts a header with special characters in its own brackets', () => {
    const formulas = formulasOf(files[name]);
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas.some((f) => f.formula.includes('Dokumentation[[KLE-nummer]]'))).toBe(true);
    const findings = formulas.flatMap((f) => bracketFindings(f.formula).map((b) => `${f.part}: ${b}`));
    expect(findings).toEqual([]);
  });

  test('every XML part validates against the ECMA-376 schemas', () => {
    const { smlParts, errors } = schemaErrors(files[name], dir);
    expect(smlParts).toBeGreaterThanOrEqual(8);
    expect(errors).toEqual([]);
  });

  test('tables: unique ids and names, headers equal the header cells, calculated columns in every data cell', () => {
    const rules = tableRules(files[name]);
    expect(rules.findings).toEqual([]);
    expect(rules.tableNames.has('dokumentation')).toBe(true);
    expect(rules.calculatedColumns).toBeGreaterThan(0);
  });

  test('rows ascending, cells ascending within each row and in their row', () => {
    expect(orderFindings(files[name])).toEqual([]);
  });
});
