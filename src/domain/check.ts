/** Findings for a whole sheet, in sheet order. */
import { column, COLUMNS, type CellValue, type ColumnKey, type RowValues } from './schema';
import { validateRow, type Finding, type Lists } from './validation';
import { isNumber } from './excelSemantics';

export interface SheetFinding extends Finding {
  /** 0-based data row index. */
  index: number;
  excelRow: number;
  header: string;
}

type SheetRow = { index: number; excelRow: number; values: RowValues };

export function checkRows(rows: readonly SheetRow[], lists: Lists): SheetFinding[] {
  const findings = rows.flatMap((r) =>
    validateRow(r.values, lists).map((f) => ({
      ...f,
      index: r.index,
      excelRow: r.excelRow,
      header: column(f.key).header,
    })),
  );
  return [...findings, ...sameDecidedOrder(rows)].sort((a, b) => a.excelRow - b.excelRow);
}

/** Rows that share a Besluttet rækkefølge (a whole number): the decision must say which comes first. */
export function sameDecidedOrder(rows: readonly SheetRow[]): SheetFinding[] {
  const byOrder = new Map<number, SheetRow[]>();
  for (const r of rows) {
    const o = r.values.decidedOrder;
    if (isNumber(o) && Number.isInteger(o) && o >= 1) byOrder.set(o, [...(byOrder.get(o) ?? []), r]);
  }
  const header = column('decidedOrder').header;
  return [...byOrder].flatMap(([order, same]) =>
    same.length < 2
      ? []
      : same.map((r) => ({
          key: 'decidedOrder' as const,
          value: order,
          message: `Besluttet rækkefølge ${order} står også på ${same
            .filter((o) => o !== r)
            .map((o) => `række ${o.excelRow}`)
            .join(', ')}. Beslut, hvilken der kommer først.`,
          severity: 'attention' as const,
          index: r.index,
          excelRow: r.excelRow,
          header,
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
