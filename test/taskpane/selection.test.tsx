/** @jest-environment jsdom */
/** The pane follows the selection over the Office adapter and the strict stand-in: one small read per pause, and no error when Excel has no selection. */
import '../support/jsdomShims';
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { SHEET } from '../../src/domain/sheetLayout';
import { createFakeExcel } from '../support/standIn';
import { officeOn } from '../workbook/office/officeFixtures';
import { SELECTION_DEBOUNCE_MS } from '../../src/taskpane/useSheetState';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5000 });

async function setUpWithRows() {
  const fake = createFakeExcel();
  const workbook = officeOn(fake);
  await workbook.setup();
  await fake.run(async (context) => {
    const table = context.workbook.tables.getItem('Dokumentation');
    for (let i = 0; i < 3; i++) table.rows.add();
    await context.sync();
  });
  for (const [i, caseArea] of ['Folkeregistrering', 'Pas', 'Kørekort'].entries())
    await workbook.writeRow(i, { businessArea: 'Borgerservice', caseArea });
  return { fake, workbook };
}

test('arrow keys over five rows start one debounced read, of at most two syncs', async () => {
  const { fake, workbook } = await setUpWithRows();
  fake.setSelection(SHEET.documentation, 'B2');
  render(<App workbook={workbook} initialTab="row" />);
  await screen.findByRole('heading', { name: 'Række 2' });
  // The pane subscribes after its first read; wait until the handler is there.
  await waitFor(() => expect(fake.model.sheet(SHEET.documentation)!.selectionHandlers.size).toBe(1));
  await new Promise((r) => setTimeout(r, SELECTION_DEBOUNCE_MS * 2));
  fake.resetStats();
  await act(async () => {
    for (const cell of ['B3', 'B4', 'C4', 'B3', 'B4']) fake.setSelection(SHEET.documentation, cell);
  });
  await screen.findByRole('heading', { name: 'Række 4' });
  await new Promise((r) => setTimeout(r, SELECTION_DEBOUNCE_MS * 2));
  expect(fake.syncCount).toBeLessThanOrEqual(2);
  expect(screen.getByLabelText('Sagsområde')).toHaveProperty('value', 'Kørekort');
});

const NO_ROW = 'Markér en celle i en række i tabellen Dokumentation.';

test('a workbook without focus shows no row and no error, and the next selection shows the row', async () => {
  const { fake, workbook } = await setUpWithRows();
  fake.setSelection(SHEET.documentation, 'B2');
  fake.setFocused(false);
  render(<App workbook={workbook} initialTab="row" />);
  expect(await screen.findByText(NO_ROW)).toBeTruthy();
  expect(screen.queryByText(/Arket kunne ikke læses/)).toBeNull();
  await waitFor(() => expect(fake.model.sheet(SHEET.documentation)!.selectionHandlers.size).toBe(1));
  fake.setSelection(SHEET.documentation, 'B3');
  await screen.findByRole('heading', { name: 'Række 3' });
});

test('a chart sheet open shows no row and no error', async () => {
  const { fake, workbook } = await setUpWithRows();
  fake.setSelection(SHEET.documentation, 'B2');
  fake.showChartSheet();
  render(<App workbook={workbook} initialTab="row" />);
  expect(await screen.findByText(NO_ROW)).toBeTruthy();
  expect(screen.queryByText(/Arket kunne ikke læses/)).toBeNull();
});

/** A set-up workbook with `count` filled rows, written in one batch, the selection on row `at` (0-based). */
async function bigWorkbook(count: number) {
  const fake = createFakeExcel();
  const workbook = officeOn(fake);
  await workbook.setup();
  await fake.run(async (context) => {
    const table = context.workbook.tables.getItem('Dokumentation');
    for (let i = 1; i < count; i++) table.rows.add();
    await context.sync();
    const names = Array.from({ length: count }, (_, i) => ['Borgerservice', `Sagsområde ${i + 1}`]);
    context.workbook.worksheets.getItem(SHEET.documentation).getRange(`A2:B${count + 1}`).values = names;
    await context.sync();
  });
  return { fake, workbook };
}

/** What the pane costs when the user clicks a row, and when they answer the last question for it. */
async function paneCosts(count: number) {
  const { fake, workbook } = await bigWorkbook(count);
  fake.setSelection(SHEET.documentation, 'B11');
  const view = render(<App workbook={workbook} initialTab="usage" />);
  await screen.findByText('Sagsområde 10');
  await waitFor(() => expect(fake.model.sheet(SHEET.documentation)!.selectionHandlers.size).toBe(1));
  await new Promise((r) => setTimeout(r, SELECTION_DEBOUNCE_MS * 2));
  fake.resetStats();
  await act(async () => fake.setSelection(SHEET.documentation, 'C51'));
  await screen.findByText('Sagsområde 50');
  await new Promise((r) => setTimeout(r, SELECTION_DEBOUNCE_MS * 2));
  const selection = { syncs: fake.syncCount, response: fake.maxResponseBytes };
  // «Nej» to the first question is a whole answer (brugsmønster 0): written, then the row read again.
  fake.resetStats();
  fireEvent.click(screen.getByRole('button', { name: 'Nej' }));
  await screen.findByText('Gemt i arket.');
  const answer = { syncs: fake.syncCount, response: fake.maxResponseBytes };
  view.unmount();
  return { selection, answer };
}

