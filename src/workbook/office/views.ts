/**
 * The Visninger operations over Office.js: filters, the priority sort and back, column presets, «Opdater» and PivotTables.
 * Each reads what it needs in one sync, queues its writes, and syncs once more: syncs do not grow with rows.
 * None writes a value of the Dokumentation table, except the row-key column the first time rows are numbered.
 */
import { uniqueAreas } from '../../domain/areas';
import { COLUMNS, TYPED_FALLBACK, column, type ColumnKey, type FormulaKey } from '../../domain/schema';
import { LIST_FIRST_ROW, LIST_LAST_ROW, SHEET, TABLE_NAME, listColumn } from '../../domain/sheetLayout';
import { FILTERABLE, visibleKeys, type Preset, type ViewFilter } from '../../domain/views';
import { UserError } from '../errors';
import type { ViewResult, ViewSupport } from '../types';
import { DECISION_LIST_ROW, REPORT_SHEET, REPORT_TABLE, decisionCapacity, planReportSheets } from '../reportSheetsPlan';
import { SyncBudget } from './syncBudget';
import { queueReportSheet, queueRowBreaks } from './writeReportSheets';
import { queuePrintRead, queuePrintRefresh } from './printSetup';

/** The stable row key the sort back needs, named so a user sees what it is; added at the end, never moved or deleted. */
export const ROW_KEY_HEADER = 'Oprindelig rækkefølge';
/** Its earlier name: a table that has the column under it keeps using it (its numbers are the sheet's order). */
export const ROW_KEY_OLD_HEADERS = ['Nr.'];
export const PIVOT_SHEET = 'Pivot';
export const PIVOT = { scenario: 'PivotScenarie', decided: 'PivotBesluttet', critical: 'PivotKritisk' } as const;

const header = (key: ColumnKey) => column(key).header;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** What fell back on this Excel and what to do instead, in the user's words (no API names or versions). */
export const FALLBACK = {
  pivotFilters:
    'Denne udgave af Excel kan ikke overføre rudens filter til pivottabellerne. Vælg i stedet i pivottabellernes egne filterfelter (Fagområde, Løsningsscenarie, Forretningskritisk) på arket Pivot.',
  slicers:
    'Denne udgave af Excel kan ikke lave udsnitsværktøjer. Brug i stedet pivottabellernes filterfelter på arket Pivot.',
  pageLayout:
    'Denne udgave af Excel kan ikke sætte udskriften op. Vælg i stedet Sidelayout → Retning: Liggende og Tilpas: 1 side bred, før du udskriver Overblik og Beslutningsgrundlag.',
};

/** After a filter or a sort the user sees the rows it touched (the pane may be used from another sheet). */
function showDocumentation(context: Excel.RequestContext): void {
  context.workbook.worksheets.getItem(SHEET.documentation).activate();
}

function tableHeaders(values: unknown[][]): string[] {
  return values[0].map((h) => String(h ?? ''));
}

function indexOf(headers: string[], name: string): number {
  const i = headers.findIndex((h) => same(h, name));
  if (i < 0)
    throw new UserError(`Tabellen «${TABLE_NAME}» har ingen kolonne «${name}». Opgrader arket under «Kom i gang».`);
  return i;
}

/** The filter's non-empty entries in the order of FILTERABLE, with their headers. */
function entries(filter: ViewFilter): { key: ColumnKey; header: string; values: string[] }[] {
  return FILTERABLE.filter((f) => (filter[f.key]?.length ?? 0) > 0).map((f) => ({
    key: f.key,
    header: header(f.key),
    values: [...new Set(filter[f.key]!)],
  }));
}

const filterMessage = (n: number) =>
  n === 0
    ? 'Alle rækker vises.'
    : `Filteret er sat på ${n} ${n === 1 ? 'kolonne' : 'kolonner'}. Excels filterknapper viser det.`;

