/** @jest-environment jsdom */
import '../support/jsdomShims';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { SHEET, TABLE_NAME } from '../../src/domain/sheetLayout';
import { createFakeExcel, pivotsOf } from '../support/standIn';
import { officeOn, putR1 } from '../workbook/office/officeFixtures';
import { MemoryWorkbook } from './memoryWorkbook';

jest.setTimeout(30_000);
// The fake does real work behind each click; on a busy machine that takes longer than findBy's default second.
configure({ asyncUtilTimeout: 5000 });

async function fakeBacked(apiVersion: string) {
  const fake = createFakeExcel({ apiVersion, keepLog: false });
  putR1(fake, 40);
  const workbook = officeOn(fake);
  await workbook.upgrade();
  return { fake, workbook };
}

const hiddenRows = (fake: ReturnType<typeof createFakeExcel>) => [...fake.model.table(TABLE_NAME)!.sheet.hiddenRows];
const group = (name: string) => screen.getByRole('group', { name });

test('a fagchef view in a few clicks: tick the fagområde, Anvend filter; Ryd filtre shows every row again', async () => {
  const { fake, workbook } = await fakeBacked('1.12');
  render(<App workbook={workbook} initialTab="views" />);
  await screen.findByRole('heading', { name: 'Visninger' });
  const areas = group('Vis for fagchef (fagområde)');
  fireEvent.click(within(areas).getByRole('checkbox', { name: 'Borgerservice' }));
  fireEvent.click(screen.getByRole('button', { name: 'Anvend filter' }));
  await screen.findByText(/Filteret er sat på 1 kolonne/);
  const cells = fake.cells(SHEET.documentation);
  const shown = cells.slice(1).flatMap((r, i) => (hiddenRows(fake).includes(i + 1) ? [] : [r[0]]));
  expect(shown.length).toBeGreaterThan(0);
  expect(new Set(shown)).toEqual(new Set(['Borgerservice']));
  fireEvent.click(screen.getByRole('button', { name: 'Ryd filtre' }));
  await screen.findByText(/Filtrene er ryddet/);
  expect(hiddenRows(fake)).toEqual([]);
  expect(within(areas).getByRole('checkbox', { name: 'Borgerservice' })).toHaveProperty('checked', false);
});

test('the pane starts from the filter the workbook has, including (tom)', async () => {
  const { workbook } = await fakeBacked('1.12');
  await workbook.applyFilter({ usesKmdSag: ['Ja', ''] });
  render(<App workbook={workbook} initialTab="views" />);
  const screening = await screen.findByRole('group', { name: 'Screening: Anvender KMD Sag' });
  await waitFor(() => expect(within(screening).getByRole('checkbox', { name: 'Ja' })).toHaveProperty('checked', true));
  expect(within(screening).getByRole('checkbox', { name: '(tom)' })).toHaveProperty('checked', true);
  expect(within(screening).getByRole('checkbox', { name: 'Nej' })).toHaveProperty('checked', false);
});

test('sort, back, presets and pivots from their buttons; every control is a native, focusable button or checkbox', async () => {
  const { fake, workbook } = await fakeBacked('1.12');
  const before = fake.cells(SHEET.documentation);
  render(<App workbook={workbook} initialTab="views" />);
  await screen.findByRole('heading', { name: 'Visninger' });
  // Every one, hidden or not (hidden: true widens the check and spares jsdom a style computation per control).
  const controls = [
    ...screen.getAllByRole('button', { hidden: true }),
    ...screen.getAllByRole('checkbox', { hidden: true }),
  ];
  expect(controls.length).toBeGreaterThan(10);
  for (const el of controls) {
    expect(el.tabIndex).toBeGreaterThanOrEqual(0);
    expect(['BUTTON', 'INPUT']).toContain(el.tagName);
  }
  fireEvent.click(screen.getByRole('button', { name: 'Sortér efter prioritet' }));
  await screen.findByText(/sorteret efter prioritet/);
  fireEvent.click(screen.getByRole('button', { name: 'Tilbage til arkets rækkefølge' }));
  await screen.findByText(/står i arkets rækkefølge/);
  expect(fake.cells(SHEET.documentation).map((r) => r.slice(0, before[0].length))).toEqual(before);
  fireEvent.click(
    within(screen.getByRole('group', { name: 'Kolonner for fasen' })).getByRole('button', { name: 'Screening' }),
  );
  await screen.findByText(/kolonner er skjult/);
  expect(fake.model.table(TABLE_NAME)!.sheet.hiddenColumns.size).toBeGreaterThan(10);
  fireEvent.click(screen.getByRole('button', { name: 'Opret/opdater pivotvisninger' }));
  await screen.findByText(/3 nye pivottabeller: anbefalet løsningsscenarie på arket Pivot, besluttet løsningsscenarie/);
  expect(pivotsOf(fake.model)).toHaveLength(3);
  fireEvent.click(screen.getByRole('button', { name: 'Opdater' }));
  await screen.findByText(/ivottabellerne er opdateret/, undefined, { timeout: 5000 });
});

test('an older Excel: no notice before anything falls back; the fallback is told beside its button, in plain Danish', async () => {
  const { fake, workbook } = await fakeBacked('1.8');
  render(<App workbook={workbook} initialTab="views" />);
  await screen.findByRole('heading', { name: 'Visninger' });
  expect(screen.queryByRole('alert')).toBeNull();
  expect(document.body.textContent).not.toMatch(/ExcelApi|1\.\d+/);
  fireEvent.click(within(group('Løsningsscenarie')).getAllByRole('checkbox')[0]);
  fireEvent.click(screen.getByRole('button', { name: 'Anvend filter' }));
  await screen.findByText(/Filteret er sat på 1 kolonne/);
  expect(fake.model.table(TABLE_NAME)!.filters.size).toBe(1);
  fireEvent.click(screen.getByRole('button', { name: 'Opret/opdater pivotvisninger' }));
  const notice = await screen.findByText(/kan ikke lave udsnitsværktøjer/);
  // Beside the button that caused it: in the same section, not at the end of the pane.
  const section = screen.getByRole('button', { name: 'Opret/opdater pivotvisninger' }).closest('div')!.parentElement!;
  expect(section.contains(notice)).toBe(true);
  expect(section.querySelector('[aria-live="polite"]')!.textContent).toMatch(/Brug i stedet/);
  expect(document.body.textContent).not.toMatch(/ExcelApi|\b1\.(8|9|1[0-2])\b/);
});

test('a workbook without view operations shows no Visninger tab', async () => {
  render(<App workbook={new MemoryWorkbook([])} />);
  await screen.findByRole('tab', { name: 'Kom i gang' });
  expect(screen.queryByRole('tab', { name: 'Visninger' })).toBeNull();
});
