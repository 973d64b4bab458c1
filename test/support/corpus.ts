/** A corpus of messy dokumentationsark, one focus each, as kommuner bring them to an upgrade. */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/domain/schema';
import type { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { excelOf, fileWorkbookOf } from './excelRead';

export interface CorpusSheet {
  /** File-safe id. */
  name: string;
  description: string;
  /** The sheet holding the rows. */
  sheet: string;
  /** 1-based row of the headers. */
  headerRow: number;
  /** Where a header lands when not under its own name; key is the header text or '@' + column letter. */
  renamed?: Record<string, string>;
  /** Already in the new layout: upgrade refuses and changes nothing. */
  ready?: boolean;
  build(): Promise<ExcelJS.Workbook>;
}

type Input = ExcelJS.CellValue | CellValue;
const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

interface Layout {
  sheet?: string;
  /** Rows above the header row (title, notes, blank). */
  above?: Input[][];
  headers: Input[];
  rows: Input[][];
}

/** One sheet: rows above, the header row, the data rows; returns the sheet for extra touches. */
function addSheet(wb: ExcelJS.Workbook, l: Layout): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(l.sheet ?? 'Ark1');
  const put = (r: number, cells: Input[]) =>
    cells.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(r, c + 1).value = v as ExcelJS.CellValue;
    });
  const above = l.above ?? [];
  above.forEach((cells, i) => put(i + 1, cells));
  put(above.length + 1, l.headers);
  l.rows.forEach((cells, i) => put(above.length + 2 + i, cells));
  return ws;
}

const single = (l: Layout) => async () => {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, l);
  return wb;
};

const ALIAS_HEADERS = [
  'Fagomrade',
  'KLE emne',
  'KLE nr.',
  'Kontakt',
  'Anvendes KMD Sag?',
  'Hvor mange sagsbehandlere',
  'Brugermønster',
  'Sager journaliseres i',
  'Monopolbrud/TSA',
  'Antal sager i KMD Sag',
  'Kan sagerne arkiveres',
  'Hvornår i udbud',
  'Er sagsområdet forretningskritisk?',
  'Kompleksiteten af oprydningsarbejdet',
  'Anbefalet løsningsscenarie',
  'Kommentarer',
];

const aliasLayout: Layout = {
  above: [
    ['KMD Sag Exit – kortlægning af sagsområder'],
    ['Udfyldt af projektgruppen'],
    [],
    ['Senest opdateret 12.02.2025'],
  ],
  headers: ALIAS_HEADERS,
  rows: [
    [
      'Beskæftigelse',
      'Hjælp til forsørgelse',
      '32.18.02',
      'Ole Hansen',
      'Ja',
      14,
      'C',
      'KMD Sag',
      'KMD Aktiv',
      420,
      'Delvist',
      2027,
      'Ja',
      'Høj',
      '4. Anskaf nyt ESDH eller fagsystem',
      'Stor sag',
    ],
    [
      'Beskæftigelse',
      'Sygedagpenge',
      '32.01.02',
      'Ole Hansen',
      'Ja',
      9,
      'D',
      'KMD Sag',
      'KMD Sygedagpenge',
      310,
      'Nej',
      2026,
      'Ja',
      'Middel',
      '1. Fortsæt i KMD Sag og afløft udbudspligten',
      null,
    ],
    [
      'Borgerservice',
      'Pas',
      '27.12',
      'Lis Jensen',
      'Ja',
      4,
      'E',
      'Fagsystem',
      'Nej',
      15,
      'Ja',
      null,
      'Nej',
      'Lav',
      null,
      'Kun adviser',
    ],
    [
      'Børn og Familie',
      'Anbringelse uden for hjemmet',
      '27.24.00',
      'Mette Berg',
      'Ja',
      22,
      'D',
      'DUBU',
      'Nej',
      80,
      'Nej',
      2028,
      'Ja',
      'Høj',
      '3. Tilpas eksisterende ESDH eller fagsystem',
      null,
    ],
    [
      'Teknik og Miljø',
      'Byggesager',
      '02.34.02',
      'Karim Ali',
      'Nej',
      0,
      '0',
      'Byg og Miljø',
      'Nej',
      null,
      null,
      null,
      'Nej',
      null,
      null,
      'Bruger ikke KMD Sag',
    ],
  ],
};

