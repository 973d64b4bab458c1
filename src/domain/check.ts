/** Findings for a whole sheet, in sheet order. */
import { column, COLUMNS, type CellValue, type ColumnKey, type RowValues } from './schema';
import { validateRow, type Finding, type Lists } from './validation';

export interface SheetFinding extends Finding {
  /** 0-based data row index. */
  index: number;
  excelRow: number;
  header: string;
}

export function checkRows(
  rows: readonly { index: number; excelRow: number; values: RowValues }[],
  lists: Lists,
): SheetFinding[] {
  return rows.flatMap((r) =>
    validateRow(r.values, lists).map((f) => ({
      ...f,
      index: r.index,
      excelRow: r.excelRow,
      header: column(f.key).header,
    })),
  );
}

/** Table headers → schema keys by exact header (the table is ours once set up). */
export function keysOfHeaders(headers: readonly CellValue[]): (ColumnKey | null)[] {
  return headers.map((h) => COLUMNS.find((c) => c.header === String(h ?? '').trim())?.key ?? null);
}

export function rowValuesOf(cells: readonly CellValue[], keys: readonly (ColumnKey | null)[]): RowValues {
  const values: RowValues = {};
  keys.forEach((k, i) => {
    if (k) values[k] = cells[i] ?? null;
  });
  return values;
}
