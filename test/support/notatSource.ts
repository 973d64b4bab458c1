/**
 * An older dokumentationsark as a kommune brings it to the decision meeting: aliases for headers, a typed Brugerantal
 * and Omfang, values outside the lists, large counts, and the decision already typed in its own columns (some rows
 * decided, orders that repeat, moves and dates).
 */
import ExcelJS from 'exceljs';
import { MOVES, needsDecision, SCENARIO_LABELS } from '../../src/domain/lists';
import type { CellValue, RowValues } from '../../src/domain/schema';
import { generateRows } from './generate';

const HEADERS = [
  'Fagomrade',
  'KLE emne',
  'KLE nr',
  'Anvendes KMD Sag?',
  'Hvor mange sagsbehandlere',
  'Brugermønster',
  'Antal manuelle sager',
  'Antal journalnotater',
  'Er sagsområdet forretningskritisk?',
  'Kompleksitet',
  'Anbefalet løsningsscenarie',
  'Sager (fremtid)',
  'Brugerantal',
  'Omfanget af oprydningsarbejdet',
  'Besluttet scenarie',
  'Vedtaget rækkefølge',
  'Tidspunkt for flytning',
  'Flyttes senest den',
  'Bemærkninger',
  'Egen note',
];

const SYSTEMS = ['KMD Nexus', 'SBSYS', 'Acadre', 'WorkZone'];

/** `count` rows of the generator, with large figures on some (so thousands separators show) and decisions on C/D. */
export function notatSourceRows(count: number, seed = 11): CellValue[][] {
  let cd = 0;
  return generateRows(count, seed).map((r: RowValues, i) => {
    const decision = needsDecision(r.usagePattern);
    if (decision) cd++;
    const j = cd;
    return [
      r.businessArea ?? null,
      r.caseArea ?? null,
      r.kle ?? null,
      r.usesKmdSag ?? null,
      i % 9 === 4 ? 1250 + i : (r.caseworkerCount ?? null),
      r.usagePattern ?? null,
      i % 7 === 3 ? 26_683 + i : (r.manualCaseCount ?? null),
      r.journalNoteCount ?? null,
      r.businessCritical ?? null,
      r.cleanupComplexity ?? null,
      r.solutionScenario ?? null,
      decision ? SYSTEMS[i % SYSTEMS.length]! : null,
      // Typed in the old sheet: the workshop's Brugerantal on some rows, an Omfang on others.
      i % 5 === 0 ? 'Mange' : i % 5 === 1 ? 'få' : null,
      i % 6 === 2 ? 'Stort' : null,
      decision && j % 4 !== 0 ? SCENARIO_LABELS[j % 4]! : null,
      decision && j % 3 === 0 ? (j % 5) + 1 : null,
      decision && j % 2 === 0 ? MOVES[j % 3]! : null,
      decision && j % 4 === 2 ? new Date(Date.UTC(2027, 2, 15)) : decision && j % 4 === 1 ? 2028 : null,
      i % 10 === 0 ? 'Alm. note' : null,
      i % 4 === 0 ? `Note ${i}` : null,
    ];
  });
}

/** The sheet with a title above, as a file. */
export async function writeNotatSource(file: string, count: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kortlægning');
  ws.getCell('A1').value = 'KMD Sag Exit: kortlægning, Eksempel Kommune';
  ws.getRow(3).values = HEADERS;
  notatSourceRows(count).forEach((r, i) => (ws.getRow(4 + i).values = r as ExcelJS.CellValue[]));
  await wb.xlsx.writeFile(file);
}
