/** The Overblik and Beslutningsgrundlag sheets as Excel formula text (array-free: Excel 2016+ and LibreOffice 7). */
import { column, COLUMNS, TO_BE_KEYS, type ColumnKey } from './schema';
import { columnRef } from './prioritisationFormulas';
import { listRange } from './sheetLayout';

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
      terms.push(
        `(${x}<>"")*(1-ISNUMBER(${x}))+ISNUMBER(${x})*(((${x}<0)+ISNUMBER(FIND(".",${x}&""))+ISNUMBER(FIND(",",${x}&"")))>0)`,
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
    if (c.kind === 'date')
      terms.push(`ISNUMBER(${x})*(1-((((${x}>=2000)*(${x}<=2100))+((${x}>36526)*(${x}<73051)))>0))`);
  }
  const U = col('usesKmdSag');
  const P = col('usagePattern');
  terms.push(`(${U}="Nej")*(${P}<>"")*(${P}&""<>"0")`, `(${U}="Ja")*(${P}&""="0")`);
  const blank = (k: ColumnKey) => `(${col(k)}="")`;
  terms.push(`${blank('businessArea')}+${blank('caseArea')}+${blank('usesKmdSag')}`);
  terms.push(`(${U}="Ja")*(${blank('caseworkerCount')}+${blank('usagePattern')})`);
  terms.push(`${isCD(P)}*(${['manualCaseCount' as const, ...TO_BE_KEYS].map(blank).join('+')})`);
  return terms.join('+');
}

export function rowsWithFindingCount(areaCell: string): string {
  return `SUMPRODUCT((${col('businessArea')}=${areaCell})*((${findingTerms()})>0))`;
}

/** Beslutningsgrundlag: the position in Dokumentation of the row whose Prioritet is `rank` (found once per line). */
export function decisionPosition(rank: number): string {
  return `IFERROR(MATCH(${rank},${col('priority')},0),"")`;
}

export function decisionRank(rank: number, positionCell: string): string {
  return `IF(${positionCell}="","",${rank})`;
}

export function decisionValue(positionCell: string, key: ColumnKey): string {
  return `IF(${positionCell}="","",""&INDEX(${col(key)},${positionCell}))`;
}
