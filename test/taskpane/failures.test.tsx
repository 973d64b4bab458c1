/** @jest-environment jsdom */
/**
 * Every way the pane can meet a workbook it cannot work on, over the Office adapter and the strict fake Excel.
 * Each one: a Danish message in the pane (no English, no Excel error code), and the workbook's cells, sheet names
 * and tables exactly as before (or, where Excel failed part-way and could not be undone, the user's data intact).
 *
 * | path                                                      | message in the pane                                          |
 * | --------------------------------------------------------- | ------------------------------------------------------------ |
 * | Opgrader after the header row is gone                     | Kan ikke finde overskriftsrækken …                           |
 * | Opgrader with «Dokumentation (før opgradering)» taken     | (handled) the old copy stays; Sikkerhedskopi «… 2)»          |
 * | Opret with a sheet of our name holding data               | … allerede et ark ved navn «Lister». Omdøb eller flyt …      |
 * | Opret with a table named Dokumentation of other columns   | … allerede en tabel ved navn «Dokumentation». Giv den …      |
 * | Opret / Opgrader failed by Excel part-way                 | … blev afbrudt. <reason> Projektmappen er sat tilbage …      |
 * | … and the roll-back fails too                             | … kunne ikke sættes helt tilbage … Dine data er urørte i …   |
 * | Brugsmønster answer, row deleted by a co-author           | Brugsmønster 0 blev ikke gemt. Rækken «…» står ikke længere… |
 * | Brugsmønster answer, last row deleted (index past table)  | same; nothing written below the table                        |
 * | Brugsmønster answer while Excel edits a cell              | … Tryk Enter eller Esc i arket …; «Prøv at gemme igen» works |
 * | Brugsmønster answer, a column renamed by a co-author      | Kolonnen «Anvender KMD Sag» findes ikke i tabellen …         |
 * | Række write refused (protected sheet, AccessDenied)       | Excel tillod ikke ændringen …; the typed text stays          |
 * | Række write, row deleted by a co-author                   | Rækken «…» står ikke længere …; the typed text stays         |
 * | Række value outside the rules                             | (saved as typed) «2305» er ikke et KLE-nummer …              |
 * | Kom i gang on a table with a renamed column               | (handled) Opgrader offered; nothing lost                     |
 * | Tjek after the table's sheet was deleted                  | Arket er ikke sat op endnu …                                 |
 * | Visninger after the table's sheet was deleted             | Projektmappen har intet dokumentationsark … mangler.         |
 * | Visninger on an Excel without an API it claims            | Denne udgave af Excel mangler en funktion …                  |
 * | the sheet cannot be read (Excel fails the read)           | Arket kunne ikke læses: Excel meldte en intern fejl …        |
 */
import '../support/jsdomShims';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App, type TabId } from '../../src/taskpane/App';
import { SHEET } from '../../src/domain/sheetLayout';
import { S } from '../../src/taskpane/strings';
import { createFakeExcel } from '../support/standIn';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import type { LiveWorkbook } from '../../src/workbook/types';
import { englishIn } from '../support/english';
import { sheetCells, workbookFingerprint } from '../support/workbookFingerprint';
import { officeOn } from '../workbook/office/officeFixtures';
import { coAuthorDeletesRow, coAuthorDeletesSheet, coAuthorRenamesColumn, ready, upgradable } from './failureFixtures';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5000 });

const open = (workbook: LiveWorkbook, tab: TabId) => render(<App workbook={workbook} initialTab={tab} />);

/** The message is shown, and nothing in the pane is English. */
async function shows(message: RegExp): Promise<void> {
  await screen.findByText(message);
  expect(englishIn(document.body.textContent ?? '')).toEqual([]);
}

/** The actions Excel ran in the sync that failed last, before it failed (the fake logs each action as it runs). */
function ranBeforeFailure(log: string[]): string[] {
  const failed = log.map((l) => l.includes('(failed)')).lastIndexOf(true);
  const start =
    log
      .slice(0, failed)
      .map((l) => l.startsWith('sync '))
      .lastIndexOf(true) + 1;
  return log.slice(start, failed);
}

/** The questionnaire for the active row, answered Nej to the first question (brugsmønster 0). */
async function answerNo(): Promise<void> {
  // The region named by its heading; the questions are looked for within it, not in the whole pane.
  const usage = within(await screen.findByRole('region', { name: 'Brugsmønster' }));
  const again = usage.queryByRole('button', { name: 'Besvar igen' });
  if (again) fireEvent.click(again);
  // A row that says Anvender KMD Sag = Ja starts at question 2: back to question 1, whose Nej gives 0.
  if (usage.queryByRole('list', { name: 'Svar indtil nu' }))
    fireEvent.click(usage.getByRole('button', { name: 'Tilbage' }));
  await usage.findByText('Anvender I KMD Sag på sagsområdet?');
  fireEvent.click(await usage.findByRole('button', { name: 'Nej' }));
  // 0 changes a filled Anvender KMD Sag: the pane asks first.
  const confirm = usage.queryByRole('button', { name: 'Gem ændringen' });
  if (confirm) fireEvent.click(confirm);
}

