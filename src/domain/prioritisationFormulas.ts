/** The computed columns as Excel formula text (file form: `_xlfn.` prefixes, `[[#This Row],…]` references). */
import { column, TYPED_FALLBACK, type ColumnKey, type FormulaKey } from './schema';
import { SETTINGS_REF, TABLE_NAME } from './sheetLayout';

/** `[`, `]`, `#` and `'` in a header are escaped with `'` inside a structured reference. */
export function escapeHeader(header: string): string {
  return header.replace(/([[\]#'])/g, "'$1");
}

export const thisRowRef = (header: string) => `${TABLE_NAME}[[#This Row],[${escapeHeader(header)}]]`;
export const columnRef = (header: string) => `${TABLE_NAME}[${escapeHeader(header)}]`;

const cell = (key: ColumnKey) => thisRowRef(column(key).header);
const whole = (key: ColumnKey) => columnRef(column(key).header);

export interface FormulaOptions {
  /** Typed columns kept beside the formula columns (from an upgraded sheet); Brugerantal and Omfang fall back on theirs. */
  typedColumns?: readonly FormulaKey[];
}

function fallback(key: 'userCountCategory' | 'cleanupScope', options: FormulaOptions): string {
  return options.typedColumns?.includes(key) ? `""&${thisRowRef(TYPED_FALLBACK[key])}` : '""';
}

export function lowThresholdFormula(): string {
  return `IFERROR(_xlfn.PERCENTILE.INC(${whole('caseworkerCount')},1/3),"")`;
}

export function highThresholdFormula(): string {
  return `IFERROR(_xlfn.PERCENTILE.INC(${whole('caseworkerCount')},2/3),"")`;
}

export function userCountFormula(options: FormulaOptions = {}): string {
  const n = cell('caseworkerCount');
  return (
    `IF(ISNUMBER(${n}),IF(${n}<=${SETTINGS_REF.lowThreshold},"Få",` +
    `IF(${n}>${SETTINGS_REF.highThreshold},"Mange","Mellem")),${fallback('userCountCategory', options)})`
  );
}

export function cleanupScopeFormula(options: FormulaOptions = {}): string {
  const k = cell('cleanupComplexity');
  const b = cell('userCountCategory');
  return (
    `IF(OR(${k}="",${b}=""),${fallback('cleanupScope', options)},` +
    `IFERROR(INDEX(${SETTINGS_REF.matrixValues},MATCH(${k},${SETTINGS_REF.matrixRows},0),` +
    `MATCH(${b},${SETTINGS_REF.matrixColumns},0)),""))`
  );
}

/** Lexicographic "comes before this row" over the C/D rows, array-free so it computes in Excel 2016 and LibreOffice. */
export function priorityFormula(): string {
  const P = whole('usagePattern');
  const F = whole('businessCritical');
  const O = whole('cleanupScope');
  const U = whole('caseworkerCount');
  const M = whole('manualCaseCount');
  const p0 = cell('usagePattern');
  const heavy = `(${SETTINGS_REF.strategy}<>"Letteste først")`;
  const scope = (x: string) => `((${x}="Stort")*(1+2*${heavy})+(${x}="Moderat")*2+(${x}="Let")*(3-2*${heavy}))`;
  const num0 = (x: string) => `IF(ISNUMBER(${x}),${x},-1E+307)`;
  const u0 = num0(cell('caseworkerCount'));
  const m0 = num0(cell('manualCaseCount'));
  const gt = (v: string, k: string) => `ISNUMBER(${v})*(${v}>${k})`;
  const eq = (v: string, k: string) => `(ISNUMBER(${v})*(${v}=${k})+(1-ISNUMBER(${v}))*(${k}=-1E+307))`;
  // Forretningskritisk and Omfang as one key: Ja outranks any Omfang, so crit*4 + directed scope (0–3).
  const key = (crit: string, omfang: string) => `((${crit}="Ja")*4+${scope(omfang)})`;
  const k = key(F, O);
  const k0 = key(cell('businessCritical'), cell('cleanupScope'));
  const before = `((${k}>${k0})+(${k}=${k0})*(${gt(U, u0)}+${eq(U, u0)}*(${gt(M, m0)}+${eq(M, m0)}*(ROW(${P})<ROW()))))`;
  return `IF(OR(${p0}="C",${p0}="D"),1+SUMPRODUCT(((${P}="C")+(${P}="D"))*${before}),"")`;
}

/**
 * KLE NN.NN.NN or NN.NN, relative to the validated range's top-left cell. Excel caps a validation formula at
 * 255 characters and forbids array constants, so: strip the dots, read the digits as a number, format it back
 * with the mask and compare with what was typed.
 */
export function kleValidationFormula(topLeft: string): string {
  const x = topLeft;
  return `OR(${x}="",IFERROR(${x}=TEXT(--SUBSTITUTE(${x},".",""),IF(LEN(${x})=5,"00\\.00","00\\.00\\.00")),FALSE))`;
}

/** Office.js takes formulas as typed in Excel's UI: no `_xlfn.` prefixes. */
export function toUiFormula(fileFormula: string): string {
  return fileFormula.replace(/_xlfn\./g, '');
}

export function formulaFor(key: FormulaKey, options: FormulaOptions = {}): string {
  if (key === 'userCountCategory') return userCountFormula(options);
  if (key === 'cleanupScope') return cleanupScopeFormula(options);
  return priorityFormula();
}