export async function applyFilter(
  context: Excel.RequestContext,
  filter: ViewFilter,
  support: ViewSupport,
): Promise<ViewResult> {
  const table = context.workbook.tables.getItem(TABLE_NAME);
  const head = table.getHeaderRowRange().load('values');
  await context.sync();
  const headers = tableHeaders(head.values);
  const wanted = entries(filter).map((e) => ({ ...e, index: indexOf(headers, e.header) }));
  if (support.autoFilter) {
    // ExcelApi 1.9: the table's own AutoFilter; each apply adds a column, so the columns combine (AND).
    table.autoFilter.clearCriteria();
    // '' in the list is Excel's (Blanks) item: a values filter takes it as an empty string.
    for (const e of wanted)
      table.autoFilter.apply(table.getRange(), e.index, { filterOn: 'Values' as Excel.FilterOn, values: e.values });
  } else {
    // ExcelApi 1.2: the same filter buttons, set column by column.
    table.clearFilters();
    for (const e of wanted) table.columns.getItem(e.header).filter.applyValuesFilter(e.values);
  }
  showDocumentation(context);
  await context.sync();
  // Below 1.9 the same filter buttons get the same criteria: nothing for the user to do differently.
  return { message: filterMessage(wanted.length), fallbacks: [] };
}

export async function clearFilters(context: Excel.RequestContext, support: ViewSupport): Promise<ViewResult> {
  const table = context.workbook.tables.getItem(TABLE_NAME);
  if (support.autoFilter) table.autoFilter.clearCriteria();
  else table.clearFilters();
  await context.sync();
  return {
    message: 'Filtrene er ryddet. Alle rækker vises.',
    fallbacks: [],
  };
}

/** One sync: the criteria of each filterable column (TableColumn.filter, ExcelApi 1.2, sees the AutoFilter's too). */
export async function currentFilter(context: Excel.RequestContext): Promise<ViewFilter> {
  const table = context.workbook.tables.getItem(TABLE_NAME);
  const filters = FILTERABLE.map((f) => ({
    key: f.key,
    filter: table.columns.getItem(header(f.key)).filter.load('criteria'),
  }));
  await context.sync();
  const out: ViewFilter = {};
  for (const { key, filter } of filters) {
    const kept = keptFilter(filter.criteria);
    if (kept && kept !== 'lost') out[key] = kept.values;
  }
  return out;
}

/** A column's filter as Excel reports it: every property present, null where unset (office-js #1226). */
type Criteria = Excel.FilterCriteria | null | undefined;
const set = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined && (v as unknown) !== '';

/** "=Borgerservice" (or "=" for blanks) without wildcards: an equality a values filter can say too. */
const equalsText = (c: string | null | undefined): string | null =>
  typeof c === 'string' && c.startsWith('=') && !/[*?~]/.test(c) ? c.slice(1) : null;

/**
 * What the sort must do with one column's filter: nothing (no filter), put it back as a values filter built here from
 * its texts (Excel refuses its own criteria objects back), or tell the user it was cleared (custom, dynamic, colour, icon
 * and top/bottom filters cannot be rebuilt reliably).
 */
export function keptFilter(c: Criteria): { values: string[] } | 'lost' | null {
  if (!c) return null;
  if (c.filterOn === 'Values') {
    if (!Array.isArray(c.values) || c.values.length === 0) return null;
    return c.values.every((v) => typeof v === 'string') ? { values: [...(c.values as string[])] } : 'lost';
  }
  if (c.filterOn === 'Custom' || !set(c.filterOn)) {
    if (!set(c.criterion1)) return null;
    const first = equalsText(c.criterion1);
    const second = set(c.criterion2) ? equalsText(c.criterion2) : undefined;
    if (first !== null && second === undefined) return { values: [first] };
    if (first !== null && second !== null && second !== undefined && c.operator === 'Or')
      return { values: [first, second] };
    return 'lost';
  }
  if (c.filterOn === 'Dynamic') return set(c.dynamicCriteria) && c.dynamicCriteria !== 'Unknown' ? 'lost' : null;
  if (c.filterOn === 'CellColor' || c.filterOn === 'FontColor') return set(c.color) ? 'lost' : null;
  if (c.filterOn === 'Icon') return set(c.icon) ? 'lost' : null;
  return set(c.criterion1) ? 'lost' : null; // top/bottom items and percents
}