describe('Kom i gang', () => {
  test('Opgrader after the header row is gone: Danish message, workbook unchanged', async () => {
    const { fake, workbook } = upgradable();
    open(workbook, 'start');
    const button = await screen.findByRole('button', { name: 'Opgrader' });
    fake.put('Ark1', 'A3', [Array(15).fill('')]);
    const before = workbookFingerprint(fake);
    fireEvent.click(button);
    await shows(/Kan ikke finde overskriftsrækken/);
    expect(workbookFingerprint(fake)).toEqual(before);
  });

  test('Opgrader when «Dokumentation (før opgradering)» is taken: the old copy stays, the original gets another name', async () => {
    const { fake, workbook } = upgradable();
    fake.put('Dokumentation (før opgradering)', 'A1', [['Sidste års kopi', 42]]);
    const before = workbookFingerprint(fake);
    open(workbook, 'start');
    fireEvent.click(await screen.findByRole('button', { name: 'Opgrader' }));
    await screen.findByText('Sikkerhedskopi');
    // Within Excel's 31 characters: «Dokumentati (før opgradering 2)», the Sikkerhedskopi of the summary.
    const backup = fake.sheetNames().find((n) => n.endsWith('(før opgradering 2)'))!;
    // Hidden, so printing the workbook leaves it out, as the file adapter does it.
    expect(screen.getByText(S.start.backupHidden(backup))).toBeTruthy();
    expect(fake.model.sheet(backup)!.visibility).toBe('Hidden');
    const after = workbookFingerprint(fake);
    expect(sheetCells(after, 'Dokumentation (før opgradering)')).toEqual(
      sheetCells(before, 'Dokumentation (før opgradering)'),
    );
    expect(sheetCells(after, backup)).toEqual(sheetCells(before, 'Ark1'));
  });

  test('Opret with a sheet named Lister that holds data: Danish message, workbook unchanged', async () => {
    const fake = createFakeExcel();
    fake.put('Lister', 'A1', [['Vores egne lister'], ['Borgerservice']]);
    const before = workbookFingerprint(fake);
    open(officeOn(fake), 'start');
    fireEvent.click(await screen.findByRole('button', { name: 'Opret' }));
    await shows(/allerede et ark ved navn «Lister»\. Omdøb eller flyt arket/);
    expect(workbookFingerprint(fake)).toEqual(before);
  });

  test('Opret with a table named Dokumentation of other columns: Danish message, workbook unchanged', async () => {
    const fake = createFakeExcel();
    fake.put(
      'Ark1',
      'A1',
      [
        ['Navn', 'Telefon'],
        ['Ole', '1234'],
      ],
      { literal: true },
    );
    await fake.run(async (context) => {
      context.workbook.tables.add('Ark1!A1:B2', true).name = 'Dokumentation';
      await context.sync();
    });
    const before = workbookFingerprint(fake);
    open(officeOn(fake), 'start');
    fireEvent.click(await screen.findByRole('button', { name: 'Opret' }));
    await shows(/allerede en tabel ved navn «Dokumentation»\. Giv den et andet navn/);
    expect(workbookFingerprint(fake)).toEqual(before);
  });

  test('Opret failed by Excel part-way: rolled back, the workbook exactly as before', async () => {
    const fake = createFakeExcel();
    const before = workbookFingerprint(fake);
    open(officeOn(fake), 'start');
    const button = await screen.findByRole('button', { name: 'Opret' });
    fake.failSync('GeneralException', { afterActions: 60 });
    fireEvent.click(button);
    await shows(
      /^Der skete en fejl: Oprettelsen blev afbrudt\. Excel meldte en intern fejl\. .* Projektmappen er sat tilbage, som den var/,
    );
    // Excel had renamed the empty Ark1 and written into it before it failed.
    expect(ranBeforeFailure(fake.log)).toEqual(expect.arrayContaining(['Worksheet.name', 'Range.values']));
    expect(workbookFingerprint(fake)).toEqual(before);
  });

  test('Opgrader failed by Excel part-way: rolled back, the workbook exactly as before', async () => {
    const { fake, workbook } = upgradable();
    const before = workbookFingerprint(fake);
    open(workbook, 'start');
    const button = await screen.findByRole('button', { name: 'Opgrader' });
    fake.failSync('AccessDenied', { afterActions: 40 });
    fireEvent.click(button);
    await shows(
      /Opgraderingen blev afbrudt\. Excel tillod ikke ændringen\. .* Projektmappen er sat tilbage, som den var/,
    );
    expect(ranBeforeFailure(fake.log)).toContain('Worksheet.name');
    expect(workbookFingerprint(fake)).toEqual(before);
    expect(screen.getByRole('button', { name: 'Opgrader' })).toBeTruthy();
  });

  test('Opgrader failed and the roll-back failed too: the original data is intact, and the message says what to do', async () => {
    const { fake, workbook } = upgradable();
    const original = sheetCells(workbookFingerprint(fake), 'Ark1');
    open(workbook, 'start');
    const button = await screen.findByRole('button', { name: 'Opgrader' });
    fake.failSync('GeneralException', { afterActions: 40, times: 2 });
    fireEvent.click(button);
    await shows(/Opgraderingen blev afbrudt\. Excel meldte en intern fejl\. .*kunne ikke sættes helt tilbage\./);
    const text = document.body.textContent;
    expect(text).toMatch(
      /Luk den uden at gemme, eller hent den forrige udgave under Versionshistorik.*Slet ingen ark, før du har set efter/,
    );
    expect(text).not.toMatch(/Slet de ark/);
    expect(text).toMatch(
      /Dine data er urørte i arket «Ark1», som nu måske hedder «Dokumentation \(før opgradering\)»: giv det navnet «Ark1» igen\./,
    );
    const after = workbookFingerprint(fake);
    expect(sheetCells(after, 'Ark1') ?? sheetCells(after, 'Dokumentation (før opgradering)')).toEqual(original);
  });

  test('a table with a renamed column: Opgrader is offered, and nothing is lost', async () => {
    const { fake, workbook } = await ready();
    coAuthorRenamesColumn(fake, 'Anvender KMD Sag', 'Ekstra');
    const before = workbookFingerprint(fake);
    open(workbook, 'start');
    await screen.findByText(/Kolonner der tilføjes: Anvender KMD Sag\./);
    fireEvent.click(screen.getByRole('button', { name: 'Opgrader' }));
    await screen.findByText(/Ekstra/);
    const backup = fake.sheetNames().find((n) => n.endsWith('(før opgradering 2)'))!;
    expect(sheetCells(workbookFingerprint(fake), backup)).toEqual(sheetCells(before, SHEET.documentation));
  });
});

