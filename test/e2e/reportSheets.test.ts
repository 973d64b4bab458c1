/**
 * The preview shows results, not formulas: after Opret and the 12 sample rows, Overblik, Beslutningsgrundlag and
 * Workshopark show values (no cell starting with "="), and their counts are the domain model's for the same rows.
 */
import { previewWithSamples } from './server';
import { SAMPLE_ROWS } from '../../src/preview/sampleRows';
import { decisionSummary, patternOverview, scenarioOverview } from '../../src/domain/overview';
import { SCENARIO_LABELS, USAGE_PATTERNS } from '../../src/domain/lists';
import { ALL_CD, SCENARIO_HEADERS } from '../../src/workbook/reportSheetsPlan';

jest.setTimeout(300_000);

const preview = previewWithSamples();
const pane = () => preview.page.getByRole('complementary', { name: 'Opgaverude' });

/** The sheet as the grid draws it (hidden rows and columns are not drawn): rows of cell texts, A first. */
async function shownSheet(name: string): Promise<string[][]> {
  await preview.page.getByRole('tablist', { name: 'Ark i projektmappen' }).getByRole('tab', { name }).click();
  const table = preview.page.locator(`table[data-sheet="${name}"]`);
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

/** The line labelled `label` under the header row that starts with `first`, as { header: text }. */
function line(sheet: string[][], first: string, label: string): Record<string, string> {
  const h = sheet.findIndex((r) => r[0] === first);
  expect(h).toBeGreaterThanOrEqual(0);
  const l = sheet.slice(h + 1).find((r) => r[0] === label);
  expect(l).toBeDefined();
  return Object.fromEntries(sheet[h]!.map((header, c) => [header, l![c]!]));
}

const startsWithEquals = (sheet: string[][]) => sheet.flat().filter((t) => t.startsWith('='));

test('Overblik, Beslutningsgrundlag and Workshopark show values; the totals are the model’s', async () => {
  const overview = await shownSheet('Overblik');
  expect(startsWithEquals(overview)).toEqual([]);
  // Every row in use by brugsmønster (the sample rows), as a Danish Excel shows #,##0.
  const all = patternOverview(SAMPLE_ROWS, USAGE_PATTERNS).find((l) => l.label === 'I alt')!;
  expect(line(overview, 'Brugsmønster', 'I alt')).toMatchObject({
    Sagsområder: all.numbers[0]!.toLocaleString('da-DK'),
    Sagsbehandlere: all.numbers[1]!.toLocaleString('da-DK'),
  });
  expect(all.numbers[1]).toBeGreaterThan(100);
  // The scenario table counts the C and D rows only: its «I alt» is theirs.
  const total = scenarioOverview(SAMPLE_ROWS, [], SCENARIO_LABELS).at(-1)!;
  expect(line(overview, 'Fagområde', 'I alt')[ALL_CD]).toBe(
    String(total.numbers[SCENARIO_HEADERS.indexOf(ALL_CD) - 1]),
  );
  expect(startsWithEquals(await shownSheet('Beslutningsgrundlag'))).toEqual([]);
  expect(startsWithEquals(await shownSheet('Workshopark'))).toEqual([]);
});

test('a row made C in the pane: Overblik counts it, Beslutningsgrundlag lists it, Workshopark shows its answers', async () => {
  await shownSheet('Dokumentation');
  await preview.page.locator('table[data-sheet="Dokumentation"] td[data-address="B5"]').click();
  await pane().getByRole('tab', { name: 'Række' }).click();
  await pane().getByRole('heading', { name: 'Række 5' }).waitFor();
  await pane()
    .getByRole('combobox', { name: /^Brugsmønster/ })
    .selectOption('C');
  const scenario = pane().getByRole('combobox', { name: /^Løsningsscenarie/ });
  await scenario.waitFor();
  await scenario.selectOption(SCENARIO_LABELS[1]!);
  await preview.page
    .locator('table[data-sheet="Dokumentation"] tr[data-row="5"] td')
    .filter({ hasText: SCENARIO_LABELS[1]! })
    .waitFor();

  const rows = SAMPLE_ROWS.map((r, i) =>
    i === 3 ? { ...r, usagePattern: 'C', solutionScenario: SCENARIO_LABELS[1]! } : r,
  );
  const expected = decisionSummary(rows, SCENARIO_LABELS);
  const overview = await shownSheet('Overblik');
  expect(startsWithEquals(overview)).toEqual([]);
  const second = line(overview, 'Løsningsscenarie', SCENARIO_LABELS[1]!);
  expect(second['Sagsområder (anbefalet)']).toBe(String(expected[1]!.numbers[0]));
  expect(second['Sagsbehandlere (anbefalet)']).toBe(String(expected[1]!.numbers[2]));
  expect(second['Sagsbehandlere (anbefalet)']).toBe(String(SAMPLE_ROWS[3]!.caseworkerCount));

  const decision = await shownSheet('Beslutningsgrundlag');
  expect(startsWithEquals(decision)).toEqual([]);
  expect(line(decision, 'Nr.', '1')).toMatchObject({
    Sagsområde: 'Sygedagpenge',
    'Anbefalet løsningsscenarie': SCENARIO_LABELS[1],
    Prioritet: '1',
  });

  await pane().getByRole('button', { name: 'Workshopark for rækken' }).click();
  const workshop = await shownSheet('Workshopark');
  expect(startsWithEquals(workshop)).toEqual([]);
  const answer = (label: string) => workshop.find((r) => r[0] === label)?.[1];
  expect(answer('Sagsområde')).toBe('Sygedagpenge');
  expect(answer('Fagområde')).toBe(SAMPLE_ROWS[3]!.businessArea);
  expect(answer('Antal sagsbehandlere')).toBe(String(SAMPLE_ROWS[3]!.caseworkerCount));
});

test('nothing left localhost', () => expect(preview.outside).toEqual([]));