interface RowKey {
  headers: string[];
  keyIndex: number;
  /** The column's header as the table has it (ROW_KEY_HEADER, or an earlier name). */
  name: string;
  numbered: number;
  /** The table's values filters by column index, to be put back after the sort. */
  kept: { index: number; values: string[] }[];
  /** Headers of the columns whose filter the sort clears and cannot put back. */
  lost: string[];
}

/**
 * Makes sure every row has a number in Nr.: the column is added at the end when missing, rows that have a number keep it,
 * rows without one get max+1, … in their current order. Only that column is written, and only when something changes.
 * Reads the table's filters in the same syncs. Two syncs; the caller queues the sort and syncs.
 */
async function ensureRowKey(context: Excel.RequestContext, table: Excel.Table, support: ViewSupport): Promise<RowKey> {
  const head = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('rowCount');
  const autoFilter = support.autoFilter ? table.autoFilter.load('criteria') : null;
  await context.sync();
  const headers = tableHeaders(head.values);
  let keyIndex =
    [ROW_KEY_HEADER, ...ROW_KEY_OLD_HEADERS]
      .map((name) => headers.findIndex((h) => same(h, name)))
      .find((i) => i >= 0) ?? -1;
  const name = keyIndex >= 0 ? headers[keyIndex] : ROW_KEY_HEADER;
  const col = keyIndex >= 0 ? table.columns.getItemAt(keyIndex).getDataBodyRange().load('values') : null;
  // Below ExcelApi 1.9 the filters are read column by column (TableColumn.filter, 1.2).
  const columnFilters = autoFilter ? null : headers.map((_, i) => table.columns.getItemAt(i).filter.load('criteria'));
  if (col || columnFilters) await context.sync();
  const criteria: Criteria[] = autoFilter ? autoFilter.criteria : columnFilters!.map((f) => f.criteria);
  const found = criteria.map((c, index) => ({ index, kept: keptFilter(c) }));
  const kept = found.flatMap(({ index, kept }) => (kept && kept !== 'lost' ? [{ index, values: kept.values }] : []));
  const lost = found.flatMap(({ index, kept }) => (kept === 'lost' ? [headers[index]] : []));
  let current: unknown[] = new Array(body.rowCount).fill('');
  if (col) current = col.values.map((r) => r[0]);
  else {
    table.columns.add(undefined, undefined, ROW_KEY_HEADER);
    keyIndex = headers.length;
  }
  const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  let next = Math.max(0, ...current.filter(isNumber)) + 1;
  let numbered = 0;
  const values = current.map((v) => {
    if (isNumber(v)) return [v];
    numbered++;
    return [next++];
  });
  if (numbered > 0) table.columns.getItem(name).getDataBodyRange().values = values;
  return {
    headers: [...headers.slice(0, keyIndex), name, ...headers.slice(keyIndex + 1)],
    keyIndex,
    name,
    numbered,
    kept,
    lost,
  };
}

/**
 * Excel sorts only the rows a filter shows; hidden rows stay where they are. So a filter is cleared, every row sorted,
 * and the same filter put back, in one batch.
 */
function sortAllRows(table: Excel.Table, fields: Excel.SortField[], key: RowKey, support: ViewSupport): string[] {
  if (key.kept.length === 0 && key.lost.length === 0) {
    table.sort.apply(fields);
    return [];
  }
  if (support.autoFilter) table.autoFilter.clearCriteria();
  else table.clearFilters();
  table.sort.apply(fields);
  for (const { index, values } of key.kept) {
    const criteria = { filterOn: 'Values' as Excel.FilterOn, values };
    if (support.autoFilter) table.autoFilter.apply(table.getRange(), index, criteria);
    else table.columns.getItemAt(index).filter.apply(criteria);
  }
  return key.lost.length === 0 ? [] : [lostFilterNote(key.lost)];
}

/** Beside the button: which filters the sort had to clear, and how to set them again. */
export function lostFilterNote(headers: string[]): string {
  const names = headers.map((h) => `«${h}»`).join(headers.length === 2 ? ' og ' : ', ');
  return `Sorteringen ryddede filteret på ${names}: det er et brugerdefineret filter (fx farve, dato eller «større end»), som tilføjelsesprogrammet ikke kan sætte igen. Sæt det igen med filterknappen i kolonnens overskrift.`;
}

