/**
 * The computed columns (Brugerantal, Omfang af oprydning, Prioritet and the helpers Sagsbehandlere (C/D) and
 * Prioritetsnøgle) are calculated columns, but Excel fills a new table row with the formula only while the user's
 * AutoCorrect option "Fill formulas in tables to create calculated columns" is on (office-js #2093, #6745), and a value
 * typed or pasted over a formula cell replaces it. So every snapshot looks for formula cells that are blank or hold a
 * constant (ExcelApi 1.9: getSpecialCells, in the snapshot's own sync) and reports them; reading never writes. The
 * repair is its own operation (the pane's «Sæt kolonnens formel ind igen»), and it writes only those cells. A typed
 * value is never lost: a Brugerantal goes to «Brugerantal (vurderet)» as upgrade decides, any other to the column's
 * «(indtastet)» column; where that cell is taken, or the column is a helper without one, the value stays where it is
 * and the notice says so. Another formula in a cell (pasted from
 * elsewhere) is found by its text: in the active row (queueRowFormulas), and in every row whose computed values are
 * not what the domain's model of the formulas gives (queueCellFormulas; a formula that happens to give the same value
 * is not found there). The formula that was there is named in the notice.
 */
import {
  COMPUTED_KEYS,
  FORMULA_KEYS,
  TYPED_FALLBACK,
  column,
  type CellValue,
  type ComputedKey,
  type FormulaKey,
} from '../../domain/schema';
import { columnFormulaTest, expectedFormula } from '../columnFormulas';
import { computedIndexes, sameHeader } from '../../domain/computedColumns';
import { setAll, toCellInput } from './cellInput';
import { defaultLists, validateCell, type Lists } from '../../domain/validation';
import { areaA1, cellA1, parseArea, type CellArea } from '../../domain/a1';

export interface FormulaProbe {
  key: ComputedKey;
  /** Where the column stands (by the headers last read); checked against the headers after the sync. */
  index: number;
  blanks: Excel.RangeAreas;
  constants: Excel.RangeAreas;
}

const isFormulaKey = (key: ComputedKey): key is FormulaKey => (FORMULA_KEYS as readonly string[]).includes(key);

/** Queued with the snapshot's read: no sync of its own. `indexes` from computedIndexes. */
export function queueFormulaProbes(table: Excel.Table, indexes: Map<ComputedKey, number>): FormulaProbe[] {
  return [...indexes].map(([key, index]) => {
    const body = table.getDataBodyRange().getColumn(index);
    return {
      key,
      index,
      blanks: body.getSpecialCellsOrNullObject('Blanks' as Excel.SpecialCellType).load('address'),
      constants: body.getSpecialCellsOrNullObject('Constants' as Excel.SpecialCellType).load('address'),
    };
  });
}

/** The probed column's data cells on the sheet: 0-based column, first and last 0-based rows. */
export interface ColumnBody {
  column: number;
  firstRow: number;
  lastRow: number;
}

/**
 * "Ark!T5:T6,'Ark 2'!T9" → one-column areas inside the probed column's data cells. Excel's Go To Special
 * treats a single selected cell as the whole used range; whether getSpecialCells does the same for a one-cell range
 * (a table with one data row) is undocumented, so every area is cut to the column's data cells and anything outside
 * (headers, other columns) is dropped.
 */
function areas(a: Excel.RangeAreas, body: ColumnBody): CellArea[] {
  if (a.isNullObject) return [];
  return a.address
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const area = parseArea(part.slice(part.lastIndexOf('!') + 1));
      if (!area || area.firstColumn > body.column || area.lastColumn < body.column) return [];
      // The body's rows are 0-based, an area's as the sheet numbers them.
      const firstRow = Math.max(area.firstRow, body.firstRow + 1);
      const lastRow = Math.min(area.lastRow, body.lastRow + 1);
      if (firstRow > lastRow) return [];
      return [{ firstRow, lastRow, firstColumn: body.column, lastColumn: body.column }];
    });
}

/** Rows of a one-column area: T5:T7 → 3, T9 → 1. */
const rowsIn = (a: CellArea) => a.lastRow - a.firstRow + 1;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A computed column with blank or typed-over cells, as its probe found them (areas of its data cells). */
export interface BrokenColumn {
  key: ComputedKey;
  index: number;
  blankAreas: CellArea[];
  constantAreas: CellArea[];
}

/** The data body as loaded with the probes: rowIndex, rowCount and columnIndex. */
export interface BodyPlace {
  rowIndex: number;
  rowCount: number;
  columnIndex: number;
}

