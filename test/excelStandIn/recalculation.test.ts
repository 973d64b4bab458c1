/**
 * The stand-in recalculates after a sync only where a cell, table or sheet changed since the last calculation: a
 * calculation that counts its runs and computes B1 = A1 * 2 on every sheet that has the formula.
 */
import { createFakeExcel, type WorkbookModel } from '../../src/excelStandIn';

function counted() {
  let runs = 0;
  const calculate = (model: WorkbookModel) => {
    runs++;
    for (const sheet of model.sheets) {
      const b1 = sheet.cell(0, 1);
      if (b1?.formula === '=A1*2') b1.value = Number(sheet.cell(0, 0)?.value ?? 0) * 2;
    }
  };
  const fake = createFakeExcel({ calculate, apiVersion: '1.9' });
  return { fake, runs: () => runs };
}

async function withTable() {
  const setUp = counted();
  await setUp.fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('Ark1');
    ws.getRange('A1:B1').values = [[5, '=A1*2']];
    ws.getRange('D1:E4').values = [
      ['Navn', 'Antal'],
      ['c', 3],
      ['a', 1],
      ['b', 2],
    ];
    context.workbook.tables.add(ws.getRange('D1:E4'), true).name = 'Data';
    await context.sync();
  });
  return setUp;
}

describe('the stand-in recalculates when what a formula reads changed, and only then', () => {
  test('a value written is calculated before the load after it, and the next sync with no write calculates nothing', async () => {
    const { fake, runs } = await withTable();
    const before = runs();
    const shown = await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Ark1');
      ws.getRange('A1').values = [[21]];
      const b1 = ws.getRange('B1').load('values');
      await context.sync();
      return b1.values[0][0];
    });
    expect(shown).toBe(42);
    expect(runs()).toBe(before + 1);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('A1:B1').load('values');
      await context.sync();
    });
    expect(runs()).toBe(before + 1);
  });

  test('a sync of formats, widths, hidden columns, filters, page layout and the selection calculates nothing', async () => {
    const { fake, runs } = await withTable();
    const before = runs();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Ark1');
      const range = ws.getRange('A1:F10');
      range.format.fill.color = '#FFFF00';
      range.format.font.bold = true;
      range.format.wrapText = true;
      range.format.columnWidth = 80;
      ws.getRange('A1').numberFormat = [['0.00']];
      ws.getRange('F:F').columnHidden = true;
      ws.pageLayout.orientation = 'Landscape';
      ws.freezePanes.freezeRows(1);
      const table = context.workbook.tables.getItem('Data');
      table.style = 'TableStyleLight1';
      table.columns.getItemAt(0).filter.applyValuesFilter(['a']);
      ws.getRange('A2').select();
      ws.activate();
      ws.getRange('B1').load('values');
      await context.sync();
    });
    expect(fake.syncs[fake.syncs.length - 1].writes).toBeGreaterThan(0);
    expect(runs()).toBe(before);
    expect(fake.cells('Ark1')[0][1]).toBe(10);
  });

  const changes: [string, (context: Excel.RequestContext) => void][] = [
    ['a value', (c) => (c.workbook.worksheets.getItem('Ark1').getRange('A1').values = [[1]])],
    ['a formula', (c) => (c.workbook.worksheets.getItem('Ark1').getRange('C1').formulas = [['=A1']])],
    ['a cleared range', (c) => c.workbook.worksheets.getItem('Ark1').getRange('A1').clear()],
    ['a sort, which moves cells', (c) => c.workbook.tables.getItem('Data').sort.apply([{ key: 0, ascending: true }])],
    ['a table row added', (c) => c.workbook.tables.getItem('Data').rows.add(undefined, [['d', 4]])],
    ['a table column added', (c) => c.workbook.tables.getItem('Data').columns.add(undefined, undefined, 'Ny')],
    ['a table renamed', (c) => (c.workbook.tables.getItem('Data').name = 'Andet')],
    ['a table deleted', (c) => c.workbook.tables.getItem('Data').delete()],
    ['a sheet added', (c) => c.workbook.worksheets.add('Ny')],
    ['a sheet renamed', (c) => (c.workbook.worksheets.getItem('Ark1').name = 'Omdøbt')],
    [
      'a sheet deleted',
      (c) => {
        c.workbook.worksheets.add('Anden');
        c.workbook.worksheets.getItem('Ark1').delete();
      },
    ],
  ];
  test.each(changes)('%s calculates again', async (_, change) => {
    const { fake, runs } = await withTable();
    const before = runs();
    await fake.run(async (context) => {
      change(context);
      await context.sync();
    });
    expect(runs()).toBe(before + 1);
  });

  test('a change made to the model directly (a co-author) is calculated at the next sync that writes, even a format', async () => {
    const { fake, runs } = await withTable();
    fake.model.sheet('Ark1')!.edit(0, 0).value = 8;
    const before = runs();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('A1').format.fill.color = '#FF0000';
      await context.sync();
    });
    expect(runs()).toBe(before + 1);
    expect(fake.cells('Ark1')[0][1]).toBe(16);
  });

  test('recalculate() always calculates', async () => {
    const { fake, runs } = await withTable();
    const before = runs();
    fake.recalculate();
    expect(runs()).toBe(before + 1);
  });
});
