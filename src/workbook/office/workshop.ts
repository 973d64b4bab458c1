/** «Workshopark for rækken»: the handout's dropdown cell set to the row's sagsområde, and the sheet brought forward. */
import { UserError } from '../errors';
import { WORKSHOP_CHOICE, WORKSHOP_SHEET } from '../workshopPlan';
import { toCellInput } from './cellInput';

/** Two syncs whatever the table's size: is the sheet there, then write one cell and activate. */
export async function openWorkshopSheet(context: Excel.RequestContext, caseArea: string): Promise<void> {
  const ws = context.workbook.worksheets.getItemOrNullObject(WORKSHOP_SHEET).load('name');
  await context.sync();
  if (ws.isNullObject)
    throw new UserError(
      `Projektmappen har ikke arket «${WORKSHOP_SHEET}» endnu. Det kommer med, når et dokumentationsark oprettes eller opgraderes med denne udgave.`,
    );
  // The user's text, written as text (a sagsområde starting with "=" stays text).
  ws.getRange(WORKSHOP_CHOICE).values = [[toCellInput(caseArea)]];
  ws.activate();
  await context.sync();
}
