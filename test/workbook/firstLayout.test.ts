/** A workbook of the first layout (31 columns, as main wrote it before the decision columns) upgrades in place. */
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { columnLetter } from '../../src/domain/a1';
import { moveReferences } from '../../src/domain/formulaDialect';
import { LEGACY_SCENARIO_LABELS, SCENARIO_LABELS } from '../../src/domain/lists';
import { COLUMNS, DECISION_KEYS_IN_TABLE, column } from '../../src/domain/schema';
import { LAYOUT_CELL, LAYOUT_VERSION, SHEET } from '../../src/domain/sheetLayout';
import { planUpgrade } from '../../src/domain/upgrade';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { gridOf } from '../support/excelRead';

const FIXTURES = ['first-layout.xlsx', 'first-layout-libreoffice.xlsx'].map((f) =>
  path.join(__dirname, '..', 'fixtures', f),
);
const USER_COLUMNS = ['Egne noter', 'Egen formel'];
const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function sheetGrid(file: string, sheet: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { wb, grid: gridOf(wb.getWorksheet(sheet)!) };
}

/** The 31 headers of the first layout, as the fixture holds them (its own two user columns left out). */
async function firstLayoutHeaders(): Promise<string[]> {
  const { grid } = await sheetGrid(FIXTURES[0]!, SHEET.documentation);
  return (grid.values[0] as string[]).filter((h) => !USER_COLUMNS.includes(h));
}

/** What an old value must become: a scenario label of the first layout is the same scenario in the guide's words. */
function expected(header: string, value: unknown): unknown {
  const legacy = LEGACY_SCENARIO_LABELS.indexOf(String(value));
  const isScenario = header === column('solutionScenario').header;
  return isScenario && legacy >= 0 ? SCENARIO_LABELS[legacy] : value;
}

describe.each(FIXTURES)('upgrade of the first layout: %s', (fixture) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-first-'));
  const out = path.join(dir, 'upgraded.xlsx');
  const before = hash(fixture);
  let detection: Awaited<ReturnType<FileWorkbook['detect']>>;

  beforeAll(async () => {
    const wb = await FileWorkbook.open(fixture);
    detection = await wb.detect();
    await wb.upgrade();
    await wb.save(out);
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('is recognised as an older layout: upgradable, the columns added since missing', async () => {
    const first = await firstLayoutHeaders();
    expect(first).toHaveLength(31);
    expect(detection.status).toBe('upgradable');
    expect(detection.sheet).toBe(SHEET.documentation);
    expect(detection.missingColumns).toEqual(COLUMNS.filter((c) => !first.includes(c.header)).map((c) => c.header));
    expect(detection.missingColumns).toEqual(
      expect.arrayContaining(DECISION_KEYS_IN_TABLE.map((k) => column(k).header)),
    );
  });

  test('the new columns in their place, the user columns after them; the layout recorded on Lister', async () => {
    const { wb, grid } = await sheetGrid(out, SHEET.documentation);
    expect(grid.values[0]).toEqual([...COLUMNS.map((c) => c.header), ...USER_COLUMNS]);
    expect(wb.getWorksheet(SHEET.lists)!.getCell(LAYOUT_CELL).value).toBe(LAYOUT_VERSION);
  });

  test('every value and the user formulas are kept, value by value; only old scenario labels are renamed', async () => {
    const old = (await sheetGrid(fixture, SHEET.documentation)).grid;
    const now = (await sheetGrid(out, SHEET.documentation)).grid;
    const oldHeaders = old.values[0]!.map(String);
    const newHeaders = now.values[0]!.map(String);
    let compared = 0;
    let renamed = 0;
    for (let r = 1; r < old.values.length; r++) {
      oldHeaders.forEach((h, c) => {
        const n = newHeaders.indexOf(h);
        const formula = old.formulas?.[r]?.[c];
        if (COLUMNS.find((x) => x.header === h)?.kind === 'formula') return; // ours: written again
        if (formula) {
          expect({ r, h, f: now.formulas?.[r]?.[n] }).toEqual({ r, h, f: formula });
        } else {
          const want = expected(h, old.values[r]![c] ?? null);
          if (want !== (old.values[r]![c] ?? null)) renamed++;
          expect({ r, h, v: now.values[r]![n] ?? null }).toEqual({ r, h, v: want });
        }
        compared++;
      });
      DECISION_KEYS_IN_TABLE.forEach((k) =>
        expect(now.values[r]![newHeaders.indexOf(column(k).header)] ?? null).toBe(null),
      );
    }
    expect(compared).toBe(6 * (31 - 3 + USER_COLUMNS.length));
    expect(renamed).toBe(4);
  });

  test('the backup sheet is the original cell by cell, and the input file is untouched', async () => {
    const old = (await sheetGrid(fixture, SHEET.documentation)).grid;
    const backup = (await sheetGrid(out, SHEET.backup)).grid;
    expect(backup.values).toEqual(old.values);
    expect(backup.formulas).toEqual(old.formulas);
    expect(hash(fixture)).toBe(before);
  });

  test('the upgraded workbook is of the newest layout: nothing more to upgrade', async () => {
    const again = await FileWorkbook.open(out);
    expect((await again.detect()).status).toBe('ready');
    await expect(again.upgrade()).rejects.toThrow('Der er intet at opgradere');
  });
});

describe('user formulas follow their cells', () => {
  test('references to this sheet move with columns and rows; other sheets, tables and text stay', () => {
    const f = `IF(AF2>0,Lister!AF2,"AF2")&SUM(Dokumentation[Prioritet])&$AF$3`;
    expect(
      moveReferences(
        f,
        (c) => (c === 31 ? 35 : c),
        (r) => r + 1,
      ),
    ).toBe(`IF(AJ3>0,Lister!AF2,"AF2")&SUM(Dokumentation[Prioritet])&$AJ$4`);
  });

  test('an older layout: a formula in a user column pointing at Bemærkninger and at a user column is moved', async () => {
    const headers = [...(await firstLayoutHeaders()), 'Noter', 'Regnet'];
    const width = headers.length; // 31 + 2
    const row = (i: number) => headers.map((_, c) => (c === 1 ? `Sag ${i}` : c === width - 2 ? `note ${i}` : null));
    const values = [headers, row(1), headers.map(() => null), row(2)];
    const formulas = values.map((r, i) =>
      r.map((_, c) => (i > 0 && c === width - 1 ? `=AE${i + 1}&AF${i + 1}` : null)),
    );
    const plan = planUpgrade({ values, formulas }, [], { keepFormulas: true });
    const at = plan.columns.findIndex((c) => c.header === 'Regnet');
    // Bemærkninger (AE) and Noter (AF) move to where the new layout puts them; the blank row is dropped, so row 4 becomes row 3.
    const remarks = columnLetter(plan.columns.findIndex((c) => c.header === column('remarks').header));
    const notes = columnLetter(plan.columns.findIndex((c) => c.header === 'Noter'));
    expect(notes).not.toBe('AF');
    expect(plan.cellFormulas.get(0)?.get(at)).toBe(`${remarks}2&${notes}2`);
    expect(plan.cellFormulas.get(1)?.get(at)).toBe(`${remarks}3&${notes}3`);
    expect(planUpgrade({ values, formulas }).cellFormulas.size).toBe(0);
  });
});
