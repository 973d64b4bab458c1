/**
 * What follows the pane's write of a row, fetched with its first write: the print areas follow the rows in use, and
 * Overblik gets a line for a fagområde it has none for.
 */
import { REPORT_TABLE } from '../reportSheetsPlan';

export { queuePrintRead, queuePrintRefresh } from './printSetup';
export { refreshViews } from './views';

/**
 * Does Overblik have a line for this fagområde? One sync, only for a write of Fagområde: the table's names (queued with
 * the write) said it is there; an older workbook without it is left to «Opdater».
 */
export async function overviewLacks(context: Excel.RequestContext, tables: Excel.TableCollection, area: string) {
  if (!tables.items.some((t) => t.name === REPORT_TABLE.area)) return false;
  const labels = context.workbook.tables
    .getItem(REPORT_TABLE.area)
    .columns.getItemAt(0)
    .getDataBodyRange()
    .load('values');
  await context.sync();
  return !labels.values.some(
    (r) =>
      String(r[0] ?? '')
        .trim()
        .toLowerCase() === area.toLowerCase(),
  );
}
