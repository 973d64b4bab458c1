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

/** C and D rows of a fagområde (`areaCell`; `null`: the whole sheet), each criterion pair added to both. */
function cdCountIfs(areaCell: string | null, more = ''): string {
  const area = areaCell === null ? '' : `${col('businessArea')},${areaCell},`;
  const one = (p: string) => `COUNTIFS(${area}${col('usagePattern')},"${p}"${more})`;
  return `${one('C')}+${one('D')}`;
}

/** C and D rows of a fagområde whose scenario (recommended or decided) is the one in `scenarioCell`. */
export const cdAreaScenarioCount = (which: ScenarioSide, areaCell: string | null, scenarioCell: string) =>
  cdCountIfs(areaCell, `,${col(which)},${scenarioCell}`);
/** All C and D rows of a fagområde: the «I alt» of its line. */
export const cdAreaCount = (areaCell: string | null) => cdCountIfs(areaCell);
export function cdAreaSum(key: ColumnKey, areaCell: string | null): string {
  const area = areaCell === null ? '' : `${col('businessArea')},${areaCell},`;
  const one = (p: string) => `SUMIFS(${col(key)},${area}${col('usagePattern')},"${p}")`;
  return `${one('C')}+${one('D')}`;
}

/** Rows with a fagområde or a sagsområde: every row of the sheet that is in use. */
export const totalRows = () => `SUMPRODUCT(--((${notBlank(col('businessArea'))}+${notBlank(col('caseArea'))})>0))`;
export const totalSum = (key: ColumnKey) => `SUM(${col(key)})`;
export const rowCount = (areaCell: string) => `COUNTIFS(${col('businessArea')},${areaCell})`;

/** Rows of one brugsmønster (COUNTIFS: "0" finds the number 0 and the text "0"; letters in either case). */
export const patternCount = (pattern: string) => `COUNTIFS(${col('usagePattern')},"${pattern}")`;
export const patternSum = (key: ColumnKey, pattern: string) =>
  `SUMIFS(${col(key)},${col('usagePattern')},"${pattern}")`;

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

export function cdScenarioSum(key: ColumnKey, which: ScenarioSide, scenarioCell: string): string {
  const one = (p: string) => `SUMIFS(${col(key)},${col('usagePattern')},"${p}",${col(which)},${scenarioCell})`;
  return `${one('C')}+${one('D')}`;
}

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

/**
 * Whole numbers stay numbers (for #,##0); empty cells stay empty; a number with decimals (invalid in a count) shows as
 * it is, as text, where #,##0 would round it.
 */
export function decisionNumber(positionCell: string, columnCell: string): string {
  const x = tableCell(positionCell, columnCell);
  return `IF(${positionCell}="","",IF(${x}="","",IF(ISNUMBER(${x}),IF(${x}=INT(${x}),${x},""&${x}),${x})))`;
}

/**
 * A date (a number past the year 2100) stays a number for the column's date format; a year or a text shows as text.
 * N() is 0 for a text or an empty cell, so the table cell is read three times, not six (DAY, MONTH and YEAR of it).
 */
export function decisionWhen(positionCell: string, columnCell: string): string {
  const x = tableCell(positionCell, columnCell);
  return `IF(${positionCell}="","",IF(N(${x})>2100,N(${x}),""&${x}))`;
}

/**
 * A line's «Ugyldige svar»: each checked column whose value Tjek calls invalid, as «header «value»» (a list value not on
 * its list; a count that is not a whole number from 0, Besluttet rækkefølge from 1). Empty when all are valid.
 */
export function decisionInvalid(positionCell: string, checks: readonly { key: ColumnKey; at: string }[]): string {
  const parts = checks.map(({ key, at }) => {
    const c = column(key);
    const x = tableCell(positionCell, at);
    const bad =
      c.kind === 'list'
        ? `AND(${x}<>"",COUNTIF(${listRange(c.list!)},${x})=0)`
        : `IF(${x}="",FALSE,IF(ISNUMBER(${x}),OR(${x}<${key === 'decidedOrder' ? 1 : 0},${x}<>INT(${x})),TRUE))`;
    return `IF(${bad},"${c.header} «"&${x}&"» ","")`;
  });
  return `IF(${positionCell}="","",TRIM(${parts.join('&')}))`;
}

/** Table row `lineExpr` when its value in the column is the first of its kind (MATCH: case-insensitive), else empty. */
export function firstOfItsKind(lineExpr: string, columnCell: string): string {
  const x = tableCell(lineExpr, columnCell);
  return `IFERROR(IF(${x}="","",IF(MATCH(${x},INDEX(${TABLE_NAME}[[#Data]],0,${columnCell}),0)=${lineExpr},${lineExpr},"")),"")`;
}

/** The k-th value of a column in order of first appearance, from the «first of its kind» helper cells. */
export function kthOfItsKind(k: number, helperCells: string, columnNumber: string): string {
  return `IFERROR(""&INDEX(${TABLE_NAME}[[#Data]],SMALL(${helperCells},${k}),${columnNumber}),"")`;
}

/** C and D rows with this value in `key` (`valueCell`; `""` for empty), all of them or only those with a decided scenario. */
export function cdWithCount(key: ColumnKey, valueCell: string, decidedOnly: boolean): string {
  return cdCountIfs(null, `,${col(key)},${valueCell}${decidedOnly ? `,${col('decidedScenario')},"<>"` : ''}`);
}

export function cdWithSum(sumKey: ColumnKey, key: ColumnKey, valueCell: string, decidedOnly: boolean): string {
  const one = (p: string) =>
    `SUMIFS(${col(sumKey)},${col('usagePattern')},"${p}",${col(key)},${valueCell}${decidedOnly ? `,${col('decidedScenario')},"<>"` : ''})`;
  return `${one('C')}+${one('D')}`;
}
