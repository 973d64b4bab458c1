/** @jest-environment jsdom */
import { fireEvent, render, screen, within, waitFor } from '@testing-library/react';
import '../support/jsdomShims';
import { App } from '../../src/taskpane/App';
import { MemoryWorkbook } from './memoryWorkbook';
import { createFakeExcel } from '../support/standIn';
import { officeOn, putR1 } from '../workbook/office/officeFixtures';
import { SHEET } from '../../src/domain/sheetLayout';
import { HANDOUTS_SHEET } from '../../src/workbook/workshopPlan';

const rows = () => [
  {
    businessArea: 'Borgerservice',
    caseArea: 'Folkeregistrering',
    kle: '23.05.00',
    caseworkerCount: 4,
    userCountCategory: 'Få',
  },
  {
    businessArea: 'Social og Sundhed',
    caseArea: 'Hjælp til forsørgelse',
    kle: '32.18.02',
    usagePattern: 'C',
    canArchive: 'Måske',
  },
];

async function open(wb: MemoryWorkbook) {
  render(<App workbook={wb} initialTab="row" />);
  return screen.findByRole('heading', { name: `Række ${(wb.active ?? 0) + 2}` });
}

test('shows As-is fields, hides To-be for a row that is not C or D, and shows formulas read-only', async () => {
  const wb = new MemoryWorkbook(rows());
  await open(wb);
  expect(screen.getByLabelText('Antal sagsbehandlere')).toHaveProperty('value', '4');
  expect(screen.queryByLabelText('Forretningskritisk')).toBeNull();
  expect(screen.getByText('To-be-felterne udfyldes kun for brugsmønster C og D.')).toBeTruthy();
  const formula = screen.getByLabelText('Brugerantal') as HTMLInputElement;
  expect(formula.readOnly).toBe(true);
  expect(formula.value).toBe('Få');
  expect(screen.getAllByText('Beregnes med en formel i arket og kan ikke rettes her.')).toHaveLength(3);
});

test('writes only the changed cell on blur, numbers as numbers, and shows the Danish message', async () => {
  const wb = new MemoryWorkbook(rows());
  await open(wb);
  const count = screen.getByLabelText('Antal sagsbehandlere');
  fireEvent.change(count, { target: { value: '12' } });
  fireEvent.blur(count);
  await waitFor(() => expect(wb.writes).toEqual([{ index: 0, values: { caseworkerCount: 12 } }]));

  const kle = screen.getByLabelText('KLE-nummer');
  fireEvent.blur(kle);
  expect(wb.writes).toHaveLength(1);
  fireEvent.change(kle, { target: { value: '2305' } });
  expect(await screen.findByText(/«2305» er ikke et KLE-nummer/)).toBeTruthy();
  fireEvent.blur(kle);
  await waitFor(() => expect(wb.writes[1]).toEqual({ index: 0, values: { kle: '2305' } }));
});

test('a list field writes on change and flags a value outside the list', async () => {
  const wb = new MemoryWorkbook(rows());
  wb.active = 1;
  await open(wb);
  expect(screen.getByText(/«Måske» er ikke et gyldigt svar i «Kan arkiveres»/)).toBeTruthy();
  fireEvent.change(screen.getByLabelText('Kan arkiveres'), { target: { value: 'Delvist' } });
  await waitFor(() => expect(wb.writes).toEqual([{ index: 1, values: { canArchive: 'Delvist' } }]));
  await waitFor(() => expect(screen.queryByText(/«Måske»/)).toBeNull());
});

test('shows the To-be fields for a C row', async () => {
  const wb = new MemoryWorkbook(rows());
  wb.active = 1;
  await open(wb);
  expect(screen.getByLabelText('Forretningskritisk')).toBeTruthy();
  expect(screen.getByLabelText('Løsningsscenarie')).toBeTruthy();
  fireEvent.change(screen.getByLabelText('Antal manuelle sager i KMD Sag'), { target: { value: 'mange' } });
  expect(await screen.findByText(/«mange» er ikke et helt tal/)).toBeTruthy();
});

test('«Workshopark for rækken» sets the handout to the row and says so beside the button', async () => {
  const wb = Object.assign(new MemoryWorkbook(rows()), {
    opened: [] as string[],
    async openWorkshopSheet(caseArea: string) {
      this.opened.push(caseArea);
    },
  });
  await open(wb);
  fireEvent.click(screen.getByRole('button', { name: 'Workshopark for rækken' }));
  await screen.findByText(/Arket Workshopark viser nu «Folkeregistrering»/);
  expect(wb.opened).toEqual(['Folkeregistrering']);
});

test('a workbook without Workshopark: the Danish reason beside the button', async () => {
  const wb = Object.assign(new MemoryWorkbook(rows()), {
    async openWorkshopSheet() {
      throw new Error('x');
    },
  });
  await open(wb);
  fireEvent.click(screen.getByRole('button', { name: 'Workshopark for rækken' }));
  expect(await screen.findByText(/Der skete en fejl/)).toBeTruthy();
});

