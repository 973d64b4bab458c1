/** The upgraded corpus opened and recalculated by LibreOffice: every original value shows, and user text shows as text, not as a formula result. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { SHEET } from '../../src/domain/sheetLayout';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { gridOf, loadWorkbook } from '../support/excelRead';
import { CORPUS, writeCorpusSheet } from '../support/corpus';
import { replacedByOurFormula, sameValue, shown, sourceCells, type SourceCell } from '../support/corpusCheck';
import { recalculateAll } from '../support/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-corpus-lo-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Upgraded {
  cells: SourceCell[];
  /** What the file adapter wrote, read back with ExcelJS. */
  table: ExcelJS.Worksheet;
  /** The same sheets as LibreOffice shows them after recalculation. */
  shownTable: string[][];
  shownBackup: string[][];
}
const upgraded = new Map<string, Upgraded>();
const UPGRADABLE = CORPUS.filter((c) => !c.ready);

beforeAll(async () => {
  const outputs: string[] = [];
  const parts: Omit<Upgraded, 'shownTable' | 'shownBackup'>[] = [];
  for (const entry of UPGRADABLE) {
    const input = path.join(dir, `${entry.name}.xlsx`);
    const output = path.join(dir, `${entry.name}.up.xlsx`);
    await writeCorpusSheet(entry, input);
    const wb = await FileWorkbook.open(input);
    await wb.upgrade();
    await wb.save(output);
    outputs.push(output);
    const cells = sourceCells(entry, (await loadWorkbook(input)).getWorksheet(entry.sheet)!);
    parts.push({ cells, table: (await loadWorkbook(output)).getWorksheet(SHEET.documentation)! });
  }
  const sheets = recalculateAll(outputs);
  UPGRADABLE.forEach((entry, i) =>
    upgraded.set(entry.name, {
      ...parts[i],
      shownTable: sheets[i][SHEET.documentation],
      shownBackup: sheets[i][SHEET.backup],
    }),
  );
}, 120_000);

describe.each(UPGRADABLE.map((c) => [c.name, c] as const))('%s in LibreOffice', (_name, entry) => {
  test('the table opens with one row per source row, and our formula columns compute without errors', () => {
    const u = upgraded.get(entry.name)!;
    const headers = u.shownTable[0];
    expect(headers.slice(0, 3)).toEqual(['Fagområde', 'Sagsområde', 'KLE-nummer']);
    const written = gridOf(u.table).values.slice(1);
    const rows = written.length;
    const computed = ['Brugerantal', 'Omfang af oprydning', 'Prioritet'].map((h) => headers.indexOf(h));
    const typed = (r: unknown[]) =>
      r.some((v, c) => !computed.includes(c) && v !== null && v !== '' && v !== undefined);
    expect(u.shownTable.slice(1).filter(typed).length).toBe(written.filter(typed).length);
    const shownComputed = u.shownTable.slice(1, rows + 1).flatMap((r) => computed.map((c) => r[c]));
    expect(shownComputed.filter((v) => /^(#|Err:)/.test(v))).toEqual([]);
  });

  test('every original value shows in its row and column, as written', () => {
    const u = upgraded.get(entry.name)!;
    const headers = u.shownTable[0];
    const written = gridOf(u.table).values;
    const problems: unknown[] = [];
    for (const cell of u.cells.filter((c) => !replacedByOurFormula(c))) {
      const col = headers.indexOf(cell.target);
      const to = written[cell.targetRow - 1]?.[col] ?? null;
      const show = u.shownTable[cell.targetRow - 1]?.[col];
      if (col < 0 || !sameValue(cell.target, cell.value, to) || show !== shown(to)) {
        problems.push({ row: cell.sourceRow, header: cell.header, from: cell.value, written: to, shown: show });
      }
    }
    expect(problems).toEqual([]);
  });

  test('user text shows as that text, in the table and in the backup', () => {
    const u = upgraded.get(entry.name)!;
    const headers = u.shownTable[0];
    for (const cell of u.cells.filter((c) => typeof c.value === 'string' && c.formula === null)) {
      const text = cell.value as string;
      expect([cell.sourceRow, cell.col, u.shownBackup[cell.sourceRow - 1]?.[cell.col]]).toEqual([
        cell.sourceRow,
        cell.col,
        text,
      ]);
      const show = u.shownTable[cell.targetRow - 1][headers.indexOf(cell.target)];
      // Normalised values (trimmed, list case, numbers from text) show as normalised; formula-like text never changes.
      if (/^[=+\-@#']/.test(text)) expect([cell.target, show]).toEqual([cell.target, text]);
    }
  });
});

test('the formula-like texts of the corpus show verbatim after recalculation', () => {
  const shownTexts = new Set(upgraded.get('formula-like-text')!.shownTable.flat());
  for (const text of [
    '=SUM(A1:A3)',
    '+45 12 34 56 78',
    '-',
    '@kommune',
    '=Teknik',
    '=32.18',
    '@C',
    '+12',
    '-3',
    '#N/A',
    '#REF!',
    "'citat",
    '=A1',
    '+',
    '@',
  ]) {
    expect([text, shownTexts.has(text)]).toEqual([text, true]);
  }
});
