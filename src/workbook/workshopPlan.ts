/**
 * «Workshopark»: the handout for one sagsområde's To-be workshop (procesguiden, eks. 7: "spørgeguiden til To-be for
 * hvert af de sagområder … På forsiden var det nuværende scenarie opridset"). Pick the sagsområde in B3; formulas
 * fetch its As-is answers, and each To-be question gets a box for notes. One printed page, no add-in needed.
 */
import { COLUMNS, column, type ColumnKey } from '../domain/schema';
import { columnRef } from '../domain/prioritisationFormulas';
import { HEADER_ROW, SHEET } from '../domain/sheetLayout';
import { columnLetter } from '../domain/a1';
import type { PlannedSheet } from './reportSheetsPlan';

export const WORKSHOP_SHEET = 'Workshopark';
/** The cell the user (or the pane's button) sets to a sagsområde. */
export const WORKSHOP_CHOICE = 'B3';

/** Room for two or three handwritten lines, in points. */
export const NOTE_ROW_HEIGHT = 48;
/** The note boxes' light fill (RGB), so they show on paper. */
export const NOTE_FILL = 'F2F2F2';
/** Lister's header row: two lines, for list names longer than their column. */
export const LISTS_HEADER_HEIGHT = 30;
export const WORKSHOP_CHOICE_ERROR = 'Vælg et sagsområde fra listen (kolonnen Sagsområde på arket Dokumentation).';

const IDENTITY: ColumnKey[] = ['businessArea', 'kle', 'contactPerson', 'usagePattern'];

/** The row's answer in `key`, or empty while no sagsområde is chosen or it is not in the table. */
export function workshopLookup(key: ColumnKey): string {
  const at = `MATCH($B$3,${columnRef(column('caseArea').header)},0)`;
  return `IF($B$3="","",IFERROR(""&INDEX(${columnRef(column(key).header)},${at}),""))`;
}

export function planWorkshopSheet(): PlannedSheet & { lastRow: number } {
  const notes: PlannedSheet['notes'] = [
    { address: 'A1', text: 'Workshopark: To-be for ét sagsområde', bold: true },
    { address: 'A2', text: 'Vælg sagsområdet i B3 (rullelisten). Resten hentes fra arket Dokumentation.' },
    { address: 'A3', text: column('caseArea').header, bold: true },
  ];
  const formulaCells: { address: string; formula: string }[] = [];
  let row = 4;
  for (const key of IDENTITY) {
    notes.push({ address: `A${row}`, text: column(key).header });
    formulaCells.push({ address: `B${row}`, formula: workshopLookup(key) });
    row++;
  }
  row++;
  notes.push({ address: `A${row}`, text: 'Nuværende scenarie (As-is)', bold: true });
  row++;
  for (const col of COLUMNS.filter((c) => c.phase === 'asis' && c.key !== 'usagePattern')) {
    notes.push({ address: `A${row}`, text: col.header });
    formulaCells.push({ address: `B${row}`, formula: workshopLookup(col.key) });
    row++;
  }
  row++;
  notes.push(
    { address: `A${row}`, text: 'Spørgsmål til To-be', bold: true },
    { address: `B${row}`, text: 'Svar i arket nu', bold: true },
    { address: `C${row}`, text: 'Noter fra workshoppen', bold: true },
  );
  row++;
  const noteCells: string[] = [];
  for (const col of COLUMNS.filter((c) => c.phase === 'tobe')) {
    notes.push({ address: `A${row}`, text: `${col.header}: ${col.help}` });
    formulaCells.push({ address: `B${row}`, formula: workshopLookup(col.key) });
    noteCells.push(`C${row}`);
    row++;
  }
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
    print: { area: `A1:C${row - 1}` },
    hiddenColumns: [],
    formulaCells,
    form: { dropdown: { address: WORKSHOP_CHOICE, source }, noteCells },
    columnWidths: [44, 26, 40],
    lastRow: row - 1,
  };
}
