/** A package's sheets as grids of values and formulas, read with the package reader (no ExcelJS), each once. */
import { columnIndex } from '../../domain/a1';
import { COLUMNS } from '../../domain/schema';
import { findHeaderRow } from '../../domain/headers';
import { isCurrentLayout, LAYOUT_CELL, SHEET } from '../../domain/sheetLayout';
import type { SheetGrid } from '../../domain/upgrade';
import { dateStyles, packageSheets, partText, sharedStrings, workbookPart } from './xlsxPackage';
import type { PackageSheet, Parts } from './xlsxPackage';
import { sheetGrid, type GridContext } from './sheetGrid';

export class PackageBook {
  readonly sheets: PackageSheet[];
  readonly date1904: boolean;
  private readonly ctx: GridContext;
  private readonly grids = new Map<PackageSheet, SheetGrid>();

  constructor(readonly parts: Parts) {
    const wbPart = workbookPart(parts);
    const { sheets, date1904 } = packageSheets(parts);
    this.sheets = sheets;
    this.date1904 = date1904;
    this.ctx = { strings: sharedStrings(parts, wbPart), dates: dateStyles(parts, wbPart), date1904 };
  }

  sheet(name: string): PackageSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  grid(sheet: PackageSheet): SheetGrid {
    let g = this.grids.get(sheet);
    if (!g) {
      const xml = partText(this.parts, sheet.part);
      g = xml ? sheetGrid(xml, sheet.part, this.ctx) : { values: [], formulas: [] };
      this.grids.set(sheet, g);
    }
    return g;
  }

  /** The sheet whose header row matches best (an upgrade's source). */
  source(): { sheet: PackageSheet; matched: number; rowIndex: number } | undefined {
    let best: { sheet: PackageSheet; matched: number; rowIndex: number } | undefined;
    for (const sheet of this.sheets) {
      const found = findHeaderRow(this.grid(sheet).values);
      if (found && (!best || found.matched > best.matched))
        best = { sheet, matched: found.matched, rowIndex: found.rowIndex };
    }
    return best;
  }

  /** The Dokumentation sheet when it has the current layout (its headers, or the layout recorded on Lister). */
  currentDocumentation(): { sheet: PackageSheet; grid: SheetGrid } | undefined {
    const sheet = this.sheet(SHEET.documentation);
    if (!sheet) return undefined;
    const grid = this.grid(sheet);
    const lister = this.sheet(SHEET.lists);
    const recorded = lister ? gridAt(this.grid(lister), `${LAYOUT_CELL}:${LAYOUT_CELL}`)[0]?.[0] : null;
    const required = COLUMNS.map((c) => c.header);
    return isCurrentLayout(grid.values[0] ?? [], recorded, required) ? { sheet, grid } : undefined;
  }
}

/** The cells of an A1 range ("A2:F20") of a grid, row by row; `pick` chooses values or formulas. */
export function gridAt(grid: SheetGrid, range: string, pick: 'values' | 'formulas' = 'values'): unknown[][] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range)!;
  const out: unknown[][] = [];
  for (let r = Number(m[2]) - 1; r <= Number(m[4]) - 1; r++) {
    const row: unknown[] = [];
    for (let c = columnIndex(m[1]!); c <= columnIndex(m[3]!); c++) {
      const formula = pick === 'formulas' ? grid.formulas?.[r]?.[c] : null;
      row.push(formula ? `=${formula}` : (grid.values[r]?.[c] ?? null));
    }
    out.push(row);
  }
  return out;
}
