import { WORKSHOP_SHEET } from '../../../src/workbook/workshopPlan';
import { OfficeWorkbook } from '../../../src/workbook/office/officeWorkbook';
import { COLUMN_KEYS, COLUMNS, TYPED_FALLBACK } from '../../../src/domain/schema';
import { planUpgrade } from '../../../src/domain/upgrade';
import { SHEET, TABLE_NAME } from '../../../src/domain/sheetLayout';
import { createFakeExcel } from '../../support/standIn';
import { UserError } from '../../../src/workbook/errors';
import { newOffice, officeOn, putR1, r1Grid, SPECIAL } from './officeFixtures';
import { REPORT_SHEET, REPORT_TABLE } from '../../../src/workbook/reportSheetsPlan';

const header = (key: string) => COLUMNS.find((c) => c.key === key)!.header;
const colOf = (cells: unknown[][], h: string) => cells[0].indexOf(h);

describe('OfficeWorkbook.setup', () => {
  test('creates the six sheets, the table, formulas, validation and text columns', async () => {
    const { fake, workbook } = newOffice();
    expect((await workbook.detect()).status).toBe('absent');
    const summary = await workbook.setup();
    expect(summary.created).toBe(true);
    expect(fake.sheetNames()).toEqual([
      SHEET.documentation,
      SHEET.lists,
      REPORT_SHEET.overview,
      REPORT_SHEET.decision,
      WORKSHOP_SHEET,
      SHEET.guide,
    ]);
    const table = fake.model.table(TABLE_NAME)!;
    expect(table.sheet.name).toBe(SHEET.documentation);
    const cells = fake.cells(SHEET.documentation);
    expect(cells[0]).toEqual(COLUMNS.map((c) => c.header));
    const prio = colOf(cells, header('priority'));
    const prioCell = table.sheet.cell(1, prio)!;
    // Written out: the lowest key ranks first (RANK's order 1), equal keys in table order.
    const key = 'Dokumentation[[#This Row],[Prioritetsnøgle]]';
    const keys = 'Dokumentation[Prioritetsnøgle]';
    expect(prioCell.formula).toBe(
      `=IF(ISNUMBER(${key}),RANK(${key},${keys},1)+COUNTIF(INDEX(${keys},1):${key},${key})-1,"")`,
    );
    expect(prioCell.fill).toBe('#EDEDED');
    expect(prioCell.italic).toBe(true);
    const low = fake.model.sheet(SHEET.lists)!.cell(1, 10)!;
    expect(low.formula).toContain('PERCENTILE.INC(');
    expect(low.formula).not.toContain('_xlfn');
    const kle = colOf(cells, header('kle'));
    expect(table.sheet.cell(1, kle)!.numberFormat).toBe('@');
    const validations = table.sheet.validations;
    const kleRule = validations.find((v) => v.rect.c0 === kle)!.rule as { custom: { formula: string } };
    expect(kleRule.custom.formula).toMatch(/^=OR\(C2="",/);
    const areaRule = validations.find((v) => v.rect.c0 === 0)!;
    expect(areaRule.rule).toEqual({
      list: { inCellDropDown: true, source: expect.stringMatching(/^=OFFSET\(Lister!\$A\$2/) },
    });
    expect(areaRule.errorAlert).toMatchObject({ style: 'Warning' });
    expect(fake.model.sheet(SHEET.lists)!.validations.map((v) => v.rule)).toContainEqual({
      list: { inCellDropDown: true, source: 'Let,Moderat,Stort' },
    });
    expect(fake.cells(SHEET.lists)[1][2]).toBe('0');
    expect(fake.cells(SHEET.guide)[0][0]).toMatch(/Dokumentationsark/);
    expect((await workbook.detect()).status).toBe('ready');
  });

  test('running setup again changes nothing and says so', async () => {
    const { fake, workbook } = newOffice();
    await workbook.setup();
    fake.resetStats();
    const again = await workbook.setup();
    expect(again.created).toBe(false);
    expect(again.message).toMatch(/Intet er ændret/);
    expect(fake.syncs.reduce((n, s) => n + s.writes, 0)).toBe(0);
  });

  test('refuses to set up over a sheet of ours that has data', async () => {
    const fake = createFakeExcel();
    fake.put('Lister', 'A1', [['Noget']]);
    await expect(officeOn(fake).setup()).rejects.toThrow(UserError);
  });

  test('an Excel older than ExcelApi 1.8 gets a Danish message', async () => {
    const fake = createFakeExcel({ apiVersion: '1.7' });
    const workbook = officeOn(fake);
    expect(workbook.supported).toBe(false);
    await expect(workbook.detect()).rejects.toThrow(/kræver ExcelApi 1.8/);
  });
});

describe('OfficeWorkbook.writeRow and snapshot', () => {
  test('user text lands as text, and only the given cells are written, in one sync (two with a known fagområde)', async () => {
    const { fake, workbook } = newOffice();
    await workbook.setup();
    const remarks = colOf(fake.cells(SHEET.documentation), header('remarks'));
    // A colleague typed in the same row meanwhile (co-authoring).
    fake.put(SHEET.documentation, 'D2', [['Kollega']]);
    fake.resetStats();
    await workbook.writeRow(0, {
      caseArea: '=SUM(A1)',
      businessArea: '+45 1234',
      contactPerson: undefined as never,
      remarks: '@x',
      kle: '32.01',
    });
    // A fagområde Overblik has no line for: Overblik is drawn again with it (issue 22: it fills itself), a few syncs more.
    expect(fake.syncCount).toBeLessThanOrEqual(6);
    expect(fake.cells(REPORT_SHEET.overview).map((r) => r[0])).toContain('+45 1234');
    fake.resetStats();
    await workbook.writeRow(0, { remarks: '@x' });
    expect(fake.syncCount).toBe(1);
    // The same fagområde again: one sync more to see Overblik has it, nothing drawn.
    fake.resetStats();
    await workbook.writeRow(0, { businessArea: '+45 1234' });
    expect(fake.syncCount).toBe(2);
    await workbook.writeRow(0, { contactPerson: '-' });
    const row = fake.cells(SHEET.documentation)[1];
    expect(row[1]).toBe('=SUM(A1)');
    expect(row[0]).toBe('+45 1234');
    expect(row[remarks]).toBe('@x');
    expect(row[2]).toBe('32.01');
    expect(row[3]).toBe('-');
    const sheet = fake.model.sheet(SHEET.documentation)!;
    expect([0, 1, 2, 3, remarks].map((c) => sheet.cell(1, c)?.formula)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    await workbook.writeRow(0, { usesKmdSag: 'Ja' });
    expect(fake.cells(SHEET.documentation)[1][1]).toBe('=SUM(A1)');
  });

  test('formula columns cannot be written', async () => {
    const { workbook } = newOffice();
    await workbook.setup();
    await expect(workbook.writeRow(0, { priority: 1 })).rejects.toThrow(/beregnes/);
  });

  test('snapshot gives rows by key with computed columns, the lists and the settings', async () => {
    const { fake, workbook } = newOffice();
    await workbook.setup();
    await fake.run(async (context) => {
      context.workbook.tables.getItem(TABLE_NAME).rows.add(undefined, [Array(COLUMNS.length).fill(null)]);
      await context.sync();
    });
    await workbook.writeRow(0, {
      businessArea: 'Borgerservice',
      caseworkerCount: 2,
      usagePattern: 'D',
      businessCritical: 'Ja',
      cleanupComplexity: 'Høj',
    });
    await workbook.writeRow(1, { caseworkerCount: 9, usagePattern: 'C', cleanupComplexity: 'Lav' });
    fake.put(SHEET.lists, 'A2', [['Borgerservice']]);
    fake.put(SHEET.lists, 'K3', [[5]]);
    fake.resetStats();
    const snap = await workbook.snapshot();
    expect(fake.syncCount).toBe(1);
    expect(snap.rows).toHaveLength(2);
    expect(snap.rows[0]).toMatchObject({ index: 0, excelRow: 2 });
    expect(snap.rows[0].values).toMatchObject({
      businessArea: 'Borgerservice',
      userCountCategory: 'Få',
      cleanupScope: 'Moderat',
      priority: 1,
    });
    expect(snap.rows[1].values).toMatchObject({ userCountCategory: 'Mange', cleanupScope: 'Moderat', priority: 2 });
    expect(snap.lists.businessAreas).toEqual(['Borgerservice']);
    expect(snap.lists.usagePatterns).toEqual(['0', 'A', 'B', 'C', 'D', 'E']);
    expect(snap.settings).toMatchObject({ lowThreshold: null, highThreshold: 5, strategy: 'Tungeste først' });
  });

  test('snapshot without a table says the sheet is not set up', async () => {
    const { workbook } = newOffice();
    await expect(workbook.snapshot()).rejects.toThrow(/intet dokumentationsark/);
  });
});

describe('OfficeWorkbook.upgrade', () => {
  test('a small sheet with blank rows inside: detection counts the rows the upgrade will take', async () => {
    const { fake, workbook } = newOffice();
    const grid = r1Grid(10);
    const blank = grid[2].map(() => null);
    fake.put('Ark1', 'A1', [...grid.slice(0, 6), blank, blank, ...grid.slice(6)], { literal: true });
    const detection = await workbook.detect();
    expect(detection).toMatchObject({ status: 'upgradable', headerRow: 3, dataRows: 10 });
    expect(detection.dataRowsUpTo).toBeUndefined();
    expect((await workbook.upgrade()).rows).toBe(10);
  });

  test('detects an older sheet and keeps every value, the original and the old Lister sheet', async () => {
    const { fake, workbook } = newOffice();
    const grid = putR1(fake, 60);
    fake.put('Lister', 'A1', [['Fagområde'], ['Gammelt område']], { literal: true });
    const detection = await workbook.detect();
    // 60 rows reach beyond the rows detection reads (the upgrade reads the rest): a count up to the last used row.
    expect(detection).toMatchObject({
      status: 'upgradable',
      sheet: 'Ark1',
      headerRow: 3,
      dataRows: 60,
      dataRowsUpTo: true,
    });
    const original = fake.cells('Ark1');
    const summary = await workbook.upgrade();
    expect(summary.rows).toBe(60);
    expect(summary.backupSheet).toBe(SHEET.backup);
    expect(summary.kept).toEqual(['Egen note']);
    expect(summary.typedKept).toEqual(['Brugerantal (nu i «Brugerantal (vurderet)»)']);
    expect(fake.sheetNames()).toEqual([
      SHEET.backup,
      'Lister (før opgradering)',
      SHEET.documentation,
      SHEET.lists,
      REPORT_SHEET.overview,
      REPORT_SHEET.decision,
      WORKSHOP_SHEET,
      SHEET.guide,
    ]);
    expect(fake.cells(SHEET.backup)).toEqual(original);

    const plan = planUpgrade({ values: grid.map((r) => r.map((v) => (v ?? null) as never)) }, ['Gammelt område']);
    const cells = fake.cells(SHEET.documentation);
    expect(cells[0]).toEqual(plan.columns.map((c) => c.header));
    const formulaCols = new Set(COLUMNS.filter((c) => c.kind === 'formula').map((c) => cells[0].indexOf(c.header)));
    plan.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!formulaCols.has(c)) expect([r, c, cells[r + 1][c]]).toEqual([r, c, v ?? '']);
      }),
    );
    const flat = cells.flat();
    for (const odd of [...SPECIAL, 'Måske', 'Svær', 'mange', -3, 'x', 'Note 0', 'Mange']) {
      expect(flat).toContain(odd);
    }
    // The typed Brugerantal is the workshop's judgement, in «Brugerantal (vurderet)», and the computed column shows it.
    expect(cells[0]).not.toContain(TYPED_FALLBACK.userCountCategory);
    const assessed = cells[0].indexOf('Brugerantal (vurderet)');
    const computed = cells[0].indexOf('Brugerantal');
    const judged = cells.slice(1).filter((r) => ['Få', 'Mellem', 'Mange'].includes(String(r[assessed])));
    expect(judged.length).toBeGreaterThan(3);
    for (const r of judged) expect(r[computed]).toBe(r[assessed]);
    expect(fake.cells(SHEET.lists).map((r) => r[0])).toContain('Gammelt område');
    expect((await workbook.detect()).status).toBe('ready');
    const snap = await workbook.snapshot();
    expect(snap.rows).toHaveLength(60);
  });

  test('renames a table called Dokumentation on the source sheet before anything else', async () => {
    const { fake, workbook } = newOffice();
    putR1(fake, 5, 'Dokumentation');
    await fake.run(async (context) => {
      const t = context.workbook.tables.add(
        context.workbook.worksheets.getItem('Dokumentation').getRange('A3:O8'),
        true,
      );
      t.name = 'Dokumentation';
      await context.sync();
    });
    const summary = await workbook.upgrade();
    expect(summary.backupSheet).toBe(SHEET.backup);
    expect(fake.model.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ['Dokumentation_foer_opgradering', SHEET.backup],
      [TABLE_NAME, SHEET.documentation],
      ...Object.values(REPORT_TABLE).map((name) => [name, REPORT_SHEET.overview]),
    ]);
    expect(fake.log.findIndex((l) => l.startsWith('Table.name'))).toBeLessThan(
      fake.log.findIndex((l) => l.startsWith('Worksheet.name')),
    );
  });

  test('refuses when no header row is found', async () => {
    const { fake, workbook } = newOffice();
    fake.put('Ark1', 'A1', [['Noget'], ['andet']]);
    await expect(workbook.upgrade()).rejects.toThrow(/overskriftsrækken/);
  });
});

