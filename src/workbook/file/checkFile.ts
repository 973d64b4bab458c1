/** Findings of a file: an upgraded dokumentationsark or a user's own sheet, read as it stands. */
import type ExcelJS from 'exceljs';
import { findHeaderRow } from '../../domain/headers';
import { column, type CellValue, type ColumnKey, type RowValues } from '../../domain/schema';
import { SHEET } from '../../domain/sheetLayout';
import { defaultLists, validateRow } from '../../domain/validation';
import { UserError } from '../errors';
import { uniqueAreas } from '../../domain/areas';
import { gridOf } from './cells';
import { readLists } from './fileWorkbook';

export interface FileFinding {
  sheet: string;
  row: number;
  column: string;
  value: CellValue;
  message: string;
  severity: 'invalid' | 'missing';
}

export function checkWorkbook(wb: ExcelJS.Workbook): FileFinding[] {
  const candidates = wb.worksheets
    .map((ws) => ({ ws, grid: gridOf(ws).values }))
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
  const { rowIndex, match } = preferred.found!;
  const listsSheet = wb.getWorksheet(SHEET.lists);
  const columns = Object.entries(match.columns) as [ColumnKey, number][];
  const areaCol = match.columns.businessArea;
  const areasInSheet = () => uniqueAreas(areaCol === undefined ? [] : grid.slice(rowIndex + 1).map((r) => r[areaCol]));
  const lists = listsSheet ? readLists(listsSheet) : defaultLists(areasInSheet());
  const headerOf = (key: ColumnKey) => String(grid[rowIndex][match.columns[key]!] ?? column(key).header);
  const findings: FileFinding[] = [];
  grid.slice(rowIndex + 1).forEach((cells, i) => {
    if (!cells || cells.every((v) => v === null || v === '')) return;
    const values: RowValues = {};
    for (const [key, idx] of columns) values[key] = cells[idx] ?? null;
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
  });
  return findings;
}
