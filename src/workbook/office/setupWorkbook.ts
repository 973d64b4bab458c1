/**
 * «Opret» and «Opgrader» over Office.js. Only these two write the whole plan, so the pane fetches this code (and the
 * plan's) when the user chooses one of them, not with its first load.
 */
import { SHEET, TABLE_NAME } from '../../domain/sheetLayout';
import { planUpgrade } from '../../domain/upgrade';
import { CREATED_MESSAGE, SHEETS_MADE, planUpgradedWorkbook, planWorkbook, upgradeSummary } from '../plan';
import { InterruptedError, UserError } from '../errors';
import type { SetupSummary, UpgradeSummary } from '../types';
import { backupSheetName, backupTableName, findSource, inspectWorkbook, readGrid, type WorkbookState } from './inspect';
import { SyncBudget } from './syncBudget';
import { queuePlan, type PlanSheets } from './writePlan';
import type { ViewWriteOptions } from './writeReportSheets';
import { REPORT_SHEET, REPORT_TABLE } from '../reportSheetsPlan';
import { WORKSHOP_SHEET } from '../workshopPlan';
import { rollBack } from './rollback';

/** Our sheets: an upgrade sets aside sheets with these names, and Opret refuses to write over them. */
const OUR_SHEETS = SHEETS_MADE;
const VIEW_TABLES: string[] = Object.values(REPORT_TABLE);
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** What a setup or upgrade did, and the table's headers as written (where the computed columns are probed next). */
export interface Written<S> {
  summary: S;
  headers?: string[];
}

export async function setupWorkbook(
  context: Excel.RequestContext,
  options: ViewWriteOptions,
): Promise<Written<SetupSummary>> {
  const state = await inspectWorkbook(context);
  if (state.ready)
    return {
      summary: {
        created: false,
        rows: state.table!.dataRows,
        message: 'Dokumentationsarket findes allerede. Intet er ændret.',
      },
    };
  const clash = state.sheets.find((s) => s.used && OUR_SHEETS.some((n) => same(n, s.name)));
  if (clash)
    throw new UserError(
      `Projektmappen har allerede et ark ved navn «${clash.name}». Omdøb eller flyt arket, og vælg «Opret» igen.`,
    );
  if (state.table)
    throw new UserError(
      `Projektmappen har allerede en tabel ved navn «${TABLE_NAME}». Giv den et andet navn (Tabeldesign → Tabelnavn), og vælg «Opret» igen.`,
    );
  const budget = new SyncBudget(context);
  const sheets = queueSheets(context, state.sheets, true);
  const plan = planWorkbook();
  await orRollBack(context, state, { operation: 'setup' }, async () => {
    await queuePlan(context, plan, sheets, budget, options);
    await context.sync();
  });
  return {
    summary: { created: true, rows: 0, message: CREATED_MESSAGE },
    headers: plan.table.columns.map((c) => c.header),
  };
}

/** Our three sheets: an empty sheet with our name is used as it is; in setup, a workbook's only, empty sheet becomes Dokumentation. */
function queueSheets(context: Excel.RequestContext, current: WorkbookState['sheets'], reuseLone: boolean): PlanSheets {
  const sheets = context.workbook.worksheets;
  const only = current.length === 1 ? current[0] : null;
  const lone = reuseLone && only && !only.used && !OUR_SHEETS.some((n) => same(n, only.name)) ? only : null;
  const get = (name: string): Excel.Worksheet => {
    const existing = current.find((s) => same(s.name, name));
    if (existing) return sheets.getItem(existing.name);
    if (lone && name === SHEET.documentation) {
      const ws = sheets.getItem(lone.name);
      ws.name = name;
      return ws;
    }
    return sheets.add(name);
  };
  // Created in the order the file adapter writes them: Dokumentation, Lister, Overblik, Beslutningsgrundlag, Vejledning.
  const documentation = get(SHEET.documentation);
  const lists = get(SHEET.lists);
  const reportSheets = [get(REPORT_SHEET.overview), get(REPORT_SHEET.decision), get(WORKSHOP_SHEET)];
  return { documentation, lists, reportSheets, guide: get(SHEET.guide) };
}

