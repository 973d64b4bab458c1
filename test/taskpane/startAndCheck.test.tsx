/** @jest-environment jsdom */
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../support/jsdomShims';
import { SCENARIO_LABELS } from '../../src/domain/lists';
import { App } from '../../src/taskpane/App';
import { S } from '../../src/taskpane/strings';
import { SHEETS_MADE_TEXT } from '../../src/workbook/plan';
import { MemoryWorkbook } from './memoryWorkbook';
import { createFakeExcel } from '../support/standIn';
import { officeOn } from '../workbook/office/officeFixtures';
import { insertSampleRows } from '../../src/preview/seed';
import { SAMPLE_ROWS } from '../../src/preview/sampleRows';
import { TABLE_NAME } from '../../src/domain/sheetLayout';

// A tab and Opret's code are loaded when first used, inside the test; on a busy machine that takes longer than the defaults.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5000 });

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

test('Kom i gang counts what the sheet holds: 0 rows after Opret (one empty table row), 12 for the 12 sample rows', async () => {
  const fake = createFakeExcel();
  const workbook = officeOn(fake);
  render(<App workbook={workbook} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Opret' }));
  const slow = { timeout: 20_000 };
  expect(await screen.findByText('Arket Dokumentation er klar med 0 rækker.', {}, slow)).toBeTruthy();
  const summary = screen.getByRole('status');
  expect(summary.textContent).toMatch(/Rækker0/);
  // The table Opret makes has one empty row: not a row of the sheet's content.
  const table = () => fake.model.table(TABLE_NAME)!;
  expect(table().rect.r1 - table().rect.r0).toBe(1);
  await insertSampleRows(fake, workbook);
  expect(
    await screen.findByText(`Arket Dokumentation er klar med ${SAMPLE_ROWS.length} rækker.`, {}, slow),
  ).toBeTruthy();
  expect(table().rect.r1 - table().rect.r0).toBe(SAMPLE_ROWS.length);
  expect(fake.cells('Dokumentation').length).toBe(1 + SAMPLE_ROWS.length);
  // The summary under it agrees: the rows the sheet has now, not the 0 it had when Opret ran.
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toMatch(new RegExp(`Rækker${SAMPLE_ROWS.length}`)),
  );
  expect(screen.getByRole('status').textContent).toContain('Workshopark');
}, 60_000);

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

test('Tjek asks what a styregruppe would ask: the same decided order twice, manual cases on a row of type A, B or E', async () => {
  const decided = { usesKmdSag: 'Ja', caseworkerCount: 4, usagePattern: 'C', manualCaseCount: 10 };
  const toBe = {
    tenderTime: 2027,
    marketSolutions: 'SBSYS',
    casesFuture: 'SBSYS',
    journalNotesFuture: 'SBSYS',
    alertsFuture: 'SBSYS',
    documentsFuture: 'SBSYS',
    overviewFuture: 'SBSYS',
    businessCritical: 'Ja',
    cleanupComplexity: 'Lav',
    solutionScenario: SCENARIO_LABELS[1],
    decidedScenario: SCENARIO_LABELS[1],
    decidedOrder: 2,
  };
  const wb = new MemoryWorkbook([
    { businessArea: 'Social', caseArea: 'Pension', kle: '32.03.00', ...decided, ...toBe },
    { businessArea: 'Social', caseArea: 'Boligstøtte', kle: '32.04.00', ...decided, ...toBe },
    {
      businessArea: 'Social',
      caseArea: 'Pas',
      kle: '23.15.00',
      usesKmdSag: 'Ja',
      caseworkerCount: 3,
      usagePattern: 'E',
      manualCaseCount: 120,
    },
  ]);
  render(<App workbook={wb} initialTab="check" />);
  await screen.findByRole('heading', { name: 'Til styregruppen (3)' });
  expect(
    screen.getByRole('button', {
      name: /Række 2 \(Pension\), Besluttet rækkefølge: Besluttet rækkefølge 2 står også på række 3/,
    }),
  ).toBeTruthy();
  expect(
    screen.getByRole('button', {
      name: /Række 4 \(Pas\), Antal manuelle sager i KMD Sag: Brugsmønster E med 120 manuelle sager/,
    }),
  ).toBeTruthy();
  expect(screen.getByRole('status').textContent).toMatch(/3 spørgsmål til styregruppen/);
});

test('Kom i gang names every sheet Opret makes, as the adapters do', () => {
  expect(S.start.absent).toContain(`«Opret» laver arkene ${SHEETS_MADE_TEXT}.`);
  expect(SHEETS_MADE_TEXT).toContain('Workshopark');
});

test('tabs are reachable and labelled', async () => {
  const wb = new MemoryWorkbook([]);
  render(<App workbook={wb} />);
  await screen.findByText('Arket Dokumentation er klar med 0 rækker.');
  expect(screen.getAllByRole('tab')).toHaveLength(4);
  for (const name of ['Kom i gang', 'Brugsmønster', 'Række', 'Tjek'])
    expect(screen.getByRole('tab', { name })).toBeTruthy();
  fireEvent.click(screen.getByRole('tab', { name: 'Tjek' }));
  expect(await screen.findByText('Alt er i orden: alle rækker er gyldige og udfyldt for deres fase.')).toBeTruthy();
});