const RENAMED_ALIASES: Record<string, string> = {
  Fagomrade: 'Fagområde',
  'KLE emne': 'Sagsområde',
  'KLE nr.': 'KLE-nummer',
  Kontakt: 'Kontaktperson',
  'Anvendes KMD Sag?': 'Anvender KMD Sag',
  'Hvor mange sagsbehandlere': 'Antal sagsbehandlere',
  Brugermønster: 'Brugsmønster',
  'Sager journaliseres i': 'Sager journaliseres i (nu)',
  'Monopolbrud/TSA': 'Fagsystem i monopolbrud/TSA',
  'Antal sager i KMD Sag': 'Antal manuelle sager i KMD Sag',
  'Kan sagerne arkiveres': 'Kan arkiveres',
  'Hvornår i udbud': 'Udbudstidspunkt',
  'Er sagsområdet forretningskritisk?': 'Forretningskritisk',
  'Kompleksiteten af oprydningsarbejdet': 'Kompleksitet af oprydning',
  'Anbefalet løsningsscenarie': 'Løsningsscenarie',
  Kommentarer: 'Bemærkninger',
};

/** The common short header row of the corpus sheets. */
const BASE = [
  'Fagområde',
  'Sagsområde',
  'KLE-nummer',
  'Kontaktperson',
  'Anvender KMD Sag',
  'Antal sagsbehandlere',
  'Brugsmønster',
];
const TAIL = ['Udbudstidspunkt', 'Forretningskritisk', 'Kompleksitet af oprydning', 'Løsningsscenarie', 'Bemærkninger'];

