/** The Overblik and Beslutningsgrundlag sheets as Excel formula text (array-free: Excel 2016+ and LibreOffice 7). */
import { column, COLUMNS, DECISION_KEYS_IN_TABLE, TO_BE_KEYS, type ColumnKey } from './schema';
import { columnRef } from './prioritisationFormulas';
import { listRange, TABLE_NAME } from './sheetLayout';

/** Rows and columns of OverblikKritisk. */
export const CRITICAL_ROWS = ['Ja', 'Nej', ''] as const;
export const SCOPE_COLUMNS = ['Let', 'Moderat', 'Stort', ''] as const;

const col = (key: ColumnKey) => columnRef(column(key).header);
const notBlank = (x: string) => `(${x}<>"")`;
const isCD = (p: string) => `((${p}="C")+(${p}="D"))`;

export function scenarioCount(areaCell: string, scenarioCell: string): string {
  return `COUNTIFS(${col('businessArea')},${areaCell},${col('solutionScenario')},${scenarioCell})`;
}

export function withoutScenarioCount(areaCell: string): string {
  const one = (p: string) =>
    `COUNTIFS(${col('businessArea')},${areaCell},${col('usagePattern')},"${p}",${col('solutionScenario')},"")`;
  return `${one('C')}+${one('D')}`;
}

export const rowCount = (areaCell: string) => `COUNTIFS(${col('businessArea')},${areaCell})`;
export const sumFor = (key: ColumnKey, areaCell: string) => `SUMIFS(${col(key)},${col('businessArea')},${areaCell})`;

/** The «I alt» line: over the whole sheet. */
export const totalScenarioCount = (scenarioCell: string) => `COUNTIFS(${col('solutionScenario')},${scenarioCell})`;
export const totalWithoutScenario = () =>
  `COUNTIFS(${col('usagePattern')},"C",${col('solutionScenario')},"")+COUNTIFS(${col('usagePattern')},"D",${col('solutionScenario')},"")`;
export const totalRows = () => `SUMPRODUCT(--((${notBlank(col('businessArea'))}+${notBlank(col('caseArea'))})>0))`;
export const totalSum = (key: ColumnKey) => `SUM(${col(key)})`;

/** C and D rows with this Forretningskritisk and Omfang ("" = tom). */
export function criticalCount(critical: string, scope: string): string {
  const one = (p: string) =>
    `COUNTIFS(${col('usagePattern')},"${p}",${col('businessCritical')},"${critical}",${col('cleanupScope')},"${scope}")`;
  return `${one('C')}+${one('D')}`;
}

export const screenedCount = (areaCell: string) =>
  `COUNTIFS(${col('businessArea')},${areaCell},${col('usesKmdSag')},"<>")`;
export const withPatternCount = (areaCell: string) =>
  `COUNTIFS(${col('businessArea')},${areaCell},${col('usagePattern')},"<>")`;

export function toBeCompleteCount(areaCell: string): string {
  const filled = TO_BE_KEYS.map((k) => `(${col(k)}<>"")`).join('*');
  return `SUMPRODUCT((${col('businessArea')}=${areaCell})*${isCD(col('usagePattern'))}*${filled})`;
}

/** 1 for each problem validateRow would report on a row, as an array over the table. */
function findingTerms(): string {
  const terms: string[] = [];
  for (const c of COLUMNS) {
    const x = col(c.key);
    if (c.kind === 'list') terms.push(`(${x}<>"")*(COUNTIF(${listRange(c.list!)},${x})=0)`);
    if (c.kind === 'count') {
      const min = c.key === 'decidedOrder' ? 1 : 0;
      terms.push(
        `(${x}<>"")*(1-ISNUMBER(${x}))+ISNUMBER(${x})*(((${x}<${min})+ISNUMBER(FIND(".",${x}&""))+ISNUMBER(FIND(",",${x}&"")))>0)`,
      );
    }
    if (c.kind === 'kle') {
      // The same check as the KLE validation, made array-safe: AND/OR become products and sums.
      const y = `${x}&".00"`;
      const digits = [1, 2, 4, 5, 7, 8].map((i) => `ISNUMBER(FIND(MID(${y},${i},1),"0123456789"))`).join('*');
      terms.push(
        `(${x}<>"")*(1-ISTEXT(${x})*(((LEN(${x})=5)+(LEN(${x})=8))>0)*(MID(${y},3,1)=".")*(MID(${y},6,1)=".")*${digits})`,
      );
    }
    if (c.key === 'moveBy') terms.push(`(${x}<>"")*(1-ISNUMBER(${x}))+ISNUMBER(${x})*(1-(${x}>36526)*(${x}<73051))`);
    else if (c.kind === 'date')
      terms.push(`ISNUMBER(${x})*(1-((((${x}>=2000)*(${x}<=2100))+((${x}>36526)*(${x}<73051)))>0))`);
  }
  const U = col('usesKmdSag');
  const P = col('usagePattern');
  terms.push(`(${U}="Nej")*(${P}<>"")*(${P}&""<>"0")`, `(${U}="Ja")*(${P}&""="0")`);
  const blank = (k: ColumnKey) => `(${col(k)}="")`;
  terms.push(`${blank('businessArea')}+${blank('caseArea')}+${blank('usesKmdSag')}`);
  terms.push(`(${U}="Ja")*(${blank('caseworkerCount')}+${blank('usagePattern')})`);
  terms.push(`${isCD(P)}*(${['manualCaseCount' as const, ...TO_BE_KEYS].map(blank).join('+')})`);
  // The decision: only on C and D rows, and an order or a move needs the decided scenario.
  const filled = (k: ColumnKey) => `(${col(k)}<>"")`;
  terms.push(`(1-${isCD(P)})*(${DECISION_KEYS_IN_TABLE.map(filled).join('+')})`);
  terms.push(
    `${isCD(P)}*${blank('decidedScenario')}*(${filled('decidedOrder')}+${filled('move')}+${filled('moveBy')})`,
  );
  return terms.join('+');
}