describe('Brugsmønster and Række', () => {
  test('an answer after a co-author deleted the row: not written anywhere, and the answer is named', async () => {
    const { fake, workbook } = await ready(1);
    open(workbook, 'usage');
    const shown = (await screen.findByTestId('row-identity')).textContent;
    coAuthorDeletesRow(fake, 1);
    const before = workbookFingerprint(fake);
    await answerNo();
    await shows(
      /Brugsmønster 0 blev ikke gemt\. Rækken «.+» står ikke længere på række 3: .*Intet er gemt\. Markér rækken/,
    );
    expect(workbookFingerprint(fake)).toEqual(before);
    expect(screen.getByTestId('row-identity').textContent).toBe(shown);
  });

  test('an answer for the last row after a co-author deleted it: nothing written below the table', async () => {
    const { fake, workbook } = await ready(7, 8);
    open(workbook, 'usage');
    await screen.findByTestId('row-identity');
    coAuthorDeletesRow(fake, 7);
    const before = workbookFingerprint(fake);
    await answerNo();
    await shows(/Brugsmønster 0 blev ikke gemt\. Rækken «.+» står ikke længere på række 9/);
    expect(workbookFingerprint(fake)).toEqual(before);
  });

  test('an answer while Excel edits a cell: the answer stays, and «Prøv at gemme igen» saves it', async () => {
    const { fake, workbook } = await ready(2);
    open(workbook, 'usage');
    await screen.findByTestId('row-identity');
    const before = workbookFingerprint(fake);
    fake.failSync('InvalidOperationInCellEditMode');
    await answerNo();
    await shows(
      /Brugsmønster 0 blev ikke gemt\. Excel er i gang med at redigere en celle\. Tryk Enter eller Esc i arket/,
    );
    expect(workbookFingerprint(fake)).toEqual(before);
    fireEvent.click(screen.getByRole('button', { name: 'Prøv at gemme igen' }));
    await screen.findByText('Gemt i arket.');
    expect((await workbook.snapshot()).rows[2].values).toMatchObject({ usagePattern: '0', usesKmdSag: 'Nej' });
  });

  test('an answer when a co-author renamed a column it writes: nothing written', async () => {
    const { fake, workbook } = await ready(1);
    open(workbook, 'usage');
    await screen.findByTestId('row-identity');
    coAuthorRenamesColumn(fake, 'Anvender KMD Sag', 'Ekstra');
    const before = workbookFingerprint(fake);
    await answerNo();
    await shows(
      /Brugsmønster 0 blev ikke gemt\. Kolonnen «Anvender KMD Sag» findes ikke i tabellen «Dokumentation»\. Intet er gemt/,
    );
    expect(workbookFingerprint(fake)).toEqual(before);
  });

  test('Række: a write refused on a protected sheet keeps what the user typed', async () => {
    const { fake, workbook } = await ready(1);
    open(workbook, 'row');
    const field = (await screen.findByLabelText('Kontaktperson')) as HTMLInputElement;
    const before = workbookFingerprint(fake);
    fake.failSync('AccessDenied');
    fireEvent.change(field, { target: { value: 'Ole Hansen' } });
    fireEvent.blur(field);
    await shows(/Excel tillod ikke ændringen\. Arket eller projektmappen er måske beskyttet/);
    expect(field.value).toBe('Ole Hansen');
    expect(workbookFingerprint(fake)).toEqual(before);
  });

  test('Række: a write after a co-author deleted the row keeps what the user typed, and writes nothing', async () => {
    const { fake, workbook } = await ready(1);
    open(workbook, 'row');
    const field = (await screen.findByLabelText('Bemærkninger')) as HTMLInputElement;
    coAuthorDeletesRow(fake, 1);
    const before = workbookFingerprint(fake);
    fireEvent.change(field, { target: { value: 'Ring til Ole' } });
    fireEvent.blur(field);
    await shows(/Rækken «.+» står ikke længere på række 3: .*Intet er gemt/);
    expect(field.value).toBe('Ring til Ole');
    expect(workbookFingerprint(fake)).toEqual(before);
  });

  test('Række: a value outside the rules is saved as typed and shown as a finding', async () => {
    const { workbook } = await ready(1);
    open(workbook, 'row');
    const field = (await screen.findByLabelText('KLE-nummer')) as HTMLInputElement;
    fireEvent.change(field, { target: { value: '2305' } });
    fireEvent.blur(field);
    await shows(/«2305» er ikke et KLE-nummer/);
    await waitFor(async () => expect((await workbook.snapshot()).rows[1].values.kle).toBe('2305'));
    expect(field.value).toBe('2305');
  });
});

