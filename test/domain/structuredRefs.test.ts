import { renameStructuredColumns } from '../../src/domain/structuredRefs';

const RENAMES: Record<string, string> = {
  'kle nr': 'KLE-nummer',
  'antal brugere': 'Antal sagsbehandlere',
  brugerantal: 'Brugerantal (vurderet)',
};
const rename = (h: string) => RENAMES[h.toLowerCase()];

test.each([
  ['=[@[KLE nr]]&"x"', '=[@[KLE-nummer]]&"x"'],
  ['=[@Brugerantal]', '=[@[Brugerantal (vurderet)]]'],
  ['=SUM(Dokumentation[Antal brugere])', '=SUM(Dokumentation[Antal sagsbehandlere])'],
  ['=COUNTA(Dokumentation[KLE nr])', '=COUNTA(Dokumentation[[KLE-nummer]])'],
  ['=Dokumentation[[#This Row],[KLE nr]]', '=Dokumentation[[#This Row],[KLE-nummer]]'],
  ['=SUM(Dokumentation[[Antal brugere]:[KLE nr]])', '=SUM(Dokumentation[[Antal sagsbehandlere]:[KLE-nummer]])'],
  ['=[@Sagsområde]&"[@[KLE nr]]"', '=[@Sagsområde]&"[@[KLE nr]]"'],
  ['=Dokumentation[[#Headers],[Prioritet]]', '=Dokumentation[[#Headers],[Prioritet]]'],
  ['=A1&[@Bemærkninger]', '=A1&[@Bemærkninger]'],
])('%s → %s', (from, to) => {
  expect(renameStructuredColumns(from, rename)).toBe(to);
});
