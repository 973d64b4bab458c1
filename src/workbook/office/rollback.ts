/**
 * Excel does not undo a batch that fails part-way, and setup and upgrade are many writes. This puts the workbook back
 * as `before` found it, by the ids of its sheets and tables (ids stay when a sheet or table is renamed).
 */
import type { WorkbookState } from './inspect';

/**
 * New tables and sheets are deleted, renamed ones get their names back, and an original sheet that held no values
 * (setup writes into an empty sheet with our name) is emptied again. Three syncs; used only after a failure.
 */
export async function rollBack(context: Excel.RequestContext, before: WorkbookState): Promise<void> {
  const sheetsBefore = new Map(before.sheets.map((s) => [s.id, s]));
  const tablesBefore = new Map(before.tables.map((t) => [t.id, t.name]));
  const sheets = context.workbook.worksheets.load('items/name,items/id');
  const tables = context.workbook.tables.load('items/name,items/id');
  await context.sync();

  const kept = sheets.items.filter((s) => sheetsBefore.has(s.id));
  const wasEmpty = kept.filter((s) => sheetsBefore.get(s.id)!.used === null);
  const usedNow = wasEmpty.map((s) => s.getUsedRangeOrNullObject(true).load('rowCount'));
  await context.sync();

  for (const t of tables.items) if (!tablesBefore.has(t.id)) t.delete();
  for (const s of sheets.items) if (!sheetsBefore.has(s.id)) s.delete();
  wasEmpty.forEach((s, i) => {
    if (usedNow[i].isNullObject) return;
    const all = s.getRange();
    all.dataValidation.clear();
    all.clear();
  });
  for (const s of kept) {
    const name = sheetsBefore.get(s.id)!.name;
    if (s.name !== name) s.name = name;
  }
  for (const t of tables.items) {
    const name = tablesBefore.get(t.id);
    if (name !== undefined && t.name !== name) t.name = name;
  }
  await context.sync();
}
