/** Reads what the open workbook holds: sheets, used ranges, our table, and the sheet an upgrade would start from. */
import { COLUMNS, type CellValue } from '../../domain/schema';
import { findHeaderRow, type HeaderRowGuess } from '../../domain/headers';
import {
  LAYOUT_CELL,
  LIST_FIRST_ROW,
  LIST_LAST_ROW,
  SHEET,
  TABLE_NAME,
  isCurrentLayout,
  listColumn,
} from '../../domain/sheetLayout';
import { columnLetter } from '../../domain/a1';
import { isBlank } from '../../domain/excelSemantics';
import { readRows } from './readRows';

export interface UsedArea {
  /** 1-based last row and 0-based last column of the used range (the grid is read from A1). */
  lastRow: number;
  lastColumn: number;
}

export interface SheetInfo {
  /** Excel's id: it stays when the sheet is renamed (a failed setup or upgrade is undone by it). */
  id: string;
  name: string;
  used: UsedArea | null;
}

export interface WorkbookState {
  sheets: SheetInfo[];
  tableNames: string[];
  /** Every table with its id, as sheets. */
  tables: { id: string; name: string }[];
  /** The table named Dokumentation, whatever its headers. */
  table: { sheet: string; headers: string[]; dataRows: number } | null;
  /** Our table with all our headers: nothing to set up or upgrade. */
  ready: boolean;
  /** With `scan`: the first rows of every sheet (for the header row) and the fagområder on an old Lister sheet. */
  tops: Map<string, CellValue[][]>;
  listedAreas: string[];
}

const SCAN_ROWS = 30;
/** Header rows are looked for in the first 100 columns (A:CV). */
const SCAN_RANGE = `A1:CV${SCAN_ROWS}`;

/**
 * Two syncs, whatever the number of rows: names first, then used ranges and our table — and with `scan`,
 * in the same round trip, the first rows of every sheet and an old Lister's fagområder.
 */
export async function inspectWorkbook(
  context: Excel.RequestContext,
  options: { scan?: boolean } = {},
): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets.load('items/name,items/id');
  const tables = context.workbook.tables.load('items/name,items/id');
  await context.sync();
  const tableNames = tables.items.map((t) => t.name);
  const hasTable = tableNames.some((n) => n.toLowerCase() === TABLE_NAME.toLowerCase());
  const used = sheets.items.map((ws) =>
    ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
  );
  let table: { header: Excel.Range; body: Excel.Range; sheet: Excel.Worksheet } | null = null;
  if (hasTable) {
    const t = context.workbook.tables.getItem(TABLE_NAME);
    table = {
      header: t.getHeaderRowRange().load('values'),
      body: t.getDataBodyRange().load('rowCount'),
      sheet: t.worksheet.load('name'),
    };
  }
  const scanned = options.scan ? sheets.items.filter((ws) => !isBackup(ws.name)) : [];
  const tops = scanned.map((ws) => ws.getRange(SCAN_RANGE).load('values'));
  const lister = options.scan
    ? sheets.items.find((ws) => ws.name.toLowerCase() === SHEET.lists.toLowerCase())
    : undefined;
  const col = listColumn('businessAreas').column;
  const areas = lister?.getRange(`${col}${LIST_FIRST_ROW}:${col}${LIST_LAST_ROW}`).load('values');
  // The layout the workbook records (Lister!K20); none means the first layout.
  const listerSheet = sheets.items.find((ws) => ws.name.toLowerCase() === SHEET.lists.toLowerCase());
  const layout = table && listerSheet ? listerSheet.getRange(LAYOUT_CELL).load('values') : null;
  await context.sync();
  const headers = table ? table.header.values[0].map((h) => String(h ?? '')) : [];
  return {
    sheets: sheets.items.map((ws, i) => ({
      id: ws.id,
      name: ws.name,
      used: used[i].isNullObject
        ? null
        : { lastRow: used[i].rowIndex + used[i].rowCount, lastColumn: used[i].columnIndex + used[i].columnCount - 1 },
    })),
    tableNames,
    tables: tables.items.map((t) => ({ id: t.id, name: t.name })),
    table: table ? { sheet: table.sheet.name, headers, dataRows: table.body.rowCount } : null,
    ready:
      table !== null &&
      isCurrentLayout(
        headers,
        layout?.values[0]?.[0],
        COLUMNS.map((c) => c.header),
      ),
    tops: new Map(scanned.map((ws, i) => [ws.name, tops[i].values as CellValue[][]])),
    listedAreas: areas ? areas.values.map((r) => String(r[0] ?? '').trim()).filter(Boolean) : [],
  };
}