test('the decision stands under «Beslutning», apart from what the prioritisation computes', async () => {
  const wb = new MemoryWorkbook([
    { businessArea: 'Social', caseArea: 'Pension', kle: '32.03.00', usesKmdSag: 'Ja', usagePattern: 'C' },
  ]);
  render(<App workbook={wb} initialTab="row" />);
  const decision = await screen.findByRole('group', { name: 'Beslutning' });
  expect(within(decision).getByRole('combobox', { name: /^Besluttet løsningsscenarie/ })).toBeTruthy();
  const priority = screen.getByRole('group', { name: 'Prioritering' });
  expect(within(priority).queryByRole('combobox', { name: /^Besluttet løsningsscenarie/ })).toBeNull();
  expect(screen.queryByRole('group', { name: 'Prioritering (beregnet)' })).toBeNull();
});

describe('«Lav workshopark til udskrift»: the handouts of a whole fagområde', () => {
  const withHandouts = (result: { fallbacks: string[] } | Error = { fallbacks: [] }) =>
    Object.assign(new MemoryWorkbook([...rows(), { businessArea: 'Borgerservice', caseArea: 'Pas' }]), {
      made: [] as string[],
      async addWorkshopHandouts(area: string) {
        this.made.push(area);
        if (result instanceof Error) throw result;
        return { handouts: 2, sheet: 'Workshopark til udskrift', fallbacks: result.fallbacks };
      },
    });
  const picker = () => screen.getByLabelText('Workshopark for et helt fagområde') as HTMLSelectElement;

  test('starts from the row’s fagområde, lists the fagområder of the sheet, and says what it made', async () => {
    const wb = withHandouts();
    await open(wb);
    expect(picker().tagName).toBe('SELECT');
    expect(picker().value).toBe('Borgerservice');
    expect([...picker().options].map((o) => o.value)).toEqual(['Borgerservice', 'Social og Sundhed']);
    expect(screen.getByText('Ét workshopark for hvert sagsområde i fagområdet, hvert på sin egen side.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lav workshopark til udskrift' }));
    expect(
      await screen.findByText(
        'Arket Workshopark til udskrift har nu 2 workshopark for Borgerservice, ét pr. side. Udskriv arket fra Excel (Filer → Udskriv).',
      ),
    ).toBeTruthy();
    fireEvent.change(picker(), { target: { value: 'Social og Sundhed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lav workshopark til udskrift' }));
    await waitFor(() => expect(wb.made).toEqual(['Borgerservice', 'Social og Sundhed']));
  });

  test('an Excel that cannot set page breaks: the handouts, and what to do, in the message', async () => {
    const wb = withHandouts({ fallbacks: ['Denne udgave af Excel kan ikke sætte sideskift.'] });
    await open(wb);
    fireEvent.click(screen.getByRole('button', { name: 'Lav workshopark til udskrift' }));
    expect(await screen.findByText('Denne udgave af Excel kan ikke sætte sideskift.')).toBeTruthy();
    expect(screen.getByText(/har nu 2 workshopark for Borgerservice/)).toBeTruthy();
  });

  test('a failure is told in Danish beside the button', async () => {
    await open(withHandouts(new Error('x')));
    fireEvent.click(screen.getByRole('button', { name: 'Lav workshopark til udskrift' }));
    expect(await screen.findByText(/Der skete en fejl/)).toBeTruthy();
  });

  test('a workbook without the operation shows neither the list nor the button', async () => {
    await open(new MemoryWorkbook(rows()));
    expect(screen.queryByLabelText('Workshopark for et helt fagområde')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lav workshopark til udskrift' })).toBeNull();
  });
});

test('over the Office adapter: the button makes a page for each sagsområde of the row’s fagområde', async () => {
  const fake = createFakeExcel({ keepLog: false });
  putR1(fake, 30);
  const workbook = officeOn(fake);
  await workbook.upgrade();
  fake.setSelection(SHEET.documentation, 'B4');
  const [head, ...data] = fake.cells(SHEET.documentation);
  const [area, caseArea] = [head.indexOf('Fagområde'), head.indexOf('Sagsområde')];
  const mine = String(data[2][area]);
  const expected = data.filter(
    (r) => String(r[area]).trim().toLowerCase() === mine.trim().toLowerCase() && String(r[caseArea]).trim(),
  ).length;
  render(<App workbook={workbook} initialTab="row" />);
  await screen.findByRole('heading', { name: 'Række 4' }, { timeout: 20_000 });
  expect((screen.getByLabelText('Workshopark for et helt fagområde') as HTMLSelectElement).value).toBe(mine);
  fireEvent.click(screen.getByRole('button', { name: 'Lav workshopark til udskrift' }));
  await screen.findByText(
    new RegExp(`har nu ${expected === 1 ? 'ét workshopark' : `${expected} workshopark`} for`),
    undefined,
    { timeout: 20_000 },
  );
  const titles = fake.cells(HANDOUTS_SHEET).filter((r) => r[0] === 'Workshopark: To-be for ét sagsområde');
  expect(titles).toHaveLength(expected);
}, 60_000);
