/** Sync counts, request sizes and time of each adapter operation against the fake, for a few sheet sizes. */
import { checkRows } from '../src/domain/check';
import { SCENARIO_LABELS } from '../src/domain/lists';
import { createFakeExcel, type FakeExcel } from '../test/support/standIn';
import { OfficeWorkbook } from '../src/workbook/office/officeWorkbook';

export type BenchOperation =
  | 'setup'
  | 'detect'
  | 'upgrade'
  | 'answer'
  | 'viewSwitch'
  | 'check'
  | 'snapshot'
  | 'writeRow'
  | 'selection'
  | 'selectionStart'
  | 'selectionCheck'
  | 'selectionViews'
  | 'repairFormulas'
  | 'setupAgain';

export interface OfficeBenchResult {
  operation: BenchOperation;
  rows: number;
  syncs: number;
  /** Operations queued across the syncs: object lookups, loads and writes. */
  queued: number;
  /** Write operations among them: a read (detect, snapshot, check, selection…) has none. */
  writes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  ms: number;
}

/** What each operation does, in the pane's words. */
export const OPERATION_LABELS: Record<BenchOperation, string> = {
  setup: 'Opret (ny projektmappe)',
  detect: 'Genkend arket',
  upgrade: 'Opgrader',
  answer: 'Ét svar i spørgeskemaet (skriv + læs igen)',
  viewSwitch: 'Skift visning (fagchef-filter)',
  check: 'Fuldt tjek (læs + valider)',
  snapshot: 'Læs arket',
  writeRow: 'Skriv én række',
  selection: 'Markering flyttet, fanen Række eller Brugsmønster (læs den aktive række)',
  selectionStart: 'Markering flyttet, fanen Kom i gang (den aktive række og tabellens antal rækker)',
  selectionCheck: 'Markering flyttet, fanen Tjek (læs den aktive række)',
  selectionViews: 'Markering flyttet, fanen Visninger (læs den aktive række)',
  repairFormulas: 'Sæt kolonnens formel ind igen (intet at rette)',
  setupAgain: 'Opret igen (intet at gøre)',
};

const HEADERS = [
  'Fagområde',
  'KLE emne',
  'KLE nr',
  'Kontaktperson',
  'Anvendes KMD Sag',
  'Antal sagsbehandlere',
  'Brugermønster',
  'Sager journaliseres i',
  'Journalnotater journaliseres i',
  'Adviser ligger i',
  'Dokumenter journaliseres i',
  'Overblikket er i',
  'Antal manuelle sager',
  'Antal journalnotater',
  'Oprydning',
  'Forretningskritisk',
  'Kompleksitet',
  'Løsningsscenarie',
  'Brugerantal',
  'Bemærkninger',
  'Egen note',
];

/** An older sheet (R1 style) with realistic texts: header in row 1, `count` rows. */
export function benchGrid(count: number): (string | number | null)[][] {
  const areas = ['Beskæftigelse', 'Borgerservice', 'Børn og Familie', 'Teknik og Miljø', 'Ældre og Sundhed'];
  const systems = ['KMD Sag', 'KMD Aktiv', 'Fasit', 'SBSYS', 'Acadre', 'KMD Opera'];
  const rows: (string | number | null)[][] = [HEADERS];
  for (let i = 0; i < count; i++) {
    const pick = <T>(xs: readonly T[], salt: number) => xs[(i * 7 + salt * 13) % xs.length];
    rows.push([
      pick(areas, 1),
      `Sagsområde nummer ${i + 1} om hjælp og ydelser`,
      `${10 + (i % 80)}.${String(i % 30).padStart(2, '0')}.${String(i % 17).padStart(2, '0')}`,
      `Medarbejder ${i % 97} (${pick(areas, 2)})`,
      pick(['Ja', 'Ja', 'Nej'], 3),
      (i * 37) % 60,
      pick(['0', 'A', 'B', 'C', 'D', 'E'], 4),
      pick(systems, 5),
      pick(systems, 6),
      pick(systems, 7),
      pick(systems, 8),
      pick(systems, 9),
      (i * 53) % 900,
      (i * 131) % 4000,
      i % 5 === 0 ? 'Sager uden KLE, åbne sager der skal lukkes, notater uden sag' : null,
      pick(['Ja', 'Nej'], 10),
      pick(['Lav', 'Middel', 'Høj'], 11),
      pick(SCENARIO_LABELS, 12),
      i % 3 === 0 ? 'Mange' : null,
      i % 4 === 0 ? '=SUM(A1) er skrevet af en bruger, ikke en formel' : null,
      i % 6 === 0 ? `Egen note ${i}` : null,
    ]);
  }
  return rows;
}

