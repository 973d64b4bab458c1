/** An .xlsx file read into its parts within bounds, with clear Danish errors for bad input; and parts written back. */
import { promises as fs } from 'fs';
import zlib from 'zlib';
import { UserError } from '../errors';
import type { Parts } from './xlsxPackage';
import { PackageBook } from './packageBook';
import { decodeXml, READ_NAMESPACES, readXml, XmlError } from './xmlReader';
import { once } from 'events';
import { assembleZip, writeZip, type PackedEntry, type ZipEntry } from './zip';
import { PACKAGE_LIMITS, tooBig, unpackAll } from './zipRead';

const ZIP_MAGIC = '504b0304';
const OLE_MAGIC = 'd0cf11e0a1b11ae1';

function unreadable(path: string, code: string | undefined): string {
  if (code === 'ENOENT') return `Filen «${path}» findes ikke.`;
  if (code === 'EISDIR') return `«${path}» er en mappe, ikke en Excel-fil.`;
  if (code === 'EACCES' || code === 'EPERM') return `Du har ingen adgang til at læse «${path}».`;
  return `Filen «${path}» kan ikke læses (fejlkode ${code ?? 'ukendt'}).`;
}

/**
 * Excel never writes a document type declaration, and one can declare entities that expand or point elsewhere: a
 * package with a DOCTYPE in any XML part is refused before any part is read (comments and CDATA aside, `<!DOCTYPE`
 * can stand nowhere else in well-formed XML).
 */
function refuseDoctype(parts: Parts, path: string): void {
  for (const [name, data] of parts) {
    if (!/\.(xml|rels|vml)$/i.test(name) || (!data.includes('<!') && !data.includes('<\0!'))) continue;
    const xml = decodeXml(data).replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, '');
    if (/<!DOCTYPE/i.test(xml))
      throw new UserError(
        `«${path}» indeholder en dokumenttypeerklæring (DOCTYPE) i delen ${name}. Det skriver Excel aldrig, og den kan få filen til at hente eller udvide indhold, så filen åbnes ikke. Åbn den i Excel, og gem den igen som .xlsx.`,
      );
  }
}

/**
 * Every XML part parsed once as XML, each sheet into its grid: one that is not well-formed (an entity XML does not
 * predefine, `&xxe;`, an undeclared prefix, a broken tag) is refused as a damaged file.
 */
function readAll(parts: Parts, path: string): PackageBook {
  try {
    const book = new PackageBook(parts);
    const sheets = new Set(book.sheets.map((s) => s.part));
    for (const sheet of book.sheets) book.grid(sheet);
    for (const [name, data] of parts)
      if (/\.(xml|rels)$/i.test(name) && !sheets.has(name)) readXml(decodeXml(data), name, {});
    return book;
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    throw new UserError(
      `«${path}» kan ikke åbnes som Excel-fil (.xlsx). Er filen beskadiget? (delen ${error.part} er ikke gyldig XML)`,
    );
  }
}

/**
 * XML with the elements of the namespaces the reader reads unprefixed where a producer gave them a prefix (`<x:row>`
 * is `<row>`, as XML namespaces define it); the prefix's declaration stays, the root gets the namespace as default.
 */
function withoutPrefixes(text: string): string {
  const prefixes = new Map<string, string>();
  for (const m of text.matchAll(/\sxmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const ns = m[2] ?? m[3] ?? '';
    if (READ_NAMESPACES.has(ns)) prefixes.set(m[1], ns);
  }
  if (prefixes.size === 0) return text;
  let out = text;
  for (const p of prefixes.keys()) out = out.replace(new RegExp(`<(/?)${p.replace(/\./g, '\\.')}:`, 'g'), '<$1');
  // The root, now unprefixed, takes its namespace as the default one (unless it declares one already).
  return out.replace(/<([A-Za-z_][\w.-]*)(\s[^>]*)?>/, (root, tag: string, attrs = '') =>
    /\sxmlns\s*=/.test(attrs) ? root : `<${tag} xmlns="${[...prefixes.values()][0]}"${attrs}>`,
  );
}

const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The readers read XML as XML; the writers copy and edit the source's parts as text, so they get them the same:
 * UTF-16 parts in UTF-8, CDATA sections as escaped character data, and the main namespace's elements without a
 * prefix (ExcelJS drops a CDATA inline string and cannot read a prefixed workbook; XML defines all three as the same).
 */
function plainXml(parts: Parts): void {
  for (const [name, data] of parts) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
    if (!utf16 && !data.includes('<![CDATA[') && !data.includes('xmlns:')) continue;
    const original = decodeXml(data);
    let xml = utf16 ? original.replace(/^(<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2') : original;
    xml = withoutPrefixes(xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, text: string) => escapeText(text)));
    if (utf16 || xml !== original) parts.set(name, Buffer.from(xml, 'utf8'));
  }
}

