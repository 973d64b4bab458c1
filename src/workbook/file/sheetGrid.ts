/**
 * A worksheet part as the plain grid an upgrade plans from, values as ExcelJS gives them: shared and inline strings,
 * numbers, booleans, errors as text, dates by their number format, formula cells as their cached result, shared
 * formulas resolved per cell, merged cells repeating their first cell's value.
 */
import type { CellValue } from '../../domain/schema';
import type { SheetGrid } from '../../domain/upgrade';
import { fromR1C1, toR1C1 } from '../../domain/formulaDialect';
import { parseArea, parseCell } from '../../domain/a1';
import { stringItem } from './xlsxPackage';
import { attr, readXml, type XmlTag } from './xmlReader';

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
        const at = ref ? parseCell(ref) : null;
        if (at) [row, col] = [at.row - 1, at.column];
        else col += 1;
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
    const area = parseArea(ref);
    if (!area) continue;
    const [r0, c0, r1, c1] = [area.firstRow - 1, area.firstColumn, area.lastRow - 1, area.lastColumn];
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
