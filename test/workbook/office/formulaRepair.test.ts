/**
 * Calculated columns without AutoCorrect: Excel fills a new table row with the formula only while "Fill formulas in tables
 * to create calculated columns" is on. Every read finds formula cells that are blank, typed over or hold another formula,
 * and changes nothing; «Sæt kolonnens formel ind igen» (repairFormulas) puts the column's formula back.
 */
import { column, COMPUTED_KEYS, TYPED_FALLBACK, type ComputedKey } from '../../../src/domain/schema';
import { SHEET, TABLE_NAME } from '../../../src/domain/sheetLayout';
import { createFakeExcel, type FakeExcel } from '../../support/standIn';
import { officeOn, putR1 } from './officeFixtures';
import { columnLetter } from '../../../src/domain/a1';
import { validateRow } from '../../../src/domain/validation';

async function setUpWith(rows: number, calculatedColumns: boolean, apiVersion = '1.12') {
  const fake = createFakeExcel({ calculatedColumns, apiVersion });
  const workbook = officeOn(fake);
  await workbook.setup();
  await fake.run(async (context) => {
    const table = context.workbook.tables.getItem(TABLE_NAME);
    for (let i = 0; i < rows; i++) table.rows.add();
    await context.sync();
  });
  for (let i = 0; i <= rows; i++)
    await workbook.writeRow(i, {
      businessArea: 'Borgerservice',
      caseArea: `Område ${i}`,
      usagePattern: 'C',
      caseworkerCount: i * 3,
    });
  return { fake, workbook };
}

/** Nothing was written in the syncs since the stats were reset. */
const writes = (fake: FakeExcel) => fake.syncs.reduce((n, s) => n + s.writes, 0);

/** The formulas of a column's data cells. */
function formulasOf(fake: FakeExcel, header: string): (string | undefined)[] {
  const t = fake.model.table(TABLE_NAME)!;
  const [head] = fake.cells(SHEET.documentation);
  const c = head.indexOf(header);
  const out: (string | undefined)[] = [];
  for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) out.push(t.sheet.cell(r, c)?.formula);
  return out;
}

describe.each([true, false])('AutoCorrect fills formulas in tables: %s', (calculatedColumns) => {
  test('after new rows, a read finds the missing formulas and writes nothing; the repair puts them in', async () => {
    const { fake, workbook } = await setUpWith(3, calculatedColumns);
    fake.resetStats();
    const found = await workbook.snapshot();
    expect(writes(fake)).toBe(0);
    if (calculatedColumns) expect(found.formulaFindings).toBeUndefined();
    else
      expect(found.formulaFindings).toEqual([
        'Formlen i Brugerantal mangler i 3 rækker.',
        'Formlen i Omfang af oprydning mangler i 3 rækker.',
        'Formlen i Prioritet mangler i 3 rækker.',
        'Formlen i Sagsbehandlere (C/D) mangler i 3 rækker.',
        'Formlen i Prioritetsnøgle mangler i 3 rækker.',
      ]);
    const notices = await workbook.repairFormulas();
    const snap = await workbook.snapshot();
    for (const key of COMPUTED_KEYS) {
      const formulas = formulasOf(fake, column(key).header);
      expect(formulas).toHaveLength(4);
      expect(new Set(formulas).size).toBe(1);
      expect(formulas[0]).toMatch(/^=/);
    }
    if (calculatedColumns) expect(notices).toEqual([]);
    else
      expect(notices).toEqual([
        'Formlen i Brugerantal manglede i 3 rækker og er sat ind igen.',
        'Formlen i Omfang af oprydning manglede i 3 rækker og er sat ind igen.',
        'Formlen i Prioritet manglede i 3 rækker og er sat ind igen.',
        'Formlen i Sagsbehandlere (C/D) manglede i 3 rækker og er sat ind igen.',
        'Formlen i Prioritetsnøgle manglede i 3 rækker og er sat ind igen.',
      ]);
    // The helper columns computed in every row: Prioritet ranks all four C rows, 1 to 4.
    expect(snap.rows.map((r) => r.values.priority).sort()).toEqual([1, 2, 3, 4]);
    // The repaired cells compute: Brugerantal has a category in every row (thresholds from these C rows).
    expect(snap.rows.every((r) => typeof r.values.userCountCategory === 'string')).toBe(true);
    expect(snap.formulaFindings).toBeUndefined();
  });
});

const ASSESSED = column('userCountAssessed').header;

