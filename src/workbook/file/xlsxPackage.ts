/**
 * An .xlsx package read without ExcelJS: the sheets' names and parts, and a sheet as the plain grid an upgrade plans
 * from. Values as ExcelJS gives them (shared and inline strings, numbers, booleans, errors as text, dates by their
 * number format, formula cells as their cached result, merged cells repeating their first cell's value).
 */
import type { CellValue } from '../../domain/schema';
import type { SheetGrid } from '../../domain/upgrade';
import { fromR1C1, toR1C1 } from '../../domain/formulaDialect';
import { attr, decodeXml, readXml, relationshipId, type XmlHandlers, type XmlTag } from './xmlReader';

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
function stringItem() {
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

export function sharedStrings(parts: PartBytes, wbPart: string): string[] {
  let name = `${wbPart.slice(0, wbPart.lastIndexOf('/') + 1)}sharedStrings.xml`;
  for (const r of relationships(parts, wbPart).values()) if (r.type.endsWith('/sharedStrings')) name = r.target;
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
  let name = `${wbPart.slice(0, wbPart.lastIndexOf('/') + 1)}styles.xml`;
  for (const r of relationships(parts, wbPart).values()) if (r.type.endsWith('/styles')) name = r.target;
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

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const rowOf = (ref: string) => Number(/\d+/.exec(ref)?.[0] ?? 0) - 1;

export interface GridContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

const excelToDate = (v: number, date1904: boolean) =>
  new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

/** A cell as it is read: its type and style, its <v>, its formula (<f> and its text), its inline string. */
interface CellRead {
  t: string;
  s: number;
  v?: string;
  f?: { tag: XmlTag; text: string };
  inline?: string;
}

function valueOf({ t, s, v, inline }: CellRead, ctx: GridContext): CellValue {
  if (t === 'inlineStr') return inline ?? '';
  if (v === undefined) return null;
  if (t === 's') return ctx.strings[Number(v)] ?? null;
  if (t === 'str' || t === 'e') return v;
  if (t === 'b') return parseInt(v, 10) !== 0;
  if (t === 'd') return new Date(v);
  const n = parseFloat(v);
  return ctx.dates[s] ? excelToDate(n, ctx.date1904) : n;
}

/** A worksheet part as the grid of values and formulas, from A1. */
export function sheetGrid(xml: string, part: string, ctx: GridContext): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let row = -1;
  let col = -1;
  const put = (r: number, c: number, v: CellValue, f: string | null) => {
    const vr = (values[r] ??= []);
    const fr = (formulas[r] ??= []);
    for (let i = vr.length; i < c; i++) {
      vr[i] = null;
      fr[i] = null;
    }
    vr[c] = v;
    fr[c] = f;
  };
  // A shared formula's master by its index: the other cells of the group hold it moved to their place, as Excel reads it.
  const shared = new Map<string, { r1c1: string }>();
  const formulaOf = ({ tag, text }: { tag: XmlTag; text: string }, r: number, c: number): string => {
    if (attr(tag, 't') !== 'shared') return text;
    const si = attr(tag, 'si') ?? '';
    if (text) {
      shared.set(si, { r1c1: toR1C1(text, r + 1, c + 1) });
      return text;
    }
    const master = shared.get(si);
    return master ? fromR1C1(master.r1c1, r + 1, c + 1) : 'shared';
  };
  const merges: string[] = [];
  const inline = stringItem();
  let inData = false;
  let inInline = false;
  let cell: CellRead | undefined;
  /** The <v> or <f> whose text is being read. */
  let reading: 'v' | 'f' | undefined;
  let text = '';
  readXml(xml, part, {
    open(name, tag) {
      if (name === 'sheetData') inData = true;
      else if (name === 'mergeCell') merges.push(attr(tag, 'ref') ?? '');
      else if (!inData) return;
      else if (name === 'row') {
        const r = attr(tag, 'r');
        row = r ? Number(r) - 1 : row + 1;
        col = -1;
      } else if (name === 'c') {
        const ref = attr(tag, 'r');
        if (ref) {
          col = columnIndex(ref);
          row = rowOf(ref);
        } else col += 1;
        cell = { t: attr(tag, 't') ?? 'n', s: Number(attr(tag, 's') ?? 0) };
      } else if (!cell) return;
      else if (inInline) inline.open(name);
      else if (name === 'is') inInline = true;
      else if ((name === 'v' && !tag.isSelfClosing) || name === 'f') {
        reading = name;
        text = '';
        if (name === 'f') cell.f = { tag, text };
      }
    },
    close(name) {
      if (name === 'sheetData') inData = false;
      else if (!cell) return;
      else if (name === reading) {
        if (reading === 'v') cell.v = text;
        else cell.f!.text = text;
        reading = undefined;
      } else if (name === 'is') {
        cell.inline = inline.done();
        inInline = false;
      } else if (inInline) inline.close(name);
      else if (name === 'c') {
        const value = valueOf(cell, ctx);
        if (cell.f || value !== null) put(row, col, value, cell.f ? formulaOf(cell.f, row, col) : null);
        cell = undefined;
      }
    },
    text(t) {
      if (reading) text += t;
      else if (inInline) inline.text(t);
    },
  });
  for (const ref of merges) {
    const [from, to] = ref.split(':');
    if (!from || !to) continue;
    const [r0, c0, r1, c1] = [rowOf(from), columnIndex(from), rowOf(to), columnIndex(to)];
    const master = values[r0]?.[c0] ?? null;
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        if (r === r0 && c === c0) continue;
        if (master === null && values[r]?.[c] === undefined) continue;
        put(r, c, master, null);
      }
  }
  for (let i = 0; i < values.length; i++) {
    values[i] ??= [];
    formulas[i] ??= [];
  }
  return { values, formulas };
}
