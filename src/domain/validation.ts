/** Validation of one row: every cell valid or a Danish message; missing fields per phase. */
import { needsDecision } from './lists';
import {
  COLUMNS,
  DECISION_KEYS_IN_TABLE,
  TO_BE_KEYS,
  type CellValue,
  type ColumnDef,
  type ColumnKey,
  type ListName,
  type RowValues,
} from './schema';
import { isBlank, isNumber, textEquals } from './excelSemantics';
import { LIST_COLUMNS } from './sheetLayout';

export type Lists = Record<ListName, readonly string[]>;

export function defaultLists(businessAreas: readonly string[] = []): Lists {
  const lists = Object.fromEntries(LIST_COLUMNS.map((l) => [l.name, l.defaults])) as unknown as Lists;
  return { ...lists, businessAreas };
}

/** 'attention': valid, but a styregruppe would ask about it (Tjek shows it under «Til styregruppen»). */
export type Severity = 'invalid' | 'missing' | 'attention';

export interface Finding {
  key: ColumnKey;
  value: CellValue;
  message: string;
  severity: Severity;
}

export const KLE_PATTERN = /^\d{2}\.\d{2}(\.\d{2})?$/;

const show = (v: CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/** Is the value one of the list's entries (as Excel compares: case-insensitive, numbers as their text)? */
export function inList(value: CellValue, list: readonly string[]): boolean {
  const text = typeof value === 'number' ? String(value) : value;
  return list.some((item) => textEquals(text, item));
}

function listMessage(col: ColumnDef, value: CellValue, list: readonly string[]): string {
  if (col.list === 'businessAreas') {
    return list.length === 0
      ? `Listen over fagområder er tom. Skriv «${show(value)}» på arket Lister, kolonne A.`
      : `«${show(value)}» står ikke på listen over fagområder. Tilføj det på arket Lister, eller vælg et fra listen.`;
  }
  if (col.list === 'scenarios' && /^\s*[1-4]\s*\.?\s*$/.test(show(value))) {
    const n = Number(show(value).replace(/\D/g, ''));
    return `Vælg scenariet med navn: «${list[n - 1] ?? ''}».`;
  }
  const shown = list.length <= 7 ? list.map((v) => `«${v}»`).join(', ') : 'en værdi fra listen';
  return `«${show(value)}» er ikke et gyldigt svar i «${col.header}». Vælg ${shown}.`;
}

/** The message for one cell, or null when it is valid (blank is valid here; missing is checked per phase). */
export function validateCell(col: ColumnDef, value: CellValue | undefined, lists: Lists): string | null {
  if (isBlank(value) || value === undefined || value === null) return null;
  switch (col.kind) {
    case 'list': {
      const list = lists[col.list as ListName] ?? [];
      return inList(value, list) ? null : listMessage(col, value, list);
    }
    case 'count':
      if (col.key === 'decidedOrder') return orderMessage(value);
      if (isNumber(value) && Number.isInteger(value) && value >= 0) return null;
      if (typeof value === 'string' && /^\s*\d+\s*$/.test(value))
        return `«${value}» er skrevet som tekst. Skriv tallet uden mellemrum eller tegn.`;
      return `«${show(value)}» er ikke et helt tal på 0 eller derover.`;
    case 'kle':
      if (typeof value === 'string' && KLE_PATTERN.test(value)) return null;
      return `«${show(value)}» er ikke et KLE-nummer. Skriv det som NN.NN.NN, fx 32.18.02 (eller NN.NN).`;
    case 'date':
      if (col.key === 'moveBy')
        return isDateSerial(value) ? null : `«${show(value)}» er ikke en dato. Skriv en dato, fx 1-3-2027.`;
      // Free text ("2. halvår 2027", "efter KY") is allowed; a number must be a year or a date.
      if (value instanceof Date || typeof value === 'string') return null;
      if (isNumber(value) && ((value >= 2000 && value <= 2100) || (value > 36526 && value < 73051))) return null;
      return `«${show(value)}» er ikke en dato eller et årstal, fx 2027 eller 1-3-2027.`;
    default:
      return null;
  }
}

/** A real date: a Date, or Excel's serial number of a day in 2000–2100 (a bare year is not a date). */
export function isDateSerial(value: CellValue): boolean {
  return value instanceof Date || (isNumber(value) && value > 36526 && value < 73051);
}

function orderMessage(value: CellValue): string | null {
  if (isNumber(value) && Number.isInteger(value) && value >= 1) return null;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value))
    return `«${value}» er skrevet som tekst. Skriv tallet uden mellemrum eller tegn.`;
  return `«${show(value)}» er ikke en rækkefølge. Skriv et helt tal fra 1 og op (1 er først).`;
}

