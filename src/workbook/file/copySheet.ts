/** Copies a worksheet into another workbook: values (formulas as formulas), styles, widths, merges, validation. */
import ExcelJS from 'exceljs';

export function copySheet(source: ExcelJS.Worksheet, target: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = target.addWorksheet(name, { views: source.views });
  source.columns?.forEach((col, i) => {
    if (col.width) ws.getColumn(i + 1).width = col.width;
    if (col.hidden) ws.getColumn(i + 1).hidden = true;
  });
  source.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) ws.getRow(r).height = row.height;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const out = ws.getCell(r, c);
      out.value =
        cell.type === ExcelJS.ValueType.Formula
          ? ({ formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue)
          : (cell.value as ExcelJS.CellValue);
      out.style = JSON.parse(JSON.stringify(cell.style ?? {}));
    });
  });
  const merges = (source.model as unknown as { merges?: string[] }).merges ?? [];
  merges.forEach((m) => ws.mergeCells(m));
  const dv = (source as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations;
  const tdv = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations;
  Object.assign(tdv.model, JSON.parse(JSON.stringify(dv.model)));
  return ws;
}

export { backupName } from './backupName';
