/** @jest-environment jsdom */
/** The pane follows the selection over the Office adapter and the strict stand-in: one small read per pause, and no error when Excel has no selection. */
import '../support/jsdomShims';
import { act, configure, render, screen, waitFor } from '@testing-library/react';
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
