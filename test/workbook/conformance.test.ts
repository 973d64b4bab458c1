/**
 * What Excel opens without repair: every XML part of the files dokark writes validates against the ECMA-376
 * Transitional schemas (/work/shared/ooxml-xsd, after markup-compatibility processing as Excel does it), and the
 * rules Excel checks beyond the schema hold: table headers equal the header cells, table ids and names unique,
 * rows and cells in order, a calculated column's formula in every data cell of the column.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { unpackAll } from '../../src/workbook/file/zipRead';
import { writeMessyWorkbook } from '../support/messySheet';
import { benchGrid } from '../../scripts/officeBench';

jest.setTimeout(120_000);

// The schemas stay in ../shared beside the project (never copied in).
const XSD = path.join(__dirname, '..', '..', '..', 'shared', 'ooxml-xsd');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-conformance-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Parts = Map<string, Buffer>;
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
  const fresh = new FileWorkbook();
  await fresh.setup();
  await fresh.save(path.join(dir, 'new.xlsx'));
  files['new workbook'] = unpackAll(fs.readFileSync(path.join(dir, 'new.xlsx')), 'new.xlsx');
});

/** Markup compatibility as a consumer applies it: ignorable namespaces' attributes and elements dropped. */
function compatible(xml: string): string {
  const ignorable = /\smc:Ignorable="([^"]*)"/.exec(xml)?.[1].split(/\s+/).filter(Boolean) ?? [];
  let out = xml.replace(/<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>/g, (m) => {
    const fallback = /<mc:Fallback>([\s\S]*?)<\/mc:Fallback>/.exec(m);
    return fallback ? fallback[1] : '';
  });
  for (const p of ignorable) {
    out = out.replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, 'g'), '');
    out = out.replace(new RegExp(`<${p}:(\\w+)\\b[^>]*/>|<${p}:(\\w+)\\b[^>]*>[\\s\\S]*?</${p}:\\1>`, 'g'), '');
  }
  // Declared neither in these first-edition schemas nor needed to validate (see the schemas' README).
  return out.replace(/\smc:Ignorable="[^"]*"/, '').replace(/(<t\b[^>]*?)\sxml:space="preserve"/g, '$1');
}

function schemaFor(name: string): string | null {
  if (name === '[Content_Types].xml') return 'opc-contentTypes.xsd';
  if (name.endsWith('.rels')) return 'opc-relationships.xsd';
  if (name.startsWith('xl/theme/') || name.startsWith('docProps/')) return null;
  return name.endsWith('.xml') ? 'sml.xsd' : null;
}

const CASES = ['upgraded messy sheet', 'upgraded 300-row sheet', 'new workbook'];

describe.each(CASES)('%s', (name) => {
  test('every XML part validates against the ECMA-376 schemas', () => {
    const parts = files[name];
    const bySchema = new Map<string, string[]>();
    const folder = fs.mkdtempSync(path.join(dir, 'parts-'));
    let i = 0;
    for (const [part, data] of parts) {
      const schema = schemaFor(part);
      if (!schema) continue;
      const file = path.join(folder, `${i++}-${path.basename(part)}`);
      fs.writeFileSync(file, compatible(data.toString('utf8')));
      bySchema.set(schema, [...(bySchema.get(schema) ?? []), file]);
    }
    expect(bySchema.get('sml.xsd')?.length).toBeGreaterThanOrEqual(8);
    for (const [schema, list] of bySchema) {
      let output = '';
      try {
        execFileSync('xmllint', ['--noout', '--schema', path.join(XSD, schema), ...list], { stdio: 'pipe' });
      } catch (error) {
        output = String((error as { stderr?: Buffer }).stderr ?? error);
      }
      expect(output).toBe('');
    }
  });

  test('tables: unique ids and names, headers equal the header cells, calculated columns in every data cell', () => {
    const parts = files[name];
    const text = (p: string) => parts.get(p)!.toString('utf8');
    const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
      [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''),
    );
    const ids = new Set<string>();
    const names = new Set<string>();
    let calculated = 0;
    for (const [sheetPart] of [...parts].filter(([p]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
      const sheet = text(sheetPart);
      const cells = new Map<string, { value: string; formula: string | null }>();
      for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const v = /<v>([\s\S]*?)<\/v>/.exec(m[3] ?? '')?.[1] ?? '';
        const f = /<f>([\s\S]*?)<\/f>/.exec(m[3] ?? '')?.[1] ?? null;
        cells.set(m[1], { value: /t="s"/.test(m[2]) ? strings[Number(v)] : v, formula: f });
      }
      const relsPart = sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels';
      const tables = parts.has(relsPart)
        ? [...text(relsPart).matchAll(/Target="\.\.\/tables\/(table\d+\.xml)"/g)].map((m) => `xl/tables/${m[1]}`)
        : [];
      for (const tablePart of tables) {
        const table = text(tablePart);
        const id = /<table [^>]*\bid="(\d+)"/.exec(table)![1];
        const tableName = /<table [^>]*\bname="([^"]*)"/.exec(table)![1];
        expect(ids.has(id)).toBe(false);
        expect(names.has(tableName.toLowerCase())).toBe(false);
        ids.add(id);
        names.add(tableName.toLowerCase());
        const [from, to] = /<table [^>]*\bref="([^"]*)"/.exec(table)![1].split(':');
        const top = Number(/\d+/.exec(from)![0]);
        const bottom = Number(/\d+/.exec(to)![0]);
        const columns = [...table.matchAll(/<tableColumn ([^>]*?)(?:\/>|>([\s\S]*?)<\/tableColumn>)/g)].map((m) => [
          m[0],
          /\bname="([^"]*)"/.exec(m[1])![1],
          m[2],
        ]);
        columns.forEach((c, i) => {
          const letter = String.fromCharCode(65 + (i % 26));
          const col = i < 26 ? letter : String.fromCharCode(64 + Math.floor(i / 26)) + letter;
          expect(cells.get(`${col}${top}`)?.value).toBe(c[1]);
          const formula = /<calculatedColumnFormula>([\s\S]*?)<\/calculatedColumnFormula>/.exec(c[2] ?? '')?.[1];
          if (!formula) return;
          calculated++;
          const other: string[] = [];
          for (let r = top + 1; r <= bottom; r++)
            if (cells.get(`${col}${r}`)?.formula !== formula) other.push(`${col}${r}`);
          expect(other).toEqual([]);
        });
      }
    }
    expect(names.has('dokumentation')).toBe(true);
    expect(calculated).toBeGreaterThan(0);
  });

  test('rows ascending, cells ascending within each row and in their row', () => {
    const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    for (const [part, data] of files[name]) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part)) continue;
      const wrong: string[] = [];
      let lastRow = 0;
      for (const row of data.toString('utf8').matchAll(/<row r="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
        const r = Number(row[1]);
        if (r <= lastRow) wrong.push(`${part}: row ${r} after ${lastRow}`);
        lastRow = r;
        let lastCol = 0;
        for (const c of (row[2] ?? '').matchAll(/<c r="([A-Z]+)(\d+)"/g)) {
          if (Number(c[2]) !== r || colNumber(c[1]) <= lastCol) wrong.push(`${part}: ${c[1]}${c[2]} in row ${r}`);
          lastCol = colNumber(c[1]);
        }
      }
      expect(wrong).toEqual([]);
    }
  });
});
