/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { MemoryWorkbook } from './memoryWorkbook';

test('Kom i gang offers Opret in an empty workbook and shows the summary', async () => {
  const wb = new MemoryWorkbook([{ businessArea: 'Borgerservice', caseArea: 'Pas', kle: '23.15.00' }], {
    ready: false,
  });
  render(<App workbook={wb} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Opret' }));
  expect(await screen.findByText('Arkene er oprettet.')).toBeTruthy();
  expect(await screen.findByText('Arket Dokumentation er klar med 1 række.')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Opret' })).toBeNull();
});

test('Tjek lists findings and selects the cell of the one chosen', async () => {
  const wb = new MemoryWorkbook([
    { businessArea: 'Borgerservice', caseArea: 'Pas', kle: '23.15.00', usesKmdSag: 'Nej', usagePattern: '0' },
    { businessArea: 'Borgerservice', caseArea: 'Kørekort', kle: '2315', usesKmdSag: 'Nej', usagePattern: '0' },
  ]);
  render(<App workbook={wb} initialTab="check" />);
  const finding = await screen.findByRole('button', {
    name: /Række 3 \(Kørekort\), KLE-nummer: «2315» er ikke et KLE-nummer/,
  });
  expect(screen.getByText('1 ugyldig værdi.')).toBeTruthy();
  finding.focus();
  fireEvent.click(finding);
  await waitFor(() => expect(wb.selections).toEqual([{ index: 1, key: 'kle' }]));
});

test('tabs are reachable and labelled', async () => {
  const wb = new MemoryWorkbook([]);
  render(<App workbook={wb} />);
  await screen.findByText('Arket Dokumentation er klar med 0 rækker.');
  expect(screen.getAllByRole('tab')).toHaveLength(4);
  for (const name of ['Kom i gang', 'Brugsmønster', 'Række', 'Tjek'])
    expect(screen.getByRole('tab', { name })).toBeTruthy();
  fireEvent.click(screen.getByRole('tab', { name: 'Tjek' }));
  expect(await screen.findByText('Ingen fund: alle rækker er gyldige og udfyldt for deres fase.')).toBeTruthy();
});
