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
