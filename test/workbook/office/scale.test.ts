import { officeBench } from '../../../scripts/officeBench';

const LIMIT = 5 * 1024 * 1024;

// 100 against 1,000 rows shows what 5,000 would; `npm run bench` measures 100, 1,000 and 5,000 (docs/maalinger.md).
test('syncs per operation do not grow with rows, and no request passes 5 MB at 1,000 rows', async () => {
  const results = await officeBench([100, 1000]);
  console.log(
    results
      .map(
        (r) =>
          `${r.operation.padEnd(10)} ${String(r.rows).padStart(5)} rows: ${r.syncs} syncs, max ${r.maxRequestBytes} B sent, ${r.maxResponseBytes} B received, ${r.ms} ms`,
      )
      .join('\n'),
  );
  const at = (rows: number) => new Map(results.filter((r) => r.rows === rows).map((r) => [r.operation, r.syncs]));
  expect(at(1000)).toEqual(at(100));
  // The write, and the print areas when a Brugsmønster may have moved the row in or out of Beslutningsgrundlag.
  expect(at(100).get('writeRow')).toBe(2);
  expect(at(100).get('snapshot')).toBe(1);
  for (const r of results.filter((x) => x.rows === 1000)) {
    expect(r.maxRequestBytes).toBeLessThan(LIMIT);
    expect(r.maxResponseBytes).toBeLessThan(LIMIT);
  }
  // Reading never writes; a selection on any tab answers with a few rows only.
  const reads = ['detect', 'snapshot', 'check', 'selection', 'selectionStart', 'selectionCheck', 'selectionViews'];
  expect(results.filter((r) => reads.includes(r.operation)).map((r) => [r.operation, r.rows, r.writes])).toEqual(
    results.filter((r) => reads.includes(r.operation)).map((r) => [r.operation, r.rows, 0]),
  );
  for (const r of results.filter((x) => x.operation.startsWith('selection')))
    expect(r.maxResponseBytes).toBeLessThan(10 * 1024);
  // Nothing to repair on a sheet just upgraded: the repair reads and writes nothing.
  expect(results.filter((r) => r.operation === 'repairFormulas').every((r) => r.writes === 0)).toBe(true);
}, 60_000);

test.each(['error', 'generalException', 'null'] as const)(
  'rows too big for one response are read in halves when Excel answers %s, and nothing is lost',
  async (largeReads) => {
    const { createFakeExcel } = await import('../../support/standIn');
    const { officeOn } = await import('./officeFixtures');
    const { benchGrid } = await import('../../../scripts/officeBench');
    const { SHEET } = await import('../../../src/domain/sheetLayout');
    const fake = createFakeExcel({ keepLog: false, largeReads });
    // 250 rows of ~30 KB remarks (Excel's cell holds 32,767 characters) pass 5 MB as 3,000 rows of 1.8 KB did.
    const rows = 250;
    const long = 'Lang bemærkning om oprydning. '.repeat(1000);
    const grid = benchGrid(rows).map((row, i) => (i === 0 ? row : row.map((v, c) => (c === 19 ? `${long}${i}` : v))));
    fake.put('Ark1', 'A1', grid, { literal: true });
    const workbook = officeOn(fake);
    await workbook.upgrade();
    const upgradeSyncs = fake.syncCount;
    expect(fake.maxRequestBytes).toBeLessThan(LIMIT);
    fake.resetStats();
    const snap = await workbook.snapshot();
    console.log(`${rows} rows of ~30 KB remarks: upgrade ${upgradeSyncs} syncs, snapshot ${fake.syncCount} syncs`);
    expect(snap.rows).toHaveLength(rows);
    expect(snap.rows[rows - 1].values.remarks).toBe(`${long}${rows}`);
    expect(fake.cells(SHEET.documentation)).toHaveLength(rows + 1);
    expect(fake.syncs.some((x) => x.responseBytes > LIMIT)).toBe(true);
  },
  120_000,
);

test('a read that Excel answers with null even for one row gets a clear error, not a crash', async () => {
  const { createFakeExcel } = await import('../../support/standIn');
  const fake = createFakeExcel({ keepLog: false, largeReads: 'null', payloadLimit: 2_000 });
  fake.put('Ark9', 'A1', [['x'.repeat(3000)]], { literal: true });
  const { readRows } = await import('../../../src/workbook/office/readRows');
  const read = fake.run((context) =>
    readRows(context, () => context.workbook.worksheets.getItem('Ark9').getRange('A1'), 1, 'values'),
  );
  await expect(read).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
});
