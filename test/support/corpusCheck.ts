/** What "nothing lost" means for an upgraded corpus sheet: where each original value must land, and the allowed normalisations. */
import ExcelJS from 'exceljs';
import { columnLetter } from '../../src/domain/a1';
import { LEGACY_SCENARIO_LABELS, SCENARIO_LABELS } from '../../src/domain/lists';
import { COLUMNS, TYPED_FALLBACK, type CellValue } from '../../src/domain/schema';
import { defaultLists, KLE_PATTERN } from '../../src/domain/validation';
import { gridOf } from './excelRead';
import type { CorpusSheet } from './corpus';

/** One non-empty cell below the header row of the source sheet. */
export interface SourceCell {
  /** 1-based row in the source sheet, and the row it must have in the new table (header = 1). */
  sourceRow: number;
  targetRow: number;
  /** 0-based column in the source sheet. */
  col: number;
  header: string;
  /** The header it lands under in the new table. */
  target: string;
  value: CellValue;
  /** The user's formula, when the cell held one (its cached result is `value`). */
  formula: string | null;
}

const blank = (v: unknown) => v === null || v === undefined || v === '';

/** Typed values of columns that are formulas now land beside them. */
const TYPED: Record<string, string> = Object.fromEntries(
  Object.entries(TYPED_FALLBACK).map(([key, typed]) => [COLUMNS.find((c) => c.key === key)!.header, typed]),
);
const SCHEMA = new Set(COLUMNS.map((c) => c.header));

export function targetHeader(entry: CorpusSheet, header: string, col: number): string {
  const renamed = entry.renamed ?? {};
  const byLetter = renamed[`@${columnLetter(col)}`];
  if (byLetter) return byLetter;
  if (renamed[header]) return renamed[header];
  if (TYPED[header]) return TYPED[header];
  if (SCHEMA.has(header) || Object.values(TYPED_FALLBACK).includes(header)) return header;
  return header.trim() === '' ? `Uden overskrift (kolonne ${columnLetter(col)})` : header;
}

/** Every non-empty data cell of a source grid (values and formulas from A1), with the row and header it must land in. */
export function sourceCellsOf(
  entry: CorpusSheet,
  grid: { values: CellValue[][]; formulas?: (string | null)[][] },
): SourceCell[] {
  const headers = (grid.values[entry.headerRow - 1] ?? []).map((h) => (blank(h) ? '' : String(h)));
  const out: SourceCell[] = [];
  let targetRow = 1;
  grid.values.slice(entry.headerRow).forEach((row, i) => {
    if (row.every(blank)) return;
    targetRow++;
    row.forEach((value, col) => {
      const formula = grid.formulas?.[entry.headerRow + i]?.[col] ?? null;
      if (blank(value)) return;
      const header = headers[col] ?? '';
      out.push({
        sourceRow: entry.headerRow + 1 + i,
        targetRow,
        col,
        header,
        target: targetHeader(entry, header, col),
        value,
        formula,
      });
    });
  });
  return out;
}

export function sourceCells(entry: CorpusSheet, ws: ExcelJS.Worksheet): SourceCell[] {
  return sourceCellsOf(entry, gridOf(ws));
}

/** Rows of the source that hold anything: the rows the new table must have. */
export function dataRowCount(cells: readonly SourceCell[]): number {
  return Math.max(1, ...cells.map((c) => c.targetRow)) - 1;
}

export type Match = 'verbatim' | 'normalised' | false;

const LISTS = defaultLists([]);
const fold = (s: string) => s.toLocaleLowerCase('da');
const kind = (header: string) => COLUMNS.find((c) => c.header === header);

/**
 * Is `to` (in the new table under `header`) the original `from`? Verbatim, or one of the documented normalisations:
 * spaces around a value, the case of a list value, a whole number typed as text, KLE digits without dots,
 * a scenario given by its number or by a label an earlier version wrote, a year typed as text in Udbudstidspunkt.
 */
export function sameValue(header: string, from: CellValue, to: CellValue): Match {
  if (from instanceof Date || to instanceof Date) {
    return from instanceof Date && to instanceof Date && from.getTime() === to.getTime() ? 'verbatim' : false;
  }
  if (from === to) return 'verbatim';
  const col = kind(header);
  if (!col || col.kind === 'formula') return false;
  const text = String(from).trim();
  if (typeof from === 'string' && text === '' && to === null) return 'normalised';
  if (typeof from === 'string' && text === to) return 'normalised';
  if (typeof to === 'string' && col.kind === 'list') {
    const list: readonly string[] = col.list === 'businessAreas' ? [to] : LISTS[col.list!];
    if (list.includes(to) && fold(text) === fold(to)) return 'normalised';
    const n = /^([1-4])\s*\.?$/.exec(text);
    if (col.list === 'scenarios' && n && to === SCENARIO_LABELS[Number(n[1]) - 1]) return 'normalised';
    const legacy = LEGACY_SCENARIO_LABELS.findIndex((l) => fold(l) === fold(text));
    if (col.list === 'scenarios' && legacy >= 0 && to === SCENARIO_LABELS[legacy]) return 'normalised';
  }
  if (col.kind === 'count' && typeof from === 'string' && /^\d+$/.test(text) && to === Number(text))
    return 'normalised';
  if (col.kind === 'date' && typeof from === 'string' && /^\d{4}$/.test(text) && to === Number(text))
    return 'normalised';
  if (col.kind === 'kle' && typeof to === 'string' && KLE_PATTERN.test(to)) {
    const digits = /^(\d{2})(\d{2})(\d{2})?$/.exec(text);
    if (digits && to === [digits[1], digits[2], digits[3]].filter(Boolean).join('.')) return 'normalised';
  }
  return false;
}

/** A formula of the user's in a column that is now computed: ours replaces it, the backup keeps it. */
export const replacedByOurFormula = (cell: SourceCell) =>
  cell.formula !== null &&
  (Object.values(TYPED_FALLBACK).includes(cell.target) || cell.target === 'Brugerantal (vurderet)');

/** The text test/support/libreoffice.ts gets for a value the file adapter wrote (raw values; dates in LibreOffice's default MM/DD/YYYY). */
export function shown(v: CellValue): string {
  if (v === null) return '';
  if (v instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(v.getUTCMonth() + 1)}/${p(v.getUTCDate())}/${v.getUTCFullYear()}`;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
