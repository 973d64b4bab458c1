/** «Workshopark» by formulas alone: LibreOffice recalculates the handout for the sagsområde chosen in B3. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { cellA1 } from '../../src/domain/a1';
import { column } from '../../src/domain/schema';
import { SAMPLE_ROWS } from '../../src/preview/sampleRows';
import { workbookOfPlan } from '../support/excelRead';
import { planWorkbook } from '../../src/workbook/plan';
import {
  EXIT_PLAN,
  HANDOUTS_SHEET,
  PLENUM_QUESTION,
  TO_BE_QUESTIONS,
  workshopQuestion,
  WORKSHOP_CHOICE,
  WORKSHOP_SHEET,
} from '../../src/workbook/workshopPlan';
import { SCENARIO_LABELS } from '../../src/domain/lists';
import { COLUMNS } from '../../src/domain/schema';
import { printToPdf, recalculateAll } from '../support/libreoffice';
import { pdfPages } from '../support/pdfPages';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';

const row = {
  ...SAMPLE_ROWS[3]!,
  usagePattern: 'C',
  manualCaseCount: 1200,
  marketSolutions: 'To ESDH-leverandører',
  // A date in Udbudstidspunkt: shown as a date, not as its serial number (46388).
  tenderTime: new Date(Date.UTC(2027, 0, 1)),
};
const rows = [SAMPLE_ROWS[0]!, row, SAMPLE_ROWS[5]!].map((r) => COLUMNS.map((c) => r[c.key] ?? null));

test('choosing a sagsområde fills its As-is answers and the To-be answers so far; nothing chosen, nothing shown', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-workshop-'));
  const files = ['chosen', 'unknown', 'empty'].map((n) => path.join(dir, `${n}.xlsx`));
  for (const [i, choice] of [row.caseArea, 'Findes ikke', null].entries()) {
    const wb = await workbookOfPlan(
      planWorkbook({ rows, businessAreas: ['Job og Ydelse', 'Borgerservice', 'Social og Sundhed'] }),
    );
    const ws = wb.getWorksheet(WORKSHOP_SHEET)!;
    expect(ws.getCell(cellA1(WORKSHOP_CHOICE)).dataValidation.type).toBe('list');
    ws.getCell(cellA1(WORKSHOP_CHOICE)).value = choice;
    await wb.xlsx.writeFile(files[i]!);
  }
  const [chosen, unknown, empty] = recalculateAll(files, { asShown: true }).map((r) => r[WORKSHOP_SHEET]!);
  fs.rmSync(dir, { recursive: true, force: true });
  const answer = (sheet: string[][], label: string) =>
    sheet.find((r) => r[0] === label || r[0]!.endsWith(` (${label})`))?.[1];
  expect(answer(chosen!, column('businessArea').header)).toBe('Job og Ydelse');
  expect(answer(chosen!, column('usagePattern').header)).toBe('C');
  expect(answer(chosen!, column('caseworkerCount').header)).toBe('21');
  // Counts with thousands separators (LibreOffice in English shows #,##0 with a comma; a Danish Excel 1.200).
  expect(answer(chosen!, column('manualCaseCount').header)).toBe('1,200');
  expect(answer(chosen!, column('tenderTime').header)).toBe('01-01-2027');
  expect(answer(chosen!, column('marketSolutions').header)).toBe('To ESDH-leverandører');
  expect(answer(chosen!, column('casesFuture').header)).toBe('');
  for (const sheet of [unknown!, empty!]) {
    expect(answer(sheet, column('businessArea').header)).toBe('');
    expect(answer(sheet, column('caseworkerCount').header)).toBe('');
  }
  // Every To-be question is on the sheet in the spørgeguide's words (R3), the scenarios by name, a box for the exit plan.
  for (const c of COLUMNS.filter((k) => k.phase === 'tobe'))
    expect(chosen!.some((r) => r[0] === workshopQuestion(c.key) && TO_BE_QUESTIONS[c.key])).toBe(true);
  expect(chosen!.some((r) => r[0] === PLENUM_QUESTION)).toBe(true);
  for (const label of SCENARIO_LABELS) expect(chosen!.some((r) => r[0] === `☐ ${label}`)).toBe(true);
  expect(chosen!.some((r) => r[0] === EXIT_PLAN)).toBe(true);
}, 180_000);

test('dokark workshop: a handout for every sagsområde of one fagområde, one page each, no blank page', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-handouts-'));
  const input = path.join(dir, 'ark.xlsx');
  const output = path.join(dir, 'handouts.xlsx');
  const original = new ExcelJS.Workbook();
  const ws = original.addWorksheet('Ark1');
  const cols = COLUMNS.filter((c) => c.kind !== 'formula');
  ws.addRow(cols.map((c) => c.header));
  const mine = ['Kontanthjælp', 'Sygedagpenge', 'Jobafklaring'];
  mine.forEach((caseArea, i) =>
    ws.addRow(
      cols.map((c) =>
        c.key === 'businessArea'
          ? 'Job og Ydelse'
          : c.key === 'caseArea'
            ? caseArea
            : c.key === 'caseworkerCount'
              ? 1000 + i
              : null,
      ),
    ),
  );
  ws.addRow(cols.map((c) => (c.key === 'businessArea' ? 'Borgerservice' : c.key === 'caseArea' ? 'Pas' : null)));
  await original.xlsx.writeFile(input);
  const wb = await FileWorkbook.open(input);
  await wb.upgrade();
  expect(await wb.addWorkshopHandouts('job og ydelse')).toBe(3);
  await wb.save(output);
  await expect(wb.addWorkshopHandouts('Findes ikke')).rejects.toThrow(/ingen sagsområder/);
  const shown = recalculateAll([output], { asShown: true })[0]![HANDOUTS_SHEET]!;
  const pages = pdfPages(printToPdf(output, dir)).filter((p) => p.sheet === HANDOUTS_SHEET);
  fs.rmSync(dir, { recursive: true, force: true });
  // Each form fetches its own sagsområde's answers.
  const counts = shown.filter((r) => r[0] === column('caseworkerCount').header).map((r) => r[1]);
  expect(counts).toEqual(['1,000', '1,001', '1,002']);
  // One page per sagsområde, in order, each with its whole form (the exit plan at the bottom).
  expect(pages).toHaveLength(3);
  pages.forEach((p, i) => {
    expect(p.text).toContain(mine[i]!);
    expect(p.text).toContain(`sagsområde ${i + 1} af 3`);
    expect(p.text).toContain('exitplan');
    expect(p.text).not.toContain('Pas');
  });
}, 240_000);
