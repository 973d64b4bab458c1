/** The form parts of a planned sheet (Workshopark) through Office.js, queued without a sync. */
import { toUiFormula } from '../../domain/prioritisationFormulas';
import type { PlannedSheet } from '../reportSheetsPlan';
import { NOTE_FILL, NOTE_ROW_HEIGHT, WORKSHOP_CHOICE_ERROR } from '../workshopPlan';
import { wrapAtTop } from './wrap';

export function queueFormParts(ws: Excel.Worksheet, sheet: PlannedSheet): void {
  for (const c of sheet.formulaCells ?? []) {
    const cell = ws.getRange(c.address);
    cell.formulas = [[`=${toUiFormula(c.formula)}`]];
    if (c.numberFormat) cell.numberFormat = [[c.numberFormat]];
  }
  if (!sheet.form) return;
  const { dropdown, noteCells } = sheet.form;
  if (dropdown) {
    const choice = ws.getRange(dropdown.address);
    choice.dataValidation.rule = { list: { inCellDropDown: true, source: `=${dropdown.source}` } };
    choice.dataValidation.errorAlert = {
      showAlert: true,
      style: 'Warning' as Excel.DataValidationAlertStyle,
      title: 'Ukendt sagsområde',
      message: WORKSHOP_CHOICE_ERROR,
    };
  }
  // Question, answer and notes wrap inside rows tall enough for them; the other rows stay one line. The note boxes
  // have the light fill the file's have, so they show on paper.
  for (const address of noteCells) {
    const row = ws.getRange(address.replace(/^[A-Z]+(\d+)$/, 'A$1:C$1'));
    row.format.rowHeight = NOTE_ROW_HEIGHT;
    wrapAtTop(row);
    ws.getRange(address).format.fill.color = `#${NOTE_FILL}`;
  }
}