export async function upgradeWorkbook(
  context: Excel.RequestContext,
  options: ViewWriteOptions,
): Promise<Written<UpgradeSummary>> {
  const state = await inspectWorkbook(context, { scan: true });
  if (state.ready) throw new UserError('Dokumentationsarket er allerede i den nye udgave. Der er intet at opgradere.');
  const source = findSource(state);
  if (!source) {
    throw new UserError(
      'Kan ikke finde overskriftsrækken. Arket skal have en række med overskrifter som «Fagområde», «Sagsområde» og «KLE-nummer».',
    );
  }
  // Our own table of an older layout: the user's formulas in their own columns stay formulas.
  const own = state.table !== null && state.table.sheet === source.sheet;
  const grid = await readGrid(context, source.sheet, source.used);
  const plan = planUpgrade(grid, state.listedAreas, { keepFormulas: own });
  const workbookPlan = planUpgradedWorkbook(plan);
  const budget = new SyncBudget(context);
  // The original is set aside (renamed, untouched) before anything is written.
  const renamed = queueBackups(context, state, source.sheet);
  // Every sheet with our names was renamed, so all three sheets are new.
  const after = state.sheets.map((s) => ({ ...s, name: renamed.get(s.name) ?? s.name }));
  const original = { sheet: source.sheet, backup: renamed.get(source.sheet)! };
  await orRollBack(context, state, { operation: 'upgrade', original }, async () => {
    await queuePlan(context, workbookPlan, queueSheets(context, after, false), budget, options);
    // The original is kept but hidden, so printing the workbook leaves it out (as the file adapter does).
    context.workbook.worksheets.getItem(original.backup).visibility = 'Hidden' as Excel.SheetVisibility;
    await context.sync();
  });
  return {
    summary: { ...upgradeSummary(plan, original.backup), backupHidden: true },
    headers: workbookPlan.table.columns.map((c) => c.header),
  };
}

/** Runs the writes of a setup or upgrade; when Excel fails part-way, puts the workbook back and says whether that worked. */
async function orRollBack(
  context: Excel.RequestContext,
  before: WorkbookState,
  what: Pick<InterruptedError, 'operation' | 'original'>,
  writes: () => Promise<void>,
): Promise<void> {
  try {
    await writes();
  } catch (error) {
    const restored = await rollBack(context, before).then(
      () => true,
      () => false,
    );
    throw new InterruptedError(what.operation, error, restored, what.original);
  }
}

function queueBackups(context: Excel.RequestContext, state: WorkbookState, source: string): Map<string, string> {
  const tableNames = [...state.tableNames];
  const setAside = (name: string) => {
    const to = backupTableName(tableNames, name);
    context.workbook.tables.getItem(name).name = to;
    tableNames.push(to);
  };
  if (state.table) setAside(TABLE_NAME);
  // Overview tables from an earlier set-up keep their data under a new name, so ours can take theirs.
  for (const name of state.tableNames) if (VIEW_TABLES.some((v) => same(v, name))) setAside(name);
  const taken = new Set(state.sheets.map((s) => s.name.toLowerCase()));
  const renamed = new Map<string, string>();
  const rename = (from: string, to: string) => {
    context.workbook.worksheets.getItem(from).name = to;
    taken.delete(from.toLowerCase());
    taken.add(to.toLowerCase());
    renamed.set(from, to);
  };
  rename(source, taken.has(SHEET.backup.toLowerCase()) ? backupSheetName(SHEET.documentation, taken) : SHEET.backup);
  for (const s of state.sheets) {
    if (s.name !== source && OUR_SHEETS.some((n) => same(n, s.name))) rename(s.name, backupSheetName(s.name, taken));
  }
  return renamed;
}
