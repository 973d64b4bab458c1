/**
 * «Workshopark»: the handout for one sagsområde's To-be workshop (procesguiden, eks. 7: "spørgeguiden til To-be for
 * hvert af de sagområder … På forsiden var det nuværende scenarie opridset"). Pick the sagsområde in B3; formulas
 * fetch its As-is answers, and each To-be question gets a box for notes. One printed page, no add-in needed.
 */
import { COLUMNS, column, type ColumnKey } from '../domain/schema';
import { columnRef } from '../domain/prioritisationFormulas';
import { HEADER_ROW, SHEET } from '../domain/sheetLayout';
import { cellA1, columnLetter, type CellArea, type CellAt } from '../domain/a1';
import type { PlannedSheet } from './reportSheetsPlan';
import { SOLUTION_SCENARIOS } from '../domain/lists';
import { DATE_FORMAT, NUMBER_FORMAT } from './numberFormats';
import type { PrintSetup } from './printPlan';

export const WORKSHOP_SHEET = 'Workshopark';
/** The cell the user (or the pane's button) sets to a sagsområde: B3. */
export const WORKSHOP_CHOICE: CellAt = { row: 3, column: 1 };

/** Room for two or three handwritten lines, in points. */
export const NOTE_ROW_HEIGHT = 48;
/** The note boxes' light fill (RGB), so they show on paper. */
export const NOTE_FILL = 'F2F2F2';
/** Lister's header row: two lines, for list names longer than their column. */
export const LISTS_HEADER_HEIGHT = 30;
/** Lister's Flytning column (I), in characters: «Delvist i en overgangsperiode» prints whole. */
export const LISTS_MOVES_WIDTH = 30;
export const WORKSHOP_CHOICE_ERROR = 'Vælg et sagsområde fra listen (kolonnen Sagsområde på arket Dokumentation).';

const IDENTITY: ColumnKey[] = ['businessArea', 'kle', 'contactPerson', 'usagePattern'];

/** The row's answer in `key`, or empty while no sagsområde is chosen or it is not in the table. */
export function workshopLookup(key: ColumnKey, choice = cellA1(WORKSHOP_CHOICE, true)): string {
  return lookup(key, (x) => `""&${x}`, choice);
}

/**
 * A count stays a number (#,##0: 26.683); a date in Udbudstidspunkt stays a date (the cell's date format), where ""&
 * would show its serial number (46388); a year or a text shows as it is.
 */
export function workshopValueLookup(key: ColumnKey, choice = cellA1(WORKSHOP_CHOICE, true)): string {
  return column(key).kind === 'date'
    ? lookup(key, (x) => `IF(N(${x})>2100,N(${x}),""&${x})`, choice)
    : lookup(key, (x) => `IF(${x}="","",${x})`, choice);
}

function lookup(key: ColumnKey, shown: (x: string) => string, choice: string): string {
  const at = `MATCH(${choice},${columnRef(column('caseArea').header)},0)`;
  return `IF(${choice}="","",IFERROR(${shown(`INDEX(${columnRef(column(key).header)},${at})`)},""))`;
}

/** What a formula cell of the handout holds: a value kept as a number or date gets its number format. */
function lookupCell(row: number, key: ColumnKey, choice: string): NonNullable<PlannedSheet['formulaCells']>[number] {
  const at = { row, column: 1 };
  const kind = column(key).kind;
  if (kind === 'count') return { ...at, formula: workshopValueLookup(key, choice), numberFormat: NUMBER_FORMAT };
  if (kind === 'date') return { ...at, formula: workshopValueLookup(key, choice), numberFormat: DATE_FORMAT };
  return { ...at, formula: workshopLookup(key, choice) };
}

/** The To-be questions in the words of the guide's spørgeguide (R3, Figur 5), with the column each answer goes to. */
export const TO_BE_QUESTIONS: Partial<Record<ColumnKey, string>> = {
  tenderTime: '2. Hvornår skal løsningen/løsningerne på sagsområdet i udbud?',
  marketSolutions:
    '3. Hvilke it-løsninger er der på markedet af ESDH- og fagsystemløsninger, der kan understøtte det konkrete sagsområde?',
  casesFuture:
    '4. Hvilken it-løsning vil I foretrække som sagsbærende løsning på sagsområdet til at: a. journalisere sagerne?',
  journalNotesFuture: '4b. journalisere journalnotaterne?',
  alertsFuture: '4c. have adviser?',
  documentsFuture: '4d. journalisere dokumenterne?',
  overviewFuture: '4e. have overblik?',
  businessCritical: '5. Er sagsområdet forretningskritisk? Ja/Nej (ja, hvis det løfter en myndighedsopgave)',
  cleanupComplexity:
    '6. Vurdér kompleksiteten af oprydningsarbejdet: Lav, Middel eller Høj (mange åbne sager, sager uden KLE, notater uden sag: større)',
  solutionScenario: 'Hvilket løsningsscenarie anbefaler I (beslutningsmodellen, R5)? Sæt kryds herunder',
};
/** The plenum question of R3 that has no column: notes only. */
export const PLENUM_QUESTION =
  '1. Hvilken indflydelse har kommunens politikker/strategier på fremtidige muligheder for it-understøttelse? (plenum)';