/** Types the given Brugerantal (and «Brugerantal (vurderet)») values into rows of the sheet, as a user would. */
function typeUserCounts(fake: FakeExcel, typed: Record<number, string>, assessed: Record<number, string> = {}) {
  for (const [row, v] of Object.entries(typed))
    fake.put(SHEET.documentation, `${letterOf(fake, column('userCountCategory').header)}${row}`, [[v]], {
      literal: true,
    });
  for (const [row, v] of Object.entries(assessed))
    fake.put(SHEET.documentation, `${letterOf(fake, ASSESSED)}${row}`, [[v]], { literal: true });
}

/** A column's data cells by header ('' where blank); undefined when the table has no such column. */
function columnValues(fake: FakeExcel, header: string): unknown[] | undefined {
  const cells = fake.cells(SHEET.documentation);
  const c = cells[0].indexOf(header);
  return c < 0 ? undefined : cells.slice(1).map((r) => r[c]);
}

test("a Brugerantal typed over the formula is the workshop's judgement: it moves to «Brugerantal (vurderet)» and wins", async () => {
  const { fake, workbook } = await setUpWith(4, true);
  await workbook.snapshot();
  // Row 3 has the fewest sagsbehandlere (3): computed, it is Få; the workshop typed Mange.
  typeUserCounts(fake, { 3: 'Mange' });
  fake.resetStats();
  expect((await workbook.snapshot()).formulaFindings).toEqual([
    'Brugerantal har en indtastet værdi i stedet for formlen i 1 række.',
  ]);
  expect(writes(fake)).toBe(0);
  expect(columnValues(fake, column('userCountCategory').header)![1]).toBe('Mange');
  fake.resetStats();
  expect(await workbook.repairFormulas()).toEqual([
    'Formlen i Brugerantal manglede i 1 række og er sat ind igen. 1 indtastet værdi er flyttet til «Brugerantal (vurderet)», hvor den går forud for det beregnede.',
  ]);
  expect(fake.syncCount).toBeLessThanOrEqual(5);
  expect(columnValues(fake, ASSESSED)).toEqual(['', 'Mange', '', '', '']);
  // No «(indtastet)» column: the judgement column holds the value.
  expect(columnValues(fake, TYPED_FALLBACK.userCountCategory)).toBeUndefined();
  expect(new Set(formulasOf(fake, column('userCountCategory').header)).size).toBe(1);
  // The computed column shows the judgement, not Få.
  const snap = await workbook.snapshot();
  expect(snap.rows[1].values.userCountCategory).toBe('Mange');
  expect(snap.formulaFindings).toBeUndefined();
});

test('a typed Brugerantal is normalised as upgrade does; one that is not Få/Mellem/Mange is kept in «(vurderet)» and flagged', async () => {
  const { fake, workbook } = await setUpWith(4, true);
  await workbook.snapshot();
  typeUserCounts(fake, { 3: 'mange', 5: 'Rigtig mange' });
  expect(await workbook.repairFormulas()).toEqual([
    'Formlen i Brugerantal manglede i 2 rækker og er sat ind igen. 2 indtastede værdier er flyttet til «Brugerantal (vurderet)», hvor de går forud for det beregnede. Værdien «Rigtig mange» er ikke Få, Mellem eller Mange: Tjek viser den, så den kan rettes.',
  ]);
  expect(columnValues(fake, ASSESSED)).toEqual(['', 'Mange', '', 'Rigtig mange', '']);
  const snap = await workbook.snapshot();
  const flagged = validateRow(snap.rows[3].values, snap.lists).filter((f) => f.key === 'userCountAssessed');
  expect(flagged).toEqual([expect.objectContaining({ value: 'Rigtig mange', severity: 'invalid' })]);
  expect(validateRow(snap.rows[1].values, snap.lists).filter((f) => f.key === 'userCountAssessed')).toEqual([]);
});

test('beside a judgement the row already has, a typed Brugerantal goes to «(indtastet)»; the judgement stays', async () => {
  const { fake, workbook } = await setUpWith(4, true);
  await workbook.snapshot();
  // Row 3 has its judgement (Få) and a typed Mange over the formula; row 4 a typed Mellem that is its judgement too.
  typeUserCounts(fake, { 3: 'Mange', 4: 'Mellem' }, { 3: 'Få', 4: 'Mellem' });
  expect(await workbook.repairFormulas()).toEqual([
    'Formlen i Brugerantal manglede i 2 rækker og er sat ind igen. 1 indtastet værdi er flyttet til «Brugerantal (vurderet)», hvor den går forud for det beregnede. 1 indtastet værdi er flyttet til «Brugerantal (indtastet)», fordi «Brugerantal (vurderet)» allerede var udfyldt.',
  ]);
  expect(columnValues(fake, ASSESSED)).toEqual(['', 'Få', 'Mellem', '', '']);
  expect(columnValues(fake, TYPED_FALLBACK.userCountCategory)).toEqual(['', 'Mange', '', '', '']);
  const snap = await workbook.snapshot();
  expect(snap.rows.slice(1, 3).map((r) => r.values.userCountCategory)).toEqual(['Få', 'Mellem']);
});

