import { canonicalHeader, findHeaderRow, matchHeader, matchHeaderRow } from '../../src/domain/headers';
import { COLUMNS } from '../../src/domain/schema';

describe('header matching', () => {
  test('every schema header and alias folds to a distinct key', () => {
    const canon = COLUMNS.map((c) => canonicalHeader(c.header));
    expect(new Set(canon).size).toBe(COLUMNS.length);
    for (const c of COLUMNS) {
      expect(matchHeader(c.header)).toBe(c.key);
      for (const a of c.aliases ?? []) expect(matchHeader(a)).toBe(c.key);
    }
  });
  test.each([
    ['fagområde', 'businessArea'],
    ['  FAGOMRÅDE ', 'businessArea'],
    ['Fagomrade', 'businessArea'],
    ['Fagomraade', 'businessArea'],
    ['KLE nr.', 'kle'],
    ['Brugermønster', 'usagePattern'],
    ['Brugsmonster', 'usagePattern'],
    ['Forretningskritisk?', 'businessCritical'],
    ['Er sagsområdet forretningskritisk?', 'businessCritical'],
    ['Kompleksitet af oprydningsarbejdet', 'cleanupComplexity'],
    ['Omfanget af oprydningsarbejdet', 'cleanupScope'],
    ['Antal sagsbehandlere (ca.)', 'caseworkerCount'],
    ['Kan arkiveres?', 'canArchive'],
    ['Fagsystem i monopolbrud / TSA', 'monopolySystem'],
    ['Bemærkninger:', 'remarks'],
    ['Løsnings-scenarie', 'solutionScenario'],
    ['Loesningsscenarie', 'solutionScenario'],
    ['Journalnotater i', 'journalNotesNowIn'],
  ])('%s → %s', (header, key) => expect(matchHeader(header)).toBe(key));
  test.each(['Sager', 'Noter om mødet', 'Ansvarlig leder', ''])('%s is not ours', (header) =>
    expect(matchHeader(header)).toBeNull(),
  );

  test('finds the header row below a title and keeps unknown and duplicate columns', () => {
    const grid = [
      ['Dokumentationsark – Roskilde Kommune'],
      [],
      ['Sagsområde', 'Fagomrade', 'Egen note', 'KLE', 'Brugermønster', 'Fagområde'],
      ['Hjælp til forsørgelse', 'Beskæftigelse', 'x', '32.18.02', 'C', 'dublet'],
    ];
    const found = findHeaderRow(grid);
    expect(found?.rowIndex).toBe(2);
    expect(found?.match.columns).toMatchObject({ caseArea: 0, businessArea: 1, kle: 3, usagePattern: 4 });
    expect(found?.match.unknown.map((u) => u.header)).toEqual(['Egen note', 'Fagområde']);
  });
  test('no row with three known headers → null', () => {
    expect(
      findHeaderRow([
        ['a', 'b'],
        ['Fagområde', 'x'],
      ]),
    ).toBeNull();
  });
  test('our typed-fallback columns are recognised as such', () => {
    expect(matchHeaderRow(['Brugerantal', 'Brugerantal (indtastet)']).fallbacks).toEqual({ userCountCategory: 1 });
  });
});