/** The back of Hjørring's handout (procesguiden, eks. 7): the future and a possible exit plan, room to write. */
export const EXIT_PLAN =
  'Fremtidsscenariet og en mulig exitplan for sagsområdet (procesguidens eks. 7): Hvordan ser arbejdet ud uden KMD Sag, og hvordan kommer I dertil?';
export const EXIT_PLAN_ROWS = 3;

/** A To-be question as the handout prints it: the spørgeguide's words, then the column its answer goes to. */
export function workshopQuestion(key: ColumnKey): string {
  return `${TO_BE_QUESTIONS[key] ?? column(key).help} (${column(key).header})`;
}

interface Form {
  notes: PlannedSheet['notes'];
  formulaCells: NonNullable<PlannedSheet['formulaCells']>;
  noteCells: CellAt[];
  lastRow: number;
}

/**
 * One handout from row `top`: its title, the sagsområde in B(top+2) (`caseArea` as a value, or left for the dropdown),
 * the As-is answers fetched for it, the To-be questions with boxes, the scenarios, the exit plan.
 */
function workshopForm(top: number, caseArea: string | null, intro: string): Form {
  const choice = cellA1({ row: top + 2, column: 1 }, true);
  const notes: PlannedSheet['notes'] = [
    { row: top, column: 0, text: 'Workshopark: To-be for ét sagsområde', bold: true },
    { row: top + 1, column: 0, text: intro },
    { row: top + 2, column: 0, text: column('caseArea').header, bold: true },
  ];
  if (caseArea !== null) notes.push({ row: top + 2, column: 1, text: caseArea, bold: true });
  const formulaCells: Form['formulaCells'] = [];
  let row = top + 3;
  for (const key of IDENTITY) {
    notes.push({ row, column: 0, text: column(key).header });
    formulaCells.push(lookupCell(row, key, choice));
    row++;
  }
  row++;
  notes.push({ row, column: 0, text: 'Nuværende scenarie (As-is)', bold: true });
  row++;
  for (const col of COLUMNS.filter((c) => c.phase === 'asis' && c.key !== 'usagePattern')) {
    notes.push({ row, column: 0, text: col.header });
    formulaCells.push(lookupCell(row, col.key, choice));
    row++;
  }
  row++;
  notes.push(
    { row, column: 0, text: 'Spørgsmål til To-be (spørgeguiden, R3)', bold: true },
    { row, column: 1, text: 'Svar i arket nu', bold: true },
    { row, column: 2, text: 'Noter fra workshoppen', bold: true },
  );
  row++;
  const noteCells: CellAt[] = [];
  notes.push({ row, column: 0, text: PLENUM_QUESTION });
  noteCells.push({ row, column: 2 });
  row++;
  for (const col of COLUMNS.filter((c) => c.phase === 'tobe')) {
    notes.push({ row, column: 0, text: workshopQuestion(col.key) });
    formulaCells.push(lookupCell(row, col.key, choice));
    noteCells.push({ row, column: 2 });
    row++;
    // The four scenarios by name, as the guide's Figur 3 has them.
    if (col.key === 'solutionScenario')
      for (const sc of SOLUTION_SCENARIOS) notes.push({ row: row++, column: 0, text: `☐ ${sc.label}` });
  }
  row++;
  // The exit plan: its question beside the first of its boxes, wrapped like the questions above.
  notes.push({ row, column: 0, text: EXIT_PLAN, bold: true });
  for (let i = 0; i < EXIT_PLAN_ROWS; i++) noteCells.push({ row: row++, column: 2 });
  return { notes, formulaCells, noteCells, lastRow: row - 1 };
}

