/** A workbook as comparable data: every sheet's cells (type, value, formula, number format) and its rules and tables. */
import ExcelJS from 'exceljs';

export interface SheetCells {
  cells: Record<string, string>;
  validations: number;
  conditionalFormats: number;
  merges: string[];
  tables: string[];
}

export function workbookCells(wb: ExcelJS.Workbook): Record<string, SheetCells> {
  const out: Record<string, SheetCells> = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : null;
        const value = formula === null ? cell.value : null;
        cells[cell.address] = JSON.stringify([cell.type, value, formula, cell.numFmt ?? null]);
      }),
    );
    const model = ws.model as unknown as { merges?: string[] };
    const dv = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    out[ws.name] = {
      cells,
      validations: Object.keys(dv).length,
      conditionalFormats: (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings?.length ?? 0,
      merges: [...(model.merges ?? [])].sort(),
      tables: ws.getTables().map((t) => (t as unknown as { name: string }).name),
    };
  }
  return out;
}
