/** Bad input for dokark, as users bring it: each file written once into a fresh folder. */
import crypto from 'crypto';
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { writeZip } from '../../src/workbook/file/zip';
import { writeMessyWorkbook } from '../support/messySheet';

/** A ZIP archive with one text file: a valid zip, but no workbook inside. */
function plainZip(name: string, text: string): Buffer {
  const data = Buffer.from(text);
  return writeZip([
    { name: Buffer.from(name), data, crc: zlib.crc32(data), time: 0, date: 0, madeBy: 20, attributes: 0 },
  ]);
}

/** The start of a Compound File (CFB): what Excel writes for a password-protected (encrypted) workbook. */
function encryptedWorkbook(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  return Buffer.concat([header, Buffer.from('EncryptionInfo EncryptedPackage'.padEnd(512, '\0'), 'utf16le')]);
}

/** A zip whose entries come packed already: name, deflated bytes, unpacked size as the headers state it, CRC. */
function packedZip(entries: { name: string; packed: Buffer; size: number; crc: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    for (const [h, at] of [
      [head, 4],
      [central, 6],
    ] as const) {
      h.writeUInt16LE(20, at);
      h.writeUInt16LE(8, at + 4);
      h.writeUInt32LE(e.crc, at + 10);
      h.writeUInt32LE(e.packed.length, at + 14);
      h.writeUInt32LE(e.size, at + 18);
      h.writeUInt16LE(name.length, at + 22);
    }
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, e.packed);
    centrals.push(central, name);
    offset += 30 + name.length + e.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Zip bombs: a real workbook whose first sheet unpacks to 400 MB (about 400 KB packed), once with honest headers
 * and once with headers that claim 20 KB. Streamed, so the fixture itself never holds the 400 MB.
 */
async function zipBombs(workbook: Buffer): Promise<{ honest: Buffer; lying: Buffer }> {
  const { unpackAll } = await import('../../src/workbook/file/zipRead');
  const parts = unpackAll(workbook, 'fixture');
  const sheetName = 'xl/worksheets/sheet1.xml';
  const sheet = parts.get(sheetName)!.toString();
  const cut = sheet.indexOf('<sheetData>') + '<sheetData>'.length;
  const blank = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const packed: Buffer[] = [];
  deflate.on('data', (b: Buffer) => packed.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const pieces = [
    Buffer.from(sheet.slice(0, cut)),
    ...Array.from({ length: 400 }, () => blank),
    Buffer.from(sheet.slice(cut)),
  ];
  let crc = 0;
  let size = 0;
  for (const p of pieces) {
    deflate.write(p);
    crc = zlib.crc32(p, crc);
    size += p.length;
  }
  deflate.end();
  await done;
  const bomb = { name: sheetName, packed: Buffer.concat(packed), crc };
  const others = [...parts]
    .filter(([name]) => name !== sheetName)
    .map(([name, data]) => ({ name, packed: zlib.deflateRawSync(data), size: data.length, crc: zlib.crc32(data) }));
  return {
    honest: packedZip([{ ...bomb, size }, ...others]),
    lying: packedZip([{ ...bomb, size: 20_000 }, ...others]),
  };
}

/** The workbook's parts changed by `edit` and zipped again. */
async function rewritten(workbook: Buffer, edit: (parts: Map<string, Buffer>) => void): Promise<Buffer> {
  const { unpackAll } = await import('../../src/workbook/file/zipRead');
  const parts = unpackAll(workbook, 'fixture');
  edit(parts);
  return writeZip(
    [...parts].map(([name, data]) => ({
      name: Buffer.from(name),
      data,
      crc: zlib.crc32(data),
      time: 0,
      date: 0,
      madeBy: 20,
      attributes: 0,
    })),
  );
}

const DOCTYPE = '<!DOCTYPE sst [<!ENTITY xxe "indsat af en DOCTYPE">]>';

/** A DOCTYPE that declares an entity, after the XML declaration of `part`, and the entity used in its first text. */
function withDoctype(parts: Map<string, Buffer>, part: string): void {
  const xml = parts.get(part)!.toString('utf8');
  const declared = xml.replace(/^(<\?xml[^>]*\?>)?/, (decl) => `${decl}\n${DOCTYPE}`);
  parts.set(part, Buffer.from(declared.replace(/<t>/, '<t>&xxe;')));
}

/**
 * The messy workbook as another producer may write it, all valid XML: the sheet's texts as inline strings, every other
 * one in two CDATA sections and the rest with their letters beyond ASCII as character references, cell references
 * as character references too, the sheet's and the workbook's elements under the prefix `x:` for the main namespace,
 * the relationships' under `pr:`, and a comment in the workbook that holds a sheet's markup.
 */
function unusualProducer(parts: Map<string, Buffer>): void {
  const sst = parts.get('xl/sharedStrings.xml')!.toString('utf8');
  const strings = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)]
      .map((t) => t[1])
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
  const charRefs = (text: string) =>
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/[^\x20-\x7e]/gu, (ch) => `&#x${ch.codePointAt(0)!.toString(16).toUpperCase()};`);
  const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
  const prefixed = (xml: string, ns = MAIN, prefix = 'x') =>
    xml
      .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`)
      .replace(ns, ns.replace('xmlns', `xmlns:${prefix}`));
  let n = 0;
  const sheet = prefixed(parts.get('xl/worksheets/sheet1.xml')!.toString('utf8')).replace(
    /<x:c ([^>]*?)t="s"([^>]*)><x:v>(\d+)<\/x:v><\/x:c>/g,
    (m, a: string, b: string, i: string) => {
      const text = strings[Number(i)]!;
      // An empty text stays shared: ExcelJS, which the test reads the result with, reads an empty inline one as blank.
      if (text === '') return m;
      const chars = [...text];
      const half = (k: number) => chars.slice(k * Math.ceil(chars.length / 2)).slice(0, Math.ceil(chars.length / 2));
      const inline = n++ % 2 === 0 ? `<![CDATA[${half(0).join('')}]]><![CDATA[${half(1).join('')}]]>` : charRefs(text);
      const at = `${a}t="inlineStr"${b}`.replace(
        /r="([A-Z])/,
        (_m, c: string) => `r="&#x${c.charCodeAt(0).toString(16)};`,
      );
      return `<x:c ${at}><x:is><x:t>${inline}</x:t></x:is></x:c>`;
    },
  );
  if (n < 20) throw new Error(`the fixture expected the sheet's texts as shared strings, found ${n}`);
  parts.set('xl/worksheets/sheet1.xml', Buffer.from(sheet));
  const workbook = prefixed(parts.get('xl/workbook.xml')!.toString('utf8'));
  // The workbook's own sheet entry under another name, in a comment: no sheet.
  const entry = /<x:sheet\b[^>]*\/>/.exec(workbook)![0];
  const comment = `<!-- ${entry.replace(/name="[^"]*"/, 'name="Gammelt ark"')} -->`;
  if (!workbook.includes('<x:sheets>')) throw new Error('the fixture expected <sheets> without attributes');
  parts.set('xl/workbook.xml', Buffer.from(workbook.replace('<x:sheets>', `<x:sheets>${comment}`)));
  for (const rels of ['_rels/.rels', 'xl/_rels/workbook.xml.rels'])
    parts.set(rels, Buffer.from(prefixed(parts.get(rels)!.toString('utf8'), RELS, 'pr')));
}

