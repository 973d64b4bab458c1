/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { MemoryWorkbook } from './memoryWorkbook';
import { SAMPLE_ROWS } from '../../src/preview/sampleRows';

// Rendering the whole pane takes seconds on a loaded machine.
jest.setTimeout(30_000);

const ROWS = [
  { businessArea: 'Borgerservice', caseArea: 'Sygedagpenge', usesKmdSag: 'Ja', caseworkerCount: 12, usagePattern: 'C' },
  { businessArea: 'Borgerservice', caseArea: 'Pas', usesKmdSag: 'Ja' },
  { businessArea: 'Borgerservice', caseArea: 'Kørekort', kle: '2315', usesKmdSag: 'Nej', usagePattern: '0' },
  { businessArea: 'Borgerservice', caseArea: 'Vielser', kle: 'x', usesKmdSag: 'Nej', caseworkerCount: -1 },
];

test('Tjek: invalid values first, then missing fields grouped per row and phase, To-be apart', async () => {
  const wb = new MemoryWorkbook(ROWS);
  render(<App workbook={wb} initialTab="check" />);
  const lists = await screen.findAllByRole('list');
  const labels = lists.map((l) => l.getAttribute('aria-label'));
  expect(labels).toEqual([
    'Pr. fase',
    'Ugyldige værdier. Vælg en linje for at gå til cellen.',
    'Manglende felter. Vælg en linje for at gå til cellen.',
    'To-be-svar, der mangler. Vælg en linje for at gå til cellen.',
  ]);
  const [phases, invalid, missing, toBe] = lists.map((l) =>
    within(l)
      .getAllByRole('listitem')
      .map((i) => i.textContent),
  );
  expect(invalid).toEqual([
    expect.stringMatching(/^UgyldigRække 4 \(Kørekort\), KLE-nummer: «2315»/),
    expect.stringMatching(/^UgyldigRække 5 \(Vielser\), KLE-nummer: «x»/),
    expect.stringMatching(/^UgyldigRække 5 \(Vielser\), Antal sagsbehandlere: «-1»/),
  ]);
  expect(missing).toEqual([
    'ManglerRække 2 (Sygedagpenge): 1 As-is-felt manglerAntal manuelle sager i KMD Sag',
    'ManglerRække 3 (Pas): 2 As-is-felter manglerAntal sagsbehandlere, Brugsmønster',
  ]);
  expect(toBe).toEqual(['To-beRække 2 (Sygedagpenge): 10 To-be-felter mangler']);
  expect(phases).toEqual(['Screening: 2', 'As-is: 4', 'To-be: 10', 'Prioritering: 0']);
  expect(
    screen.getByText('3 ugyldige værdier, 3 manglende felter i 2 rækker, 10 To-be-svar mangler i 1 række.'),
  ).toBeTruthy();

  // A group goes to its first missing cell.
  fireEvent.click(screen.getByRole('button', { name: /Række 3 \(Pas\): 2 As-is-felter mangler/ }));
  await waitFor(() => expect(wb.selections).toEqual([{ index: 1, key: 'caseworkerCount' }]));
});

test('Tjek on the sample rows: no line per empty field, the invalid value comes first', async () => {
  const wb = new MemoryWorkbook([...SAMPLE_ROWS]);
  render(<App workbook={wb} initialTab="check" />);
  const buttons = (await screen.findAllByRole('button')).filter((b) =>
    /^(Ugyldig|Mangler|To-be)Række/.test(b.textContent ?? ''),
  );
  const rowsWithFindings = new Set(buttons.map((b) => /Række (\d+)/.exec(b.textContent ?? '')![1]));
  // At most one line per row and phase, plus one per invalid value.
  expect(buttons.length).toBeLessThanOrEqual(
    rowsWithFindings.size * 4 + buttons.filter((b) => /^Ugyldig/.test(b.textContent ?? '')).length,
  );
  const kinds = buttons.map((b) => /^(Ugyldig|Mangler|To-be)/.exec(b.textContent ?? '')![1]);
  expect(kinds).toEqual(
    [...kinds].sort((a, b) => ['Ugyldig', 'Mangler', 'To-be'].indexOf(a) - ['Ugyldig', 'Mangler', 'To-be'].indexOf(b)),
  );
  expect(screen.queryByText(/\b1 ugyldige\b|\b1 rækker\b|\b1 manglende felter\b/)).toBeNull();
});
