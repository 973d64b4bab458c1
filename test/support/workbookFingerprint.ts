/** The fake Excel workbook as comparable data: sheet names in order, every cell's value and formula, every table. */
import type { FakeExcel } from './standIn';
import { columnLetter } from '../../src/domain/a1';
import { MAX_COLUMNS } from '../../src/excelStandIn/core/address';

export interface Fingerprint {
  sheets: { name: string; cells: Record<string, [unknown, string | null]> }[];
  tables: { name: string; sheet: string; range: string }[];
}

const address = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;

export function workbookFingerprint(fake: FakeExcel): Fingerprint {
  return {
    sheets: fake.model.sheets.map((s) => {
      const cells: Record<string, [unknown, string | null]> = {};
      const keys = [...s.cells.keys()].sort((a, b) => a - b);
      for (const key of keys) {
        const cell = s.cells.get(key)!;
        const empty = cell.formula === undefined && (cell.value === undefined || cell.value === '');
        if (!empty)
          cells[address(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS)] = [cell.value ?? null, cell.formula ?? null];
      }
      return { name: s.name, cells };
    }),
    tables: fake.model.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      range: `${address(t.rect.r0, t.rect.c0)}:${address(t.rect.r1, t.rect.c1)}`,
    })),
  };
}

/** The cells of one sheet in a fingerprint, wherever it is now and whatever it is called. */
export function sheetCells(print: Fingerprint, name: string): Record<string, [unknown, string | null]> | undefined {
  return print.sheets.find((s) => s.name === name)?.cells;
}
