/**
 * «Workshopark for rækken»: the handout's dropdown cell set to the row's sagsområde, and the sheet brought forward.
 * «Workshopark til udskrift»: the handouts of a whole fagområde from the same plan as `dokark workshop`.
 */
import { cellA1 } from '../../domain/a1';
import { column } from '../../domain/schema';
import { TABLE_NAME } from '../../domain/sheetLayout';
import { UserError } from '../errors';
import type { HandoutsResult } from '../types';
import {
  HANDOUTS_SCALE,
  HANDOUTS_SHEET,
  WORKSHOP_CHOICE,
  WORKSHOP_SHEET,
  handoutCaseAreas,
  handoutsPrintSetup,
  noHandoutsMessage,
  planWorkshopHandouts,
} from '../workshopPlan';
import { toCellInput } from './cellInput';
import { queuePrintSetup } from './printSetup';
import { SyncBudget } from './syncBudget';
import { queueReportSheet, queueRowBreaks } from './writeReportSheets';

/** Below ExcelApi 1.9 the handouts are written, but Excel's own page setup must put a form on each page. */
export const HANDOUTS_FALLBACK = `Denne udgave af Excel kan ikke sætte sideskift. Vælg på arket ${HANDOUTS_SHEET} Sidelayout → Skalering ${HANDOUTS_SCALE} %, og sæt et sideskift over hver titel «Workshopark: To-be for ét sagsområde» (Sidelayout → Sideskift), før du udskriver.`;

/** Two syncs whatever the table's size: is the sheet there, then write one cell and activate. */
export async function openWorkshopSheet(context: Excel.RequestContext, caseArea: string): Promise<void> {
  const ws = context.workbook.worksheets.getItemOrNullObject(WORKSHOP_SHEET).load('name');
  await context.sync();
  if (ws.isNullObject)
    throw new UserError(
      `Projektmappen har ikke arket «${WORKSHOP_SHEET}» endnu. Det kommer med, når et dokumentationsark oprettes eller opgraderes med denne udgave.`,
    );
  // The user's text, written as text (a sagsområde starting with "=" stays text).
  ws.getRange(cellA1(WORKSHOP_CHOICE)).values = [[toCellInput(caseArea)]];
  ws.activate();
  await context.sync();
}

/**
 * Reads the table's Fagområde and Sagsområde columns, then writes the sheet anew (it is the add-in's own: drawn again
 * when it is there) with a manual page break above each form but the first and the handouts' page setup
 * (ExcelApi 1.9), and shows it. Two syncs at any number of rows and handouts (more only past the request budget).
 */
export async function writeWorkshopHandouts(
  context: Excel.RequestContext,
  businessArea: string,
  pageLayout: boolean,
): Promise<HandoutsResult> {
  const table = context.workbook.tables.getItem(TABLE_NAME);
  const valuesOf = (header: string) => table.columns.getItem(header).getDataBodyRange().load('values');
  const areas = valuesOf(column('businessArea').header);
  const caseAreas = valuesOf(column('caseArea').header);
  const old = context.workbook.worksheets.getItemOrNullObject(HANDOUTS_SHEET).load('name');
  await context.sync();
  const chosen = handoutCaseAreas(
    areas.values.map((r, i) => [r[0], caseAreas.values[i]?.[0]] as const),
    businessArea,
  );
  if (chosen.caseAreas.length === 0) throw new UserError(noHandoutsMessage(businessArea));
  const plan = planWorkshopHandouts(chosen.businessArea, chosen.caseAreas);
  if (!old.isNullObject) old.delete();
  const ws = context.workbook.worksheets.add(HANDOUTS_SHEET);
  await queueReportSheet(context, plan, ws, new SyncBudget(context));
  if (pageLayout) {
    // The plan names each form's last row (the file's break after it); Excel's break goes above the next form's first.
    queueRowBreaks(ws, { ...plan, rowBreaks: plan.pageBreaks.map((r) => r + 1) });
    queuePrintSetup(ws, handoutsPrintSetup(plan));
  }
  ws.activate();
  await context.sync();
  return { handouts: chosen.caseAreas.length, sheet: HANDOUTS_SHEET, fallbacks: pageLayout ? [] : [HANDOUTS_FALLBACK] };
}
