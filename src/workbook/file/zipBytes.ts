/**
 * The zip format on plain bytes (no Node): the entries of an uncompressed zip as ExcelJS writes it, and a zip
 * assembled from entries already packed. Node's CLI deflates with zlib (zip.ts), the preview's download in the
 * browser with CompressionStream; both assemble here.
 */
/** Signatures of a local file header, a central directory header and the end record (APPNOTE 4.3). */
export const LOCAL = 0x04034b50;
export const CENTRAL = 0x02014b50;
export const END = 0x06054b50;
const UTF8_NAMES = 0x0800;

export interface ZipEntry {
  name: Uint8Array;
  crc: number;
  data: Uint8Array;
  time: number;
  date: number;
  madeBy: number;
  attributes: number;
}

/** An entry already packed: its unpacked size and CRC, and the bytes as they go into the zip. */
export type PackedEntry = Omit<ZipEntry, 'data'> & { size: number; method: number; data: Uint8Array };

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** The last end-of-central-directory signature. */
function endRecord(zip: Uint8Array): number {
  for (let i = zip.length - 22; i >= 0; i--)
    if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x05 && zip[i + 3] === 0x06) return i;
  return -1;
}

/** The entries of an uncompressed (STORE) zip without zip64, as ExcelJS writes it. */
export function storedEntries(zip: Uint8Array): ZipEntry[] {
  const v = view(zip);
  const end = endRecord(zip);
  if (end < 0 || v.getUint32(end, true) !== END) throw new Error('Ugyldig zip: ingen slutpost.');
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (v.getUint32(at, true) !== CENTRAL) throw new Error('Ugyldig zip: central directory.');
    if (v.getUint16(at + 10, true) !== 0) throw new Error('Kun ukomprimerede zip-filer kan pakkes om.');
    const size = v.getUint32(at + 20, true);
    const nameLength = v.getUint16(at + 28, true);
    const skip = nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    const local = v.getUint32(at + 42, true);
    if (v.getUint32(local, true) !== LOCAL) throw new Error('Ugyldig zip: lokal post.');
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    entries.push({
      name: zip.subarray(at + 46, at + 46 + nameLength),
      crc: v.getUint32(at + 16, true),
      data: zip.subarray(start, start + size),
      time: v.getUint16(at + 12, true),
      date: v.getUint16(at + 14, true),
      madeBy: v.getUint16(at + 4, true),
      attributes: v.getUint32(at + 38, true),
    });
    at += 46 + skip;
  }
  return entries;
}

/** The fields local and central headers share, from version-needed to name length, written at `at`. */
function writeShared(header: DataView, at: number, e: PackedEntry): void {
  header.setUint16(at, 20, true);
  header.setUint16(at + 2, UTF8_NAMES, true);
  header.setUint16(at + 4, e.method, true);
  header.setUint16(at + 6, e.time, true);
  header.setUint16(at + 8, e.date, true);
  header.setUint32(at + 10, e.crc, true);
  header.setUint32(at + 14, e.data.length, true);
  header.setUint32(at + 18, e.size, true);
  header.setUint16(at + 22, e.name.length, true);
}

/** A zip of `entries` in order, each with its bytes as packed (method 8: deflated, 0: stored). */
export function assembleZip(entries: readonly PackedEntry[]): Uint8Array {
  const directorySize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const localSize = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length, 0);
  const out = new Uint8Array(localSize + directorySize + 22);
  const v = view(out);
  let offset = 0;
  let central = localSize;
  for (const e of entries) {
    v.setUint32(offset, LOCAL, true);
    writeShared(v, offset + 4, e);
    out.set(e.name, offset + 30);
    out.set(e.data, offset + 30 + e.name.length);
    v.setUint32(central, CENTRAL, true);
    v.setUint16(central + 4, e.madeBy, true);
    writeShared(v, central + 6, e);
    v.setUint32(central + 38, e.attributes, true);
    v.setUint32(central + 42, offset, true);
    out.set(e.name, central + 46);
    offset += 30 + e.name.length + e.data.length;
    central += 46 + e.name.length;
  }
  v.setUint32(central, END, true);
  v.setUint16(central + 8, entries.length, true);
  v.setUint16(central + 10, entries.length, true);
  v.setUint32(central + 12, directorySize, true);
  v.setUint32(central + 16, localSize, true);
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as zip stores it (the polynomial of ISO 3309, as zlib.crc32). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