/** The columns whose probe found something, where the header still names the probed column. */
export function brokenColumns(headerValues: unknown[], probes: FormulaProbe[], body: BodyPlace): BrokenColumn[] {
  const headers = headerValues.map((h) => String(h ?? ''));
  const place = (index: number): ColumnBody => ({
    column: body.columnIndex + index,
    firstRow: body.rowIndex,
    lastRow: body.rowIndex + body.rowCount - 1,
  });
  return probes
    .filter((p) => sameHeader(headers[p.index] ?? '', column(p.key).header))
    .map((p) => ({
      key: p.key,
      index: p.index,
      blankAreas: areas(p.blanks, place(p.index)),
      constantAreas: areas(p.constants, place(p.index)),
    }))
    .filter((p) => p.blankAreas.length + p.constantAreas.length > 0);
}

/** What a read tells about broken columns, without changing anything. */
export function brokenColumnFindings(broken: readonly BrokenColumn[]): string[] {
  return broken.map((p) => {
    const header = column(p.key).header;
    const blank = p.blankAreas.reduce((n, a) => n + rowsIn(a), 0);
    const typed = p.constantAreas.reduce((n, a) => n + rowsIn(a), 0);
    const texts: string[] = [];
    if (blank) texts.push(`Formlen i ${header} mangler i ${plural(blank, 'række', 'rækker')}.`);
    if (typed)
      texts.push(`${header} har en indtastet værdi i stedet for formlen i ${plural(typed, 'række', 'rækker')}.`);
    return texts.join(' ');
  });
}

/** Where a typed value goes: the judgement column (Brugerantal), «(indtastet)», or nowhere (it stays). */
type Target = 'assessed' | 'typed' | 'stays';

/**
 * Repairs the broken columns; returns the Danish notices of what was done. Two syncs (read the typed values, then
 * write); one when a typed value only stays where it is. A typed Brugerantal is the workshop's judgement: it goes to
 * «Brugerantal (vurderet)» where the row has none, as upgrade decides (typedUserCountGoesTo), normalised as there and
 * kept as it is when it is not Få/Mellem/Mange (Tjek flags it); beside a judgement it goes to «(indtastet)».
 */
