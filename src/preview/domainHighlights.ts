/**
 * The cells our conditional formats mark, as Excel would show them. Like domainCalculation.ts, the fake computes our
 * formulas with the domain's own functions (highlights.lo.test.ts shows LibreOffice agrees with validateCell).
 */
import { keysOfHeaders } from '../domain/check';
import { column, type CellValue } from '../domain/schema';
import { SHEET, TABLE_NAME } from '../domain/sheetLayout';
import { validateCell } from '../domain/validation';
import { LISTER_LISTS, listsOf } from '../workbook/readSheet';
import { grid, parseRect, readValue, tableHeaders, type WorkbookModel } from '../excelStandIn';

/** "row:column" (0-based) of every marked cell on `sheet`. */
export function highlightedCells(model: WorkbookModel, sheet: string): Set<string> {
  const marked = new Set<string>();
  const table = model.table(TABLE_NAME);
  if (!table || table.sheet.name !== sheet) return marked;
  const lister = model.sheet(SHEET.lists);
  const lists = listsOf(lister ? grid({ sheet: lister, rect: parseRect(LISTER_LISTS)! }, readValue) : null);
  const keys = keysOfHeaders(tableHeaders(table));
  for (const format of table.sheet.conditionalFormats) {
    for (let c = format.rect.c0; c <= format.rect.c1; c++) {
      const key = keys[c - table.rect.c0];
      if (!key) continue;
      for (let r = Math.max(format.rect.r0, table.rect.r0 + 1); r <= Math.min(format.rect.r1, table.rect.r1); r++) {
        const value = readValue(table.sheet.cell(r, c));
        if (validateCell(column(key), (value === '' ? null : value) as CellValue, lists)) marked.add(`${r}:${c}`);
      }
    }
  }
  return marked;
}
