/**
 * Reading an .xlsx package with bounds: the central directory is checked before anything is unpacked, and each
 * inflate stops at the size its header states, so neither an honest nor a lying zip bomb reaches memory.
 */
import { CENTRAL, END, LOCAL } from './zipBytes';
import zlib from 'zlib';
import { UserError } from '../errors';

/** Far above any real dokumentationsark: 5,000 upgraded rows unpack to about 30 MB at about 30:1. */
export const PACKAGE_LIMITS = {
  /** The file itself. */
  fileBytes: 100 * 1024 * 1024,
  /** All parts unpacked together. */
  totalBytes: 200 * 1024 * 1024,
  /** Unpacked : packed, for any part above `ratioFromBytes` unpacked. */
  ratio: 250,
  ratioFromBytes: 1024 * 1024,
  parts: 10_000,
} as const;

const MB = (n: number) => Math.round(n / (1024 * 1024));
export const tooLarge = (path: string) =>
  new UserError(
    `«${path}» pakker sig ud til mere end ${MB(PACKAGE_LIMITS.totalBytes)} MB eller er pakket usædvanligt tæt (over ${PACKAGE_LIMITS.ratio}:1). Det er langt over et dokumentationsark, så filen åbnes ikke. Gem arket igen fra Excel, eller del det op.`,
  );
export const tooBig = (path: string) =>
  new UserError(
    `«${path}» fylder over ${MB(PACKAGE_LIMITS.fileBytes)} MB. Det er langt over et dokumentationsark, så filen åbnes ikke.`,
  );
const damaged = (path: string) => new UserError(`«${path}» kan ikke åbnes som Excel-fil (.xlsx). Er filen beskadiget?`);

export interface PackagePart {
  name: string;
  method: number;
  crc: number;
  packedSize: number;
  size: number;
  /** Offset of the local header. */
  local: number;
}

/** The parts a package's central directory lists, refused beyond PACKAGE_LIMITS before anything is unpacked. */
export function readDirectory(zip: Buffer, path: string): PackagePart[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length || zip.readUInt32LE(end) !== END) throw damaged(path);
  const count = zip.readUInt16LE(end + 10);
  if (count > PACKAGE_LIMITS.parts) throw tooLarge(path);
  let at = zip.readUInt32LE(end + 16);
  const parts: PackagePart[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw damaged(path);
    const nameLength = zip.readUInt16LE(at + 28);
    const part: PackagePart = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      packedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      local: zip.readUInt32LE(at + 42),
    };
    // Zip64 (sizes of 4 GB and more) has no place in a dokumentationsark.
    if (part.size === 0xffffffff || part.packedSize === 0xffffffff) throw tooLarge(path);
    total += part.size;
    const dense = part.size > PACKAGE_LIMITS.ratioFromBytes && part.size > part.packedSize * PACKAGE_LIMITS.ratio;
    if (total > PACKAGE_LIMITS.totalBytes || dense) throw tooLarge(path);
    parts.push(part);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts;
}

/** One part's bytes; the inflate stops at the size the directory states (a lying header is refused, not obeyed). */
export function unpack(zip: Buffer, part: PackagePart, path: string): Buffer {
  const at = part.local;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw damaged(path);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const packed = zip.subarray(start, start + part.packedSize);
  if (packed.length !== part.packedSize) throw damaged(path);
  let data: Buffer;
  if (part.method === 0) data = packed;
  else if (part.method === 8) {
    try {
      // One byte of room: a stream that goes on past the stated size fails here instead of filling memory.
      data = zlib.inflateRawSync(packed, { maxOutputLength: Math.max(1, part.size + 1) });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(path);
      throw damaged(path);
    }
  } else throw damaged(path);
  if (data.length !== part.size) throw part.size < data.length ? tooLarge(path) : damaged(path);
  return data;
}

/** Every part of the package, unpacked within the limits. */
export function unpackAll(zip: Buffer, path: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const part of readDirectory(zip, path)) out.set(part.name, unpack(zip, part, path));
  return out;
}
