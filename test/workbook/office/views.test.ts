import { column, type ColumnKey } from '../../../src/domain/schema';
import { columnLetter } from '../../../src/domain/a1';
import { SHEET, TABLE_NAME } from '../../../src/domain/sheetLayout';
import { passes, type ViewFilter } from '../../../src/domain/views';
import { keysOfHeaders } from '../../../src/domain/check';
import { createFakeExcel, pivotsOf, slicersOf, type FakeExcel } from '../../support/standIn';
import {
  FALLBACK,
  PIVOT,
  PIVOTS,
  PIVOT_SHEET,
  PIVOT_SHEETS,
  ROW_KEY_HEADER,
  ROW_KEY_OLD_HEADERS,
} from '../../../src/workbook/office/views';
import type { OfficeWorkbook } from '../../../src/workbook/office/officeWorkbook';
import { REPORT_SHEET, REPORT_TABLE } from '../../../src/workbook/reportSheetsPlan';
import { officeOn, putR1 } from './officeFixtures';

jest.setTimeout(60_000);

async function sheetWith(rows: number, apiVersion = '1.12'): Promise<{ fake: FakeExcel; workbook: OfficeWorkbook }> {
  const fake = createFakeExcel({ apiVersion, keepLog: false });
  putR1(fake, rows);
  const workbook = officeOn(fake);
  await workbook.upgrade();
  fake.resetStats();
  return { fake, workbook };
}

const h = (key: ColumnKey) => column(key).header;

/** The Dokumentation table's values, without the Nr. column (the one column a view may fill). */
function tableCells(fake: FakeExcel): unknown[][] {
  const cells = fake.cells(SHEET.documentation);
  const nr = cells[0].indexOf(ROW_KEY_HEADER);
  return nr < 0 ? cells : cells.map((r) => r.filter((_, i) => i !== nr));
}

const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();

/** Rows the fake's filter hides, as 0-based data row indexes. */
function hiddenRows(fake: FakeExcel): number[] {
  const sheet = fake.model.table(TABLE_NAME)!.sheet;
  return [...sheet.hiddenRows].map((r) => r - 1).sort((a, b) => a - b);
}

/** What `passes` says should be hidden, from the cells as they are. */
function expectedHidden(fake: FakeExcel, filter: ViewFilter): number[] {
  const [head, ...rows] = fake.cells(SHEET.documentation);
  const keys = keysOfHeaders(head.map(String));
  return rows.flatMap((row, i) => {
    const values = Object.fromEntries(keys.map((k, c) => [k, row[c]]).filter(([k]) => k));
    return passes(values, filter) ? [] : [i];
  });
}

const FAGCHEF: ViewFilter = { businessArea: ['Borgerservice'], usesKmdSag: ['Ja', ''] };

describe('filters', () => {
  test('ExcelApi 1.9+: the table AutoFilter combines columns, blanks included, and hides exactly the rows passes() rejects', async () => {
    const { fake, workbook } = await sheetWith(100);
    const before = tableCells(fake);
    const result = await workbook.applyFilter(FAGCHEF);
    expect(result.fallbacks).toEqual([]);
    expect(fake.model.table(TABLE_NAME)!.filters.size).toBe(2);
    const hidden = hiddenRows(fake);
    expect(hidden).toEqual(expectedHidden(fake, FAGCHEF));
    expect(hidden.length).toBeGreaterThan(50);
    expect(await workbook.currentFilter()).toEqual(FAGCHEF);
    await workbook.clearFilters();
    expect(hiddenRows(fake)).toEqual([]);
    expect(await workbook.currentFilter()).toEqual({});
    expect(tableCells(fake)).toEqual(before);
  });

  test('ExcelApi 1.8: the same rows through TableColumn.filter; nothing for the user to do differently, so no notice', async () => {
    const { fake, workbook } = await sheetWith(100, '1.8');
    expect(workbook.viewSupport()).toMatchObject({
      autoFilter: false,
      pivotTables: true,
      pivotFilters: false,
      slicers: false,
    });
    const result = await workbook.applyFilter(FAGCHEF);
    expect(result.fallbacks).toEqual([]);
    expect(hiddenRows(fake)).toEqual(expectedHidden(fake, FAGCHEF));
    expect(await workbook.currentFilter()).toEqual(FAGCHEF);
    await workbook.clearFilters();
    expect(hiddenRows(fake)).toEqual([]);
  });

  test('the fake refuses the AutoFilter below ExcelApi 1.9, so the adapter cannot use it there by mistake', async () => {
    const fake = createFakeExcel({ apiVersion: '1.8' });
    await officeOn(fake).setup();
    await expect(
      fake.run(async (context) => {
        context.workbook.tables.getItem(TABLE_NAME).autoFilter.clearCriteria();
        await context.sync();
      }),
    ).rejects.toThrow(/ApiNotFound/);
  });
});

