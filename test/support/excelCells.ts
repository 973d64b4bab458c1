/** ExcelJS cells as plain values and sheets as grids (types only: loading this module does not load ExcelJS). */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../src/domain/schema';
import type { SheetGrid } from '../../src/domain/upgrade';

/** ExcelJS.ValueType.Formula, without loading ExcelJS for its enum. */
const FORMULA = 6;

/** A cell as the value a user sees (formula cells: their cached result). */
export function plainValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
  if ('formula' in o || 'sharedFormula' in o) {
    const r = o.result as unknown;
    if (r === undefined || r === null) return null;
    if (typeof r === 'object' && !(r instanceof Date)) return String((r as { error?: string }).error ?? '');
    return r as CellValue;
  }
  if ('text' in o) return plainValue({ value: o.text } as ExcelJS.Cell);
  if ('error' in o) return String(o.error);
  return String(v);
}

export function gridOf(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const vr: CellValue[] = [];
    const fr: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      vr[col - 1] = plainValue(cell);
      fr[col - 1] = cell.type === FORMULA ? (cell.formula ?? '') : null;
    });
    for (let i = 0; i < vr.length; i++) {
      if (vr[i] === undefined) vr[i] = null;
      if (fr[i] === undefined) fr[i] = null;
    }
    values[rowNumber - 1] = vr;
    formulas[rowNumber - 1] = fr;
  });
  for (let i = 0; i < values.length; i++) {
    if (!values[i]) values[i] = [];
    if (!formulas[i]) formulas[i] = [];
  }
  return { values, formulas };
}
