import { COLUMNS, TO_BE_KEYS, column } from '../../src/domain/schema';
import { defaultLists, validateCell, validateRow } from '../../src/domain/validation';
import { normaliseValue } from '../../src/domain/normalise';
import { planUpgrade } from '../../src/domain/upgrade';

const lists = defaultLists(['Beskæftigelse', 'Borgerservice']);

describe('cell validation', () => {
  test.each([
    ['kle', '32.18.02', null],
    ['kle', '32.18', null],
    ['kle', '321802', /NN\.NN\.NN/],
    ['kle', 32.18, /KLE-nummer/],
    ['caseworkerCount', 12, null],
    ['caseworkerCount', 0, null],
    ['caseworkerCount', -1, /helt tal/],
    ['caseworkerCount', 2.5, /helt tal/],
    ['caseworkerCount', '12', /tekst/],
    ['usagePattern', 'C', null],
    ['usagePattern', 'c', null],
    ['usagePattern', 'X', /Vælg «0», «A», «B», «C», «D», «E»/],
    ['businessArea', 'Teknik', /står ikke på listen/],
    ['solutionScenario', '2', /Vælg scenariet med navn: «2\. Anvend allerede eksisterende ESDH eller fagsystemer»/],
    ['tenderTime', 2027, null],
    ['tenderTime', 'efter KY', null],
    ['tenderTime', 12, /dato eller et årstal/],
    ['remarks', '=SUM(A1)', null],
  ] as const)('%s %p', (key, value, expected) => {
    const msg = validateCell(column(key), value, lists);
    if (expected === null) expect(msg).toBeNull();
    else expect(msg).toMatch(expected);
  });

  test('missing fields follow the phase: screening, As-is when KMD Sag is used, To-be for C and D', () => {
    const keys = (row: Parameters<typeof validateRow>[0]) =>
      validateRow(row, lists)
        .filter((f) => f.severity === 'missing')
        .map((f) => f.key);
    expect(keys({})).toEqual([]);
    expect(keys({ caseArea: 'Pas' })).toEqual(['businessArea', 'usesKmdSag']);
    expect(keys({ businessArea: 'Borgerservice', caseArea: 'Pas', usesKmdSag: 'Nej' })).toEqual([]);
    expect(keys({ businessArea: 'Borgerservice', caseArea: 'Pas', usesKmdSag: 'Ja' })).toEqual([
      'caseworkerCount',
      'usagePattern',
    ]);
    expect(
      keys({ businessArea: 'Borgerservice', caseArea: 'Pas', usesKmdSag: 'Ja', caseworkerCount: 3, usagePattern: 'D' }),
    ).toEqual(['manualCaseCount', ...TO_BE_KEYS]);
  });

  test('brugsmønster must agree with Anvender KMD Sag', () => {
    const msgs = validateRow(
      { businessArea: 'Borgerservice', caseArea: 'Pas', usesKmdSag: 'Nej', usagePattern: 'C' },
      lists,
    ).map((f) => f.message);
    expect(msgs.join()).toMatch(/passer ikke/);
  });
});

describe('normalisation during upgrade', () => {
  test.each([
    ['businessArea', ' beskæftigelse ', 'Beskæftigelse'],
    ['usesKmdSag', 'ja', 'Ja'],
    ['caseworkerCount', ' 12 ', 12],
    ['kle', '321802', '32.18.02'],
    ['kle', '3218', '32.18'],
    ['solutionScenario', '3', '3. Tilpas eksisterende ESDH eller fagsystemløsning'],
    ['solutionScenario', 4, '4. Anskaf nyt ESDH eller fagsystemløsning'],
    ['usagePattern', 'c', 'C'],
    // Ambiguous: kept as typed.
    ['caseworkerCount', '1.200', '1.200'],
    ['kle', '32-18-02', '32-18-02'],
    ['usesKmdSag', 'Måske', 'Måske'],
    ['remarks', '  =SUM(A1) ', '  =SUM(A1) '],
  ] as const)('%s %p → %p', (key, from, to) => {
    expect(normaliseValue(column(key), from, lists)).toEqual(to);
  });

  test('a plan keeps rows in order, drops only fully empty rows, and reports findings with new row numbers', () => {
    const plan = planUpgrade({
      values: [
        ['Fagområde', 'Sagsområde', 'KLE', 'Antal sagsbehandlere'],
        ['Borgerservice', 'Pas', '27.12.02', 'mange'],
        [null, null, null, null],
        ['Beskæftigelse', 'Sygedagpenge', '32.18.02', 4],
      ],
    });
    expect(plan.rows.map((r) => r[1])).toEqual(['Pas', 'Sygedagpenge']);
    expect(plan.findings).toEqual([
      expect.objectContaining({ row: 2, column: 'Antal sagsbehandlere', value: 'mange' }),
    ]);
    expect(plan.columns).toHaveLength(COLUMNS.length);
  });
});

test('fagområder: trimmed, each once whatever the case, in order of first appearance', async () => {
  const { uniqueAreas } = await import('../../src/domain/areas');
  expect(uniqueAreas(['Borgerservice'], [' borgerservice ', null, '', 'Teknik', 'TEKNIK', 7])).toEqual([
    'Borgerservice',
    'Teknik',
    '7',
  ]);
});
