/** «Workshopark for rækken» on the Office adapter: one cell written as text, the sheet shown, two syncs at any size. */
import { createFakeExcel } from '../../support/standIn';
import {
  HANDOUTS_SCALE,
  HANDOUTS_SHEET,
  NOTE_FILL,
  WORKSHOP_CHOICE,
  WORKSHOP_SHEET,
  planWorkshopHandouts,
} from '../../../src/workbook/workshopPlan';
import { HANDOUTS_FALLBACK } from '../../../src/workbook/office/workshop';
import { column } from '../../../src/domain/schema';
import { SHEET } from '../../../src/domain/sheetLayout';
import { officeOn, putR1 } from './officeFixtures';

test.each([30, 300])('with %i rows: the dropdown cell gets the sagsområde and Workshopark is shown', async (rows) => {
  const fake = createFakeExcel();
  putR1(fake, rows);
  const workbook = officeOn(fake);
  await workbook.upgrade();
  expect(fake.sheetNames()).toContain(WORKSHOP_SHEET);
  const before = fake.syncCount;
  await workbook.openWorkshopSheet('=Sygedagpenge');
  expect(fake.syncCount - before).toBe(2);
  const cells = fake.cells(WORKSHOP_SHEET);
  const [col, row] = [WORKSHOP_CHOICE.column, WORKSHOP_CHOICE.row - 1];
  // The user's text stays text, never a formula.
  expect(cells[row]![col]).toBe('=Sygedagpenge');
  expect(fake.model.activeSheet.name).toBe(WORKSHOP_SHEET);
});

test('a workbook set up before Workshopark existed: a Danish message, nothing written', async () => {
  const fake = createFakeExcel();
  const workbook = officeOn(fake);
  await workbook.setup();
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(WORKSHOP_SHEET).delete();
    await context.sync();
  });
  await expect(workbook.openWorkshopSheet('Pas')).rejects.toThrow(/har ikke arket «Workshopark»/);
});

