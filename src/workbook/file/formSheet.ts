/** The form parts of a planned sheet (Workshopark) in ExcelJS: formula cells, the dropdown, boxes for notes. */
import type ExcelJS from 'exceljs';
import type { PlannedSheet } from '../reportSheetsPlan';
import { NOTE_ROW_HEIGHT, WORKSHOP_CHOICE_ERROR } from '../workshopPlan';

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };

export function writeFormParts(ws: ExcelJS.Worksheet, sheet: PlannedSheet): void {
  for (const c of sheet.formulaCells ?? []) {
    ws.getCell(c.address).value = { formula: c.formula } as ExcelJS.CellFormulaValue;
    if (c.numberFormat) ws.getCell(c.address).numFmt = c.numberFormat;
  }
  if (!sheet.form) return;
  const { dropdown, noteCells } = sheet.form;
  if (dropdown) {
    ws.getCell(dropdown.address).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [dropdown.source],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Ukendt sagsområde',
      error: WORKSHOP_CHOICE_ERROR,
    };
    ws.getCell(dropdown.address).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  // Question, answer and notes wrap inside rows tall enough for them; the other rows stay one line.
  for (const address of noteCells) {
    ws.getCell(address).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    const row = ws.getRow(Number(address.replace(/\D/g, '')));
    row.height = NOTE_ROW_HEIGHT;
    row.eachCell({ includeEmpty: true }, (cell) => (cell.alignment = { wrapText: true, vertical: 'top' }));
  }
}
