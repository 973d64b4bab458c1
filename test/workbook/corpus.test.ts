/** The corpus of messy sheets through the file adapter: nothing lost, no text turned formula, backup intact, a second run changes nothing. */
import crypto from 'crypto';
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { COLUMNS } from '../../src/domain/schema';
import { SHEET } from '../../src/domain/sheetLayout';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { gridOf, loadWorkbook } from '../support/excelRead';
import type { UpgradeSummary } from '../../src/workbook/types';
import { CORPUS, writeCorpusSheet, type CorpusSheet } from '../support/corpus';
import { dataRowCount, replacedByOurFormula, sameValue, sourceCells, type SourceCell } from '../support/corpusCheck';
import { workbookCells } from '../support/workbookCells';

jest.setTimeout(120_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-corpus-'));
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const headersOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1).map((h) => String(h ?? ''));

interface Run {
  input: string;
  output: string;
  inputHash: string;
  original: ExcelJS.Workbook;
  cells: SourceCell[];
  summary: UpgradeSummary | null;
  refusal: unknown;
  out: ExcelJS.Workbook;
}

const runs = new Map<string, Run>();
const report: Record<string, unknown>[] = [];

async function run(entry: CorpusSheet): Promise<Run> {
  const input = path.join(dir, `${entry.name}.xlsx`);
  const output = path.join(dir, `${entry.name}.up.xlsx`);
  await writeCorpusSheet(entry, input);
  const inputHash = sha(input);
  const original = await loadWorkbook(input);
  const wb = await FileWorkbook.open(input);
  let summary: UpgradeSummary | null = null;
  let refusal: unknown = null;
  try {
    summary = await wb.upgrade();
  } catch (error) {
    refusal = error;
  }
  await wb.save(output);
  const cells = sourceCells(entry, original.getWorksheet(entry.sheet)!);
  return { input, output, inputHash, original, cells, summary, refusal, out: await loadWorkbook(output) };
}

// Fifteen upgrades and their files: seconds, more on a loaded machine.
beforeAll(async () => {
  for (const entry of CORPUS) runs.set(entry.name, await run(entry));
}, 120_000);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (!process.env.CORPUS_REPORT) return;
  fs.mkdirSync('test-output', { recursive: true });
  fs.writeFileSync(path.join('test-output', 'corpus.json'), `${JSON.stringify(report, null, 2)}\n`);
});

test('the corpus has at least twelve sheets, each with its own name', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(12);
  expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
});

