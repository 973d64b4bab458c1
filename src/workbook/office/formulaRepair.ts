/**
 * Brugerantal, Omfang af oprydning and Prioritet are calculated columns, but Excel fills a new table row with the formula
 * only while the user's AutoCorrect option "Fill formulas in tables to create calculated columns" is on (office-js #2093,
 * #6745), and a value typed or pasted over a formula cell replaces it. So every snapshot looks for formula cells that are
 * blank or hold a constant (ExcelApi 1.9: getSpecialCells, in the snapshot's own sync) and repairs only those cells. A
 * typed value is never lost: it moves to the column's «(indtastet)» column, as upgrade does; where that cell is taken,
 * the value stays where it is. A cell holding some other formula is not seen this way (left open).
 */
import { COLUMNS, FORMULA_KEYS, TYPED_FALLBACK, column, type FormulaKey } from '../../domain/schema';
import { formulaFor, toUiFormula } from '../../domain/prioritisationFormulas';
import { setAll } from './cellInput';

export interface FormulaProbe {
  key: FormulaKey;
  /** Where the column stands in a table laid out as the schema says; checked against the headers after the sync. */
  index: number;
  blanks: Excel.RangeAreas;
  constants: Excel.RangeAreas;
}

/** Queued with the snapshot's read: no sync of its own. */
export function queueFormulaProbes(table: Excel.Table): FormulaProbe[] {
  return FORMULA_KEYS.map((key) => {
    const index = COLUMNS.findIndex((c) => c.key === key);
    const body = table.getDataBodyRange().getColumn(index);
    return {
      key,
      index,
      blanks: body.getSpecialCellsOrNullObject('Blanks' as Excel.SpecialCellType).load('address'),
      constants: body.getSpecialCellsOrNullObject('Constants' as Excel.SpecialCellType).load('address'),
    };
  });
}

/** "Ark!T5:T6,'Ark 2'!T9" → local addresses. */
function areas(a: Excel.RangeAreas): string[] {
  if (a.isNullObject) return [];
  return a.address
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => part.slice(part.lastIndexOf('!') + 1));
}

/** Rows of a one-column area: "T5:T7" → 3, "T9" → 1. */
const rowsIn = (local: string) => {
  const m = /^\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/i.exec(local);
  return m ? Math.abs(Number(m[2] ?? m[1]) - Number(m[1])) + 1 : 0;
};
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Repairs what the probes found; returns the Danish notices (empty when nothing was wrong). Two syncs when something
 * is repaired (read the typed values, then write), none otherwise.
 */
export async function repairFormulaCells(
  context: Excel.RequestContext,
  table: Excel.Table,
  headerValues: unknown[],
  probes: FormulaProbe[],
): Promise<string[]> {
  const headers = headerValues.map((h) => String(h ?? ''));
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const broken = probes
    .filter((p) => same(headers[p.index] ?? '', column(p.key).header))
    .map((p) => ({ ...p, blankAreas: areas(p.blanks), constantAreas: areas(p.constants) }))
    .filter((p) => p.blankAreas.length + p.constantAreas.length > 0);
  if (broken.length === 0) return [];
  const ws = table.worksheet;
  const typedIndex = (key: FormulaKey) => headers.findIndex((h) => same(h, TYPED_FALLBACK[key]));
  // The typed values, and what their «(indtastet)» cells hold now.
  const reads = broken.map((p) => ({
    p,
    cells: p.constantAreas.map((a) => {
      const own = ws.getRange(a).load('values,rowIndex');
      const i = typedIndex(p.key);
      const typed =
        i >= 0
          ? ws
              .getRange(a)
              .getOffsetRange(0, i - p.index)
              .load('values')
          : null;
      return { area: a, own, typed };
    }),
  }));
  await context.sync();
  const notices: string[] = [];
  const added: FormulaKey[] = [];
  for (const { p, cells } of reads) {
    const typedHeader = TYPED_FALLBACK[p.key];
    let i = typedIndex(p.key);
    if (cells.length && i < 0) {
      table.columns.add(undefined, undefined, typedHeader);
      i = headers.length;
      headers.push(typedHeader);
      added.push(p.key);
    }
    let moved = 0;
    let kept = 0;
    const repair: string[] = [...p.blankAreas];
    for (const { area, own, typed } of cells) {
      own.values.forEach((row, r) => {
        const taken = typed && typed.values[r][0] !== '' && typed.values[r][0] !== row[0];
        const cell = ws.getRange(area).getCell(r, 0);
        if (taken) {
          kept++;
          return;
        }
        cell.getOffsetRange(0, i - p.index).values = [[row[0] as string | number | boolean]];
        moved++;
        repair.push(`${area.split(':')[0].replace(/\d+$/, '')}${own.rowIndex + r + 1}`);
      });
    }
    const typedColumns = FORMULA_KEYS.filter((k) => headers.some((h) => same(h, TYPED_FALLBACK[k])));
    const formula = `=${toUiFormula(formulaFor(p.key, { typedColumns }))}`;
    for (const a of repair) setAll(ws.getRange(a), 'formulas', formula);
    const rows = p.blankAreas.reduce((n, a) => n + rowsIn(a), 0) + moved;
    let text = `Formlen i ${column(p.key).header} manglede i ${plural(rows, 'række', 'rækker')} og er sat ind igen.`;
    if (moved) text += ` ${plural(moved, 'indtastet værdi', 'indtastede værdier')} er flyttet til «${typedHeader}».`;
    if (kept)
      text += ` ${plural(kept, 'indtastet værdi', 'indtastede værdier')} står stadig i ${column(p.key).header}, fordi «${typedHeader}» allerede var udfyldt.`;
    notices.push(text);
  }
  // A new «(indtastet)» column changes the formula (it falls back on it): the whole column gets the new one.
  for (const key of added) {
    const typedColumns = FORMULA_KEYS.filter((k) => headers.some((h) => same(h, TYPED_FALLBACK[k])));
    const index = broken.find((b) => b.key === key)!.index;
    setAll(table.getDataBodyRange().getColumn(index), 'formulas', `=${toUiFormula(formulaFor(key, { typedColumns }))}`);
  }
  await context.sync();
  return notices;
}