const numberedNote = (key: RowKey) =>
  key.numbered > 0
    ? ` ${key.numbered} ${key.numbered === 1 ? 'række' : 'rækker'} fik et nummer i kolonnen «${key.name}» sidst i tabellen, så arkets rækkefølge kan findes igen.`
    : '';

export async function sortByPriority(context: Excel.RequestContext, support: ViewSupport): Promise<ViewResult> {
  const table = context.workbook.tables.getItem(TABLE_NAME);
  const key = await ensureRowKey(context, table, support);
  const priority = indexOf(key.headers, header('priority'));
  // Prioritet, then the row key: rows without a priority keep the sheet's order at the end.
  showDocumentation(context);
  const fallbacks = sortAllRows(
    table,
    [
      { key: priority, ascending: true },
      { key: key.keyIndex, ascending: true },
    ],
    key,
    support,
  );
  await context.sync();
  return {
    message: `Rækkerne er sorteret efter prioritet (rækker uden prioritet sidst).${numberedNote(key)}`,
    fallbacks,
  };
}

export async function restoreSheetOrder(context: Excel.RequestContext, support: ViewSupport): Promise<ViewResult> {
  const table = context.workbook.tables.getItem(TABLE_NAME);
  const key = await ensureRowKey(context, table, support);
  showDocumentation(context);
  const fallbacks = sortAllRows(table, [{ key: key.keyIndex, ascending: true }], key, support);
  await context.sync();
  return {
    message: `Rækkerne står i arkets rækkefølge igen (efter kolonnen «${key.name}»).${numberedNote(key)}`,
    fallbacks,
  };
}

const TYPED_OF = new Map<string, FormulaKey>(
  Object.entries(TYPED_FALLBACK).map(([k, h]) => [h.toLowerCase(), k as FormulaKey]),
);

/** Hides the schema columns the phase does not use; typed columns follow their formula column; Nr. and the user's own columns stay visible. */
export async function applyPreset(context: Excel.RequestContext, preset: Preset): Promise<ViewResult> {
  const table = context.workbook.tables.getItem(TABLE_NAME);
  const head = table.getHeaderRowRange().load('values');
  await context.sync();
  const headers = tableHeaders(head.values);
  const shown = new Set<string>(visibleKeys(preset));
  let hidden = 0;
  headers.forEach((h, i) => {
    const schema = COLUMNS.find((c) => same(c.header, h));
    const typedOf = TYPED_OF.get(h.toLowerCase());
    const key = schema?.key ?? typedOf;
    const hide = key !== undefined && !shown.has(key);
    if (hide) hidden++;
    table.columns.getItemAt(i).getRange().columnHidden = hide;
  });
  await context.sync();
  return {
    message: hidden
      ? `${hidden} kolonner er skjult. Intet er slettet; «Alle kolonner» viser dem igen.`
      : 'Alle kolonner vises.',
    fallbacks: [],
  };
}