export interface SourceSheet extends HeaderRowGuess {
  sheet: string;
  used: UsedArea;
}

const isBackup = (name: string) => /\(før opgr/i.test(name);

/** The sheet an upgrade would start from: the one whose header row matches the most of our columns (no sync). */
export function findSource(state: WorkbookState): SourceSheet | null {
  let source: SourceSheet | null = null;
  for (const s of state.sheets) {
    const top = state.tops.get(s.name);
    if (!s.used || !top) continue;
    const grid = top.slice(0, Math.min(s.used.lastRow, SCAN_ROWS)).map((row) => row.slice(0, s.used!.lastColumn + 1));
    const found = findHeaderRow(grid, SCAN_ROWS);
    if (found && (!source || found.matched > source.matched)) source = { ...found, sheet: s.name, used: s.used };
  }
  return source;
}

/**
 * The rows under the source's header row that an upgrade would take: exact when the sheet's used rows were all
 * scanned (blank rows are skipped, as the upgrade does), else up to the last used row (a big sheet is only read in
 * full by the upgrade itself).
 */
export function sourceDataRows(state: WorkbookState, source: SourceSheet): { rows: number; upTo: boolean } {
  const top = state.tops.get(source.sheet);
  const below = Math.max(0, source.used.lastRow - (source.rowIndex + 1));
  if (!top || source.used.lastRow > SCAN_ROWS) return { rows: below, upTo: true };
  const rows = top
    .slice(source.rowIndex + 1, source.used.lastRow)
    .filter((row) => row.slice(0, source.used.lastColumn + 1).some((v) => !isBlank(v))).length;
  return { rows, upTo: false };
}

/** The whole used grid of a sheet from A1: values and formulas in separate syncs, so each response stays small. */
export async function readGrid(
  context: Excel.RequestContext,
  sheet: string,
  used: UsedArea,
): Promise<{ values: CellValue[][]; formulas: (string | null)[][] }> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const last = columnLetter(used.lastColumn);
  const rangeOf = (first: number, count: number) => ws.getRange(`A${first + 1}:${last}${first + count}`);
  const values = await readRows(context, rangeOf, used.lastRow, 'values');
  const formulas = await readRows(context, rangeOf, used.lastRow, 'formulas');
  // A text typed as '=… comes back from Range.formulas as =… without its apostrophe (office-js #6687): a cell whose
  // value is its formula text is text, and stays text.
  const isFormula = (f: unknown, v: unknown): f is string => typeof f === 'string' && f.startsWith('=') && f !== v;
  return {
    values: values.map((row) => row.map((v) => (v === '' ? null : (v as CellValue)))),
    formulas: formulas.map((row, r) => row.map((f, c) => (isFormula(f, values[r]?.[c]) ? f : null))),
  };
}

/** "Lister" → "Lister (før opgradering)", within Excel's 31 characters and unique. */
export function backupSheetName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (før opgradering)' : ` (før opgradering ${n})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export function backupTableName(taken: readonly string[], name = 'Dokumentation'): string {
  const low = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${name}_foer_opgradering` : `${name}_foer_opgradering_${n}`;
    if (!low.has(candidate.toLowerCase())) return candidate;
  }
}