test('a sheet without broken formula cells is read in one sync, as before', async () => {
  const { fake, workbook } = await setUpWith(2, true);
  await workbook.snapshot();
  fake.resetStats();
  expect((await workbook.snapshot()).formulaFindings).toBeUndefined();
  expect(fake.syncCount).toBe(1);
});

/** The letter of a table column by its header. */
function letterOf(fake: FakeExcel, header: string): string {
  return columnLetter(fake.cells(SHEET.documentation)[0].indexOf(header));
}

describe.each([true, false])('a formula from elsewhere in a computed cell (AutoCorrect %s)', (calculatedColumns) => {
  test('is found in the active row by its text, changing nothing; the repair puts the column formula back', async () => {
    const { fake, workbook } = await setUpWith(3, calculatedColumns);
    await workbook.repairFormulas();
    const expected = formulasOf(fake, column('priority').header)[0];
    // A user pasted =1+1 into Prioritet and a formula of another shape into Prioritetsnøgle, in row 3.
    fake.put(SHEET.documentation, `${letterOf(fake, column('priority').header)}3`, [['=1+1']]);
    fake.put(SHEET.documentation, `${letterOf(fake, column('priorityKey').header)}3`, [['=ROW()*2']]);
    // …and typed a value into Brugerantal of the same row: that one is the snapshot's to move, never overwritten here.
    fake.put(SHEET.documentation, `${letterOf(fake, column('userCountCategory').header)}3`, [['Mange']], {
      literal: true,
    });
    fake.setSelection(SHEET.documentation, 'B3');
    fake.resetStats();
    const active = await workbook.activeRow();
    expect(fake.syncCount).toBe(2);
    expect(writes(fake)).toBe(0);
    expect(active?.formulaFindings).toEqual([
      'Række 3: Prioritet har en anden formel end kolonnens («=1+1»).',
      'Række 3: Prioritetsnøgle har en anden formel end kolonnens («=ROW()*2»).',
    ]);
    expect(formulasOf(fake, column('priority').header)[1]).toBe('=1+1');
    const notices = await workbook.repairFormulas();
    expect(notices).toEqual(
      expect.arrayContaining([
        'Række 3: Prioritet havde en anden formel end kolonnens («=1+1»). Kolonnens formel er sat ind igen.',
        'Række 3: Prioritetsnøgle havde en anden formel end kolonnens («=ROW()*2»). Kolonnens formel er sat ind igen.',
      ]),
    );
    expect(formulasOf(fake, column('priority').header)).toEqual([expected, expected, expected, expected]);
    expect(new Set(formulasOf(fake, column('priorityKey').header)).size).toBe(1);
    // The typed value is the workshop's judgement, as Opgrader decides: kept in «(vurderet)», not overwritten.
    expect(columnValues(fake, ASSESSED)![1]).toBe('Mange');
    // A row whose formulas are the column's (Excel shows them with @) costs the usual two syncs and says nothing.
    fake.resetStats();
    expect((await workbook.activeRow())?.formulaFindings).toBeUndefined();
    expect(fake.syncCount).toBe(2);
  });
});