describe.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, entry) => {
  const r = () => runs.get(entry.name)!;

  test('the input file is not modified', () => expect(sha(r().input)).toBe(r().inputHash));

  test('the header row is found (or the sheet is recognised as ready)', async () => {
    const detection = await (await FileWorkbook.open(r().input)).detect();
    expect(detection).toMatchObject({
      status: entry.ready ? 'ready' : 'upgradable',
      sheet: entry.sheet,
      headerRow: entry.headerRow,
    });
  });

  test(
    entry.ready ? 'upgrade refuses in Danish' : 'upgrade succeeds with one table row per non-blank source row',
    () => {
      if (entry.ready) {
        expect(r().summary).toBeNull();
        expect(String(r().refusal)).toMatch(/allerede i den nye udgave/);
      } else {
        expect(r().refusal).toBeNull();
        expect(r().summary!.rows).toBe(dataRowCount(r().cells));
        expect(r().summary!.backupSheet).toBe(SHEET.backup);
      }
    },
  );

  test('every original value is in its row, under its header or a kept column, verbatim or normalised', () => {
    const ws = r().out.getWorksheet(SHEET.documentation)!;
    const headers = headersOf(ws);
    const grid = gridOf(ws).values;
    const counts = { verbatim: 0, normalised: 0, replacedFormulas: 0 };
    const problems: unknown[] = [];
    for (const cell of r().cells) {
      const col = headers.indexOf(cell.target);
      const to = col < 0 ? undefined : (grid[cell.targetRow - 1]?.[col] ?? null);
      if (replacedByOurFormula(cell)) {
        counts.replacedFormulas++;
        if (to !== null) problems.push({ ...cell, to });
        continue;
      }
      const match = to === undefined ? false : sameValue(cell.target, cell.value, to);
      if (match) counts[match]++;
      else problems.push({ row: cell.sourceRow, header: cell.header, target: cell.target, from: cell.value, to });
    }
    expect(problems).toEqual([]);
    report.push({
      sheet: entry.name,
      rows: r().summary?.rows ?? dataRowCount(r().cells),
      values: r().cells.length,
      ...counts,
      keptColumns: r().summary?.kept ?? [],
      typedKept: r().summary?.typedKept ?? [],
      flagged: r().summary?.flagged.length ?? 0,
    });
  });

  test('no text of the user became a formula', () => {
    const ws = r().out.getWorksheet(SHEET.documentation)!;
    const headers = headersOf(ws);
    for (const cell of r().cells.filter((c) => typeof c.value === 'string' && c.formula === null)) {
      expect(headers).toContain(cell.target);
      const out = ws.getCell(cell.targetRow, headers.indexOf(cell.target) + 1);
      const type = typeof out.value === 'string' ? ExcelJS.ValueType.String : out.type;
      expect({ at: out.address, type }).toEqual({ at: out.address, type: out.type });
      expect(out.type).not.toBe(ExcelJS.ValueType.Formula);
    }
    const ours = new Set(COLUMNS.filter((c) => c.kind === 'formula').map((c) => headers.indexOf(c.header) + 1));
    ws.eachRow((row) =>
      row.eachCell(
        (c) =>
          ours.has(Number(c.col)) || expect([c.address, c.type]).not.toEqual([c.address, ExcelJS.ValueType.Formula]),
      ),
    );
    const lists = r().out.getWorksheet(SHEET.lists)!;
    for (let row = 2; row <= 300; row++) expect(lists.getCell(row, 1).type).not.toBe(ExcelJS.ValueType.Formula);
  });

  test('the original sheet is kept cell by cell (values, formulas, merges)', () => {
    const backup = r().out.getWorksheet(entry.ready ? entry.sheet : SHEET.backup)!;
    const original = r().original.getWorksheet(entry.sheet)!;
    expect(gridOf(backup)).toEqual(gridOf(original));
    const merges = (ws: ExcelJS.Worksheet) => [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort();
    expect(merges(backup)).toEqual(merges(original));
    const others = r().original.worksheets.filter((ws) => ws.name !== entry.sheet);
    for (const ws of others) {
      const copy = r().out.getWorksheet(`${ws.name} (før opgradering)`) ?? r().out.getWorksheet(ws.name)!;
      expect([copy.name, gridOf(copy)]).toEqual([copy.name, gridOf(ws)]);
    }
  });

  test('a second upgrade refuses and setup changes nothing: the file is equal cell by cell', async () => {
    const again = await FileWorkbook.open(r().output);
    await expect(again.upgrade()).rejects.toThrow(/allerede i den nye udgave/);
    expect((await again.setup()).created).toBe(false);
    const second = path.join(dir, `${entry.name}.again.xlsx`);
    await again.save(second);
    expect(workbookCells(await loadWorkbook(second))).toEqual(workbookCells(r().out));
  });
});

test('setup on a new file, then again on the saved file: the second run changes nothing', async () => {
  const first = new FileWorkbook();
  expect((await first.setup()).created).toBe(true);
  expect((await first.setup()).created).toBe(false);
  const a = path.join(dir, 'setup-a.xlsx');
  const b = path.join(dir, 'setup-b.xlsx');
  await first.save(a);
  const again = await FileWorkbook.open(a);
  expect(await again.setup()).toMatchObject({ created: false, message: expect.stringMatching(/Intet er ændret/) });
  await expect(again.upgrade()).rejects.toThrow(/allerede i den nye udgave/);
  await again.save(b);
  const cells = workbookCells(await loadWorkbook(a));
  expect(workbookCells(await loadWorkbook(b))).toEqual(cells);
  expect(cells[SHEET.documentation].validations).toBeGreaterThan(0);
});