describe('sort by priority and back', () => {
  test('adds «Oprindelig rækkefølge» at the end once, sorts by Prioritet with blanks last, and restores the exact sheet order', async () => {
    const { fake, workbook } = await sheetWith(100);
    const before = tableCells(fake);
    const width = before[0].length;
    await workbook.sortByPriority();
    const after = fake.cells(SHEET.documentation);
    expect(after[0][width]).toBe(ROW_KEY_HEADER);
    expect(after.slice(1).map((r) => r[width])).not.toEqual(after.slice(1).map((_, i) => i + 1));
    const prio = after[0].indexOf(h('priority'));
    const ranks = after.slice(1).map((r) => r[prio]);
    const numbers = ranks.filter((r) => typeof r === 'number') as number[];
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(ranks.slice(numbers.length).every((r) => r === '')).toBe(true);
    expect(sorted(tableCells(fake))).toEqual(sorted(before));
    await workbook.restoreSheetOrder();
    expect(tableCells(fake)).toEqual(before);
    expect(
      fake
        .cells(SHEET.documentation)
        .slice(1)
        .map((r) => r[width]),
    ).toEqual(before.slice(1).map((_, i) => i + 1));
  });

  test('rows added later get max+1; numbers already there are kept and not written again', async () => {
    const { fake, workbook } = await sheetWith(20);
    await workbook.sortByPriority();
    await workbook.restoreSheetOrder();
    await fake.run(async (context) => {
      context.workbook.tables.getItem(TABLE_NAME).rows.add(undefined, undefined);
      await context.sync();
    });
    fake.resetStats();
    await workbook.restoreSheetOrder();
    const cells = fake.cells(SHEET.documentation);
    const nr = cells[0].indexOf(ROW_KEY_HEADER);
    expect(cells[21][nr]).toBe(21);
    fake.resetStats();
    await workbook.sortByPriority();
    // Nr. is complete: header, Nr. values, then two writes (show Dokumentation, the sort).
    expect(fake.syncs.reduce((n, s) => n + s.writes, 0)).toBe(2);
  });
});

test('a table numbered under the old name «Nr.» keeps using that column: no second key column, the order comes back', async () => {
  const { fake, workbook } = await sheetWith(30);
  const before = fake.cells(SHEET.documentation);
  const width = before[0].length;
  // As an earlier version left it: the key column «Nr.» at the end, numbered in the sheet's order.
  await fake.run(async (context) => {
    const table = context.workbook.tables.getItem(TABLE_NAME);
    table.columns.add(undefined, undefined, ROW_KEY_OLD_HEADERS[0]);
    await context.sync();
    table.columns.getItem(ROW_KEY_OLD_HEADERS[0]).getDataBodyRange().values = before.slice(1).map((_, i) => [i + 1]);
    await context.sync();
  });
  const sorting = await workbook.sortByPriority();
  expect(sorting.message).not.toMatch(/fik et nummer/);
  const after = fake.cells(SHEET.documentation);
  expect(after[0].length).toBe(width + 1);
  expect(after[0][width]).toBe('Nr.');
  expect(after[0]).not.toContain(ROW_KEY_HEADER);
  const restoring = await workbook.restoreSheetOrder();
  expect(restoring.message).toBe('Rækkerne står i arkets rækkefølge igen (efter kolonnen «Nr.»).');
  expect(fake.cells(SHEET.documentation).map((r) => r.slice(0, width))).toEqual(before);
});

