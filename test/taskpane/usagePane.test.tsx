/** @jest-environment jsdom */
import '../support/jsdomShims';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { MemoryWorkbook } from './memoryWorkbook';

const rows = () => [
  { businessArea: 'Borgerservice', caseArea: 'Folkeregistrering', kle: '23.05.00' },
  {
    businessArea: 'Social og Sundhed',
    caseArea: 'Hjælp til forsørgelse',
    kle: '32.18.02',
    usagePattern: 'C',
    usesKmdSag: 'Ja',
  },
  { businessArea: 'Social og Sundhed', caseArea: 'Boligstøtte', kle: '27.12.00' },
];

const key = (k: string) => act(() => void fireEvent.keyDown(document.body, { key: k }));

async function open(wb: MemoryWorkbook) {
  render(<App workbook={wb} initialTab="usage" />);
  await screen.findByText('Anvender I KMD Sag på sagsområdet?');
}

test('shows the active row and answers C by keyboard, writing only the two cells', async () => {
  const wb = new MemoryWorkbook(rows());
  await open(wb);
  expect(screen.getByTestId('row-identity').textContent).toContain('Folkeregistrering');
  expect(screen.getByTestId('row-identity').textContent).toContain('Borgerservice');
  key('j');
  await screen.findByText('Har I derudover et særskilt fagsystem på sagsområdet?');
  key('J');
  await screen.findByText('Skriver I journalnotaterne i dette fagsystem?');
  key('n');
  await screen.findByText(/Brugsmønster C: Fagsystemstyrede sager/);
  expect(wb.writes).toEqual([{ index: 0, values: { usagePattern: 'C', usesKmdSag: 'Ja' } }]);
  expect(screen.getByRole('button', { name: 'Næste række' })).toHaveProperty('disabled', false);
});

test('Enter moves to the next row, which follows the selection', async () => {
  const wb = new MemoryWorkbook(rows());
  await open(wb);
  key('n');
  await screen.findByText(/Brugsmønster 0: Bruger ikke KMD Sag/);
  expect(wb.writes).toEqual([{ index: 0, values: { usagePattern: '0', usesKmdSag: 'Nej' } }]);
  // Enter with focus outside a button (the pane focuses the Næste række button itself; Enter there clicks it).
  (document.activeElement as HTMLElement | null)?.blur();
  key('Enter');
  await waitFor(() => expect(screen.getByTestId('row-identity').textContent).toContain('Hjælp til forsørgelse'));
  expect(wb.selections).toEqual([{ index: 1, key: 'usagePattern' }]);
});

test('Backspace goes back one question', async () => {
  const wb = new MemoryWorkbook(rows());
  await open(wb);
  key('j');
  key('n');
  await screen.findByText('Anvender I KMD Sag som jeres eneste/primære sagssystem?');
  key('Backspace');
  await screen.findByText('Har I derudover et særskilt fagsystem på sagsområdet?');
  key('j');
  key('j');
  key('n');
  await screen.findByText(/Brugsmønster B: Overblik og adviser/);
  expect(wb.writes).toEqual([{ index: 0, values: { usagePattern: 'B', usesKmdSag: 'Ja' } }]);
});

test('asks before overwriting an existing brugsmønster, and starts from the row’s own answer', async () => {
  const wb = new MemoryWorkbook(rows());
  wb.active = 1;
  render(<App workbook={wb} initialTab="usage" />);
  await screen.findByText('Rækken har allerede brugsmønster C.');
  // The very keys that finish the questionnaire below (A), and Nej alone, which would finish it with 0: no answer yet.
  for (const k of ['j', 'j', 'j', 'j', 'n']) key(k);
  await act(async () => await new Promise((r) => setTimeout(r, 50)));
  expect(wb.writes).toEqual([]);
  expect(screen.getByText('Rækken har allerede brugsmønster C.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Besvar igen' }));
  // The row says Anvender KMD Sag = Ja: the questionnaire shows that answer and asks the next question.
  await screen.findByText('Har I derudover et særskilt fagsystem på sagsområdet?');
  const given = screen.getByRole('list', { name: 'Svar indtil nu' });
  expect(given.textContent).toContain('Anvender I KMD Sag på sagsområdet? Ja (står allerede i rækken');
  for (const k of ['j', 'j', 'j']) key(k);
  // A (only overview) would replace C: nothing is written until the user says so.
  await screen.findByText(/Det ændrer «Brugsmønster» fra «C» til «A»/);
  expect(wb.writes).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: 'Gem ændringen' }));
  await screen.findByText(/Brugsmønster A: Kun overblik/);
  // Anvender KMD Sag already says Ja: only Brugsmønster is written.
  expect(wb.writes).toEqual([{ index: 1, values: { usagePattern: 'A' } }]);
});