describe.each(['1.12', '1.8'])('a formula from elsewhere in a row nobody selects (ExcelApi %s)', (apiVersion) => {
  /** Operations of a sync that reads one cell's formula: the body range, the cell, its load. */
  const oneCellRead = 3;

  /** Rows 2…rows+2 of C rows; then the given cells of column `key` get the given formulas, as pasted. */
  async function pasted(rows: number, key: ComputedKey, at: Record<number, string>) {
    const { fake, workbook } = await setUpWith(rows, true, apiVersion);
    await workbook.snapshot();
    const expected = formulasOf(fake, column(key).header)[0];
    const letter = letterOf(fake, column(key).header);
    for (const [row, formula] of Object.entries(at)) fake.put(SHEET.documentation, `${letter}${row}`, [[formula]]);
    fake.resetStats();
    return { fake, workbook, expected };
  }

  test('the snapshot finds it by its value, reading only the cells that are off; the repair puts the column formula back', async () => {
    const { fake, workbook, expected } = await pasted(39, 'priority', { 7: '=1+1', 30: '=ROW()' });
    expect((await workbook.snapshot()).formulaFindings).toEqual([
      'Rækkerne 7 og 30: Prioritet har en anden formel end kolonnens («=1+1» og «=ROW()»).',
    ]);
    // Read, then the two cells' formulas; nothing written.
    expect(fake.syncCount).toBe(2);
    expect(writes(fake)).toBe(0);
    expect(await workbook.repairFormulas()).toEqual([
      'Rækkerne 7 og 30: Prioritet havde en anden formel end kolonnens («=1+1» og «=ROW()»). Kolonnens formel er sat ind igen.',
    ]);
    const snap = await workbook.snapshot();
    expect(new Set(formulasOf(fake, column('priority').header))).toEqual(new Set([expected]));
    expect(snap.rows.map((r) => r.values.priority).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    fake.resetStats();
    expect((await workbook.snapshot()).formulaFindings).toBeUndefined();
    expect(fake.syncCount).toBe(1);
  });

  test('one foreign formula late in the sheet is found alone, though the rows after it in Prioritet move', async () => {
    const { workbook: cleanBook } = await pasted(29, 'priority', {});
    const before = (await cleanBook.snapshot()).rows.map((r) => r.values.priority);
    const { fake, workbook, expected } = await pasted(29, 'priorityKey', { 31: '=0' });
    // Excel computes the pasted formula (the stand-in cannot): key 0 puts row 31 first, and Prioritet moves in the
    // other C rows, whose cells all hold their column's formula.
    const sheet = fake.model.sheet(SHEET.documentation)!;
    const keyColumn = fake.cells(SHEET.documentation)[0].indexOf(column('priorityKey').header);
    sheet.cell(30, keyColumn)!.value = 0;
    fake.recalculate();
    const priority = fake.cells(SHEET.documentation)[0].indexOf(column('priority').header);
    expect(sheet.cell(30, priority)?.value).toBe(1);
    fake.resetStats();
    expect((await workbook.snapshot()).formulaFindings).toEqual([
      'Række 31: Prioritetsnøgle har en anden formel end kolonnens («=0»).',
    ]);
    expect(fake.syncCount).toBe(2);
    // One cell read by formula text, not the Prioritet cells that moved.
    expect(fake.syncs[1].actions).toBe(oneCellRead);
    await workbook.repairFormulas();
    const snap = await workbook.snapshot();
    expect(new Set(formulasOf(fake, column('priorityKey').header))).toEqual(new Set([expected]));
    expect(snap.rows.map((r) => r.values.priority)).toEqual(before);
  });

  test('a value typed into a helper column is read by formula text once, not at every read', async () => {
    const { fake, workbook } = await pasted(5, 'priority', {});
    fake.put(SHEET.documentation, `${letterOf(fake, column('priorityKey').header)}4`, [[7]], { literal: true });
    fake.resetStats();
    const first = await workbook.snapshot();
    // Below 1.9 the cell is read by formula text once (a typed value: kept); from 1.9 the probes find it in the read.
    expect(fake.syncCount).toBe(apiVersion === '1.8' ? 2 : 1);
    if (apiVersion === '1.8') expect(fake.syncs[1].actions).toBe(oneCellRead);
    else
      expect(first.formulaFindings).toEqual(['Prioritetsnøgle har en indtastet værdi i stedet for formlen i 1 række.']);
    fake.resetStats();
    await workbook.snapshot();
    expect(fake.syncCount).toBe(1);
    expect(writes(fake)).toBe(0);
    expect(fake.cells(SHEET.documentation)[3][fake.cells(SHEET.documentation)[0].indexOf('Prioritetsnøgle')]).toBe(7);
  });

  test('many rows: one notice per column, naming the first rows and formulas', async () => {
    const at = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [i + 2, `=${i}+100`]));
    // A long formula is named by its first 59 characters.
    at[2] = `=${'1+'.repeat(40)}1`;
    const { fake, workbook } = await pasted(11, 'priority', at);
    const snap = await workbook.snapshot();
    expect(snap.formulaFindings).toEqual([
      'Rækkerne 2, 3, 4, 5, 6 og 3 flere: Prioritet har en anden formel end kolonnens («=1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+…», «=1+100», «=2+100» og 5 flere).',
    ]);
    expect(fake.syncCount).toBe(2);
  });
});

