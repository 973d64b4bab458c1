import { chartsOn, createFakeExcel, FakeExcel, pivotsOf } from '../support/standIn';

describe('fake Excel is strict like Excel', () => {
  test('reading a property before load and sync throws PropertyNotLoaded', async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Ark1').getRange('A1');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([['']]);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
    });
  });

  test('writes are applied at sync, in order, and loads see the state at their place in the batch', async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Ark1');
      const before = ws.getRange('A1').load('values');
      ws.getRange('A1').values = [[42]];
      expect(fake.cells('Ark1')).toEqual([]);
      const after = ws.getRange('A1').load('values');
      await context.sync();
      expect(before.values).toEqual([['']]);
      expect(after.values).toEqual([[42]]);
    });
    expect(fake.syncCount).toBe(1);
  });

  test("strings are read as typed: '=' makes a formula, an apostrophe keeps text, numbers become numbers", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Ark1');
      ws.getRange('A1:F1').values = [['=SUM(A2)', "'=SUM(A2)", '+45', '-', '-A1', '32.01']];
      const r = ws.getRange('A1:F1').load('values,formulas');
      await context.sync();
      expect(r.formulas[0]).toEqual(['=SUM(A2)', '=SUM(A2)', 45, '-', '=-A1', 32.01]);
      expect(r.values[0][1]).toBe('=SUM(A2)');
      // Text that Excel reads as a formula it cannot parse fails the sync: user text must be guarded.
      for (const text of ['+45 1234', '@kommune', '=SUM(A1;A2)']) {
        ws.getRange('G1').values = [[text]];
        await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      }
    });
  });

  test("alignment: Excel's defaults before any change, its enums after, and another string fails the sync", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Ark1');
      const before = ws.getRange('A1').format.load('horizontalAlignment,verticalAlignment');
      ws.getRange('A1:B2').format.verticalAlignment = 'Top';
      ws.getRange('A1:B2').format.horizontalAlignment = 'Left';
      const after = ws.getRange('B2').format.load('horizontalAlignment,verticalAlignment');
      await context.sync();
      expect([before.horizontalAlignment, before.verticalAlignment]).toEqual(['General', 'Bottom']);
      expect([after.horizontalAlignment, after.verticalAlignment]).toEqual(['Left', 'Top']);
      ws.getRange('C3').format.verticalAlignment = 'top' as Excel.VerticalAlignment;
      await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
    });
    expect(fake.model.sheet('Ark1')!.cell(2, 2)?.verticalAlignment).toBeUndefined();
  });

  test('a scalar applies to every cell; a wrong shape is refused', async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Ark1');
      (ws.getRange('A1:B2') as unknown as { values: unknown }).values = 'x';
      await context.sync();
      ws.getRange('A1:B2').values = [['too few']];
      await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
    });
    expect(fake.cells('Ark1')).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });

  test('OrNullObject getters give null objects; getItem of a missing item fails the sync', async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Findes ikke').load('name');
      const used = context.workbook.worksheets.getItem('Ark1').getUsedRangeOrNullObject(true).load('address');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('Findes ikke').load('name');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  test('collections have items after load; tables are added over written headers', async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.add('Data');
      ws.getRange('A1:B3').values = [
        ['Navn', 'Antal'],
        ['a', 1],
        ['b', 2],
      ];
      const table = context.workbook.tables.add(ws.getRange('A1:B3'), true);
      table.name = 'Min';
      const sheets = context.workbook.worksheets.load('items/name');
      const body = table.getDataBodyRange().load('values,address');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Ark1', 'Data']);
      expect(body.values).toEqual([
        ['a', 1],
        ['b', 2],
      ]);
      expect(body.address).toBe('Data!A2:B3');
      expect(() => sheets.items[0].position).toThrow(/PropertyNotLoaded/);
    });
  });

  test('counts syncs, measures request size and refuses requests over the limit', async () => {
    const fake = createFakeExcel({ payloadLimit: 10_000 });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Ark1');
      ws.getRange('A1:A100').values = Array.from({ length: 100 }, () => ['x'.repeat(200)]);
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(20_000);
    expect(fake.cells('Ark1')).toEqual([]);
  });

  test('selection: settable from outside, handlers fire after sync registered them, remover works', async () => {
    const fake = createFakeExcel();
    const seen: string[] = [];
    const result = await fake.run(async (context) => {
      const added = context.workbook.worksheets
        .getItem('Ark1')
        .onSelectionChanged.add(async (e) => void seen.push(e.address));
      await context.sync();
      return added;
    });
    fake.setSelection('Ark1', 'C4');
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['C4']);
    result.remove();
    await result.context.sync();
    fake.setSelection('Ark1', 'D5');
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['C4']);
    const active = await fake.run(async (context) => {
      const cell = context.workbook.getActiveCell().load('address');
      await context.sync();
      return cell.address;
    });
    expect(active).toBe('Ark1!D5');
  });

  test('requirements simulate the ExcelApi version', () => {
    const fake = createFakeExcel({ apiVersion: '1.7' });
    expect(fake.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(fake.requirements.isSetSupported('ExcelApi', '1.8')).toBe(false);
    fake.apiVersion = '1.12';
    expect(fake.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
  });
});

describe('the core and its optional parts', () => {
  const withTable = async (fake: FakeExcel) => {
    fake.put('Ark1', 'A1', [
      ['Område', 'Antal'],
      ['Byg', 2],
    ]);
    await fake.run(async (context) => {
      context.workbook.tables.add('Ark1!A1:B2', true).name = 'T';
      await context.sync();
    });
  };

  test('the core alone has no PivotTables and no charts: the adapter would meet undefined, as on a host without them', async () => {
    const fake = new FakeExcel();
    await withTable(fake);
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Ark1') as unknown as Record<string, unknown>;
      const wb = context.workbook as unknown as Record<string, unknown>;
      expect([ws.charts, ws.pivotTables, wb.pivotTables, wb.slicers]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    });
  });

  test('plugged in, a PivotTable is drawn and goes with its sheet', async () => {
    const fake = createFakeExcel();
    await withTable(fake);
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.add('Pivot');
      const pt = ws.pivotTables.add('P', 'T', 'Pivot!A3');
      pt.rowHierarchies.add(pt.hierarchies.getItem('Område'));
      ws.charts.add('ColumnClustered', context.workbook.worksheets.getItem('Ark1').getRange('A1:B2'));
      await context.sync();
    });
    expect(pivotsOf(fake.model)).toHaveLength(1);
    expect(chartsOn(fake.model.sheet('Pivot')!)).toHaveLength(1);
    expect(fake.cells('Pivot').map((r) => r[0])).toEqual(['', '', 'Rækkenavne', 'Byg', 'Hovedtotal']);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Pivot').delete();
      await context.sync();
    });
    expect(pivotsOf(fake.model)).toHaveLength(0);
  });
});
