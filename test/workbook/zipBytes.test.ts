/**
 * The zip format on plain bytes: CRCs as zlib's, a stored package read and assembled again as Node's reader reads it,
 * and the preview's browser path adding Overblik's charts exactly as the CLI adds them.
 */
import zlib from 'zlib';
import { assembleZip, crc32, storedEntries } from '../../src/workbook/file/zipBytes';
import { addOverviewChartsToZip } from '../../src/workbook/file/chartsInZip';
import { excelOf } from '../support/excelRead';
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

test('the browser path adds the same chart parts to a package ExcelJS wrote as dokark new writes itself', async () => {
  const made = new FileWorkbook();
  await made.setup();
  const byCli = made.packageParts();
  const wb = await excelOf(made);
  const stored = Buffer.from((await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as never)) as ArrayBuffer);
  const zip = await addOverviewChartsToZip(new Uint8Array(stored));
  const inBrowser = unpackAll(Buffer.from(zip), 'ny.xlsx');
  const charts = (parts: Map<string, Buffer>) =>
    new Map([...parts].filter(([p]) => p.startsWith('xl/charts/')).map(([p, b]) => [p, b.toString('utf8')]));
  expect(charts(inBrowser).size).toBe(3);
  expect(charts(inBrowser)).toEqual(charts(byCli));
  // Deflated: smaller than the stored package it came from.
  expect(zip.length).toBeLessThan(stored.length / 2);
});
