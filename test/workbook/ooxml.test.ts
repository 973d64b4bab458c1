/**
 * The files dokark writes are what Excel opens without repair: ECMA-376 schemas after markup compatibility, and the
 * table rules (test/support/ooxmlConformance.ts). The checker is shown to fail on a broken part and a broken header.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { CORPUS, writeCorpusSheet } from '../support/corpus';
import { writeMessyWorkbook } from '../support/messySheet';
import { conformanceProblems } from '../support/ooxmlConformance';

jest.setTimeout(180_000);
const root = path.join(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-ooxml-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (name: string) => path.join(dir, name);

function dokark(...args: string[]): void {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/dokark.js'), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`dokark ${args.join(' ')}: ${r.stderr}`);
}

test('a new dokumentationsark validates and keeps the table rules', async () => {
  dokark('new', '-o', f('new.xlsx'));
  expect(await conformanceProblems(f('new.xlsx'))).toEqual([]);
});

test('an upgraded messy sheet (title rows, own columns, backup sheet) validates', async () => {
  await writeMessyWorkbook(f('messy.xlsx'));
  dokark('upgrade', f('messy.xlsx'), '-o', f('messy-up.xlsx'));
  expect(await conformanceProblems(f('messy-up.xlsx'))).toEqual([]);
});

test.each(['merged-title', 'real-formulas', 'several-sheets', 'formula-like-text'])(
  'the upgraded corpus sheet %s validates',
  async (name) => {
    const entry = CORPUS.find((c) => c.name === name)!;
    await writeCorpusSheet(entry, f(`${name}.xlsx`));
    dokark('upgrade', f(`${name}.xlsx`), '-o', f(`${name}-up.xlsx`));
    expect(await conformanceProblems(f(`${name}-up.xlsx`))).toEqual([]);
  },
);

test('the checker finds an element the schema does not allow, and a header cell that is not its column name', async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(f('new.xlsx')));
  const sheet = Object.keys(zip.files).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))!;
  const xml = await zip.file(sheet)!.async('string');
  zip.file(sheet, xml.replace('<sheetData>', '<sheetData><fejl/>'));
  fs.writeFileSync(f('bad-part.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
  expect((await conformanceProblems(f('bad-part.xlsx'))).join('\n')).toMatch(/fejl/);

  const tables = await JSZip.loadAsync(fs.readFileSync(f('new.xlsx')));
  const tablePart = Object.keys(tables.files).find((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))!;
  const table = await tables.file(tablePart)!.async('string');
  tables.file(tablePart, table.replace(/(<tableColumn\b[^>]*\bname=")[^"]*"/, '$1Noget andet"'));
  fs.writeFileSync(f('bad-header.xlsx'), await tables.generateAsync({ type: 'nodebuffer' }));
  expect((await conformanceProblems(f('bad-header.xlsx'))).join('\n')).toMatch(/ikke kolonnenavnet «Noget andet»/);
});