export async function repairFormulaCells(
  context: Excel.RequestContext,
  table: Excel.Table,
  headerValues: unknown[],
  broken: readonly BrokenColumn[],
  lists: Lists = defaultLists(),
): Promise<string[]> {
  const headers = headerValues.map((h) => String(h ?? ''));
  if (broken.length === 0) return [];
  // Upgrade's rules for a typed Brugerantal come with the first repair, not with the pane's first load.
  const { typedUserCountGoesTo, typedUserCountJudgement } = await import(
    /* webpackChunkName: "repair" */ '../../domain/upgrade'
  );
  const ws = table.worksheet;
  // A helper column has no «(indtastet)» column: what is typed there stays.
  const typedIndex = (key: ComputedKey) =>
    isFormulaKey(key) ? headers.findIndex((h) => sameHeader(h, TYPED_FALLBACK[key])) : -1;
  const assessedHeader = column('userCountAssessed').header;
  const assessedIndex = (key: ComputedKey) =>
    key === 'userCountCategory' ? headers.findIndex((h) => sameHeader(h, assessedHeader)) : -1;
  const beside = (a: CellArea, p: BrokenColumn, i: number) =>
    i >= 0
      ? ws
          .getRange(areaA1(a))
          .getOffsetRange(0, i - p.index)
          .load('values')
      : null;
  // The typed values, and what their «(vurderet)» and «(indtastet)» cells hold now.
  const reads = broken.map((p) => ({
    p,
    cells: p.constantAreas.map((a) => ({
      area: a,
      own: ws.getRange(areaA1(a)).load('values,rowIndex'),
      assessed: beside(a, p, assessedIndex(p.key)),
      typed: beside(a, p, typedIndex(p.key)),
    })),
  }));
  await context.sync();
  const notices: string[] = [];
  const added: FormulaKey[] = [];
  let wrote = false;
  const free = (cell: unknown, value: unknown) => cell === '' || cell === value;
  for (const { p, cells } of reads) {
    const typedHeader = isFormulaKey(p.key) ? TYPED_FALLBACK[p.key] : null;
    const assessed = assessedIndex(p.key);
    let i = typedIndex(p.key);
    // Each typed value's place: as upgrade decides for a Brugerantal with a judgement column, else «(indtastet)».
    const placed = cells.map(({ own, assessed: there, typed }) =>
      own.values.map((row, r): { value: unknown; to: Target } => {
        const judgement = there ? typedUserCountJudgement(row[0] as CellValue, lists) : null;
        if (there && typedUserCountGoesTo(!free(there.values[r][0], judgement)) === 'userCountAssessed')
          return { value: judgement, to: 'assessed' };
        if (!typedHeader || (typed && !free(typed.values[r][0], row[0]))) return { value: row[0], to: 'stays' };
        return { value: row[0], to: 'typed' };
      }),
    );
    if (i < 0 && typedHeader && placed.some((c) => c.some((x) => x.to === 'typed'))) {
      table.columns.add(undefined, undefined, typedHeader);
      i = headers.length;
      headers.push(typedHeader);
      added.push(p.key as FormulaKey);
    }
    const count = { assessed: 0, typed: 0, stays: 0 };
    const offList: string[] = [];
    const repair = p.blankAreas.map(areaA1);
    cells.forEach(({ area, own }, c) =>
      placed[c].forEach(({ value, to }, r) => {
        count[to]++;
        if (to === 'stays') return;
        const cell = ws.getRange(areaA1(area)).getCell(r, 0);
        cell.getOffsetRange(0, (to === 'assessed' ? assessed : i) - p.index).values = [
          [toCellInput(value as CellValue)],
        ];
        if (to === 'assessed' && validateCell(column('userCountAssessed'), value as CellValue, lists))
          offList.push(`«${String(value)}»`);
        repair.push(cellA1({ row: own.rowIndex + r + 1, column: area.firstColumn }));
      }),
    );
    const formula = expectedFormula(p.key, headers);
    for (const a of repair) setAll(ws.getRange(a), 'formulas', formula);
    if (repair.length) wrote = true;
    const moved = count.assessed + count.typed;
    const rows = p.blankAreas.reduce((n, a) => n + rowsIn(a), 0) + moved;
    const header = column(p.key).header;
    const texts: string[] = [];
    if (rows) texts.push(`Formlen i ${header} manglede i ${plural(rows, 'række', 'rækker')} og er sat ind igen.`);
    if (count.assessed)
      texts.push(
        `${plural(count.assessed, 'indtastet værdi', 'indtastede værdier')} er flyttet til «${assessedHeader}», hvor ${count.assessed === 1 ? 'den' : 'de'} går forud for det beregnede.`,
      );
    if (offList.length) {
      const one = offList.length === 1;
      texts.push(
        `${one ? 'Værdien' : 'Værdierne'} ${joined(shown(offList, 3))} er ikke Få, Mellem eller Mange: Tjek viser ${one ? 'den' : 'dem'}, så ${one ? 'den' : 'de'} kan rettes.`,
      );
    }
    if (count.typed)
      texts.push(
        `${plural(count.typed, 'indtastet værdi', 'indtastede værdier')} er flyttet til «${typedHeader}»${assessed >= 0 ? `, fordi «${assessedHeader}» allerede var udfyldt` : ''}.`,
      );
    if (count.stays && typedHeader)
      texts.push(
        `${plural(count.stays, 'indtastet værdi', 'indtastede værdier')} står stadig i ${header}, fordi «${typedHeader}» allerede var udfyldt.`,
      );
    if (count.stays && !typedHeader)
      texts.push(
        `${header} beregnes, men har en indtastet værdi i ${plural(count.stays, 'række', 'rækker')}. Værdien er ikke ændret; slet den, så formlen sættes ind igen.`,
      );
    notices.push(texts.join(' '));
  }
  // A new «(indtastet)» column changes the formula (it falls back on it): the whole column gets the new one.
  for (const key of added) {
    const index = broken.find((b) => b.key === key)!.index;
    setAll(table.getDataBodyRange().getColumn(index), 'formulas', expectedFormula(key, headers));
    wrote = true;
  }
  if (wrote) await context.sync();
  return notices;
}

export interface CellFormulaCheck {
  key: ComputedKey;
  index: number;
  /** The sheet's row number, for the notice. */
  excelRow: number;
  cell: Excel.Range;
}

/** Queues the formulas of the active row's computed cells (five cells: the read does not grow with the table). */
export function queueRowFormulas(
  body: Excel.Range,
  row: number,
  excelRow: number,
  headers: readonly string[],
): CellFormulaCheck[] {
  return [...computedIndexes(headers)].map(([key, index]) => ({
    key,
    index,
    excelRow,
    cell: body.getCell(row, index).load('formulas'),
  }));
}