export interface Fixtures {
  dir: string;
  /** Absolute path of a fixture by name. */
  f: (name: string) => string;
}

export async function writeFixtures(dir: string): Promise<Fixtures> {
  const f = (name: string) => path.join(dir, name);
  await writeMessyWorkbook(f('messy.xlsx'));
  const ready = new FileWorkbook();
  await ready.setup();
  await ready.save(f('ready.xlsx'));

  const notes = new ExcelJS.Workbook();
  notes.addWorksheet('Ark1').getCell('A1').value = 'Bare en note';
  await notes.xlsx.writeFile(f('notes.xlsx'));

  fs.writeFileSync(f('text.xlsx'), 'dette er ikke en regnearksfil');
  fs.writeFileSync(f('list.csv'), 'Fagområde;Sagsområde;KLE-nummer\nBorgerservice;Pas;23.15.00\n');
  const good = fs.readFileSync(f('messy.xlsx'));
  fs.writeFileSync(f('truncated.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
  fs.writeFileSync(f('plain.xlsx'), plainZip('note.txt', 'hej'));
  fs.writeFileSync(f('locked.xlsx'), encryptedWorkbook());
  fs.writeFileSync(f('old.xls'), encryptedWorkbook());
  fs.mkdirSync(f('folder.xlsx'));
  fs.symlinkSync(f('messy.xlsx'), f('link.xlsx'));
  fs.linkSync(f('messy.xlsx'), f('hard.xlsx'));
  fs.copyFileSync(f('ready.xlsx'), f('existing.xlsx'));
  fs.writeFileSync(f('existing.docx'), 'et notat, brugeren har rettet i');
  fs.writeFileSync(f('doctype-strings.xlsx'), await rewritten(good, (p) => withDoctype(p, 'xl/sharedStrings.xml')));
  fs.writeFileSync(
    f('doctype-sheet.xlsx'),
    await rewritten(good, (p) => {
      const sheet = p.get('xl/worksheets/sheet1.xml')!.toString('utf8');
      p.set('xl/worksheets/sheet1.xml', Buffer.from(sheet.replace('?>', `?>${DOCTYPE.replace('sst', 'worksheet')}`)));
    }),
  );
  fs.writeFileSync(
    f('doctype-utf16.xlsx'),
    await rewritten(good, (p) => {
      withDoctype(p, 'xl/sharedStrings.xml');
      const xml = p.get('xl/sharedStrings.xml')!.toString('utf8').replace('encoding="UTF-8"', 'encoding="UTF-16"');
      p.set('xl/sharedStrings.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
    }),
  );
  fs.writeFileSync(
    f('entity.xlsx'),
    await rewritten(good, (p) => {
      const xml = p.get('xl/sharedStrings.xml')!.toString('utf8');
      p.set('xl/sharedStrings.xml', Buffer.from(xml.replace(/<t>/, '<t>&xxe;')));
    }),
  );
  fs.writeFileSync(
    f('malformed.xlsx'),
    await rewritten(good, (p) => {
      const xml = p.get('xl/worksheets/sheet1.xml')!.toString('utf8');
      p.set('xl/worksheets/sheet1.xml', Buffer.from(xml.replace('</sheetData>', '')));
    }),
  );
  fs.writeFileSync(f('unusual.xlsx'), await rewritten(good, unusualProducer));
  const bombs = await zipBombs(good);
  fs.writeFileSync(f('bomb.xlsx'), bombs.honest);
  fs.writeFileSync(f('bomb-lying.xlsx'), bombs.lying);
  return { dir, f };
}

/** Every entry of the folder with the sha256 of its content (a folder as 'folder', a link by its target). */
export function folderState(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.lstatSync(p);
    if (st.isSymbolicLink()) out[name] = `link → ${fs.readlinkSync(p)}`;
    else if (st.isDirectory()) out[name] = `folder: ${fs.readdirSync(p).join(',')}`;
    else out[name] = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
  }
  return out;
}