/** The forms' columns A to C down to `lastRow`: what prints. */
const formArea = (lastRow: number): CellArea => ({ firstRow: 1, lastRow, firstColumn: 0, lastColumn: 2 });

export function planWorkshopSheet(): PlannedSheet & { lastRow: number } {
  const { notes, formulaCells, noteCells, lastRow } = workshopForm(
    1,
    null,
    `Vælg sagsområdet i ${cellA1(WORKSHOP_CHOICE)} (rullelisten). Resten hentes fra arket Dokumentation.`,
  );
  const row = lastRow + 1;
  // The dropdown lists the table's Sagsområde column, as long as it is (OFFSET: no structured reference in validation).
  const caseAreaColumn = columnLetter(COLUMNS.findIndex((c) => c.key === 'caseArea'));
  const first = `${SHEET.documentation}!$${caseAreaColumn}$${HEADER_ROW + 1}`;
  const source = `OFFSET(${first},0,0,MAX(1,COUNTA(${SHEET.documentation}!$${caseAreaColumn}:$${caseAreaColumn})-1),1)`;
  return {
    name: WORKSHOP_SHEET,
    notes,
    tables: [],
    ranges: [],
    frozenRows: 0,
    print: { areas: [formArea(row - 1)] },
    hiddenColumns: [],
    formulaCells,
    form: { dropdown: { ...WORKSHOP_CHOICE, source }, noteCells },
    columnWidths: [44, 26, 40],
    lastRow: row - 1,
  };
}

/** The sheet «Workshopark til udskrift»: a handout for each sagsområde of one fagområde, a page each. */
export const HANDOUTS_SHEET = 'Workshopark til udskrift';
/** Scale of the printed handouts: one form (about 1,140 points tall) on one A4 page, as Workshopark fits itself. */
export const HANDOUTS_SCALE = 60;

export function planWorkshopHandouts(
  businessArea: string,
  caseAreas: readonly string[],
): PlannedSheet & { lastRow: number; pageBreaks: number[] } {
  const sheet: PlannedSheet & { lastRow: number; pageBreaks: number[] } = {
    name: HANDOUTS_SHEET,
    notes: [],
    tables: [],
    ranges: [],
    frozenRows: 0,
    print: {},
    hiddenColumns: [],
    formulaCells: [],
    form: { noteCells: [] },
    columnWidths: [44, 26, 40],
    lastRow: 0,
    pageBreaks: [],
  };
  let top = 1;
  caseAreas.forEach((caseArea, i) => {
    const form = workshopForm(
      top,
      caseArea,
      `${businessArea}: sagsområde ${i + 1} af ${caseAreas.length}. Svarene hentes fra arket Dokumentation.`,
    );
    sheet.notes.push(...form.notes);
    sheet.formulaCells!.push(...form.formulaCells);
    sheet.form!.noteCells.push(...form.noteCells);
    if (i < caseAreas.length - 1) sheet.pageBreaks.push(form.lastRow);
    sheet.lastRow = form.lastRow;
    top = form.lastRow + 1;
  });
  sheet.print = { areas: [formArea(sheet.lastRow)] };
  return sheet;
}

/**
 * The sagsområder of one fagområde for the handouts, in the sheet's order: rows whose Fagområde is `businessArea`
 * (trimmed, case-insensitive) and whose Sagsområde is filled; the fagområde as the sheet spells it. `rows` holds each
 * row's [Fagområde, Sagsområde].
 */
export function handoutCaseAreas(
  rows: readonly (readonly [unknown, unknown])[],
  businessArea: string,
): { businessArea: string; caseAreas: string[] } {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
  const wanted = businessArea.trim().toLowerCase();
  const mine = rows.filter(([area, caseArea]) => text(area).toLowerCase() === wanted && text(caseArea));
  return {
    businessArea: mine.length ? text(mine[0][0]) : businessArea.trim(),
    caseAreas: mine.map(([, c]) => text(c)),
  };
}

/** Said when a fagområde has no sagsområder to print. */
export const noHandoutsMessage = (businessArea: string) =>
  `Fagområdet «${businessArea.trim()}» har ingen sagsområder i arket Dokumentation.`;

/** The handouts' page setup: portrait, the scale at which a form fits a page, the forms' area. */
export function handoutsPrintSetup(plan: Pick<PlannedSheet, 'print'>): PrintSetup {
  return {
    sheet: HANDOUTS_SHEET,
    orientation: 'portrait',
    scale: HANDOUTS_SCALE,
    ...(plan.print.areas ? { areas: plan.print.areas } : {}),
  };
}
