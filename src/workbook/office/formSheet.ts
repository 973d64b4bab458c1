/** The form parts of a planned sheet (Workshopark) through Office.js, queued without a sync. */
import { parseCell } from '../../domain/a1';
import { toApiForm } from '../../domain/formulaDialect';
import type { PlannedSheet } from '../reportSheetsPlan';
import { NOTE_FILL, NOTE_ROW_HEIGHT, WORKSHOP_CHOICE_ERROR } from '../workshopPlan';
import { wrapAtTop } from './wrap';

export function queueFormParts(ws: Excel.Worksheet, sheet: PlannedSheet): void {
  for (const c of sheet.formulaCells ?? []) {
    const cell = ws.getRange(c.address);
    cell.formulas = [[`=${toApiForm(c.formula)}`]];
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
    const n = parseCell(address)!.row + 1;
    const line = ws.getRange(`A${n}:C${n}`);
    line.format.rowHeight = NOTE_ROW_HEIGHT;
    wrapAtTop(line);
    ws.getRange(address).format.fill.color = `#${NOTE_FILL}`;
  }
}