describe('sorting with a filter on', () => {
  test('the stand-in sorts like Excel: only the rows the filter shows move, hidden rows keep their place', async () => {
    const { fake, workbook } = await sheetWith(40);
    await workbook.applyFilter(FAGCHEF);
    const hidden = hiddenRows(fake);
    const before = fake.cells(SHEET.documentation);
    const caseArea = before[0].indexOf(h('caseArea'));
    await fake.run(async (context) => {
      context.workbook.tables.getItem(TABLE_NAME).sort.apply([{ key: caseArea, ascending: false }]);
      await context.sync();
    });
    const after = fake.cells(SHEET.documentation);
    for (const i of hidden) expect(after[i + 1]).toEqual(before[i + 1]);
    const shown = after.slice(1).filter((_, i) => !hidden.includes(i));
    const names = shown.map((r) => String(r[caseArea]));
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'da', { sensitivity: 'base' })));
  });

  test.each(['1.12', '1.8'])(
    'ExcelApi %s: «Sortér efter prioritet» and «Arkets rækkefølge» order every row and keep the filter',
    async (apiVersion) => {
      const { fake, workbook } = await sheetWith(60, apiVersion);
      const before = tableCells(fake);
      await workbook.applyFilter(FAGCHEF);
      await workbook.sortByPriority();
      expect(await workbook.currentFilter()).toEqual(FAGCHEF);
      expect(hiddenRows(fake)).toEqual(expectedHidden(fake, FAGCHEF));
      const after = fake.cells(SHEET.documentation);
      const ranks = after.slice(1).map((r) => r[after[0].indexOf(h('priority'))]);
      const numbers = ranks.filter((r) => typeof r === 'number') as number[];
      expect(numbers.length).toBeGreaterThan(5);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      expect(ranks.slice(numbers.length).every((r) => r === '')).toBe(true);
      await workbook.restoreSheetOrder();
      expect(tableCells(fake)).toEqual(before);
      expect(await workbook.currentFilter()).toEqual(FAGCHEF);
    },
  );
});

