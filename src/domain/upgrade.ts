/** Plans the upgrade of an existing sheet: every row and value kept, only unambiguous normalisation. */
import { renameStructuredColumns } from './structuredRefs';
import { findHeaderRow, type HeaderMatch } from './headers';
import {
  column,
  COLUMNS,
  FORMULA_KEYS,
  type CellValue,
  type ColumnKey,
  type FormulaKey,
  type RowValues,
} from './schema';
import { HEADER_ROW } from './sheetLayout';
import { tableColumns, uniqueHeaders, type TableColumn } from './tableColumns';
import { defaultLists, validateRow, type Lists } from './validation';
import { isBlank } from './excelSemantics';
import { normaliseValue } from './normalise';
import { columnLetter } from './a1';
import { moveReferences } from './formulaDialect';
import { uniqueAreas } from './areas';
import { UpgradeError } from './upgradeError';

export interface SheetGrid {
  /** Cell values from A1, row by row (formula cells carry their last result). */
  values: CellValue[][];
  /** Same shape: the formula text of a cell, or null. */
  formulas?: (string | null)[][];
}

export interface Normalisation {
  row: number;
  header: string;
  from: CellValue;
  to: CellValue;
}

export interface ReportedFinding {
  /** Excel row number in the new sheet. */
  row: number;
  column: string;
  value: CellValue;
  message: string;
}

export interface UpgradePlan {
  sourceHeaderRow: number;
  columns: TableColumn[];
  /** Data rows in the order of `columns`; formula columns hold null (the adapter writes the formula). */
  rows: CellValue[][];
  typedColumns: FormulaKey[];
  /** The typed Brugerantal went to «Brugerantal (vurderet)». */
  assessedFromTyped: boolean;
  matched: { key: ColumnKey; sourceHeader: string }[];
  missing: ColumnKey[];
  kept: string[];
  normalised: Normalisation[];
  findings: ReportedFinding[];
  businessAreas: string[];
  /** With `keepFormulas`: index in `rows` → column → the user's formula (without "="), its references moved along. */
  cellFormulas: Map<number, Map<number, string>>;
}

export interface UpgradeOptions {
  /** The source is our own table of an older layout: the user's formulas in their own columns stay formulas. */
  keepFormulas?: boolean;
}

export { UpgradeError };

/**
 * Where a Brugerantal typed by hand goes. It is the workshop's own judgement: «Brugerantal (vurderet)», which wins over
 * the computed value (normalised like any list value there, and flagged, never dropped, when it is not Få/Mellem/Mange)
 * — unless judgements are already there: then it stays beside, as «Brugerantal (indtastet)». Upgrade asks for the
 * whole column, the pane's formula repair for the row.
 */
export function typedUserCountGoesTo(judgementsThere: boolean): 'userCountAssessed' | 'typed' {
  return judgementsThere ? 'typed' : 'userCountAssessed';
}

/** A typed Brugerantal as «Brugerantal (vurderet)» holds it: «mange» → «Mange»; a value off the list stays as it is. */
export const typedUserCountJudgement = (raw: CellValue, lists: Lists): CellValue =>
  normaliseValue(column('userCountAssessed'), raw, lists);

function extraColumns(grid: CellValue[][], headerRow: number, match: HeaderMatch, alsoKept: readonly number[]) {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const claimed = new Set<number>([...Object.values(match.columns), ...Object.values(match.fallbacks)] as number[]);
  const extras: { index: number; header: string }[] = [];
  for (let i = 0; i < width; i++) {
    if (alsoKept.includes(i)) extras.push({ index: i, header: String(grid[headerRow]?.[i]).trim() });
    if (claimed.has(i)) continue;
    const named = match.unknown.find((u) => u.index === i);
    const hasData = grid.slice(headerRow + 1).some((r) => !isBlank(r[i]));
    if (named) extras.push(named);
    else if (hasData) extras.push({ index: i, header: `Uden overskrift (kolonne ${columnLetter(i)})` });
  }
  return extras;
}