describe('Tjek, Visninger and reading the sheet', () => {
  test('Tjek after the table\u2019s sheet was deleted: «not set up», no error', async () => {
    const { fake, workbook } = await ready();
    open(workbook, 'check');
    const again = await screen.findByRole('button', { name: 'Tjek igen' });
    await coAuthorDeletesSheet(fake);
    fireEvent.click(again);
    await shows(/Arket er ikke sat op endnu\. Opret eller opgrader det under «Kom i gang»\./);
    expect(screen.queryByText(/Der skete en fejl/)).toBeNull();
  });

  test('Visninger after the table\u2019s sheet was deleted: Danish message, workbook unchanged', async () => {
    const { fake, workbook } = await ready();
    open(workbook, 'views');
    const sort = await screen.findByRole('button', { name: 'Sortér efter prioritet' });
    await coAuthorDeletesSheet(fake);
    const before = workbookFingerprint(fake);
    fireEvent.click(sort);
    await shows(
      /Projektmappen har intet dokumentationsark\. .*\(Tabellen «Dokumentation» eller en af dens kolonner mangler\.\)/,
    );
    expect(workbookFingerprint(fake)).toEqual(before);
  });

  test('Visninger on an Excel that lacks an API it claims: Danish message, no error code', async () => {
    const fake = createFakeExcel({ apiVersion: '1.8' });
    fake.put('Ark1', 'A1', (await import('../workbook/office/officeFixtures')).r1Grid(8), { literal: true });
    await officeOn(fake).upgrade();
    const claimsAll = new OfficeWorkbook(fake.run, () => true);
    const before = workbookFingerprint(fake);
    open(claimsAll, 'views');
    const group = await screen.findByRole('group', { name: 'Løsningsscenarie' });
    fireEvent.click(within(group).getAllByRole('checkbox')[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Anvend filter' }));
    await shows(/Denne udgave af Excel mangler en funktion, som handlingen bruger\. Opdater Excel/);
    expect(workbookFingerprint(fake)).toEqual(before);
  });

  test('the sheet cannot be read: the pane says why in Danish, and «Læs arket igen» reads it', async () => {
    const { fake, workbook } = await ready();
    // Three: the active-row read takes one as "no selection to give", the sheet read one as "too large" and retries.
    fake.failSync('GeneralException', { on: 'any', times: 3 });
    open(workbook, 'check');
    await shows(/Arket kunne ikke læses: Excel meldte en intern fejl\./);
    expect(screen.queryByText(/Arket er ikke sat op endnu/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Læs arket igen' }));
    await screen.findByRole('button', { name: 'Tjek igen' });
    expect(screen.queryByText(/Arket kunne ikke læses/)).toBeNull();
  });
});
