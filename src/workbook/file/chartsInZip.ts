/**
 * Overblik's charts added to an uncompressed package as bytes, without Node: the preview's download in the browser
 * gets the parts the CLI adds (packageCharts.ts), each entry then deflated with the platform's CompressionStream.
 */
import { overviewChartParts } from './packageCharts';
import { assembleZip, crc32, storedEntries, type PackedEntry, type ZipEntry } from './zipBytes';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** MS-DOS time and date of now, as zip headers hold them. */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function pack(e: ZipEntry): Promise<PackedEntry> {
  const size = e.data.length;
  if (size === 0) return { ...e, size, method: 0 };
  return { ...e, size, method: 8, data: await deflateRaw(e.data) };
}

/** A STORE zip (ExcelJS with compression 'STORE') with Overblik's charts added, deflated. */
export async function addOverviewChartsToZip(stored: Uint8Array): Promise<Uint8Array> {
  const entries = storedEntries(stored);
  const byName = new Map(entries.map((e) => [decoder.decode(e.name), e]));
  const added = overviewChartParts(new Map([...byName].map(([name, e]) => [name, e.data])));
  const { time, date } = dosNow();
  for (const [name, xml] of added) {
    const data = encoder.encode(xml);
    const before = byName.get(name);
    byName.set(name, {
      ...(before ?? { name: encoder.encode(name), time, date, madeBy: 20, attributes: 0 }),
      data,
      crc: crc32(data),
    });
  }
  const packed: PackedEntry[] = [];
  for (const e of byName.values()) packed.push(await pack(e));
  return assembleZip(packed);
}