test('a row that says Ja starts at question 2; Tilbage goes back to the row’s answer', async () => {
  const wb = new MemoryWorkbook([{ businessArea: 'Social', caseArea: 'Pension', kle: '32.03.00', usesKmdSag: 'Ja' }]);
  render(<App workbook={wb} initialTab="usage" />);
  await screen.findByText('Har I derudover et særskilt fagsystem på sagsområdet?');
  expect(screen.getByText(/Bruger I KMD Sags EDH-modul, så svar Ja/)).toBeTruthy();
  expect(screen.getByText('Spørgsmål 2')).toBeTruthy();
  key('Backspace');
  await screen.findByText('Anvender I KMD Sag på sagsområdet?');
  expect(screen.queryByRole('list', { name: 'Svar indtil nu' })).toBeNull();
  key('j');
  key('n');
  key('j');
  await screen.findByText(/Brugsmønster D: Manuelle sager/);
  expect(wb.writes).toEqual([{ index: 0, values: { usagePattern: 'D' } }]);
});

test('an answer that contradicts a filled Anvender KMD Sag is never written silently', async () => {
  const wb = new MemoryWorkbook([{ businessArea: 'Social', caseArea: 'Pension', kle: '32.03.00', usesKmdSag: 'Nej' }]);
  render(<App workbook={wb} initialTab="usage" />);
  await screen.findByText('Anvender I KMD Sag på sagsområdet?');
  key('j');
  key('j');
  key('n');
  await screen.findByText(/Det ændrer «Anvender KMD Sag» fra «Nej» til «Ja»/);
  expect(wb.writes).toEqual([]);
  // Tilbage keeps the cells as they are.
  fireEvent.click(screen.getByRole('button', { name: 'Tilbage' }));
  await screen.findByText('Skriver I journalnotaterne i dette fagsystem?');
  key('n');
  fireEvent.click(await screen.findByRole('button', { name: 'Gem ændringen' }));
  await screen.findByText(/Brugsmønster C: Fagsystemstyrede sager/);
  expect(wb.writes).toEqual([{ index: 0, values: { usagePattern: 'C', usesKmdSag: 'Ja' } }]);
});

test('the Ja and Nej buttons answer too, and letters typed in a field are not answers', async () => {
  const wb = new MemoryWorkbook(rows());
  await open(wb);
  const input = document.createElement('input');
  document.body.appendChild(input);
  act(() => void fireEvent.keyDown(input, { key: 'j' }));
  expect(screen.getByText('Anvender I KMD Sag på sagsområdet?')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Ja' }));
  fireEvent.click(screen.getByRole('button', { name: 'Nej' }));
  fireEvent.click(screen.getByRole('button', { name: 'Ja' }));
  await screen.findByText(/Brugsmønster D: Manuelle sager/);
  expect(wb.writes).toEqual([{ index: 0, values: { usagePattern: 'D', usesKmdSag: 'Ja' } }]);
});

test('follows the selection when the user clicks another row', async () => {
  const wb = new MemoryWorkbook(rows());
  await open(wb);
  act(() => wb.select(2));
  await waitFor(() => expect(screen.getByTestId('row-identity').textContent).toContain('Boligstøtte'));
  act(() => wb.select(null));
  await screen.findByText('Markér en celle i en række i tabellen Dokumentation.');
});
