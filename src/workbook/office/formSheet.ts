/** The form parts of a planned sheet (Workshopark) through Office.js, queued without a sync. */
import { cellA1 } from '../../domain/a1';
import { toApiForm } from '../../domain/formulaDialect';
import type { PlannedSheet } from '../reportSheetsPlan';
import { WORKSHOP_CHOICE_ERROR } from '../workshopPlan';

export function queueFormParts(ws: Excel.Worksheet, sheet: PlannedSheet): void {
  for (const c of sheet.formulaCells ?? []) {
    const cell = ws.getRange(cellA1(c));
    cell.formulas = [[`=${toApiForm(c.formula)}`]];
    if (c.numberFormat) cell.numberFormat = [[c.numberFormat]];
  }
  if (!sheet.form) return;
  const { dropdown } = sheet.form;
  if (dropdown) {
    const choice = ws.getRange(cellA1(dropdown));
    choice.dataValidation.rule = { list: { inCellDropDown: true, source: `=${dropdown.source}` } };
    choice.dataValidation.errorAlert = {
      showAlert: true,
      style: 'Warning' as Excel.DataValidationAlertStyle,
      title: 'Ukendt sagsområde',
      message: WORKSHOP_CHOICE_ERROR,
    };
  }
}