const office = (fake: FakeExcel) =>
  new OfficeWorkbook(fake.run, (v) => fake.requirements.isSetSupported('ExcelApi', v));

async function measure(
  fake: FakeExcel,
  operation: BenchOperation,
  rows: number,
  work: () => Promise<unknown>,
): Promise<OfficeBenchResult> {
  fake.resetStats();
  const start = Date.now();
  await work();
  const ms = Date.now() - start;
  return {
    operation,
    rows,
    syncs: fake.syncCount,
    queued: fake.queuedActions,
    writes: fake.syncs.reduce((n, s) => n + s.writes, 0),
    maxRequestBytes: fake.maxRequestBytes,
    maxResponseBytes: fake.maxResponseBytes,
    ms,
  };
}

/** Every operation at each size, on a host with `apiVersion` (the views use newer sets when they exist). */
export async function officeBench(rowCounts: number[], apiVersion = '1.12'): Promise<OfficeBenchResult[]> {
  const results: OfficeBenchResult[] = [];
  for (const rows of rowCounts) {
    // Setup in a workbook that already has a big unrelated sheet: reading it must not cost syncs per row.
    const blank = createFakeExcel({ keepLog: false, apiVersion });
    blank.put(
      'Data',
      'A1',
      benchGrid(rows).map((r) => r.slice(-3)),
      { literal: true },
    );
    results.push(await measure(blank, 'setup', rows, () => office(blank).setup()));

    const fake = createFakeExcel({ keepLog: false, apiVersion });
    fake.put('Ark1', 'A1', benchGrid(rows), { literal: true });
    const workbook = office(fake);
    results.push(await measure(fake, 'detect', rows, () => workbook.detect()));
    results.push(await measure(fake, 'upgrade', rows, () => workbook.upgrade()));
    results.push(await measure(fake, 'snapshot', rows, () => workbook.snapshot()));
    results.push(
      await measure(fake, 'writeRow', rows, () =>
        workbook.writeRow(rows - 1, { remarks: '=ikke en formel', caseworkerCount: 3, usagePattern: 'D' }),
      ),
    );
    // As the pane answers: check the row is still the one shown, write the usage type, then read that row alone again.
    // The answer moves the row in or out of C/D, so Beslutningsgrundlag's print area follows (the most syncs an answer takes).
    const shown = (await workbook.snapshot()).rows[rows - 2].values;
    const flipped = ['C', 'D'].includes(String(shown.usagePattern)) ? 'B' : 'C';
    fake.setSelection('Dokumentation', `G${rows}`);
    results.push(
      await measure(fake, 'answer', rows, async () => {
        await workbook.writeRow(rows - 2, { usagePattern: flipped, usesKmdSag: 'Ja' }, shown);
        await workbook.activeRow();
      }),
    );
    // What the pane reads when the user clicks a row: the active row alone, with the few rows below it.
    fake.setSelection('Dokumentation', `B${Math.max(2, rows - 6)}`);
    // Every tab reads the active row alone on a selection change (useSheetState); Kom i gang compares the table's
    // row count that comes with it, and reads the sheet whole only when rows were added or removed.
    for (const operation of ['selection', 'selectionStart', 'selectionCheck', 'selectionViews'] as const)
      results.push(await measure(fake, operation, rows, () => workbook.activeRow()));
    results.push(await measure(fake, 'repairFormulas', rows, () => workbook.repairFormulas()));
    results.push(
      await measure(fake, 'viewSwitch', rows, () => workbook.applyFilter({ businessArea: ['Teknik og Miljø'] })),
    );
    results.push(
      await measure(fake, 'check', rows, async () => {
        const snap = await workbook.snapshot();
        checkRows(snap.rows, snap.lists);
      }),
    );
    results.push(await measure(fake, 'setupAgain', rows, () => workbook.setup()));
  }
  return results;
}