const SCREENING_REQUIRED: readonly ColumnKey[] = ['businessArea', 'caseArea', 'usesKmdSag'];
const AS_IS_REQUIRED: readonly ColumnKey[] = ['caseworkerCount', 'usagePattern'];
const DECISION_AS_IS_REQUIRED: readonly ColumnKey[] = ['manualCaseCount'];

/** Which fields the row still needs, given how far it has come. */
export function requiredKeys(row: RowValues): ColumnKey[] {
  const keys = [...SCREENING_REQUIRED];
  if (textEquals(row.usesKmdSag, 'Ja')) keys.push(...AS_IS_REQUIRED);
  // Prioritet ranks C and D rows by their manual cases too.
  if (needsDecision(row.usagePattern)) keys.push(...DECISION_AS_IS_REQUIRED, ...TO_BE_KEYS);
  return keys;
}

function missingMessage(key: ColumnKey): string {
  if (SCREENING_REQUIRED.includes(key)) return 'Mangler: udfyldes ved screeningen.';
  if (AS_IS_REQUIRED.includes(key)) return 'Mangler: udfyldes på As-is-workshoppen, når KMD Sag anvendes.';
  if (DECISION_AS_IS_REQUIRED.includes(key))
    return 'Mangler: Prioritet bruger antallet af manuelle sager for brugsmønster C og D.';
  return 'Mangler: udfyldes på To-be-workshoppen for brugsmønster C og D.';
}

/** Every finding of a row, invalid values first in column order, then missing fields. */
export function validateRow(row: RowValues, lists: Lists): Finding[] {
  const findings: Finding[] = [];
  for (const col of COLUMNS) {
    const value = row[col.key] ?? null;
    const message = validateCell(col, value, lists);
    if (message) findings.push({ key: col.key, value, message, severity: 'invalid' });
  }
  const uses = row.usesKmdSag;
  const pattern = row.usagePattern;
  if (textEquals(uses, 'Nej') && !isBlank(pattern) && String(pattern) !== '0') {
    findings.push({
      key: 'usagePattern',
      value: pattern ?? null,
      message: `Brugsmønster «${pattern}» passer ikke med «Anvender KMD Sag» = Nej (skal være 0).`,
      severity: 'invalid',
    });
  }
  if (textEquals(uses, 'Ja') && String(pattern) === '0') {
    findings.push({
      key: 'usagePattern',
      value: pattern ?? null,
      message: 'Brugsmønster 0 passer ikke med «Anvender KMD Sag» = Ja.',
      severity: 'invalid',
    });
  }
  findings.push(...decisionFindings(row));
  const manual = row.manualCaseCount;
  if (isManualOutsideDecision(pattern, manual))
    findings.push({
      key: 'manualCaseCount',
      value: manual ?? null,
      message: `Brugsmønster ${String(pattern).toUpperCase()} med ${manual} manuelle sager i KMD Sag: de skal også flyttes (drejebogen, afsnit 5.5). Aftal hvordan og hvornår.`,
      severity: 'attention',
    });
  const rowIsEmpty = COLUMNS.every((col) => isBlank(row[col.key]));
  if (rowIsEmpty) return findings;
  for (const key of requiredKeys(row)) {
    if (isBlank(row[key])) findings.push({ key, value: null, message: missingMessage(key), severity: 'missing' });
  }
  return findings;
}

/** A row of type A, B or E that still has manual cases in KMD Sag. */
export function isManualOutsideDecision(pattern: CellValue | undefined, manual: CellValue | undefined): boolean {
  return ['A', 'B', 'E'].some((p) => textEquals(pattern, p)) && isNumber(manual) && manual > 0;
}

/** The decision belongs to C and D rows, and an order or a move needs the scenario it carries out. */
function decisionFindings(row: RowValues): Finding[] {
  const filled = DECISION_KEYS_IN_TABLE.filter((k) => !isBlank(row[k]));
  if (filled.length === 0) return [];
  if (!needsDecision(row.usagePattern)) {
    const key = filled[0]!;
    return [
      {
        key,
        value: row[key] ?? null,
        message: `Beslutningen gælder kun brugsmønster C og D (rækken har ${isBlank(row.usagePattern) ? 'intet brugsmønster' : `brugsmønster ${String(row.usagePattern)}`}).`,
        severity: 'invalid',
      },
    ];
  }
  if (isBlank(row.decidedScenario))
    return [
      {
        key: 'decidedScenario',
        value: null,
        message: 'Mangler: det besluttede løsningsscenarie, når rækkefølge eller flytning er besluttet.',
        severity: 'missing',
      },
    ];
  return [];
}