/** «Opdater»: rows in Overblik for every fagområde (Lister ∪ the sheet), room in Beslutningsgrundlag, PivotTables refreshed. */
export async function refreshViews(context: Excel.RequestContext, support: ViewSupport): Promise<ViewResult> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name');
  const tables = wb.tables.load('items/name');
  const pivots = wb.pivotTables.load('items/name');
  const areaCol = listColumn('businessAreas').column;
  const table = wb.tables.getItem(TABLE_NAME);
  const areaValues = table.columns.getItem(header('businessArea')).getDataBodyRange().load('values');
  const body = table.getDataBodyRange().load('rowCount');
  // The print areas follow the rows in use (printSetup.ts), read with the rest.
  const print = support.pageLayout ? queuePrintRead(context) : null;
  await context.sync();
  const hasSheet = (n: string) => sheets.items.some((s) => same(s.name, n));
  const listed = hasSheet(SHEET.lists)
    ? wb.worksheets
        .getItem(SHEET.lists)
        .getRange(`${areaCol}${LIST_FIRST_ROW}:${areaCol}${LIST_LAST_ROW}`)
        .load('values')
    : null;
  const hasScenario = tables.items.some((t) => same(t.name, REPORT_TABLE.scenario));
  const shownAreas = hasScenario
    ? wb.tables.getItem(REPORT_TABLE.scenario).columns.getItemAt(0).getDataBodyRange().load('values')
    : null;
  // Overblik's charts are drawn again with its tables (their ranges follow the fagområder).
  const oldCharts = hasSheet(REPORT_SHEET.overview)
    ? wb.worksheets.getItem(REPORT_SHEET.overview).charts.load('items/name')
    : null;
  const decisionUsed = hasSheet(REPORT_SHEET.decision)
    ? wb.worksheets.getItem(REPORT_SHEET.decision).getUsedRangeOrNullObject(true).load('rowCount')
    : null;
  await context.sync();
  const text = (v: unknown) => String(v ?? '').trim();
  const areas = uniqueAreas(
    (listed?.values ?? []).map((r) => r[0]),
    areaValues.values.map((r) => r[0]),
  );
  const current = (shownAreas?.values ?? []).map((r) => text(r[0])).filter((a) => a && a !== 'I alt');
  const changedAreas = !hasScenario || current.length !== areas.length || current.some((a, i) => !same(a, areas[i]));
  const capacity = decisionCapacity(body.rowCount);
  const decisionRows = decisionUsed && !decisionUsed.isNullObject ? decisionUsed.rowCount - DECISION_LIST_ROW : 0;
  const [overview, decision] = planReportSheets(areas, body.rowCount);
  const budget = new SyncBudget(context);
  const done: string[] = [];
  if (changedAreas) {
    const ws = hasSheet(REPORT_SHEET.overview)
      ? wb.worksheets.getItem(REPORT_SHEET.overview)
      : wb.worksheets.add(REPORT_SHEET.overview);
    for (const name of Object.values(REPORT_TABLE))
      if (tables.items.some((t) => same(t.name, name))) wb.tables.getItem(name).delete();
    // Overblik is the add-in's own sheet: it is drawn again from the plan.
    oldCharts?.items.forEach((c) => c.delete());
    ws.getRange().clear();
    await queueReportSheet(context, overview, ws, budget);
    // The page break above the charts moves with them (ExcelApi 1.9, as the print setup).
    if (support.pageLayout) queueRowBreaks(ws, overview);
    done.push(`Overblik viser nu ${areas.length} ${areas.length === 1 ? 'fagområde' : 'fagområder'}`);
  }
  if (decisionRows < Math.min(capacity, body.rowCount)) {
    const ws = hasSheet(REPORT_SHEET.decision)
      ? wb.worksheets.getItem(REPORT_SHEET.decision)
      : wb.worksheets.add(REPORT_SHEET.decision);
    await queueReportSheet(context, decision, ws, budget);
    done.push(`Beslutningsgrundlag har plads til ${capacity} rækker`);
  }
  if (pivots.items.length > 0) {
    // A PivotTable from before that shares a sheet gets one of its own first, or the refresh could overlap.
    const names = new Set(pivots.items.map((p) => p.name.toLowerCase()));
    if (await movedLegacyPivot(context, names)) {
      const spec = PIVOTS.find((p) => p.name === PIVOT.critical)!;
      queueNewPivot(context, pivotSheets(context, sheets.items)(spec), spec);
    }
    wb.pivotTables.refreshAll();
    done.push('pivottabellerne er opdateret');
  }
  // Every sheet's page setup again, the print areas sized to the rows in use (both report sheets exist by now).
  if (print) {
    // Lister's fagområder down to the last one (a list has no gaps; one left is counted as a line).
    const column = (listed?.values ?? []).map((r) => text(r[0]));
    const last = column.reduce((n, v, i) => (v ? i + 1 : n), 0);
    queuePrintRefresh(context, print, 'all', [REPORT_SHEET.overview, REPORT_SHEET.decision], column.slice(0, last));
  }
  await context.sync();
  const message = done.length
    ? `${done.join(', ')}.`.replace(/^./, (c) => c.toUpperCase())
    : 'Visningerne var allerede opdaterede.';
  return { message, fallbacks: support.pageLayout || !changedAreas ? [] : [FALLBACK.pageLayout] };
}