describe('OfficeWorkbook selection', () => {
  test('active row, selecting a cell and the selection event', async () => {
    const { fake, workbook } = newOffice();
    await workbook.setup();
    expect(await workbook.activeRowIndex()).toBeNull();
    fake.setSelection(SHEET.documentation, 'B2');
    expect(await workbook.activeRowIndex()).toBe(0);
    fake.setSelection(SHEET.lists, 'A2');
    expect(await workbook.activeRowIndex()).toBeNull();
    await workbook.selectCell(0, 'remarks');
    expect(fake.selection().sheet).toBe(SHEET.documentation);
    expect(fake.model.selection.c0).toBe(COLUMN_KEYS.indexOf('remarks'));
    let calls = 0;
    const remove = await workbook.onSelectionChanged(() => calls++);
    fake.setSelection(SHEET.documentation, 'B2');
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(1);
    await remove();
    fake.setSelection(SHEET.documentation, 'C2');
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(1);
  });

  test('a selection handler is removed in a batch on the context that added it', async () => {
    const { fake } = newOffice();
    const contexts: unknown[] = [];
    const workbook = new OfficeWorkbook(
      fake.run,
      (v) => fake.requirements.isSetSupported('ExcelApi', v),
      async (context, batch) => {
        contexts.push(context);
        return batch(context as Excel.RequestContext);
      },
    );
    await workbook.setup();
    let calls = 0;
    const remove = await workbook.onSelectionChanged(() => calls++);
    await remove();
    expect(contexts).toHaveLength(1);
    fake.setSelection(SHEET.documentation, 'C2');
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(0);
  });
});
