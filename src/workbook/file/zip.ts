/** Zips in Node: entries deflated by native zlib, assembled by zipBytes (the browser's download shares it). */
import zlib from 'zlib';
import { assembleZip as assembleBytes, type PackedEntry, type ZipEntry } from './zipBytes';

/** A Buffer over the same bytes (what the CLI's callers take). */
const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export { type PackedEntry, type ZipEntry } from './zipBytes';

const stored = (e: ZipEntry, level: number) => e.data.length === 0 || level === 0;

/** A zip of `entries` in order, each with its bytes as packed (method 8: deflated, 0: stored). */
export const assembleZip = (entries: readonly PackedEntry[]): Buffer => asBuffer(assembleBytes(entries));

/** A zip of `entries` in order, deflated with native zlib (level 0: stored); empty entries (folders) are stored. */
export function writeZip(entries: readonly ZipEntry[], level = 6): Buffer {
  return assembleZip(
    entries.map((e) => ({
      ...e,
      size: e.data.length,
      ...(stored(e, level) ? { method: 0 } : { method: 8, data: zlib.deflateRawSync(e.data, { level }) }),
    })),
  );
}
