/**
 * ExcelJS compresses with a JavaScript deflate, which is most of the time a big save takes. It writes the
 * package uncompressed instead, and this re-packs it with Node's native zlib: same entries, same order, same CRCs.
 */
import zlib from 'zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;

export interface ZipEntry {
  name: Buffer;
  crc: number;
  data: Buffer;
  time: number;
  date: number;
  madeBy: number;
  attributes: number;
}

/** An entry already packed: its unpacked size and CRC, and the bytes as they go into the zip. */
export type PackedEntry = Omit<ZipEntry, 'data'> & { size: number; method: number; data: Buffer };

/** The entries of an uncompressed (STORE) zip without zip64, as ExcelJS writes it. */
function storedEntries(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END) throw new Error('Ugyldig zip: ingen slutpost.');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('Ugyldig zip: central directory.');
    const method = zip.readUInt16LE(at + 10);
    if (method !== 0) throw new Error('Kun ukomprimerede zip-filer kan pakkes om.');
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error('Ugyldig zip: lokal post.');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({
      name: zip.subarray(at + 46, at + 46 + nameLength),
      crc: zip.readUInt32LE(at + 16),
      data: zip.subarray(start, start + size),
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      madeBy: zip.readUInt16LE(at + 4),
      attributes: zip.readUInt32LE(at + 38),
    });
    at += 46 + skip;
  }
  return entries;
}

/** The fields local and central headers share, from version-needed to name length, written at `at`. */
function writeShared(header: Buffer, at: number, e: PackedEntry, method: number, packedLength: number): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(method, at + 4);
  header.writeUInt16LE(e.time, at + 6);
  header.writeUInt16LE(e.date, at + 8);
  header.writeUInt32LE(e.crc, at + 10);
  header.writeUInt32LE(packedLength, at + 14);
  header.writeUInt32LE(e.size, at + 18);
  header.writeUInt16LE(e.name.length, at + 22);
}

/** A zip of `entries` in order, each with its bytes as packed (method 8: deflated, 0: stored). */
export function assembleZip(entries: readonly PackedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  entries.forEach((e) => {
    const { method, data } = e;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(LOCAL, 0);
    writeShared(head, 4, e, method, data.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(e.madeBy, 4);
    writeShared(central, 6, e, method, data.length);
    central.writeUInt32LE(e.attributes, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(head, e.name, data);
    centrals.push(central, e.name);
    offset += 30 + e.name.length + data.length;
  });
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const stored = (e: ZipEntry, level: number) => e.data.length === 0 || level === 0;

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

/** Deflates every entry of a STORE zip with native zlib. */
export function recompress(stored: Buffer, level = 6): Buffer {
  return writeZip(storedEntries(stored), level);
}