interface PivotSpec {
  name: string;
  sheet: keyof typeof PIVOT_SHEETS;
  /** Its column on the sheet, and what the line above its filters says it counts. */
  column: string;
  label: string;
  rows: ColumnKey[];
  columns: ColumnKey[];
  filters: ColumnKey[];
  values: { key: ColumnKey; name: string; summarizeBy: 'Count' | 'Sum' }[];
}

const SCENARIO_VALUES: PivotSpec['values'] = [
  { key: 'caseArea', name: 'Antal sagsområder', summarizeBy: 'Count' },
  { key: 'caseworkerCount', name: 'Sagsbehandlere i alt', summarizeBy: 'Sum' },
  { key: 'manualCaseCount', name: 'Manuelle sager i alt', summarizeBy: 'Sum' },
  { key: 'journalNoteCount', name: 'Journalnotater i alt', summarizeBy: 'Sum' },
];

/**
 * Anbefalet and besluttet side by side on the Pivot sheet (issue 22, item 1): one PivotTable each, the scenario nested
 * under the fagområde on the row axis, so each is as wide as its values whatever the data holds (label + 4 columns,
 * A:E and H:L) and a refresh never makes one run into the other; they grow only downwards.
 */
export const PIVOTS: PivotSpec[] = [
  {
    name: PIVOT.scenario,
    sheet: 'scenario',
    column: 'A',
    label: `Anbefalet: ${header('solutionScenario')} pr. fagområde`,
    rows: ['businessArea', 'solutionScenario'],
    columns: [],
    filters: ['businessCritical', 'usagePattern'],
    values: SCENARIO_VALUES,
  },
  {
    name: PIVOT.decided,
    sheet: 'scenario',
    column: 'H',
    label: `Besluttet: ${header('decidedScenario')} pr. fagområde`,
    rows: ['businessArea', 'decidedScenario'],
    columns: [],
    filters: ['businessCritical', 'usagePattern'],
    values: SCENARIO_VALUES,
  },
  {
    name: PIVOT.critical,
    sheet: 'critical',
    column: 'A',
    label: `${header('businessCritical')} × ${header('cleanupScope')}`,
    rows: ['businessCritical'],
    columns: ['cleanupScope'],
    filters: ['businessArea', 'solutionScenario', 'usagePattern'],
    values: [{ key: 'caseArea', name: 'Antal sagsområder', summarizeBy: 'Count' }],
  },
];
const specOf = (name: string) => PIVOTS.find((p) => p.name === name)!;
/** Each PivotTable as the pane's message names it. */
const PIVOT_NAMES: Record<string, string> = {
  [PIVOT.scenario]: 'anbefalet løsningsscenarie',
  [PIVOT.decided]: 'besluttet løsningsscenarie',
  [PIVOT.critical]: 'forretningskritisk × omfang',
};
/** The slicers made with each PivotTable (ExcelApi 1.10). */
const SLICERS: Record<string, ColumnKey[]> = {
  [PIVOT.scenario]: ['businessArea', 'solutionScenario'],
  [PIVOT.decided]: ['decidedScenario'],
  [PIVOT.critical]: [],
};
/** "a", "a og b", "a, b og c". */
const joinedDanish = (list: readonly string[]) =>
  list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} og ${list[list.length - 1]}`;

/** The hierarchy of a field on this pivot's axes, for PivotFilters. */
function axisOf(spec: PivotSpec, key: ColumnKey): 'rowHierarchies' | 'columnHierarchies' | 'filterHierarchies' | null {
  if (spec.rows.includes(key)) return 'rowHierarchies';
  if (spec.columns.includes(key)) return 'columnHierarchies';
  if (spec.filters.includes(key)) return 'filterHierarchies';
  return null;
}

function queuePivot(context: Excel.RequestContext, ws: Excel.Worksheet, spec: PivotSpec, at: string): Excel.PivotTable {
  const source = context.workbook.tables.getItem(TABLE_NAME);
  const pt = ws.pivotTables.add(spec.name, source, ws.getRange(at));
  const h = (key: ColumnKey) => pt.hierarchies.getItem(header(key));
  for (const k of spec.rows) pt.rowHierarchies.add(h(k));
  for (const k of spec.columns) pt.columnHierarchies.add(h(k));
  for (const k of spec.filters) pt.filterHierarchies.add(h(k));
  for (const v of spec.values) {
    const data = pt.dataHierarchies.add(h(v.key));
    data.summarizeBy = v.summarizeBy as Excel.AggregationFunction;
    data.name = v.name;
  }
  return pt;
}

/**
 * Each PivotTable has a sheet of its own: a PivotTable grows with the fagområder and scenarios, and Excel refuses one
 * that would overlap another on refresh.
 */
export const PIVOT_SHEETS = { scenario: PIVOT_SHEET, critical: `${PIVOT_SHEET} kritisk` } as const;
const PIVOT_TITLE =
  'Pivotvisning over tabellen Dokumentation. Opdateres med «Opdater» i ruden eller Excels «Opdater alle».';

/** The sheet for each PivotTable: the one there, or a new one (queued once). */
function pivotSheets(
  context: Excel.RequestContext,
  existing: { name: string }[],
): (spec: PivotSpec) => Excel.Worksheet {
  const made = new Map<string, Excel.Worksheet>();
  return (spec) => {
    const name = PIVOT_SHEETS[spec.sheet];
    let ws = made.get(name);
    if (!ws) {
      ws = existing.some((s) => same(s.name, name))
        ? context.workbook.worksheets.getItem(name)
        : context.workbook.worksheets.add(name);
      made.set(name, ws);
    }
    return ws;
  };
}

/** The line above a PivotTable's filters that says what it counts (row 2, in its own column). */
function queueLabel(ws: Excel.Worksheet, spec: PivotSpec): void {
  const cell = ws.getRange(`${spec.column}2`);
  cell.values = [[spec.label]];
  cell.format.font.bold = true;
}

/** A new PivotTable below the sheet's title, its label and the rows Excel needs above it for its report filters (one each, then a blank row). */
function queueNewPivot(context: Excel.RequestContext, ws: Excel.Worksheet, spec: PivotSpec): Excel.PivotTable {
  ws.getRange('A1').values = [[PIVOT_TITLE]];
  ws.getRange('A1').format.font.bold = true;
  queueLabel(ws, spec);
  const row = 3 + spec.filters.length + 1;
  return queuePivot(context, ws, spec, `${spec.column}${row}`);
}

/**
 * Workbooks set up before kept both PivotTables on one sheet, a few rows apart: the second is deleted (one more sync,
 * only when it exists) so it can be made again on its own sheet.
 */
async function movedLegacyPivot(context: Excel.RequestContext, existing: Set<string>): Promise<boolean> {
  if (!existing.has(PIVOT.critical.toLowerCase())) return false;
  const pt = context.workbook.pivotTables.getItem(PIVOT.critical);
  const sheet = pt.worksheet.load('name');
  await context.sync();
  if (same(sheet.name, PIVOT_SHEETS.critical)) return false;
  pt.delete();
  return true;
}

/**
 * Workbooks set up before had the scenario across the columns of PivotScenarie, as wide as the scenarios in the data
 * (up to 25 columns): it moves to the row axis under the fagområde (one more sync, only when PivotScenarie exists),
 * so PivotBesluttet has room beside it. Adding a hierarchy to the row axis takes it off the column axis
 * (RowColumnPivotHierarchyCollection.add, ExcelApi 1.8). A colleague's other changes to the PivotTable stay.
 */
async function relaidScenarioPivot(context: Excel.RequestContext, existing: Set<string>): Promise<boolean> {
  if (!existing.has(PIVOT.scenario.toLowerCase())) return false;
  const pt = context.workbook.pivotTables.getItem(PIVOT.scenario);
  const across = pt.columnHierarchies.load('items/name');
  // Its sheet, wherever a colleague moved it: the label goes above it there.
  const sheet = pt.worksheet.load('name');
  await context.sync();
  const scenario = header('solutionScenario');
  if (!across.items.some((h) => same(h.name, scenario))) return false;
  pt.rowHierarchies.add(pt.hierarchies.getItem(scenario));
  queueLabel(context.workbook.worksheets.getItem(sheet.name), specOf(PIVOT.scenario));
  return true;
}

/**
 * «Opret/opdater pivotvisninger»: PivotTables over the Dokumentation table (ExcelApi 1.8): anbefalet and besluttet
 * løsningsscenarie side by side on Pivot, forretningskritisk × omfang on Pivot kritisk. Existing ones are refreshed,
 * not rebuilt, so a colleague's changes to them stay (an older PivotScenarie only gets its scenario moved to the rows).
 * From ExcelApi 1.12 the pane's filter is carried into them (only items that occur in the data: Excel refuses others);
 * from 1.10 slicers for fagområde and both scenarios (a slicer filters the PivotTable it is made on).
 */
export async function createPivots(
  context: Excel.RequestContext,
  filter: ViewFilter,
  support: ViewSupport,
): Promise<ViewResult> {
  if (!support.pivotTables)
    throw new UserError(
      'Denne udgave af Excel kan ikke lave pivottabeller. Brug i stedet arket Overblik, som viser de samme tal med formler.',
    );
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name');
  const pivots = wb.pivotTables.load('items/name');
  const table = wb.tables.getItem(TABLE_NAME);
  const wanted = support.pivotFilters ? entries(filter) : [];
  const present = wanted.map((e) => ({
    ...e,
    column: table.columns.getItem(e.header).getDataBodyRange().load('values'),
  }));
  await context.sync();
  const exists = new Set(pivots.items.map((p) => p.name.toLowerCase()));
  if (await movedLegacyPivot(context, exists)) exists.delete(PIVOT.critical.toLowerCase());
  const relaid = await relaidScenarioPivot(context, exists);
  const sheetOf = pivotSheets(context, sheets.items);
  const made: string[] = [];
  const all = PIVOTS.map((spec) => {
    if (exists.has(spec.name.toLowerCase())) {
      const pt = wb.pivotTables.getItem(spec.name);
      pt.refresh();
      return pt;
    }
    made.push(spec.name);
    return queueNewPivot(context, sheetOf(spec), spec);
  });
  const fallbacks: string[] = [];
  let filtered = 0;
  if (support.pivotFilters) {
    PIVOTS.forEach((spec, i) => {
      // Every filterable field on the PivotTable follows the pane: selected items, or no filter.
      for (const f of FILTERABLE) {
        const axis = axisOf(spec, f.key);
        if (!axis) continue;
        const e = present.find((p) => p.key === f.key);
        const occurring = new Set((e?.column.values ?? []).map((r) => String(r[0] ?? '').toLowerCase()));
        // Blank cells show as an item of their own whose name depends on Excel's language: left to the PivotTable's own filter.
        const items = (e?.values ?? []).filter((v) => v !== '' && occurring.has(v.toLowerCase()));
        const name = header(f.key);
        const field = all[i][axis].getItem(name).fields.getItem(name);
        if (items.length) {
          field.applyFilter({ manualFilter: { selectedItems: items } });
          filtered++;
        } else field.clearAllFilters();
      }
    });
  } else if (entries(filter).length) fallbacks.push(FALLBACK.pivotFilters);
  // Slicers for the fagchef and purchasing views, made once with their PivotTable.
  const slicers = PIVOTS.flatMap((spec, i) =>
    made.includes(spec.name) ? SLICERS[spec.name]!.map((key) => ({ spec, pivot: all[i], key })) : [],
  );
  if (slicers.length && support.slicers)
    for (const { spec, pivot, key } of slicers) wb.slicers.add(pivot, header(key), sheetOf(spec));
  else if (slicers.length) fallbacks.push(FALLBACK.slicers);
  sheetOf(specOf(PIVOT.scenario)).activate();
  await context.sync();
  const what = made.map((n) => `${PIVOT_NAMES[n]} på arket ${PIVOT_SHEETS[specOf(n).sheet]}`);
  const base = made.length
    ? `Der er ${made.length === 1 ? 'en ny pivottabel' : `${made.length} nye pivottabeller`}: ${joinedDanish(what)}`
    : 'Pivottabellerne er opdateret';
  const beside = relaid ? `. På arket ${PIVOT_SHEETS.scenario} står løsningsscenariet nu under fagområdet` : '';
  return { message: `${base}${filtered ? ', med rudens filter' : ''}${beside}.`, fallbacks };
}