export function planUpgrade(
  grid: SheetGrid,
  businessAreas: readonly string[] = [],
  options: UpgradeOptions = {},
): UpgradePlan {
  const values = grid.values;
  const found = findHeaderRow(values);
  if (!found) {
    throw new UpgradeError(
      'Kan ikke finde overskriftsrækken. Arket skal have en række med overskrifter som «Fagområde», «Sagsområde» og «KLE-nummer».',
    );
  }
  const { rowIndex, match } = found;
  const dataRows = values.slice(rowIndex + 1).map((r, i) => ({ cells: r, source: rowIndex + 1 + i }));
  const isFormula = (r: number, c: number) => Boolean(grid.formulas?.[r]?.[c]);
  const hasTyped = (idx: number | undefined) =>
    idx !== undefined && dataRows.some((d) => !isBlank(d.cells[idx]) && !isFormula(d.source, idx));

  // Typed values of a formula column: from our earlier "(indtastet)" column when it has any, else from the column itself.
  const typedSource = (key: FormulaKey) => (hasTyped(match.fallbacks[key]) ? match.fallbacks[key] : match.columns[key]);
  const assessedFrom =
    hasTyped(typedSource('userCountCategory')) &&
    typedUserCountGoesTo(hasTyped(match.columns.userCountAssessed)) === 'userCountAssessed'
      ? typedSource('userCountCategory')
      : undefined;
  const typedColumns = FORMULA_KEYS.filter(
    (key) => hasTyped(typedSource(key)) && !(key === 'userCountCategory' && assessedFrom !== undefined),
  );
  // A formula column with typed values beside a used "(indtastet)" column (a pasted copy of the new layout) is kept too.
  const shadowed = FORMULA_KEYS.filter(
    (key) => match.columns[key] !== typedSource(key) && hasTyped(match.columns[key]),
  ).map((key) => match.columns[key]!);
  const extras = extraColumns(values, rowIndex, match, shadowed);
  const extraHeaders = uniqueHeaders(
    extras.map((e) => e.header),
    tableColumns(typedColumns).map((c) => c.header),
  );
  const columns = tableColumns(typedColumns, extraHeaders);

  const areaCol = match.columns.businessArea;
  const areas = uniqueAreas(businessAreas, areaCol === undefined ? [] : dataRows.map((d) => d.cells[areaCol]));
  const lists: Lists = defaultLists(areas);

  const plan: UpgradePlan = {
    sourceHeaderRow: rowIndex + 1,
    columns,
    rows: [],
    typedColumns,
    assessedFromTyped: assessedFrom !== undefined,
    matched: (Object.entries(match.columns) as [ColumnKey, number][]).map(([key, idx]) => ({
      key,
      sourceHeader: String(values[rowIndex]?.[idx]),
    })),
    missing: COLUMNS.map((c) => c.key).filter((k) => match.columns[k] === undefined),
    kept: extraHeaders,
    normalised: [],
    findings: [],
    businessAreas: areas,
    cellFormulas: new Map(),
  };
  const move = options.keepFormulas
    ? formulaMover(columns, match, extras, typedSource, dataRows, rowIndex, values[rowIndex] ?? [])
    : null;

  for (const d of dataRows) {
    if (d.cells.every((v) => isBlank(v))) continue;
    const excelRow = HEADER_ROW + 1 + plan.rows.length;
    const out: CellValue[] = [];
    const rowValues: RowValues = {};
    columns.forEach((col) => {
      let v: CellValue = null;
      if (col.role === 'schema') {
        const fromTyped = col.key === 'userCountAssessed' && assessedFrom !== undefined;
        const idx = fromTyped ? assessedFrom : match.columns[col.key];
        const def = column(col.key);
        if (def.kind === 'formula' || idx === undefined) {
          out.push(null);
          return;
        }
        // A computed Brugerantal (a formula's result) is no judgement.
        const raw = fromTyped && isFormula(d.source, idx) ? null : (d.cells[idx] ?? null);
        v = fromTyped ? typedUserCountJudgement(raw, lists) : normaliseValue(def, raw, lists);
        if (v !== raw && !(isBlank(v) && isBlank(raw)))
          plan.normalised.push({ row: excelRow, header: col.header, from: raw, to: v });
        rowValues[col.key] = v;
      } else if (col.role === 'typed') {
        const idx = typedSource(col.of);
        v = idx === undefined || isFormula(d.source, idx) ? null : (d.cells[idx] ?? null);
      } else {
        const e = extras[extraHeaders.indexOf(col.header)];
        v = e ? (d.cells[e.index] ?? null) : null;
        const formula = e && move ? grid.formulas?.[d.source]?.[e.index] : null;
        if (formula && move) {
          const own = plan.cellFormulas.get(plan.rows.length) ?? new Map<number, string>();
          plan.cellFormulas.set(plan.rows.length, own.set(out.length, move(formula)));
        }
      }
      out.push(v);
    });
    plan.rows.push(out);
    for (const f of validateRow(rowValues, lists)) {
      if (f.severity !== 'invalid') continue;
      plan.findings.push({ row: excelRow, column: column(f.key).header, value: f.value, message: f.message });
    }
  }
  return plan;
}

/**
 * Moves a formula's references to this sheet from the source's columns and rows to the new table's, and renames the
 * columns its structured references name where the new table's header differs from the old one.
 */
function formulaMover(
  columns: readonly TableColumn[],
  match: HeaderMatch,
  extras: readonly { index: number; header: string }[],
  typedSource: (key: FormulaKey) => number | undefined,
  dataRows: readonly { cells: CellValue[]; source: number }[],
  headerIndex: number,
  oldHeaders: readonly CellValue[],
): (formula: string) => string {
  const newColumn = new Map<number, number>();
  const renamed = new Map<string, string>();
  let extra = 0;
  columns.forEach((col, i) => {
    // Extra columns are in the order of `extras`.
    const old =
      col.role === 'schema'
        ? match.columns[col.key]
        : col.role === 'typed'
          ? typedSource(col.of)
          : extras[extra++]?.index;
    if (old !== undefined && !newColumn.has(old)) newColumn.set(old, i);
    const was = old === undefined ? '' : String(oldHeaders[old] ?? '').trim();
    if (was && was.toLowerCase() !== col.header.toLowerCase() && !renamed.has(was.toLowerCase()))
      renamed.set(was.toLowerCase(), col.header);
  });
  const newRow = new Map<number, number>([[headerIndex + 1, HEADER_ROW]]);
  let next = HEADER_ROW + 1;
  for (const d of dataRows) if (!d.cells.every((v) => isBlank(v))) newRow.set(d.source + 1, next++);
  return (formula) =>
    renameStructuredColumns(
      moveReferences(
        formula.replace(/^=/, ''),
        (c) => newColumn.get(c) ?? c,
        (r) => newRow.get(r) ?? r,
      ),
      (header) => renamed.get(header.trim().toLowerCase()),
    );
}