// 100 against 1,000 rows shows what 5,000 would (`npm run bench` measures 5,000).
test('a selection change and an answer read the same few cells with 100 rows as with 1,000', async () => {
  const small = await paneCosts(100);
  const large = await paneCosts(1000);
  expect(large.selection.syncs).toBeLessThanOrEqual(2);
  expect(large.selection.syncs).toBe(small.selection.syncs);
  // The same cells are read at both sizes; only digits in the numbers may differ.
  expect(Math.abs(large.selection.response - small.selection.response)).toBeLessThan(64);
  expect(large.selection.response).toBeLessThan(8_000);
  expect(large.answer.syncs).toBe(small.answer.syncs);
  expect(Math.abs(large.answer.response - small.answer.response)).toBeLessThan(64);
}, 120_000);

test.each(['InactiveWorkbook', 'InvalidSelection'] as const)(
  'another workbook in focus (%s): Kom i gang still counts the rows, and no error shows',
  async (code) => {
    const { fake, workbook } = await setUpWithRows();
    fake.setSelection(SHEET.documentation, 'B2');
    fake.setFocused(false, code);
    render(<App workbook={workbook} />);
    expect(await screen.findByText('Arket Dokumentation er klar med 3 rækker.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByText(/Arket kunne ikke læses/)).toBeNull();
  },
);

test('Kom i gang: a selection change reads the row alone; a row added in Excel is counted at the next one', async () => {
  const { fake, workbook } = await bigWorkbook(300);
  fake.setSelection(SHEET.documentation, 'B11');
  render(<App workbook={workbook} />);
  expect(await screen.findByText('Arket Dokumentation er klar med 300 rækker.', {}, { timeout: 10_000 })).toBeTruthy();
  await waitFor(() => expect(fake.model.sheet(SHEET.documentation)!.selectionHandlers.size).toBe(1));
  await new Promise((r) => setTimeout(r, SELECTION_DEBOUNCE_MS * 2));
  fake.resetStats();
  await act(async () => fake.setSelection(SHEET.documentation, 'C51'));
  await new Promise((r) => setTimeout(r, SELECTION_DEBOUNCE_MS * 3));
  expect(fake.syncCount).toBeLessThanOrEqual(2);
  expect(fake.maxResponseBytes).toBeLessThan(10_000);
  // A row typed under the table in Excel: the next selection finds the table longer and reads it whole.
  await fake.run(async (context) => {
    const table = context.workbook.tables.getItem('Dokumentation');
    table.rows.add();
    await context.sync();
    context.workbook.worksheets.getItem(SHEET.documentation).getRange('A302:B302').values = [
      ['Borgerservice', 'Sagsområde 301'],
    ];
    await context.sync();
  });
  await act(async () => fake.setSelection(SHEET.documentation, 'B302'));
  expect(await screen.findByText('Arket Dokumentation er klar med 301 rækker.', {}, { timeout: 10_000 })).toBeTruthy();
}, 60_000);

test('after «Workshopark for rækken» the form stays: a field written then reads the row by its index', async () => {
  const { fake, workbook } = await setUpWithRows();
  fake.setSelection(SHEET.documentation, 'B3');
  render(<App workbook={workbook} initialTab="row" />);
  await screen.findByRole('heading', { name: 'Række 3' });
  fireEvent.click(screen.getByRole('button', { name: 'Workshopark for rækken' }));
  await screen.findByText(/Arket Workshopark viser nu «Pas»/);
  expect(fake.model.activeSheet.name).toBe('Workshopark');
  const field = screen.getByLabelText('Kontaktperson');
  fireEvent.change(field, { target: { value: 'Anne Hansen' } });
  fireEvent.blur(field);
  await waitFor(() => expect(fake.cells(SHEET.documentation)[2][3]).toBe('Anne Hansen'));
  await new Promise((r) => setTimeout(r, SELECTION_DEBOUNCE_MS * 2));
  expect(screen.getByRole('heading', { name: 'Række 3' })).toBeTruthy();
  expect(screen.getByLabelText('Kontaktperson')).toHaveProperty('value', 'Anne Hansen');
});
