/** An Office workbook over the fake, and an older dokumentationsark (R1 style) to upgrade. */
import { createFakeExcel, type FakeExcel } from '../../support/standIn';
import { OfficeWorkbook } from '../../../src/workbook/office/officeWorkbook';
import type { RowValues } from '../../../src/domain/schema';
import { generateRows } from '../../support/generate';

export function officeOn(fake: FakeExcel): OfficeWorkbook {
  return new OfficeWorkbook(fake.run, (version) => fake.requirements.isSetSupported('ExcelApi', version));
}

export function newOffice(): { fake: FakeExcel; workbook: OfficeWorkbook } {
  const fake = createFakeExcel();
  return { fake, workbook: officeOn(fake) };
}

/** Headers as kommuner wrote them: aliases, a typed Brugerantal, and a column of their own. */
export const R1_HEADERS = [
  'Fagområde',
  'KLE emne',
  'KLE nr',
  'Kontaktperson',
  'Anvendes KMD Sag',
  'Antal sagsbehandlere',
  'Brugermønster',
  'Forretningskritisk',
  'Kompleksitet',
  'Antal manuelle sager',
  'Antal journalnotater',
  'Løsningsscenarie',
  'Brugerantal',
  'Bemærkninger',
  'Egen note',
];

const KEYS: (keyof RowValues | 'typedUsers' | 'own')[] = [
  'businessArea',
  'caseArea',
  'kle',
  'contactPerson',
  'usesKmdSag',
  'caseworkerCount',
  'usagePattern',
  'businessCritical',
  'cleanupComplexity',
  'manualCaseCount',
  'journalNoteCount',
  'solutionScenario',
  'typedUsers',
  'remarks',
  'own',
];

/** User text Excel would read as a formula or a number, on the first rows. */
export const SPECIAL = ['=SUM(A1:A3)', '+45 12 34 56 78', '-', '@kommune', "'citat", '007'];

/** A title row, an empty row, the header row (row 3) and `count` generated rows. */
export function r1Grid(count: number, seed = 7): unknown[][] {
  const rows = generateRows(count, seed).map((values, i) =>
    KEYS.map((k) => {
      if (k === 'typedUsers') return i % 3 === 0 ? 'Mange' : null;
      if (k === 'own') return i % 4 === 0 ? `Note ${i}` : null;
      if (k === 'remarks' && i < SPECIAL.length) return SPECIAL[i];
      return values[k as keyof RowValues] ?? null;
    }),
  );
  return [['Dokumentationsark, Eksempel Kommune'], [], R1_HEADERS, ...rows];
}

export function putR1(fake: FakeExcel, count: number, sheet = 'Ark1'): unknown[][] {
  const grid = r1Grid(count);
  fake.put(sheet, 'A1', grid, { literal: true });
  return grid;
}
