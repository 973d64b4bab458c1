import { SHEET } from '../../../src/domain/sheetLayout';
import { createFakeExcel } from '../../support/standIn';
import { fromR1C1, toApiForm, toR1C1 } from '../../../src/domain/formulaDialect';
import { planWorkbook } from '../../../src/workbook/plan';
import { DECISION_SCALE } from '../../../src/workbook/printPlan';
import { DATE_FORMAT } from '../../../src/workbook/numberFormats';
import {
  DECISION_LINE_HEADER,
  DECISION_LINE_HEIGHT,
  DECISION_LIST_ROW,
  REPORT_SHEET,
  REPORT_TABLE,
} from '../../../src/workbook/reportSheetsPlan';
import { newOffice, officeOn, putR1 } from './officeFixtures';

const ui = (p: { formula: string } | { value: unknown }) => ('formula' in p ? `=${toApiForm(p.formula)}` : p.value);

describe('the view sheets written by the Office adapter', () => {
  test('setup writes Overblik (three tables) and Beslutningsgrundlag exactly as planned, formulas in UI form', async () => {
    const { fake, workbook } = newOffice();
    await workbook.setup();
    const plan = planWorkbook().reportSheets;
    const overview = fake.model.sheet(REPORT_SHEET.overview)!;
    const tables = fake.model.tables.filter((t) => t.sheet === overview).map((t) => t.name);
    expect(tables).toEqual(Object.values(REPORT_TABLE));
    for (const t of plan[0].tables) {
      const model = fake.model.table(t.name)!;
      expect(model.rect.r0).toBe(t.headerRow - 1);
      t.rows.forEach((row, i) =>
        row.forEach((p, c) => {
          const cell = overview.cell(t.headerRow + i, c);
          expect(cell?.formula ?? cell?.value).toBe(ui(p));
        }),
      );
    }
    const decision = fake.model.sheet(REPORT_SHEET.decision)!;
    const [summary, outside, list] = plan[1].ranges;
    expect(list.rows.length).toBeGreaterThanOrEqual(200);
    for (const range of [summary, outside, list])
      range.rows.forEach((row, i) =>
        row.forEach((p, c) => {
          const cell = decision.cell(range.headerRow + i, c);
          expect(cell?.formula ?? cell?.value ?? null).toBe('formula' in p ? ui(p) : p.value);
        }),
      );
    expect(decision.frozenRows).toBe(DECISION_LIST_ROW);
    expect(fake.cells(REPORT_SHEET.decision)[DECISION_LIST_ROW - 1][0]).toBe(DECISION_LINE_HEADER);
    // The list's lines: two lines tall and wrapped (a formula's result never grows its row), Nr. to the left.
    for (const i of [0, list.rows.length - 1]) {
      const r = DECISION_LIST_ROW + i; // 0-based row of line i
      expect(decision.rowHeights.get(r)).toBe(DECISION_LINE_HEIGHT);
      expect(decision.cell(r, 2)?.wrap).toBe(true);
      expect(decision.cell(r, 0)?.horizontalAlignment).toBe('Left');
      expect(decision.cell(r, 2)?.verticalAlignment).toBe('Top');
      // Udbudstidspunkt and Flyttes senest: dates as dates, to the left like the years and texts beside them.
      expect(list.dateColumns?.length).toBe(2);
      for (const c of list.dateColumns ?? []) {
        expect(decision.cell(r, c)?.numberFormat).toBe(DATE_FORMAT);
        expect(decision.cell(r, c)?.horizontalAlignment).toBe('Left');
      }
      expect(decision.cell(r, 2)?.numberFormat).toBeUndefined();
    }
    expect(decision.rowHeights.get(DECISION_LIST_ROW + list.rows.length)).toBeUndefined();
    expect(JSON.stringify(overview.cells.get(0)?.value)).toMatch(/Overblik/);
  });

  test('every cell the pane wraps starts at the top of its row, as the files have it (Excel would put it at the bottom)', async () => {
    const { fake, workbook } = newOffice();
    await workbook.setup();
    const wrappedPerSheet = new Map<string, number>();
    for (const sheet of fake.model.sheets)
      for (const cell of sheet.cells.values()) {
        if (!cell.wrap) continue;
        expect({ sheet: sheet.name, vertical: cell.verticalAlignment }).toEqual({ sheet: sheet.name, vertical: 'Top' });
        wrappedPerSheet.set(sheet.name, (wrappedPerSheet.get(sheet.name) ?? 0) + 1);
      }
    // Every sheet the setup makes has wrapped cells: headers, the list's lines, the form's notes, the guide.
    expect(fake.sheetNames()).toHaveLength(6);
    for (const name of fake.sheetNames())
      expect({ name, wrapped: (wrappedPerSheet.get(name) ?? 0) > 0 }).toEqual({ name, wrapped: true });
  });

  test('print setup for the meeting from ExcelApi 1.9; skipped silently below', async () => {
    const { fake, workbook } = newOffice();
    await workbook.setup();
    expect(fake.model.sheet(REPORT_SHEET.decision)!.pageLayout).toEqual({});
    const fake19 = createFakeExcel({ apiVersion: '1.9' });
    await officeOn(fake19).setup();
    // The plan's print setup (printPlan.ts), the same the file adapter writes.
    expect(fake19.model.sheet(REPORT_SHEET.decision)!.pageLayout).toMatchObject({
      orientation: 'Landscape',
      zoom: { scale: DECISION_SCALE },
      printTitleRows: `$${DECISION_LIST_ROW}:$${DECISION_LIST_ROW}`,
      printTitleColumns: '$A:$C',
      // No C or D rows yet: the summary alone, no page with the list's header only.
      printArea: expect.stringMatching(new RegExp(`^A1:[A-Z]+${DECISION_LIST_ROW - 3}$`)),
    });
    expect(fake19.model.sheet(REPORT_SHEET.overview)!.pageLayout.orientation).toBe('Landscape');
    const doc = fake19.model.sheet(SHEET.documentation)!.pageLayout;
    expect(doc.printTitleColumns).toBe('$A:$B');
    expect(doc.printTitleRows).toBe('$1:$1');
    // No rows yet: one empty cell below the table, which prints nothing.
    expect(doc.printArea).toBe('A3:A3');
    expect(fake19.model.sheet(SHEET.lists)!.pageLayout.printArea).toMatch(/^A1:F(\d+),G1:I\1,J1:S\1$/);
  });

  test('upgrade lists the fagområder of the old sheet in Overblik, and a second upgrade sets old view tables aside', async () => {
    const fake = createFakeExcel();
    putR1(fake, 30);
    await officeOn(fake).upgrade();
    const areas = fake.cells(REPORT_SHEET.overview).map((r) => r[0]);
    expect(areas).toContain('I alt');
    expect(areas.filter((a) => a === 'Borgerservice').length).toBeGreaterThan(0);
    expect(fake.sheetNames()).toContain(SHEET.guide);
  });

  test('A1 ↔ R1C1 leaves strings and structured references alone', () => {
    const f =
      '=IF($A7="","",""&INDEX(Dokumentation[Fagområde],MATCH($A7,Dokumentation[Prioritet],0)))&Lister!$G$2&B6&"$A7"';
    const r1c1 = toR1C1(f, 7, 2);
    expect(r1c1).toBe(
      '=IF(RC1="","",""&INDEX(Dokumentation[Fagområde],MATCH(RC1,Dokumentation[Prioritet],0)))&Lister!R2C7&R[-1]C&"$A7"',
    );
    expect(fromR1C1(r1c1, 7, 2)).toBe(f);
    expect(fromR1C1(r1c1, 9, 2)).toBe(f.replace(/\$A7(?!")/g, '$A9').replace('B6', 'B8'));
  });
});