test('a value typed into a helper column stays, and the notice says so; its blank cells are repaired', async () => {
  const { fake, workbook } = await setUpWith(3, false);
  await workbook.repairFormulas();
  const key = letterOf(fake, column('priorityKey').header);
  fake.put(SHEET.documentation, `${key}3`, [[7]], { literal: true });
  fake.put(SHEET.documentation, `${key}4`, [['']], { literal: true });
  expect((await workbook.snapshot()).formulaFindings).toEqual([
    'Formlen i Prioritetsnøgle mangler i 1 række. Prioritetsnøgle har en indtastet værdi i stedet for formlen i 1 række.',
  ]);
  expect(await workbook.repairFormulas()).toEqual([
    'Formlen i Prioritetsnøgle manglede i 1 række og er sat ind igen. Prioritetsnøgle beregnes, men har en indtastet værdi i 1 række. Værdien er ikke ændret; slet den, så formlen sættes ind igen.',
  ]);
  expect(fake.cells(SHEET.documentation)[2][fake.cells(SHEET.documentation)[0].indexOf('Prioritetsnøgle')]).toBe(7);
  expect(formulasOf(fake, column('priorityKey').header)[3]).toMatch(/^=IF\(/);
});

test('an upgraded R1 table is probed where its computed columns stand', async () => {
  const fake = createFakeExcel({ calculatedColumns: false, apiVersion: '1.12' });
  putR1(fake, 4);
  const workbook = officeOn(fake);
  await workbook.upgrade();
  const headers = fake.cells(SHEET.documentation)[0];
  // R1's typed Brugerantal is the workshop's judgement now: in «Brugerantal (vurderet)», no «(indtastet)» column.
  expect(headers).not.toContain(TYPED_FALLBACK.userCountCategory);
  expect(headers).toContain('Brugerantal (vurderet)');
  expect((await workbook.snapshot()).formulaFindings).toBeUndefined();
  // Rows typed under the table without AutoCorrect: every computed column, behind the typed one too, is repaired.
  await fake.run(async (context) => {
    context.workbook.tables.getItem(TABLE_NAME).rows.add();
    await context.sync();
  });
  const fresh = officeOn(fake);
  fake.resetStats();
  const snap = await fresh.snapshot();
  expect(snap.formulaFindings).toHaveLength(5);
  expect(writes(fake)).toBe(0);
  expect(fake.syncCount).toBeLessThanOrEqual(2);
  expect(await fresh.repairFormulas()).toHaveLength(5);
  for (const k of COMPUTED_KEYS) expect(formulasOf(fake, column(k).header)[4]).toMatch(/^=/);
  // Once the layout is known, a sound sheet is read in one sync.
  fake.resetStats();
  expect((await fresh.snapshot()).formulaFindings).toBeUndefined();
  expect(fake.syncCount).toBe(1);
});

describe.each([false, true])('right after «Opret» (getSpecialCells follows the one-cell rule: %s)', (oneCellRule) => {
  test('the table has one data row; a read and the repair change no cell', async () => {
    const fake = createFakeExcel({
      apiVersion: '1.12',
      specialCellsOneCellRule: oneCellRule,
      calculatedColumns: false,
    });
    const workbook = officeOn(fake);
    await workbook.setup();
    const cells = JSON.stringify(fake.cells(SHEET.documentation));
    const formulas = COMPUTED_KEYS.map((k) => formulasOf(fake, column(k).header));
    expect(formulas.every((f) => f.length === 1 && /^=/.test(f[0] ?? ''))).toBe(true);
    fake.resetStats();
    expect((await workbook.snapshot()).formulaFindings).toBeUndefined();
    expect(await workbook.repairFormulas()).toEqual([]);
    expect(writes(fake)).toBe(0);
    expect(JSON.stringify(fake.cells(SHEET.documentation))).toBe(cells);
    // A value typed into the one row's Brugerantal is found in that cell alone, never in the headers around it.
    const letter = letterOf(fake, column('userCountCategory').header);
    fake.put(SHEET.documentation, `${letter}2`, [['Få']], { literal: true });
    expect((await workbook.snapshot()).formulaFindings).toEqual([
      'Brugerantal har en indtastet værdi i stedet for formlen i 1 række.',
    ]);
    await workbook.repairFormulas();
    const after = fake.cells(SHEET.documentation);
    expect(after[0]).toEqual(JSON.parse(cells)[0]);
    expect(after[1][after[0].indexOf(ASSESSED)]).toBe('Få');
  });
});
