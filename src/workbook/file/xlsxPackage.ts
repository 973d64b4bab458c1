/**
 * An .xlsx package read without ExcelJS: its relationships, sheets, shared strings, date styles and tables (a sheet's
 * cells: sheetGrid.ts).
 */
import { attr, decodeXml, readXml, relationshipId, type XmlHandlers } from './xmlReader';

/** The built-in number formats that show a date or a time (ECMA-376 §18.8.30: 14–22, 45–47), as ExcelJS reads them. */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

export type Parts = Map<string, Buffer>;
/** Parts as any reader takes them: Node's Buffers or a browser's bytes. */
export type PartBytes = ReadonlyMap<string, Uint8Array>;

export interface PackageSheet {
  name: string;
  /** Part name, e.g. xl/worksheets/sheet1.xml. */
  part: string;
  state?: string;
}

/** A part as text (UTF-16 parts too), for the writers that copy or edit it; undefined when the package has none. */
export function partText(parts: PartBytes, name: string): string | undefined {
  const bytes = parts.get(name);
  return bytes ? decodeXml(bytes) : undefined;
}

/** A part read with `on`, when the package has it. */
function readPart(parts: PartBytes, name: string, on: XmlHandlers): boolean {
  const text = partText(parts, name);
  if (text) readXml(text, name, on);
  return text !== undefined;
}

export interface Relationship {
  target: string;
  type: string;
  external: boolean;
}

/** Targets of a .rels part by id, resolved against the folder of the part they belong to. */
export function relationships(parts: PartBytes, owner: string): Map<string, Relationship> {
  const folder = owner.includes('/') ? owner.slice(0, owner.lastIndexOf('/') + 1) : '';
  const out = new Map<string, Relationship>();
  readPart(parts, `${folder}_rels/${owner.slice(folder.length)}.rels`, {
    open(name, tag) {
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (name !== 'Relationship' || !id || target === undefined) return;
      const external = attr(tag, 'TargetMode') === 'External';
      out.set(id, { target: external ? target : resolvePart(folder, target), type: attr(tag, 'Type') ?? '', external });
    },
  });
  return out;
}

function resolvePart(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.') out.push(s);
  }
  return out.join('/');
}

export function workbookPart(parts: PartBytes): string {
  const root = relationships(parts, '');
  for (const r of root.values()) if (r.type.endsWith('/officeDocument')) return r.target;
  return 'xl/workbook.xml';
}

/** An entry of the workbook's <sheets>, worksheet or not. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  state?: string;
  /** Its relationship's id. */
  id?: string;
}

/** The workbook's <sheet> entries in tab order, and whether it counts dates from 1904. */
export function workbookSheets(
  parts: PartBytes,
  wbPart = workbookPart(parts),
): { entries: SheetEntry[]; date1904: boolean } {
  const entries: SheetEntry[] = [];
  let date1904 = false;
  readPart(parts, wbPart, {
    open(name, tag) {
      if (name === 'sheet')
        entries.push({
          name: attr(tag, 'name') ?? '',
          sheetId: Number(attr(tag, 'sheetId') ?? 0),
          state: attr(tag, 'state'),
          id: relationshipId(tag),
        });
      else if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(tag, 'date1904') ?? '');
    },
  });
  return { entries, date1904 };
}

/** The workbook's worksheets in tab order (chart and dialog sheets left out, as ExcelJS does). */
export function packageSheets(parts: PartBytes): { sheets: PackageSheet[]; date1904: boolean } {
  const wbPart = workbookPart(parts);
  const { entries, date1904 } = workbookSheets(parts, wbPart);
  const rels = relationships(parts, wbPart);
  const sheets: PackageSheet[] = [];
  for (const { name, state, id } of entries) {
    const rel = id ? rels.get(id) : undefined;
    if (!rel || !rel.type.endsWith('/worksheet') || !parts.has(rel.target)) continue;
    sheets.push({ name, part: rel.target, state });
  }
  return { sheets, date1904 };
}

/**
 * The text of a string item (<si>, or a cell's <is>) as it is read: its <t> elements joined, phonetic runs (<rPh>)
 * left out. `open`, `close` and `text` are fed the item's events; `done` gives the text and starts the next item.
 */
export function stringItem() {
  let out = '';
  let inT = false;
  let phonetic = 0;
  return {
    open(name: string) {
      if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inT = true;
    },
    close(name: string) {
      if (name === 'rPh') phonetic--;
      else if (name === 't') inT = false;
    },
    text(t: string) {
      if (inT) out += t;
    },
    done(): string {
      const text = out;
      out = '';
      return text;
    },
  };
}

/**
 * The workbook's styles, shared strings and theme parts, as its relationships name them (the last of a kind counts);
 * undefined where it relates none.
 */
export function workbookRelatedParts(
  parts: PartBytes,
  wbPart: string,
): { styles?: string; sharedStrings?: string; theme?: string } {
  const found: { styles?: string; sharedStrings?: string; theme?: string } = {};
  for (const r of relationships(parts, wbPart).values())
    for (const kind of ['styles', 'sharedStrings', 'theme'] as const)
      if (r.type.endsWith(`/${kind}`)) found[kind] = r.target;
  return found;
}

/** A part the workbook relates, or the file name it has beside the workbook part when it relates none (as ExcelJS reads). */
const relatedOrBeside = (parts: PartBytes, wbPart: string, kind: 'styles' | 'sharedStrings') =>
  workbookRelatedParts(parts, wbPart)[kind] ?? `${wbPart.slice(0, wbPart.lastIndexOf('/') + 1)}${kind}.xml`;

export function sharedStrings(parts: PartBytes, wbPart: string): string[] {
  const name = relatedOrBeside(parts, wbPart, 'sharedStrings');
  const out: string[] = [];
  const item = stringItem();
  let inItem = false;
  readPart(parts, name, {
    open(n) {
      if (n === 'si') inItem = true;
      else if (inItem) item.open(n);
    },
    close(n) {
      if (n !== 'si') return item.close(n);
      out.push(item.done());
      inItem = false;
    },
    text: (t) => inItem && item.text(t),
  });
  return out;
}

export interface PackageTable {
  name: string;
  /** Its range, e.g. A1:F20. */
  ref: string;
  headers: string[];
}

/** A table part: its name, range and column names. */
export function tableOf(parts: PartBytes, part: string): PackageTable {
  const table: PackageTable = { name: '', ref: '', headers: [] };
  readPart(parts, part, {
    open(name, tag) {
      if (name === 'table') Object.assign(table, { name: attr(tag, 'name') ?? '', ref: attr(tag, 'ref') ?? '' });
      else if (name === 'tableColumn') table.headers.push(attr(tag, 'name') ?? '');
    },
  });
  return table;
}

/** ExcelJS's rule: a format is a date when, outside quotes and brackets, it has y, m, d, h, s or b. */
const isDateFormat = (f: string | undefined) =>
  !!f && /[ymdhMsb]+/.test(f.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** Per cellXfs index: does the style show a date. */
export function dateStyles(parts: PartBytes, wbPart: string): boolean[] {
  const name = relatedOrBeside(parts, wbPart, 'styles');
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  readPart(parts, name, {
    open(n, tag) {
      if (n === 'numFmt') custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
      else if (n === 'cellXfs') inCellXfs = true;
      else if (n === 'xf' && inCellXfs) formats.push(Number(attr(tag, 'numFmtId') ?? 0));
    },
    close: (n) => n === 'cellXfs' && (inCellXfs = false),
  });
  return formats.map((id) => id !== 0 && (custom.has(id) ? isDateFormat(custom.get(id)) : BUILT_IN_DATES.has(id)));
}