export function rowsWithFindingCount(areaCell: string): string {
  return `SUMPRODUCT((${col('businessArea')}=${areaCell})*((${findingTerms()})>0))`;
}

/** The C/D rows per løsningsscenarie: `which` is the recommended or the decided scenario column. */
export type ScenarioSide = 'solutionScenario' | 'decidedScenario';

/** C and D rows whose scenario (recommended or decided) is the one in `scenarioCell`; `""` for none. */
export function cdScenarioCount(which: ScenarioSide, scenarioCell: string): string {
  const one = (p: string) => `COUNTIFS(${col('usagePattern')},"${p}",${col(which)},${scenarioCell})`;
  return `${one('C')}+${one('D')}`;
}

export function cdScenarioSum(key: ColumnKey, which: ScenarioSide, scenarioCell: string): string {
  const one = (p: string) => `SUMIFS(${col(key)},${col('usagePattern')},"${p}",${col(which)},${scenarioCell})`;
  return `${one('C')}+${one('D')}`;
}

export const cdCount = () => `COUNTIFS(${col('usagePattern')},"C")+COUNTIFS(${col('usagePattern')},"D")`;
export const cdSum = (key: ColumnKey) =>
  `SUMIFS(${col(key)},${col('usagePattern')},"C")+SUMIFS(${col(key)},${col('usagePattern')},"D")`;

/**
 * Beslutningsgrundlag's order without a rank per line (a COUNTIF or MATCH over all lines per line grows with n²). For
 * table row i (a helper cell on the sheet) one whole-number key: (Besluttet rækkefølge, or 100001 when it is not a whole
 * number 1…100000) · 2^17² + Prioritet · 2^17 + i; empty without a Prioritet (not C/D). Prioritet is unique, so the keys
 * are; i comes back out of the key, so line r needs only the r-th smallest key. Below 2^51: exact, and 2^17 divides
 * exactly. Table positions and Prioritet stay below 2^17 = 131072 rows.
 */
export const DECIDED_ORDER_MAX = 100_000;
export const DECISION_KEY_BASE = 131_072;

/** `INDEX(Dokumentation, row, column)`: a table reference without column names (LibreOffice resolves a named
 * column per reference while loading: tens of microseconds each, seconds over a 5,000-line sheet). */
export const tableCell = (rowExpr: string, columnCell: string) =>
  `INDEX(${TABLE_NAME}[[#Data]],${rowExpr},${columnCell})`;

/** The column number of a header in the table (one helper cell per listed column; follows a moved column). */
export function tableColumnNumber(key: ColumnKey): string {
  return `MATCH("${column(key).header.replace(/"/g, '""')}",${TABLE_NAME}[[#Headers]],0)`;
}

export function decisionKey(indexExpr: string, priorityColumn: string, orderColumn: string): string {
  const p = tableCell(indexExpr, priorityColumn);
  const o = tableCell(indexExpr, orderColumn);
  const none = DECIDED_ORDER_MAX + 1;
  const order = `IF(ISNUMBER(${o}),IF(AND(${o}>=1,${o}<=${DECIDED_ORDER_MAX},${o}=INT(${o})),${o},${none}),${none})`;
  const B = DECISION_KEY_BASE;
  return `IFERROR(IF(ISNUMBER(${p}),(${order}*${B}+${p})*${B}+${indexExpr},""),"")`;
}

/** Line `lineExpr`'s key: the line-th smallest (SMALL copies the keys once per line, no comparisons per pair). */
export function decisionLineKey(lineExpr: string, keys: string, countCell: string): string {
  return `IF(${lineExpr}>${countCell},"",SMALL(${keys},${lineExpr}))`;
}

/** The table row of a line: the last part of its key. */
export function decisionLinePosition(lineKeyCell: string): string {
  const B = DECISION_KEY_BASE;
  return `IF(${lineKeyCell}="","",${lineKeyCell}-INT(${lineKeyCell}/${B})*${B})`;
}

export function decisionValue(positionCell: string, columnCell: string): string {
  return `IF(${positionCell}="","",""&${tableCell(positionCell, columnCell)})`;
}

/** Numbers stay numbers; empty cells stay empty. */
export function decisionNumber(positionCell: string, columnCell: string): string {
  const x = tableCell(positionCell, columnCell);
  return `IF(${positionCell}="","",IF(${x}="","",${x}))`;
}

/**
 * A date (a number past the year 2100) stays a number for the column's date format; a year or a text shows as text.
 * N() is 0 for a text or an empty cell, so the table cell is read three times, not six (DAY, MONTH and YEAR of it).
 */
export function decisionWhen(positionCell: string, columnCell: string): string {
  const x = tableCell(positionCell, columnCell);
  return `IF(${positionCell}="","",IF(N(${x})>2100,N(${x}),""&${x}))`;
}