export const CORPUS: CorpusSheet[] = [
  {
    name: 'aliases-row5',
    description: 'Header variants as kommuner wrote them; header row 5 under a title, a note and a blank row',
    sheet: 'Ark1',
    headerRow: 5,
    renamed: RENAMED_ALIASES,
    build: single(aliasLayout),
  },
  {
    name: 'merged-title',
    description: 'Merged title and group-header cells above the header row',
    sheet: 'Kortlægning',
    headerRow: 4,
    build: async () => {
      const wb = new ExcelJS.Workbook();
      const ws = addSheet(wb, {
        sheet: 'Kortlægning',
        above: [
          ['Dokumentationsark – Eksempel Kommune'],
          ['Fase 1: screening og as-is'],
          ['Screening', null, null, null, 'As-is'],
        ],
        headers: [...BASE, ...TAIL],
        rows: [
          [
            'Ældre og Sundhed',
            'Hjemmepleje',
            '27.12.00',
            'Hanne Lund',
            'Ja',
            30,
            'C',
            null,
            'Ja',
            'Middel',
            '2. Anvend eksisterende ESDH eller fagsystem',
            null,
          ],
          [
            'Ældre og Sundhed',
            'Hjælpemidler',
            '27.37.00',
            'Hanne Lund',
            'Ja',
            11,
            'B',
            null,
            'Nej',
            'Lav',
            null,
            'Afventer møde',
          ],
          ['Sundhed', 'Tandpleje', '29.30.00', null, 'Nej', 3, '0', null, null, null, null, null],
        ],
      });
      ws.mergeCells('A1:L1');
      ws.mergeCells('A2:L2');
      ws.mergeCells('A3:D3');
      ws.mergeCells('E3:G3');
      ws.getCell('A1').font = { bold: true, size: 16 };
      return wb;
    },
  },
  {
    name: 'extra-columns',
    description:
      'Own columns in between and at the end, one without a header, a second Bemærkninger, typed Brugerantal, Omfang and Prioritet',
    sheet: 'Ark1',
    headerRow: 1,
    renamed: {
      // A typed Brugerantal is the workshop's judgement.
      Brugerantal: 'Brugerantal (vurderet)',
      'Omfang af oprydningsarbejdet': 'Omfang af oprydning (indtastet)',
      Prioritering: 'Prioritet (indtastet)',
      '@M': 'Bemærkninger (2)',
    },
    build: single({
      headers: [
        ...BASE.slice(0, 3),
        'Egen note',
        ...BASE.slice(3),
        'Brugerantal',
        'Omfang af oprydningsarbejdet',
        'Prioritering',
        'Bemærkninger',
        'Bemærkninger',
        null,
        'Ansvarlig',
        null,
      ],
      rows: [
        [
          'Økonomi',
          'Opkrævning',
          '07.18.00',
          'ring først',
          'Per Holm',
          'Ja',
          6,
          'C',
          'Få',
          'Let',
          2,
          'Første note',
          'Anden note',
          'uden overskrift',
          'Per',
        ],
        [
          'Økonomi',
          'Inddrivelse',
          '07.16.00',
          null,
          'Per Holm',
          'Ja',
          18,
          'D',
          'Mange',
          'Stort',
          1,
          null,
          'kun anden',
          null,
          null,
        ],
        [
          'HR',
          'Personalesager',
          '81.03.00',
          'fortroligt',
          null,
          'Ja',
          40,
          'A',
          'Mange',
          null,
          null,
          null,
          null,
          42,
          'Sofie',
        ],
      ],
    }),
  },
  {
    name: 'blank-rows',
    description: 'Blank rows after the header, between rows and at the end; a row holding only a space',
    sheet: 'Ark1',
    headerRow: 2,
    build: single({
      above: [['Kortlægning 2025']],
      headers: [...BASE, ...TAIL],
      rows: [
        [],
        [],
        ['Beskæftigelse', 'Jobafklaring', '32.15.00', 'Ole', 'Ja', 8, 'C', null, 'Ja', 'Middel', null, null],
        [],
        ['Beskæftigelse', 'Ledighedsydelse', '32.30.00', 'Ole', 'Ja', 5, 'D'],
        [null, null, null, null, null, null, null, null, null, null, null, ' '],
        [],
        [],
        ['Borgerservice', 'Folkeregister', '23.04.00', null, 'Ja', 2, 'E'],
        [],
      ],
    }),
  },
  {
    name: 'numbers-as-text',
    description: 'Counts, KLE numbers, brugsmønster and scenarios typed as text or as numbers',
    sheet: 'Ark1',
    headerRow: 1,
    build: single({
      headers: [
        ...BASE,
        'Antal manuelle sager i KMD Sag',
        'Antal journalnotater i KMD Sag',
        'Løsningsscenarie',
        'Bemærkninger',
      ],
      rows: [
        ['Social', 'Handicapkompenserende ydelser', '271200', '007', 'Ja', '12', 'C', '1.200', '2000', 2, '12'],
        ['Social', 'Merudgifter', 270412, 'Bo', 'Ja', ' 7 ', 'D', '1 200', 350, '3.', 'ca. 40 sager'],
        ['Social', 'Hjælp i hjemmet', '2712', null, 'Ja', 'ca. 40', 0, 15, '0', ' 4 ', '3,5'],
        ['Social', 'Botilbud', '27.20.08', null, 'Ja', 3.5, 'B', -4, '12e3', '2', 'Tjek'],
      ],
    }),
  },
  {
    name: 'dates-as-text',
    description: 'Udbudstidspunkt as real dates, Danish date texts, years as text and number, seasons',
    sheet: 'Ark1',
    headerRow: 1,
    build: async () => {
      const wb = new ExcelJS.Workbook();
      const ws = addSheet(wb, {
        headers: [...BASE.slice(0, 3), 'Udbudstidspunkt', 'Bemærkninger', 'Sidst opdateret'],
        rows: [
          ['Teknik og Miljø', 'Vejsager', '05.01.00', '01-03-2027', 'aftalt 3/4', date(2025, 2, 12)],
          ['Teknik og Miljø', 'Affald', '07.00.00', '1. marts 2027', null, '12.02.2025'],
          ['Teknik og Miljø', 'Spildevand', '06.01.00', date(2027, 3, 1), 'Dato fra udbudsplan', null],
          ['Teknik og Miljø', 'Miljøtilsyn', '09.02.00', '2027', null, null],
          ['Teknik og Miljø', 'Naturbeskyttelse', '01.05.00', 2028, null, null],
          ['Teknik og Miljø', 'Kollektiv trafik', '05.13.00', 'efterår 2027 ', null, null],
          ['Teknik og Miljø', 'Parkering', '05.04.00', 'Q3 2027', null, null],
          ['Teknik og Miljø', 'Beredskab', '14.00.00', '2027-09-01', null, null],
        ],
      });
      ws.getCell('D4').numFmt = 'dd-mm-yyyy';
      ws.getCell('F2').numFmt = 'd. mmm yyyy';
      return wb;
    },
  },
  {
    name: 'duplicates',
    description: 'The same sagsområde twice, in other case, and a row copied twice',
    sheet: 'Ark1',
    headerRow: 1,
    build: single({
      headers: [...BASE, ...TAIL],
      rows: [
        ['Beskæftigelse', 'Sygedagpenge', '32.01.02', 'Ole', 'Ja', 9, 'D'],
        ['Beskæftigelse', 'Sygedagpenge', '32.01.02', 'Ole', 'Ja', 9, 'D'],
        ['beskæftigelse', 'sygedagpenge ', '32.01.02', 'Jonas', 'Ja', 3, 'C', null, 'Ja'],
        ['Borgerservice', 'Sygedagpenge', '32.01.02', null, 'Nej', null, '0'],
        ['Beskæftigelse', 'Sygedagpenge', '32.01.02', 'Ole', 'Ja', 9, 'D'],
      ],
    }),
  },
  {
    name: 'spaces',
    description: 'Leading and trailing spaces (and a non-breaking space) in headers and values of every kind',
    sheet: 'Ark1',
    headerRow: 1,
    renamed: { ' Sagsområde ': 'Sagsområde', 'KLE-nummer ': 'KLE-nummer', 'Brugsmønster  ': 'Brugsmønster' },
    build: single({
      headers: [
        'Fagområde',
        ' Sagsområde ',
        'KLE-nummer ',
        'Kontaktperson',
        'Anvender KMD Sag',
        'Antal sagsbehandlere',
        'Brugsmønster  ',
        ...TAIL,
      ],
      rows: [
        [
          'Borgerservice ',
          'Hjælp til forsørgelse  ',
          ' 32.18.02 ',
          '  Lis',
          ' Ja',
          ' 12 ',
          'C ',
          ' 2027 ',
          'Ja ',
          ' Høj',
          ' 2 ',
          ' note med mellemrum ',
        ],
        [' Borgerservice', ' Pas', '27.12 ', 'Lis ', 'Nej\u00a0', '4', ' e', null, ' nej', 'lav ', null, '  '],
        ['\u00a0Kultur', 'Biblioteker\t', '\u00a017.01.00', null, 'ja', 2, 'a', null, null, null, null, null],
      ],
    }),
  },
  {
    name: 'outside-lists',
    description: 'Values outside every list and check: kept as typed and flagged',
    sheet: 'Ark1',
    headerRow: 1,
    build: single({
      headers: [...BASE, 'Fagsystem i monopolbrud/TSA', 'Kan arkiveres', ...TAIL],
      rows: [
        [
          'Social',
          'Pension',
          '32.03.00',
          'Bo',
          'Måske',
          'mange',
          'F',
          'Andet system',
          'Kun delvis',
          'snart',
          'Vist nok',
          'Meget høj',
          '5. Noget andet',
          null,
        ],
        [
          'Social',
          'Boligstøtte',
          'x.y',
          'Bo',
          'Ja',
          -2,
          'CD',
          'KMD Boligstøtte',
          'Delvist',
          null,
          'Nej',
          'Svær',
          '7',
          null,
        ],
        [
          'Social',
          'Førtidspension',
          '32.03.08.01',
          null,
          'Ja/Nej',
          2.5,
          'ABC',
          'ja',
          'måske',
          null,
          'N/A',
          'høj',
          'Scenarie 2',
          'ukendt',
        ],
      ],
    }),
  },
  {
    name: 'formula-like-text',
    description: 'Texts starting with =, +, -, @ (and # and an apostrophe) in text, list, KLE, count and date columns',
    sheet: 'Ark1',
    headerRow: 1,
    build: single({
      headers: [...BASE, ...TAIL, 'Egen'],
      rows: [
        ['=Teknik', '=SUM(A1:A3)', '=32.18', '@jens', '+Ja', '-', '@C', '-', '=Ja', '+Høj', '=1', '=SUM(A1:A3)', '=A1'],
        [
          'Borgerservice',
          '+Sygedagpenge',
          '+32.01.02',
          '+45 12 34 56 78',
          '-Nej',
          '+12',
          '-D',
          '+2027',
          '-',
          '@Lav',
          '-1',
          '+45 12 34 56 78',
          '+',
        ],
        ['Borgerservice', '-Pas', '-', '-', '@Ja', '@7', '=C', '=2027', '@', '-', '+2', '-', '@'],
        [
          '@kommune',
          '@Folkeregister',
          '@27.12',
          '#N/A',
          "'Ja",
          '-3',
          '+C',
          '#REF!',
          '#VALUE!',
          "'Lav",
          '#DIV/0!',
          '@kommune',
          "'citat",
        ],
      ],
    }),
  },
  {
    name: 'real-formulas',
    // "Kept" for a user formula: its cached result as a constant in the new table (references would point elsewhere there);
    // in Brugerantal our formula takes over. The backup sheet keeps every formula; one without a cached result lives only there.
    description:
      'User cells holding real formulas: counts, a typed Brugerantal, an own column (shared formula) and remarks',
    sheet: 'Ark1',
    headerRow: 1,
    renamed: { Brugerantal: 'Brugerantal (vurderet)', Dobbelt: 'Dobbelt', Ubregnet: 'Ubregnet' },
    build: async () => {
      const wb = new ExcelJS.Workbook();
      const ws = addSheet(wb, {
        headers: [...BASE, 'Brugerantal', 'Bemærkninger', 'Dobbelt', 'Ubregnet'],
        rows: [
          ['Beskæftigelse', 'Kontanthjælp', '32.18.00', 'Ole', 'Ja', null, 'C', null, null, null, null],
          ['Beskæftigelse', 'Revalidering', '32.20.00', 'Ole', 'Ja', 4, 'D', 'Mellem', null, null, null],
          ['Beskæftigelse', 'Fleksjob', '32.21.00', null, 'Ja', 9, 'C', null, null, null, null],
        ],
      });
      const f = (formula: string, result?: ExcelJS.CellFormulaValue['result']) =>
        ({ formula, result }) as ExcelJS.CellFormulaValue;
      ws.getCell('F2').value = f('3+4', 7);
      ws.getCell('H2').value = f('IF(F2>10,"Mange","Få")', 'Få');
      ws.getCell('H4').value = f('IF(F4>10,"Mange","Få")', 'Få');
      ws.getCell('I2').value = f('B2&" – tjek"', 'Kontanthjælp – tjek');
      ws.getCell('J2').value = {
        formula: 'F2*2',
        result: 14,
        shareType: 'shared',
        ref: 'J2:J4',
      } as unknown as ExcelJS.CellValue;
      ws.getCell('J3').value = { sharedFormula: 'J2', result: 8 } as unknown as ExcelJS.CellValue;
      ws.getCell('J4').value = { sharedFormula: 'J2', result: 18 } as unknown as ExcelJS.CellValue;
      ws.getCell('K3').value = f('F3+1');
      return wb;
    },
  },
  {
    name: 'header-only',
    description: 'A title and the header row, no data rows yet',
    sheet: 'Ark1',
    headerRow: 2,
    build: single({ above: [['Dokumentationsark (tom)']], headers: [...BASE, ...TAIL], rows: [] }),
  },
  {
    name: 'several-sheets',
    description: 'The rows on the second sheet; the user has own Lister and Vejledning sheets and a cover sheet',
    sheet: 'Kortlægning',
    headerRow: 1,
    build: async () => {
      const wb = new ExcelJS.Workbook();
      addSheet(wb, { sheet: 'Forside', headers: ['Exit-strategi KMD Sag'], rows: [['Se arket Kortlægning']] });
      addSheet(wb, {
        sheet: 'Kortlægning',
        headers: [...BASE, ...TAIL],
        rows: [
          ['Kultur og Fritid', 'Foreningstilskud', '18.15.00', 'Nina', 'Ja', 3, 'B'],
          ['Skole', 'Specialundervisning', '17.13.00', 'Nina', 'Ja', 12, 'D', date(2027, 8, 1), 'Ja', 'Høj'],
        ],
      });
      addSheet(wb, {
        sheet: 'Lister',
        headers: ['Fagområde', 'Ja/Nej'],
        rows: [['Skole', 'Ja'], ['Kultur og Fritid', 'Nej'], ['Administration']],
      });
      addSheet(wb, {
        sheet: 'Vejledning',
        headers: ['Udfyld en række pr. sagsområde'],
        rows: [['Spørg Nina ved tvivl']],
      });
      return wb;
    },
  },
  {
    name: 'pasted-new-layout',
    description:
      'The new layout pasted as values into a plain sheet (no table): old results in Brugerantal beside the typed column',
    sheet: 'Ark1',
    headerRow: 1,
    renamed: { Brugerantal: 'Brugerantal (2)', 'Brugerantal (indtastet)': 'Brugerantal (vurderet)' },
    build: async () => {
      const up = await upgradedFrom('aliases-row5');
      const src = (await excelOf(up)).getWorksheet('Dokumentation')!;
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Ark1');
      // Paste values: constants only (our formulas were never calculated, so they have no value to paste).
      src.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (cell.type !== ExcelJS.ValueType.Formula) ws.getCell(r, c).value = cell.value;
        }),
      );
      const users = (ws.getRow(1).values as unknown[]).indexOf('Brugerantal');
      ws.spliceColumns(users + 1, 0, []);
      ws.getCell(1, users + 1).value = 'Brugerantal (indtastet)';
      // Old results in Brugerantal (or the user's overrides), one typed value in the column beside.
      ws.getCell(2, users).value = 'Få';
      ws.getCell(3, users).value = 'Få';
      ws.getCell(5, users).value = 'Mange';
      ws.getCell(3, users + 1).value = 'Mellem';
      return wb;
    },
  },
  {
    name: 'already-upgraded',
    description: 'A workbook upgraded before (from aliases-row5): upgrade refuses, setup changes nothing',
    sheet: 'Dokumentation',
    headerRow: 1,
    ready: true,
    build: async () => excelOf(await upgradedFrom('aliases-row5')),
  },
];

/** A corpus sheet upgraded by the file adapter, read back as a fresh workbook. */
async function upgradedFrom(name: string): Promise<FileWorkbook> {
  const source = await fileWorkbookOf(await corpusSheet(name).build());
  await source.upgrade();
  return fileWorkbookOf(await excelOf(source));
}

export function corpusSheet(name: string): CorpusSheet {
  const found = CORPUS.find((c) => c.name === name);
  if (!found) throw new Error(`No corpus sheet ${name}`);
  return found;
}

export async function writeCorpusSheet(entry: CorpusSheet, file: string): Promise<void> {
  await (await entry.build()).xlsx.writeFile(file);
}