/** How many cells one snapshot reads by formula text, where the values were not what the formulas give. */
export const MAX_FORMULA_CHECKS = 200;

/** Queues the formulas of the given body cells (each row and column as the values put them). */
export function queueCellFormulas(
  body: Excel.Range,
  firstExcelRow: number,
  cells: readonly { row: number; key: ComputedKey; index: number }[],
): CellFormulaCheck[] {
  return cells.map(({ row, key, index }) => ({
    key,
    index,
    excelRow: firstExcelRow + row,
    cell: body.getCell(row, index).load('formulas'),
  }));
}

/** A formula named in a notice is cut after this many characters (the pane is 320 px wide). */
const FORMULA_SHOWN = 60;
const shown = (list: readonly string[], max: number) =>
  list.length <= max ? list : [...list.slice(0, max), `${list.length - max} flere`];
/** "3", "3 og 7", "3, 7 og 12". */
const joined = (list: readonly string[]) =>
  list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} og ${list[list.length - 1]}`;

/** A computed cell that is blank or holds another formula than its column's (what it holds: '' when blank). */
export interface WrongCell extends CellFormulaCheck {
  now: string;
}

/**
 * Sorts the checked cells: blank or another formula (wrong), or as they should be or a typed value (kept: a typed value
 * is the probes' to move to «(indtastet)», from ExcelApi 1.9).
 */
export function wrongCellFormulas(
  checks: readonly CellFormulaCheck[],
  headers: readonly string[],
): { wrong: WrongCell[]; kept: CellFormulaCheck[] } {
  const holdsColumnFormula = columnFormulaTest(headers);
  const wrong: WrongCell[] = [];
  const kept: CellFormulaCheck[] = [];
  for (const check of checks) {
    const now = check.cell.formulas?.[0]?.[0];
    const isFormula = typeof now === 'string' && now.startsWith('=');
    if ((now !== '' && !isFormula) || holdsColumnFormula(check.key, now)) kept.push(check);
    else wrong.push({ ...check, now: String(now) });
  }
  return { wrong, kept };
}

/** Queues the column's formula into each wrong cell. */
export function repairCellFormulas(wrong: readonly WrongCell[], headers: readonly string[]): void {
  const expectedOf = new Map(COMPUTED_KEYS.map((k) => [k, expectedFormula(k, headers)]));
  for (const { key, cell } of wrong) cell.formulas = [[expectedOf.get(key)!]];
}

/**
 * The Danish texts, one per column and kind, naming the rows and the formulas that were there: as found by a read
 * (`repaired` false), or as put right by the repair.
 */
export function cellFormulaTexts(wrong: readonly WrongCell[], repaired: boolean): string[] {
  const foreign = new Map<ComputedKey, { rows: string[]; formulas: string[] }>();
  const missing = new Map<ComputedKey, string[]>();
  for (const { key, now, excelRow } of wrong) {
    if (now !== '') {
      const found = foreign.get(key) ?? { rows: [], formulas: [] };
      found.rows.push(String(excelRow));
      if (!found.formulas.includes(now)) found.formulas.push(now);
      foreign.set(key, found);
    } else missing.set(key, [...(missing.get(key) ?? []), String(excelRow)]);
  }
  const rowsText = (rows: readonly string[]) => `${rows.length === 1 ? 'Række' : 'Rækkerne'} ${joined(shown(rows, 5))}`;
  return COMPUTED_KEYS.flatMap((key) => {
    const header = column(key).header;
    const out: string[] = [];
    const f = foreign.get(key);
    if (f) {
      const texts = joined(
        shown(
          f.formulas.map((x) => `«${x.length > FORMULA_SHOWN ? `${x.slice(0, FORMULA_SHOWN - 1)}…` : x}»`),
          3,
        ),
      );
      out.push(
        repaired
          ? `${rowsText(f.rows)}: ${header} havde en anden formel end kolonnens (${texts}). Kolonnens formel er sat ind igen.`
          : `${rowsText(f.rows)}: ${header} har en anden formel end kolonnens (${texts}).`,
      );
    }
    const m = missing.get(key);
    if (m)
      out.push(
        repaired
          ? `${rowsText(m)}: formlen i ${header} manglede og er sat ind igen.`
          : `${rowsText(m)}: formlen i ${header} mangler.`,
      );
    return out;
  });
}
