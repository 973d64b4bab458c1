/** Dokumentation's print areas: a phase too wide for one page is split evenly, and every area fits the page. */
import { column } from '../../src/domain/schema';
import { tableColumns } from '../../src/domain/tableColumns';
import {
  LANDSCAPE_WIDTH_PT,
  MIN_SCALE,
  charsToPoints,
  documentationAreas,
  documentationWidth,
  evenSplit,
  inputColumnCount,
  usedRowCount,
} from '../../src/workbook/printPlan';
import { HEADER_ROW } from '../../src/domain/sheetLayout';
import { needsDecision } from '../../src/domain/lists';
import { planPrintFor, planWorkbook } from '../../src/workbook/plan';
import { DECISION_LIST_ROW, DECISION_SUMMARY_HEADERS, REPORT_SHEET } from '../../src/workbook/reportSheetsPlan';
import { generateRows, toTableRow } from '../support/generate';

describe('evenSplit', () => {
  test('everything on one part when it fits', () => expect(evenSplit([10, 20, 30], 60)).toEqual([0]));
  test('two even parts rather than a full one and a stub', () =>
    // Greedy would give [40, 40] | [10, 10]; even gives [40] | [40, 10, 10].
    expect(evenSplit([40, 40, 10, 10], 80)).toEqual([0, 1]));
  test('as few parts as fit, the widest as narrow as it can be', () =>
    expect(evenSplit([30, 30, 30, 30, 30], 70)).toEqual([0, 2, 4]));
  test('a part wider than the room stands alone', () => expect(evenSplit([10, 200, 10], 50)).toEqual([0, 1, 2]));
});

describe('documentationAreas on the schema’s table', () => {
  const columns = tableColumns();
  const { areas, scale } = documentationAreas(columns, 30);
  const title = charsToPoints(documentationWidth(columns[0]!.header) + documentationWidth(columns[1]!.header));
  const room = (LANDSCAPE_WIDTH_PT * 100) / MIN_SCALE - title;
  const widthOf = (from: number, to: number) =>
    columns.slice(from, to + 1).reduce((n, c) => n + charsToPoints(documentationWidth(c.header)), 0);
  const parts = areas.map((a, n) => {
    const from = n === 0 ? 2 : a.firstColumn;
    const first = columns[from]!;
    return { from, to: a.lastColumn, phase: first.role === 'schema' ? column(first.key).phase : 'any' };
  });

  test('every area fits the page at the scale it prints with', () => {
    for (const p of parts) expect(widthOf(p.from, p.to)).toBeLessThanOrEqual(room);
    expect(scale).toBeGreaterThanOrEqual(MIN_SCALE);
  });

  test('a phase over two areas is split evenly: the narrower holds at least half of the wider less one column', () => {
    const byPhase = new Map<string, number[]>();
    for (const p of parts) byPhase.set(p.phase, [...(byPhase.get(p.phase) ?? []), widthOf(p.from, p.to)]);
    const widest = Math.max(...columns.map((c) => charsToPoints(documentationWidth(c.header))));
    for (const widths of byPhase.values())
      if (widths.length > 1) expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(widest);
  });
});

describe('the page setup from the planned sheets and from their extents alone', () => {
  test('Dokumentation’s areas span the rows asked for, the first from column A', () => {
    const { areas } = documentationAreas(tableColumns(), 30);
    expect(areas.every((a) => a.firstRow === HEADER_ROW && a.lastRow === 30)).toBe(true);
    expect(areas[0]!.firstColumn).toBe(0);
  });

  // Office.js recomputes the setup as rows change (printExtents): the same the plan wrote when there are no fagområder.
  test.each([0, 1, 40, 450])('with %i rows Office.js recomputes what the plan wrote', (count) => {
    const rows = generateRows(count).map(toTableRow);
    const plan = planWorkbook({ rows });
    const pattern = tableColumns().findIndex((c) => c.role === 'schema' && c.key === 'usagePattern');
    const state = {
      columns: plan.table.columns,
      usedRows: usedRowCount(plan.table.rows, inputColumnCount(plan.table.columns)),
      tableRows: plan.table.rows.length,
      decisionRows: plan.table.rows.filter((r) => needsDecision(r[pattern])).length,
    };
    expect(planPrintFor(state)).toEqual(plan.print);
    const decision = plan.print.find((p) => p.sheet === REPORT_SHEET.decision)!;
    // The summary, and the list from the line above its header to its last C or D row.
    expect(decision.areas).toEqual([
      expect.objectContaining({ firstRow: 1, firstColumn: 0, lastColumn: DECISION_SUMMARY_HEADERS.length - 1 }),
      ...(state.decisionRows
        ? [
            expect.objectContaining({
              firstRow: DECISION_LIST_ROW - 1,
              lastRow: DECISION_LIST_ROW + state.decisionRows,
            }),
          ]
        : []),
    ]);
  });
});
