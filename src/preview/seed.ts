/** Fills the set-up workbook with the sample rows: the fake adds blank table rows, the adapter writes every value. */
import { HEADER_ROW, SHEET, TABLE_NAME, listColumn, LIST_FIRST_ROW } from '../domain/sheetLayout';
import type { LiveWorkbook } from '../workbook/types';
import type { FakeExcel } from '../excelStandIn';
import { SAMPLE_BUSINESS_AREAS, SAMPLE_ROWS } from './sampleRows';

export async function insertSampleRows(fake: FakeExcel, workbook: LiveWorkbook): Promise<number> {
  const col = listColumn('businessAreas').column;
  await fake.run(async (context) => {
    const lister = context.workbook.worksheets.getItem(SHEET.lists);
    const last = LIST_FIRST_ROW + SAMPLE_BUSINESS_AREAS.length - 1;
    lister.getRange(`${col}${LIST_FIRST_ROW}:${col}${last}`).values = SAMPLE_BUSINESS_AREAS.map((a) => [a]);
    // The table's rows, empty ones included (Opret leaves one): the samples fill them first, so none is left over.
    const table = context.workbook.tables.getItem(TABLE_NAME);
    const body = table.getDataBodyRange().load('rowCount');
    await context.sync();
    // Blank rows, so the table's calculated columns fill them as Excel does.
    for (let i = body.rowCount; i < SAMPLE_ROWS.length; i++) table.rows.add();
    await context.sync();
  });
  for (const [index, values] of SAMPLE_ROWS.entries()) await workbook.writeRow(index, values);
  // As if the user clicked the first Sagsområde: the fake fires the selection event the pane listens to.
  fake.setSelection(SHEET.documentation, `B${HEADER_ROW + 1}`);
  return SAMPLE_ROWS.length;
}