/** The package read and checked, its sheets read into grids; its parts as the writers take them (plainXml). */
export async function openPackage(path: string): Promise<PackageBook> {
  let bytes: Buffer;
  try {
    if ((await fs.stat(path)).size > PACKAGE_LIMITS.fileBytes) throw tooBig(path);
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(unreadable(path, (error as { code?: string }).code));
  }
  const magic = bytes.subarray(0, 8).toString('hex');
  if (magic === OLE_MAGIC) {
    throw new UserError(
      `«${path}» er beskyttet med adgangskode (eller er en gammel .xls-fil). Fjern adgangskoden i Excel (Filer → Info → Beskyt projektmappe), gem som .xlsx, og prøv igen.`,
    );
  }
  if (!magic.startsWith(ZIP_MAGIC)) throw new UserError(`«${path}» er ikke en Excel-fil (.xlsx).`);
  const parts = unpackAll(bytes, path);
  refuseDoctype(parts, path);
  const book = readAll(parts, path);
  plainXml(parts);
  if (book.sheets.length === 0) throw new UserError(`«${path}» er ikke en Excel-projektmappe: den har ingen ark.`);
  return book;
}

export async function readPackage(path: string): Promise<Parts> {
  return (await openPackage(path)).parts;
}

/** MS-DOS time and date of now, as zip headers hold them. */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function entries(parts: Parts): ZipEntry[] {
  const { time, date } = dosNow();
  return [...parts].map(([name, data]) => ({
    name: Buffer.from(name),
    data,
    crc: zlib.crc32(data),
    time,
    date,
    madeBy: 20,
    attributes: 0,
  }));
}

/** The parts as a zip (level 0: stored, for the tests' ExcelJS to read without inflating). */
export function zipParts(parts: Parts, level = 6): Buffer {
  return writeZip(entries(parts), level);
}

/**
 * A written package: small parts as bytes, sheets as the pieces of their XML (never joined into one string). The big
 * sheets make their pieces while they are walked, and the shared strings and styles are made after them (a sheet adds
 * to both as it is made): walk the parts in the map's order.
 */
export type WrittenParts = Map<string, Buffer | Iterable<string>>;

const BATCH = 1 << 20;

/** One part deflated as a stream: its pieces turned into bytes a megabyte at a time, so the whole is never held. */
async function pack(name: string, data: Buffer | Iterable<string>, level: number): Promise<PackedEntry> {
  const deflate = zlib.createDeflateRaw({ level });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const ended = once(deflate, 'end');
  let crc = 0;
  let size = 0;
  const feed = async (bytes: Buffer) => {
    crc = zlib.crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await once(deflate, 'drain');
  };
  if (Buffer.isBuffer(data)) await feed(data);
  else {
    let batch = '';
    for (const piece of data) {
      batch += piece;
      if (batch.length >= BATCH) {
        await feed(Buffer.from(batch, 'utf8'));
        batch = '';
      }
    }
    if (batch) await feed(Buffer.from(batch, 'utf8'));
  }
  deflate.end();
  await ended;
  const { time, date } = dosNow();
  return {
    name: Buffer.from(name),
    crc,
    size,
    method: 8,
    data: Buffer.concat(out),
    time,
    date,
    madeBy: 20,
    attributes: 0,
  };
}

/**
 * The parts as the file a user gets: streamed through deflate at level 1 (these repetitive sheets pack to within about
 * a third of level 6 in a third of the time), one after the other in the map's order (see WrittenParts), so only one
 * sheet's batch of XML is held at a time.
 */
export async function zipPartsForSaving(parts: WrittenParts): Promise<Buffer> {
  const packed: PackedEntry[] = [];
  for (const [name, data] of parts) packed.push(await pack(name, data, 1));
  return assembleZip(packed);
}

/** A written package as plain parts (for the package reader, when an operation after a write reads it). */
export function joinParts(parts: WrittenParts): Parts {
  return new Map(
    [...parts].map(([name, data]) => [name, Buffer.isBuffer(data) ? data : Buffer.from([...data].join(''))]),
  );
}