describe('«Workshopark til udskrift»: the handouts of a whole fagområde, from the plan dokark workshop uses', () => {
  const AREA = 'Testforvaltning';
  const TITLE = 'Workshopark: To-be for ét sagsområde';

  /** `rows` generated rows; `handouts` of them (every third) belong to AREA, the first with a name Excel would compute. */
  async function withArea(rows: number, handouts: number, apiVersion = '1.12') {
    const fake = createFakeExcel({ apiVersion });
    putR1(fake, rows);
    const workbook = officeOn(fake);
    await workbook.upgrade();
    const names = Array.from({ length: handouts }, (_, i) => (i === 0 ? '=Kontanthjælp' : `Sagsområde ${i + 1}`));
    names.forEach((name, i) =>
      fake.put(SHEET.documentation, `A${2 + i * 3}:B${2 + i * 3}`, [[i % 2 ? AREA.toUpperCase() : AREA, name]], {
        literal: true,
      }),
    );
    fake.resetStats();
    return { fake, workbook, names };
  }

  /** The 0-based rows of each form's title on the sheet. */
  const titles = (cells: unknown[][]) => cells.flatMap((r, i) => (r[0] === TITLE ? [i] : []));

  test.each([
    [30, 3],
    [300, 12],
  ])(
    '%i rows, %i sagsområder: a form each, a page break above every form but the first, two syncs',
    async (rows, n) => {
      const { fake, workbook, names } = await withArea(rows, n);
      const result = await workbook.addWorkshopHandouts(` ${AREA.toLowerCase()} `);
      expect(result).toEqual({ handouts: n, sheet: HANDOUTS_SHEET, fallbacks: [] });
      // Read the two columns, then write: the same at 30 and 300 rows, 3 or 12 handouts.
      expect(fake.syncCount).toBe(2);
      const cells = fake.cells(HANDOUTS_SHEET);
      const sheet = fake.model.sheet(HANDOUTS_SHEET)!;
      const starts = titles(cells);
      expect(starts).toHaveLength(n);
      // Each form names its sagsområde as text (never a formula), in the sheet's order, and says which of how many it is.
      const chosen = cells.flatMap((r, i) => (r[0] === column('caseArea').header ? [{ i, name: r[1] }] : []));
      expect(chosen.map((c) => c.name)).toEqual(names);
      expect(sheet.cell(chosen[0].i, 1)?.formula).toBeUndefined();
      starts.forEach((r, i) =>
        expect(cells[r + 1][0]).toBe(`${AREA}: sagsområde ${i + 1} af ${n}. Svarene hentes fra arket Dokumentation.`),
      );
      // The same forms as the file adapter's plan: one page each, no blank page after the last.
      const plan = planWorkshopHandouts(AREA, names);
      expect(sheet.pageLayout.rowBreaks).toEqual(starts.slice(1));
      expect(sheet.pageLayout.rowBreaks).toEqual(plan.pageBreaks);
      expect(sheet.pageLayout.printArea).toBe(`A1:C${plan.lastRow}`);
      expect(plan.print.areas).toEqual([{ firstRow: 1, lastRow: plan.lastRow, firstColumn: 0, lastColumn: 2 }]);
      expect(sheet.pageLayout.zoom).toEqual({ scale: HANDOUTS_SCALE });
      expect(sheet.pageLayout.orientation).toBe('Portrait');
      // The note boxes have the file's light fill, so they show on paper.
      for (const a of plan.form!.noteCells) expect(sheet.cell(a.row - 1, a.column)?.fill).toBe(`#${NOTE_FILL}`);
      expect(fake.model.activeSheet.name).toBe(HANDOUTS_SHEET);
    },
  );

  test('made again: the sheet is drawn anew for the fagområde asked for, nothing left from the last one', async () => {
    const { fake, workbook } = await withArea(40, 5);
    await workbook.addWorkshopHandouts(AREA);
    const sheets = fake.sheetNames().length;
    const other = String(fake.cells(SHEET.documentation)[30][0]);
    const theirs = fake
      .cells(SHEET.documentation)
      .slice(1)
      .filter((r) => String(r[0]).trim().toLowerCase() === other.trim().toLowerCase() && String(r[1]).trim() !== '');
    const result = await workbook.addWorkshopHandouts(other);
    expect(result.handouts).toBe(theirs.length);
    expect(fake.sheetNames().length).toBe(sheets);
    const cells = fake.cells(HANDOUTS_SHEET);
    expect(titles(cells)).toHaveLength(theirs.length);
    expect(cells.flat()).not.toContain(`${AREA}: sagsområde 1 af 5. Svarene hentes fra arket Dokumentation.`);
    expect(fake.model.sheet(HANDOUTS_SHEET)!.pageLayout.rowBreaks ?? []).toEqual(titles(cells).slice(1));
  });

  test('a fagområde without sagsområder: a Danish message, nothing written', async () => {
    const { fake, workbook } = await withArea(20, 2);
    await expect(workbook.addWorkshopHandouts('Findes ikke')).rejects.toThrow(
      'Fagområdet «Findes ikke» har ingen sagsområder i arket Dokumentation.',
    );
    expect(fake.syncs.reduce((n, s) => n + s.writes, 0)).toBe(0);
    expect(fake.sheetNames()).not.toContain(HANDOUTS_SHEET);
  });

  test('ExcelApi 1.8: the handouts are written; the page setup falls back, and the pane is told what to do', async () => {
    const { fake, workbook } = await withArea(20, 3, '1.8');
    const result = await workbook.addWorkshopHandouts(AREA);
    expect(result).toEqual({ handouts: 3, sheet: HANDOUTS_SHEET, fallbacks: [HANDOUTS_FALLBACK] });
    expect(titles(fake.cells(HANDOUTS_SHEET))).toHaveLength(3);
    expect(fake.model.sheet(HANDOUTS_SHEET)!.pageLayout.rowBreaks).toBeUndefined();
  });
});
