/** Findings of a file: an upgraded dokumentationsark or a user's own sheet, read as it stands. */
import { findHeaderRow } from '../../domain/headers';
import { column, type CellValue, type ColumnKey, type ComputedKey, type RowValues } from '../../domain/schema';
import { SHEET } from '../../domain/sheetLayout';
import { columnFormulaTest } from '../columnFormulas';
import { computedIndexes } from '../../domain/computedColumns';
import { defaultLists, validateRow, type Severity } from '../../domain/validation';
import { sameDecidedOrder } from '../../domain/check';
import { UserError } from '../errors';
import { uniqueAreas } from '../../domain/areas';
import { readLists } from './fileWorkbook';
import type { PackageBook } from './packageBook';

export interface FileFinding {
  sheet: string;
  row: number;
  column: string;
  value: CellValue;
  message: string;
  severity: Severity;
}

export function checkWorkbook(book: PackageBook): FileFinding[] {
  const candidates = book.sheets
    .map((ws) => {
      const { values, formulas } = book.grid(ws);
      return { ws, grid: values, formulas };
    })
    .map((c) => ({ ...c, found: findHeaderRow(c.grid) }))
    .filter((c) => c.found);
  const preferred =
    candidates.find((c) => c.ws.name === SHEET.documentation) ??
    candidates.sort((a, b) => b.found!.matched - a.found!.matched)[0];
  if (!preferred) {
    throw new UserError(
      'Kan ikke finde overskriftsrækken. Arket skal have en række med overskrifter som «Fagområde», «Sagsområde» og «KLE-nummer».',
    );
  }
  const { ws, grid } = preferred;
  const formulas = ws.name === SHEET.documentation ? preferred.formulas : null;
  const { rowIndex, match } = preferred.found!;
  const listsSheet = book.sheet(SHEET.lists);
  const columns = Object.entries(match.columns) as [ColumnKey, number][];
  const areaCol = match.columns.businessArea;
  const areasInSheet = () => uniqueAreas(areaCol === undefined ? [] : grid.slice(rowIndex + 1).map((r) => r[areaCol]));
  const lists = listsSheet ? readLists(book.grid(listsSheet)) : defaultLists(areasInSheet());
  const headerOf = (key: ColumnKey) => String(grid[rowIndex][match.columns[key]!] ?? column(key).header);
  const findings: FileFinding[] = [];
  const headers = grid[rowIndex].map((h) => String(h ?? ''));
  const holdsColumnFormula = columnFormulaTest(headers);
  // The package gives a formula without its "=".
  const isColumnFormula = (key: ComputedKey, formula: string | null) =>
    formula !== null && holdsColumnFormula(key, `=${formula}`);
  // The computed columns that hold their formula in at least one row (a sheet of our layout, not a user's own).
  const formulaColumns = formulas
    ? [...computedIndexes(headers)].filter(([key, index]) =>
        formulas.slice(rowIndex + 1).some((row) => isColumnFormula(key, row?.[index] ?? null)),
      )
    : [];
  const read: { index: number; excelRow: number; values: RowValues }[] = [];
  grid.slice(rowIndex + 1).forEach((cells, i) => {
    if (!cells || cells.every((v) => v === null || v === '')) return;
    const values: RowValues = {};
    for (const [key, idx] of columns) values[key] = cells[idx] ?? null;
    read.push({ index: i, excelRow: rowIndex + 2 + i, values });
    for (const f of validateRow(values, lists)) {
      // A column the sheet does not have is not reported row by row.
      if (match.columns[f.key] === undefined) continue;
      findings.push({
        sheet: ws.name,
        row: rowIndex + 2 + i,
        column: headerOf(f.key),
        value: f.value,
        message: f.message,
        severity: f.severity,
      });
    }
    for (const [key, index] of formulaColumns) {
      const formula = formulas?.[rowIndex + 1 + i]?.[index] ?? null;
      const problem = formulaProblem(key, cells[index] ?? null, formula, isColumnFormula(key, formula));
      if (problem) findings.push({ sheet: ws.name, row: rowIndex + 2 + i, column: headers[index], ...problem });
    }
  });
  // Across rows: the same decided order twice.
  if (match.columns.decidedOrder !== undefined)
    for (const f of sameDecidedOrder(read))
      findings.push({
        sheet: ws.name,
        row: f.excelRow,
        column: headerOf('decidedOrder'),
        value: f.value,
        message: f.message,
        severity: f.severity,
      });
  return findings.sort((a, b) => a.row - b.row);
}

/** A computed cell that does not hold its column's formula: blank, typed over, or another formula (as the pane's Tjek). */
function formulaProblem(
  key: ComputedKey,
  value: CellValue,
  formula: string | null,
  isColumnFormula: boolean,
): Pick<FileFinding, 'value' | 'message' | 'severity'> | null {
  const header = column(key).header;
  if (formula !== null)
    return isColumnFormula
      ? null
      : { value: `=${formula}`, message: `${header} har en anden formel end kolonnens.`, severity: 'invalid' };
  if (value === null || value === '')
    return { value: null, message: `Formlen i ${header} mangler.`, severity: 'missing' };
  return {
    value,
    message: `${header} beregnes, men cellen har en indtastet værdi i stedet for formlen.`,
    severity: 'invalid',
  };
}
