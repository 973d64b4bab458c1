/**
 * An .xlsx package read without ExcelJS: the sheets' names and parts, and a sheet as the plain grid an upgrade plans
 * from. Values as ExcelJS gives them (shared and inline strings, numbers, booleans, errors as text, dates by their
 * number format, formula cells as their cached result, merged cells repeating their first cell's value).
 */
import type { CellValue } from '../../domain/schema';
import type { SheetGrid } from '../../domain/upgrade';
import { fromR1C1, toR1C1 } from '../../domain/formulaDialect';

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

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function xmlDecode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (ENTITIES[e] ?? m),
  );
}

/** Character data as XML defines it: CDATA sections taken as they stand, entity and character references decoded elsewhere. */
export function xmlText(raw: string): string {
  if (!raw.includes('<![CDATA[')) return xmlDecode(raw);
  let out = '';
  let at = 0;
  for (const m of raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)) {
    out += xmlDecode(raw.slice(at, m.index)) + m[1];
    at = m.index + m[0].length;
  }
  return out + xmlDecode(raw.slice(at));
}

const attrPatterns = new Map<string, RegExp>();
export const attr = (tag: string, name: string): string | undefined => {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? xmlDecode(m[1] ?? m[2] ?? '') : undefined;
};

/** The namespaces whose elements the reader matches by their local names (SpreadsheetML's main, package relationships). */
const READ_NAMESPACES = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
  'http://schemas.openxmlformats.org/package/2006/relationships',
];

/**
 * XML with its elements in the main namespace unprefixed wherever a producer gave them a prefix (`<x:row>` is `<row>`,
 * as XML namespaces define it); the prefix's declaration stays, and the root gets the namespace as its default.
 */