describe('filters as Excel reports them (office-js #1226, #3030)', () => {
  test('the stand-in reports every criteria property, null where unset, and refuses such an object back', async () => {
    const { fake, workbook } = await sheetWith(20);
    await workbook.applyFilter(FAGCHEF);
    const head = fake.cells(SHEET.documentation)[0];
    const area = head.indexOf(h('businessArea'));
    const unfiltered = head.indexOf(h('caseArea'));
    await expect(
      fake.run(async (context) => {
        const table = context.workbook.tables.getItem(TABLE_NAME);
        const autoFilter = table.autoFilter.load('criteria');
        await context.sync();
        const read = autoFilter.criteria[area];
        expect(read).toMatchObject({ filterOn: 'Values', values: ['Borgerservice'], criterion1: null, color: null });
        expect(autoFilter.criteria[unfiltered]).toMatchObject({ criterion1: null, values: null, color: null });
        table.autoFilter.apply(table.getRange(), area, read);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test.each(['1.12', '1.8'])('ExcelApi %s: a sort with no filter never touches the filters', async (apiVersion) => {
    const fake = createFakeExcel({ apiVersion });
    putR1(fake, 30);
    const workbook = officeOn(fake);
    await workbook.upgrade();
    fake.resetStats();
    const result = await workbook.sortByPriority();
    expect(result.fallbacks).toEqual([]);
    expect(fake.log.filter((l) => /AutoFilter\.|Filter\.|clearFilters/.test(l))).toEqual([]);
    expect(fake.log.some((l) => l.startsWith('TableSort.apply'))).toBe(true);
  });

  test.each(['1.12', '1.8'])(
    'ExcelApi %s: a values filter comes back; a custom one is cleared and the pane says which',
    async (apiVersion) => {
      const { fake, workbook } = await sheetWith(60, apiVersion);
      await workbook.applyFilter(FAGCHEF);
      const users = fake.cells(SHEET.documentation)[0].indexOf(h('caseworkerCount'));
      await fake.run(async (context) => {
        const column = context.workbook.tables.getItem(TABLE_NAME).columns.getItemAt(users);
        column.filter.apply({ filterOn: 'Custom' as Excel.FilterOn, criterion1: '>5' });
        await context.sync();
      });
      const result = await workbook.sortByPriority();
      expect(await workbook.currentFilter()).toEqual(FAGCHEF);
      expect(hiddenRows(fake)).toEqual(expectedHidden(fake, FAGCHEF));
      expect(result.fallbacks).toEqual([
        expect.stringContaining(`Sorteringen ryddede filteret på «${h('caseworkerCount')}»`),
      ]);
    },
  );

  test('after a filter or a sort started from another sheet, Excel shows Dokumentation', async () => {
    const { fake, workbook } = await sheetWith(20);
    for (const action of [
      () => workbook.applyFilter(FAGCHEF),
      () => workbook.sortByPriority(),
      () => workbook.restoreSheetOrder(),
    ]) {
      fake.model.activeSheet = fake.model.sheets.find((s) => s.name === SHEET.lists)!;
      await action();
      expect(fake.model.activeSheet.name).toBe(SHEET.documentation);
    }
  });

  test('a custom «equals» filter is kept as the values filter it means', async () => {
    const { fake, workbook } = await sheetWith(40);
    const area = fake.cells(SHEET.documentation)[0].indexOf(h('businessArea'));
    await fake.run(async (context) => {
      const column = context.workbook.tables.getItem(TABLE_NAME).columns.getItemAt(area);
      column.filter.apply({
        filterOn: 'Custom' as Excel.FilterOn,
        criterion1: '=Borgerservice',
        criterion2: '=Social',
        operator: 'Or' as Excel.FilterOperator,
      });
      await context.sync();
    });
    const hiddenBefore = hiddenRows(fake);
    expect(hiddenBefore.length).toBeGreaterThan(0);
    const result = await workbook.sortByPriority();
    expect(result.fallbacks).toEqual([]);
    expect(await workbook.currentFilter()).toEqual({ businessArea: ['Borgerservice', 'Social'] });
    expect(hiddenRows(fake)).toEqual(expectedHidden(fake, { businessArea: ['Borgerservice', 'Social'] }));
  });
});

describe('column presets', () => {
  test('hide the schema columns a phase does not use; own columns and Nr. stay; Alle shows everything; nothing is deleted', async () => {
    const { fake, workbook } = await sheetWith(50);
    const before = tableCells(fake);
    const head = before[0] as string[];
    const sheet = fake.model.table(TABLE_NAME)!.sheet;
    await workbook.applyPreset('screening');
    const hidden = (name: string) => sheet.hiddenColumns.has(head.indexOf(name));
    expect(hidden(h('businessArea'))).toBe(false);
    expect(hidden(h('usesKmdSag'))).toBe(false);
    expect(hidden(h('caseworkerCount'))).toBe(true);
    expect(hidden(h('priority'))).toBe(true);
    expect(hidden('Egen note')).toBe(false);
    await workbook.applyPreset('prioritering');
    expect(hidden(h('priority'))).toBe(false);
    expect(hidden(h('caseworkerCount'))).toBe(false);
    expect(hidden(h('kle'))).toBe(false);
    expect(hidden(h('journalNoteCount'))).toBe(true);
    await workbook.applyPreset('alle');
    expect(sheet.hiddenColumns.size).toBe(0);
    expect(tableCells(fake)).toEqual(before);
  });
});

describe('pivot views', () => {
  test('ExcelApi 1.12: three PivotTables, anbefalet and besluttet side by side on Pivot, the pane filter carried in, slicers; a second click refreshes', async () => {
    const { fake, workbook } = await sheetWith(100);
    const before = tableCells(fake);
    const result = await workbook.createPivots({
      businessArea: ['Borgerservice', 'Findes ikke'],
      solutionScenario: [''],
    });
    expect(result.fallbacks).toEqual([]);
    expect(result.message).toBe(
      'Der er 3 nye pivottabeller: anbefalet løsningsscenarie på arket Pivot, besluttet løsningsscenarie på arket Pivot og forretningskritisk × omfang på arket Pivot kritisk, med rudens filter.',
    );
    const [scenario, decided, critical] = pivotsOf(fake.model);
    const values = [
      { source: h('caseArea'), name: 'Antal sagsområder', summarizeBy: 'Count' },
      { source: h('caseworkerCount'), name: 'Sagsbehandlere i alt', summarizeBy: 'Sum' },
      { source: h('manualCaseCount'), name: 'Manuelle sager i alt', summarizeBy: 'Sum' },
      { source: h('journalNoteCount'), name: 'Journalnotater i alt', summarizeBy: 'Sum' },
    ];
    // Anbefalet and besluttet side by side on one sheet, each scenario under its fagområde, the same values.
    expect(scenario).toMatchObject({
      name: PIVOT.scenario,
      rows: [h('businessArea'), h('solutionScenario')],
      columns: [],
      filters: [h('businessCritical'), h('usagePattern')],
      data: values,
      at: { r: 5, c: 0 },
    });
    expect(decided).toMatchObject({
      name: PIVOT.decided,
      rows: [h('businessArea'), h('decidedScenario')],
      columns: [],
      filters: [h('businessCritical'), h('usagePattern')],
      data: values,
      at: { r: 5, c: 7 },
    });
    expect(scenario.sheet.name).toBe(PIVOT_SHEET);
    expect(decided.sheet).toBe(scenario.sheet);
    expect(critical).toMatchObject({ rows: [h('businessCritical')], columns: [h('cleanupScope')] });
    expect(critical.sheet.name).toBe(PIVOT_SHEETS.critical);
    // Only items that occur (Excel refuses others); blanks are left to the PivotTable's own filter. Both sides alike.
    expect(Object.fromEntries(scenario.manualFilters)).toEqual({ [h('businessArea')]: ['Borgerservice'] });
    expect(Object.fromEntries(decided.manualFilters)).toEqual({ [h('businessArea')]: ['Borgerservice'] });
    expect(slicersOf(fake.model).map((s) => [s.pivot.name, s.field])).toEqual([
      [PIVOT.scenario, h('businessArea')],
      [PIVOT.scenario, h('solutionScenario')],
      [PIVOT.decided, h('decidedScenario')],
    ]);
    await workbook.createPivots();
    expect(pivotsOf(fake.model)).toHaveLength(3);
    expect(scenario.refreshCount).toBe(1);
    expect(scenario.manualFilters.size).toBe(0);
    expect(decided.manualFilters.size).toBe(0);
    expect(slicersOf(fake.model)).toHaveLength(3);
    expect(tableCells(fake)).toEqual(before);
  });

  test('the PivotTables show their rows and counts on their sheets (what the preview draws)', async () => {
    const { fake, workbook } = await sheetWith(100);
    await workbook.createPivots();
    const [head, ...rows] = fake.cells(SHEET.documentation);
    const critical = head.indexOf(h('businessCritical'));
    const caseArea = head.indexOf(h('caseArea'));
    const expected = new Map<string, number>();
    for (const r of rows) {
      if (r[caseArea] === '') continue;
      const item = r[critical] === '' ? '(tom)' : String(r[critical]);
      expected.set(item, (expected.get(item) ?? 0) + 1);
    }
    const cells = fake.cells(PIVOT_SHEETS.critical);
    const top = cells.findIndex((r) => r[0] === 'Rækkenavne');
    const totalColumn = cells[top].indexOf('Hovedtotal');
    const shown = new Map(
      cells
        .slice(top + 1)
        .filter((r) => r[0] !== '' && r[0] !== 'Hovedtotal')
        .map((r) => [String(r[0]), r[totalColumn]]),
    );
    expect(shown).toEqual(expected);
    expect(cells.find((r) => r[0] === 'Hovedtotal')?.[totalColumn]).toBe(rows.filter((r) => r[caseArea] !== '').length);
    expect(fake.cells(PIVOT_SHEETS.scenario).some((r) => r[0] === 'Rækkenavne')).toBe(true);
  });

  test('Pivot shows anbefalet (A:E) and besluttet (H:L) side by side: per fagområde, each scenario counted under it', async () => {
    const { fake, workbook } = await sheetWith(60);
    const [head] = fake.cells(SHEET.documentation);
    const col = (key: ColumnKey) => head.indexOf(h(key));
    const decidedLetter = String.fromCharCode(65 + col('decidedScenario'));
    // The styregruppe decided on some rows: scenario 4 where 2 was recommended, and so on.
    const scenarios = fake.cells(SHEET.documentation).slice(1, 5);
    const labels = [...new Set(scenarios.map((r) => r[col('solutionScenario')]).filter(Boolean))];
    expect(labels.length).toBeGreaterThan(0);
    fake.put(SHEET.documentation, `${decidedLetter}2:${decidedLetter}4`, [[labels[0]], [labels[0]], ['']], {
      literal: true,
    });
    await workbook.createPivots();
    const cells = fake.cells(PIVOT_SHEET);
    expect(cells[1][0]).toBe('Anbefalet: Løsningsscenarie pr. fagområde');
    expect(cells[1][7]).toBe('Besluttet: Besluttet løsningsscenarie pr. fagområde');
    const top = cells.findIndex((r) => r[0] === 'Rækkenavne');
    expect(cells[top].slice(0, 5)).toEqual(['Rækkenavne', ...PIVOTS[0].values.map((v) => v.name)]);
    expect(cells[top].slice(7, 12)).toEqual(['Rækkenavne', ...PIVOTS[1].values.map((v) => v.name)]);
    expect(cells[top].slice(5, 7)).toEqual(['', '']);
    // Counted from the table: each fagområde's line and, below it, its scenarios (anbefalet left, besluttet right).
    const rows = fake.cells(SHEET.documentation).slice(1);
    const linesOf = (key: ColumnKey) => {
      const lines: [string, number][] = [];
      const areas = [...new Set(rows.map((r) => String(r[col('businessArea')]) || '(tom)'))].sort((a, b) =>
        a === '(tom)' ? 1 : b === '(tom)' ? -1 : a.localeCompare(b, 'da'),
      );
      for (const area of areas) {
        const own = rows.filter((r) => (String(r[col('businessArea')]) || '(tom)') === area);
        lines.push([area, own.filter((r) => r[col('caseArea')] !== '').length]);
        const items = [...new Set(own.map((r) => String(r[col(key)]) || '(tom)'))].sort((a, b) =>
          a === '(tom)' ? 1 : b === '(tom)' ? -1 : a.localeCompare(b, 'da'),
        );
        for (const item of items)
          lines.push([
            item,
            own.filter((r) => (String(r[col(key)]) || '(tom)') === item && r[col('caseArea')] !== '').length,
          ]);
      }
      return lines;
    };
    const shown = (c: number) =>
      cells
        .slice(top + 1)
        .filter((r) => r[c] !== '' && r[c] !== 'Hovedtotal')
        .map((r) => [r[c], r[c + 1]]);
    expect(shown(0)).toEqual(linesOf('solutionScenario'));
    expect(shown(7)).toEqual(linesOf('decidedScenario'));
    const decidedLines = shown(7).filter(([label]) => label === labels[0]);
    expect(decidedLines.reduce((n, [, count]) => n + Number(count), 0)).toBe(2);
  });

  test('ExcelApi 1.8: the PivotTables are made; the filter and slicers fall back, and the pane says so', async () => {
    const { fake, workbook } = await sheetWith(100, '1.8');
    const result = await workbook.createPivots({ businessArea: ['Borgerservice'] });
    expect(pivotsOf(fake.model)).toHaveLength(3);
    expect(pivotsOf(fake.model)[0].manualFilters.size).toBe(0);
    expect(slicersOf(fake.model)).toHaveLength(0);
    expect(result.fallbacks).toEqual([FALLBACK.pivotFilters, FALLBACK.slicers]);
  });
});

describe('PivotTables never collide', () => {
  /** Gives the first `count` data rows a fagområde each: 60 of them after a start with a handful. */
  /** `count` new fagområder: all but the last typed in the sheet, the last written through the pane (which draws again). */
  async function manyAreas(fake: FakeExcel, workbook: OfficeWorkbook, count: number): Promise<void> {
    const cells = fake.cells(SHEET.documentation);
    const header = cells.findIndex((r) => r.includes(h('businessArea')));
    const at = `${columnLetter(cells[header].indexOf(h('businessArea')))}${header + 2}`;
    const typed = Array.from({ length: count - 1 }, (_, i) => [`Fagområde ${i + 1}`]);
    fake.put(SHEET.documentation, at, typed, { literal: true });
    await workbook.writeRow(count - 1, { businessArea: `Fagområde ${count}` });
    fake.resetStats();
  }

  test('the stand-in draws a PivotTable and refuses one that would overlap another', async () => {
    const { fake } = await sheetWith(20);
    const made = fake.run(async (context) => {
      const ws = context.workbook.worksheets.add('P');
      const source = context.workbook.tables.getItem(TABLE_NAME);
      for (const [name, at] of [
        ['A', 'P!A3'],
        ['B', 'P!A6'],
      ]) {
        const pt = ws.pivotTables.add(name, source, at);
        pt.rowHierarchies.add(pt.hierarchies.getItem(h('businessArea')));
        pt.dataHierarchies.add(pt.hierarchies.getItem(h('caseArea'))).summarizeBy =
          'Count' as Excel.AggregationFunction;
      }
      await context.sync();
    });
    await expect(made).rejects.toThrow(/overlap/);
    const cells = fake.cells('P');
    expect(cells[2][0]).toBe('Rækkenavne');
    expect(cells.flat()).toContain('Hovedtotal');
  });

  test.each(['1.12', '1.8'])(
    'ExcelApi %s: each PivotTable on a sheet of its own; 60 fagområder refresh without overlap',
    async (apiVersion) => {
      const { fake, workbook } = await sheetWith(80, apiVersion);
      await workbook.createPivots();
      const [scenario, , critical] = pivotsOf(fake.model);
      expect(scenario.sheet).not.toBe(critical.sheet);
      await manyAreas(fake, workbook, 60);
      await workbook.refreshViews();
      await workbook.createPivots();
      // Each new fagområde written through the pane draws Overblik again, as «Opdater» does, PivotTables included.
      expect(pivotsOf(fake.model).every((p) => p.refreshCount >= 2)).toBe(true);
      const rowsShown = fake.cells(scenario.sheet.name).filter((r) => /^Fagområde \d+$/.test(String(r[0])));
      expect(rowsShown).toHaveLength(60);
      // Besluttet beside it, as long: the two grow downwards, never into each other.
      expect(fake.cells(scenario.sheet.name).filter((r) => /^Fagområde \d+$/.test(String(r[7])))).toHaveLength(60);
    },
  );

  /** Both PivotTables as the add-in made them before: one sheet, the scenario across the columns, no besluttet. */
  async function oldPivots(fake: FakeExcel): Promise<void> {
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.add(PIVOT_SHEET);
      const source = context.workbook.tables.getItem(TABLE_NAME);
      const old = [
        { spec: PIVOTS[0], rows: ['businessArea'], columns: ['solutionScenario'], at: 6 },
        { spec: PIVOTS[2], rows: PIVOTS[2].rows, columns: PIVOTS[2].columns, at: 30 },
      ];
      for (const { spec, rows, columns, at } of old) {
        const pt = ws.pivotTables.add(spec.name, source, `${PIVOT_SHEET}!A${at}`);
        const hierarchy = (key: ColumnKey) => pt.hierarchies.getItem(h(key));
        rows.forEach((k) => pt.rowHierarchies.add(hierarchy(k as ColumnKey)));
        columns.forEach((k) => pt.columnHierarchies.add(hierarchy(k as ColumnKey)));
        spec.filters.forEach((k) => pt.filterHierarchies.add(hierarchy(k)));
        spec.values.forEach((v) => (pt.dataHierarchies.add(hierarchy(v.key)).name = v.name));
      }
      await context.sync();
    });
  }

  test('a workbook from before gets the new layout: the critical one on its own sheet, the scenario under the fagområde, besluttet beside', async () => {
    const { fake, workbook } = await sheetWith(40);
    await oldPivots(fake);
    // Before: the scenario across the columns runs past column H.
    expect(pivotsOf(fake.model)[0].drawn!.c1).toBeGreaterThan(7);
    const result = await workbook.createPivots();
    expect(result.message).toBe(
      'Der er 2 nye pivottabeller: besluttet løsningsscenarie på arket Pivot og forretningskritisk × omfang på arket Pivot kritisk. På arket Pivot står løsningsscenariet nu under fagområdet.',
    );
    const [scenario, critical, decided] = [PIVOT.scenario, PIVOT.critical, PIVOT.decided].map((n) =>
      pivotsOf(fake.model).find((p) => p.name === n)!,
    );
    expect(scenario.sheet.name).toBe(PIVOT_SHEET);
    expect(scenario).toMatchObject({ rows: [h('businessArea'), h('solutionScenario')], columns: [] });
    expect(scenario.drawn!.c1).toBe(4);
    expect(decided.sheet.name).toBe(PIVOT_SHEET);
    expect(decided.at).toEqual({ r: 5, c: 7 });
    expect(critical.sheet.name).toBe(PIVOT_SHEETS.critical);
    expect(fake.cells(PIVOT_SHEET)[1][0]).toBe('Anbefalet: Løsningsscenarie pr. fagområde');
    await manyAreas(fake, workbook, 40);
    await workbook.refreshViews();
    // A second click changes nothing more.
    expect((await workbook.createPivots()).message).toBe('Pivottabellerne er opdateret.');
  });

  test('a workbook from before keeps working with «Opdater» alone: its PivotTables refresh as they are', async () => {
    const { fake, workbook } = await sheetWith(40);
    await oldPivots(fake);
    // Its own sheet for the critical one first (as «Opdater» does), so only the scenario's layout is old.
    await workbook.refreshViews();
    expect(
      pivotsOf(fake.model)
        .map((p) => p.name)
        .sort(),
    ).toEqual([PIVOT.critical, PIVOT.scenario].sort());
    await manyAreas(fake, workbook, 40);
    const result = await workbook.refreshViews();
    expect(result.message).toMatch(/ivottabellerne er opdateret/);
    expect(pivotsOf(fake.model).find((p) => p.name === PIVOT.scenario)!.columns).toEqual([h('solutionScenario')]);
  });
});

describe('Opdater', () => {
  test('a new fagområde typed in the sheet gets its rows in Overblik; PivotTables are refreshed; the table is untouched', async () => {
    const { fake, workbook } = await sheetWith(30);
    await workbook.createPivots();
    fake.put(SHEET.documentation, 'A3', [['Nyt område']], { literal: true });
    const before = tableCells(fake);
    const result = await workbook.refreshViews();
    expect(result.message).toMatch(/Overblik viser nu/);
    const areas = fake.cells(REPORT_SHEET.overview).map((r) => r[0]);
    expect(areas).toContain('Nyt område');
    expect(pivotsOf(fake.model).every((p) => p.refreshCount === 1)).toBe(true);
    expect(fake.model.tables.filter((t) => t.sheet.name === REPORT_SHEET.overview)).toHaveLength(
      Object.keys(REPORT_TABLE).length,
    );
    expect(tableCells(fake)).toEqual(before);
    const again = await workbook.refreshViews();
    expect(again.message).not.toMatch(/Overblik/);
  });
});

describe('sync counts do not grow with rows', () => {
  const OPS: [string, (w: OfficeWorkbook) => Promise<unknown>][] = [
    ['applyFilter', (w) => w.applyFilter(FAGCHEF)],
    ['currentFilter', (w) => w.currentFilter()],
    ['clearFilters', (w) => w.clearFilters()],
    ['sortByPriority (first)', (w) => w.sortByPriority()],
    ['sortByPriority (again)', (w) => w.sortByPriority()],
    ['restoreSheetOrder', (w) => w.restoreSheetOrder()],
    ['applyPreset', (w) => w.applyPreset('tobe')],
    ['applyPreset alle', (w) => w.applyPreset('alle')],
    ['createPivots', (w) => w.createPivots(FAGCHEF)],
    ['createPivots (refresh)', (w) => w.createPivots()],
    ['refreshViews', (w) => w.refreshViews()],
  ];

  async function counts(rows: number, apiVersion: string): Promise<Map<string, number>> {
    const { fake, workbook } = await sheetWith(rows, apiVersion);
    const before = tableCells(fake);
    const out = new Map<string, number>();
    for (const [name, op] of OPS) {
      fake.resetStats();
      await op(workbook);
      out.set(name, fake.syncCount);
      expect(fake.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    }
    // Sorted back to the sheet's order: every value as it was.
    expect(tableCells(fake)).toEqual(before);
    return out;
  }

  // 100 against 1,000 rows shows what 5,000 would.
  test.each(['1.12', '1.8'])('ExcelApi %s: 100 and 1,000 rows', async (apiVersion) => {
    const small = await counts(100, apiVersion);
    const large = await counts(1000, apiVersion);
    console.log(`ExcelApi ${apiVersion}: ${[...small].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    expect(large).toEqual(small);
  });
});
