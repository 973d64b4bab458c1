/**
 * The zip format on plain bytes: CRCs as zlib's, a stored package read and assembled again as Node's reader reads it,
 * and the preview's browser path adding Overblik's charts exactly as the CLI adds them.
 */
import zlib from 'zlib';
import { assembleZip, crc32, storedEntries } from '../../src/workbook/file/zipBytes';
import { addOverviewChartsToZip } from '../../src/workbook/file/chartsInZip';
import { addOverviewCharts } from '../../src/workbook/file/packageCharts';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { unpackAll } from '../../src/workbook/file/zipRead';
import { zipParts } from '../../src/workbook/file/packageFile';
import type { Parts } from '../../src/workbook/file/xlsxPackage';

const text = (parts: Parts) => new Map([...parts].map(([name, data]) => [name, data.toString('utf8')]));

test('crc32 equals zlib.crc32', () => {
  for (const s of ['', 'a', 'Overblik: løsningsscenarier', 'x'.repeat(10_000)])
    expect(crc32(Buffer.from(s))).toBe(zlib.crc32(Buffer.from(s)));
});

test('a stored zip read and assembled again holds the same parts', () => {
  const parts: Parts = new Map([
    ['a.xml', Buffer.from('<a/>')],
    ['mappe/æ.xml', Buffer.from('<æ>ø</æ>')],
    ['tom', Buffer.alloc(0)],
  ]);
  const stored = zipParts(parts, 0);
  const entries = storedEntries(stored);
  expect(entries.map((e) => Buffer.from(e.name).toString())).toEqual([...parts.keys()]);
  const again = assembleZip(entries.map((e) => ({ ...e, size: e.data.length, method: 0 })));
  expect(text(unpackAll(Buffer.from(again), 'igen.xlsx'))).toEqual(text(parts));
});

test('the browser path adds the same chart parts as the CLI, deflated, to a package ExcelJS wrote', async () => {
  const made = new FileWorkbook();
  await made.setup();
  const wb = await made.workbook();
  const stored = Buffer.from((await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as never)) as ArrayBuffer);
  const zip = await addOverviewChartsToZip(new Uint8Array(stored));
  const byCli = addOverviewCharts(unpackAll(stored, 'ny.xlsx'));
  const inBrowser = unpackAll(Buffer.from(zip), 'ny.xlsx');
  expect([...inBrowser.keys()].filter((p) => p.startsWith('xl/charts/'))).toHaveLength(3);
  expect(text(inBrowser)).toEqual(text(byCli));
  // Deflated: smaller than the stored package it came from.
  expect(zip.length).toBeLessThan(stored.length / 2);
});
