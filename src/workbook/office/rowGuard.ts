/** One read before a write from the pane: the table's columns and the row at the index, as Excel has them now. */
import { keysOfHeaders, rowValuesOf } from '../../domain/check';
import type { CellValue, ColumnKey, RowValues } from '../../domain/schema';
import { TABLE_NAME } from '../../domain/sheetLayout';
import { checkColumnsPresent, checkRowIdentity } from '../rowIdentity';

/** Throws a Danish UserError when a column is missing or the row at `index` is no longer the one in `expected`. */
export async function checkRowBeforeWrite(
  context: Excel.RequestContext,
  index: number,
  keys: readonly ColumnKey[],
  expected: RowValues,
  sync: () => Promise<void>,
): Promise<void> {
  const table = context.workbook.tables.getItem(TABLE_NAME);
  const header = table.getHeaderRowRange().load('values,rowIndex');
  // The header row moved down by `index + 1`: the row at the index, also when it is below the table now.
  const row = table
    .getHeaderRowRange()
    .getOffsetRange(index + 1, 0)
    .load('values');
  const body = table.getDataBodyRange().load('rowCount');
  await sync();
  const present = keysOfHeaders(header.values[0] as CellValue[]);
  checkColumnsPresent(keys, present);
  const actual =
    index < body.rowCount
      ? rowValuesOf(
          row.values[0].map((v) => (v === '' ? null : (v as CellValue))),
          present,
        )
      : null;
  checkRowIdentity(expected, actual, header.rowIndex + 2 + index, keys);
}