export function withoutMainPrefixes(text: string): string {
  const prefixes = new Map<string, string>();
  for (const m of text.matchAll(/\sxmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const ns = m[2] ?? m[3] ?? '';
    if (READ_NAMESPACES.includes(ns)) prefixes.set(m[1], ns);
  }
  if (prefixes.size === 0) return text;
  let out = text;
  for (const p of prefixes.keys()) out = out.replace(new RegExp(`<(/?)${p.replace(/\./g, '\\.')}:`, 'g'), '<$1');
  // The root, now unprefixed, takes its namespace as the default one (unless it declares one already).
  return out.replace(/<([A-Za-z_][\w.-]*)(\s[^>]*)?>/, (root, tag: string, attrs = '') =>
    /\sxmlns\s*=/.test(attrs) ? root : `<${tag} xmlns="${[...prefixes.values()][0]}"${attrs}>`,
  );
}

/** A part as text, without prefixes on the main namespace's elements. */
const utf8 = new TextDecoder();

export function partText(parts: PartBytes, name: string): string | undefined {
  const bytes = parts.get(name);
  return bytes ? withoutMainPrefixes(utf8.decode(bytes)) : undefined;
}

/** Targets of a .rels part by id, resolved against the folder of the part they belong to. */
export function relationships(
  parts: PartBytes,
  owner: string,
): Map<string, { target: string; type: string; external: boolean }> {
  const folder = owner.includes('/') ? owner.slice(0, owner.lastIndexOf('/') + 1) : '';
  const relsName = `${folder}_rels/${owner.slice(folder.length)}.rels`;
  const out = new Map<string, { target: string; type: string; external: boolean }>();
  const text = partText(parts, relsName);
  if (!text) return out;
  for (const m of text.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (!id || target === undefined) continue;
    const external = attr(m[0], 'TargetMode') === 'External';
    out.set(id, { target: external ? target : resolvePart(folder, target), type: attr(m[0], 'Type') ?? '', external });
  }
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

/** The workbook's worksheets in tab order (chart and dialog sheets left out, as ExcelJS does). */
export function packageSheets(parts: PartBytes): { sheets: PackageSheet[]; date1904: boolean } {
  const wbPart = workbookPart(parts);
  const text = partText(parts, wbPart) ?? '';
  const rels = relationships(parts, wbPart);
  const sheets: PackageSheet[] = [];
  for (const m of text.matchAll(/<sheet\b[^>]*>/g)) {
    const id = /\s\w+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    const rel = id ? rels.get(id) : undefined;
    if (!rel || !rel.type.endsWith('/worksheet') || !parts.has(rel.target)) continue;
    sheets.push({ name: attr(m[0], 'name') ?? '', part: rel.target, state: attr(m[0], 'state') });
  }
  const pr = /<workbookPr\b[^>]*>/.exec(text)?.[0] ?? '';
  const d = attr(pr, 'date1904');
  return { sheets, date1904: d === '1' || d === 'true' };
}

/** Text of the <t> elements of a string item, phonetic runs left out. */
function itemText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += xmlText(m[1] ?? '');
  return out;
}

export function sharedStrings(parts: Parts, wbPart: string): string[] {
  let name = `${wbPart.slice(0, wbPart.lastIndexOf('/') + 1)}sharedStrings.xml`;
  for (const r of relationships(parts, wbPart).values()) if (r.type.endsWith('/sharedStrings')) name = r.target;
  const text = partText(parts, name);
  if (!text) return [];
  const out: string[] = [];
  for (const m of text.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) out.push(m[1] === undefined ? '' : itemText(m[1]));
  return out;
}

/** ExcelJS's rule: a format is a date when, outside quotes and brackets, it has y, m, d, h, s or b. */
const isDateFormat = (f: string | undefined) =>
  !!f && /[ymdhMsb]+/.test(f.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** Per cellXfs index: does the style show a date. */
export function dateStyles(parts: Parts, wbPart: string): boolean[] {
  let name = `${wbPart.slice(0, wbPart.lastIndexOf('/') + 1)}styles.xml`;
  for (const r of relationships(parts, wbPart).values()) if (r.type.endsWith('/styles')) name = r.target;
  const text = partText(parts, name);
  if (!text) return [];
  const custom = new Map<number, string>();
  for (const m of text.matchAll(/<numFmt\b[^>]*>/g))
    custom.set(Number(attr(m[0], 'numFmtId')), attr(m[0], 'formatCode') ?? '');
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    return id !== 0 && (custom.has(id) ? isDateFormat(custom.get(id)) : BUILT_IN_DATES.has(id));
  });
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

/** A worksheet part as the grid of values and formulas, from A1. */
export function sheetGrid(xml: string, ctx: GridContext): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const dataStart = xml.indexOf('<sheetData');
  const dataEnd = xml.indexOf('</sheetData>');
  const data = dataStart < 0 || dataEnd < 0 ? '' : xml.slice(dataStart, dataEnd);
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
  const formulaOf = (head: string, text: string | undefined, r: number, c: number): string => {
    const own = xmlText(text ?? '');
    if (attr(head, 't') !== 'shared') return own;
    const si = attr(head, 'si') ?? '';
    if (own) {
      shared.set(si, { r1c1: toR1C1(own, r + 1, c + 1) });
      return own;
    }
    const master = shared.get(si);
    return master ? fromR1C1(master.r1c1, r + 1, c + 1) : 'shared';
  };
  const tags = /<row\b([^>]*)>|<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g;
  for (let m = tags.exec(data); m; m = tags.exec(data)) {
    if (m[1] !== undefined) {
      const r = attr(m[0], 'r');
      row = r ? Number(r) - 1 : row + 1;
      col = -1;
      continue;
    }
    const head = m[2];
    const ref = attr(head, 'r');
    if (ref) {
      col = columnIndex(ref);
      row = rowOf(ref);
    } else col += 1;
    const body = m[4] ?? '';
    const t = attr(head, 't') ?? 'n';
    const s = Number(attr(head, 's') ?? 0);
    const fm = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
    const rawV = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const v = rawV === undefined ? undefined : xmlText(rawV);
    let value: CellValue = null;
    if (t === 'inlineStr') value = itemText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
    else if (v === undefined) value = null;
    else if (t === 's') value = ctx.strings[Number(v)] ?? null;
    else if (t === 'str') value = v;
    else if (t === 'b') value = parseInt(v, 10) !== 0;
    else if (t === 'e') value = v;
    else if (t === 'd') value = new Date(v);
    else {
      const n = parseFloat(v);
      value = ctx.dates[s] ? excelToDate(n, ctx.date1904) : n;
    }
    if (!fm && value === null) continue;
    put(row, col, value, fm ? formulaOf(fm[1] ?? '', fm[2], row, col) : null);
  }
  for (const m of xml.matchAll(/<mergeCell\b[^>]*>/g)) {
    const [from, to] = (attr(m[0], 'ref') ?? '').split(':');
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
