/**
 * The computed columns as Excel formula text in file form (`_xlfn.` prefixes, `[[#This Row],…]` references); the
 * Office adapter writes them through formulaDialect.ts's toApiForm.
 */
import { escapeHeader, fileFunctionName, NEEDS_OWN_BRACKETS } from './formulaDialect';
import { column, TYPED_FALLBACK, type ColumnKey, type ComputedKey, type FormulaKey } from './schema';
import { SETTINGS_REF, TABLE_NAME } from './sheetLayout';

export const thisRowRef = (header: string) => `${TABLE_NAME}[[#This Row],[${escapeHeader(header)}]]`;
export const columnRef = (header: string) =>
  NEEDS_OWN_BRACKETS.test(header)
    ? `${TABLE_NAME}[[${escapeHeader(header)}]]`
    : `${TABLE_NAME}[${escapeHeader(header)}]`;

const cell = (key: ColumnKey) => thisRowRef(column(key).header);
const whole = (key: ColumnKey) => columnRef(column(key).header);

export interface FormulaOptions {
  /** Typed columns kept beside the formula columns (from an upgraded sheet); Brugerantal and Omfang fall back on theirs. */
  typedColumns?: readonly FormulaKey[];
}

function fallback(key: 'userCountCategory' | 'cleanupScope', options: FormulaOptions): string {
  return options.typedColumns?.includes(key) ? `""&${thisRowRef(TYPED_FALLBACK[key])}` : '""';
}

const PERCENTILE = fileFunctionName('PERCENTILE.INC');

/** The thresholds come from the C and D rows only, through the «Sagsbehandlere (C/D)» helper column (no arrays). */
export function lowThresholdFormula(): string {
  return `IFERROR(${PERCENTILE}(${whole('decisionCaseworkerCount')},1/3),"")`;
}

export function highThresholdFormula(): string {
  return `IFERROR(${PERCENTILE}(${whole('decisionCaseworkerCount')},2/3),"")`;
}

const isDecisionRow = () => `OR(${cell('usagePattern')}="C",${cell('usagePattern')}="D")`;

export function decisionCaseworkerCountFormula(): string {
  const n = cell('caseworkerCount');
  return `IF(AND(${isDecisionRow()},ISNUMBER(${n})),${n},"")`;
}

export function userCountFormula(options: FormulaOptions = {}): string {
  const a = cell('userCountAssessed');
  const n = cell('caseworkerCount');
  const { lowThreshold: low, highThreshold: high } = SETTINGS_REF;
  return (
    `IF(${a}<>"",""&${a},IF(AND(ISNUMBER(${n}),ISNUMBER(${low}),ISNUMBER(${high})),` +
    `IF(${n}<=${low},"Få",IF(${n}>${high},"Mange","Mellem")),${fallback('userCountCategory', options)}))`
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

/** 2^20, KEY_BASE in prioritisation.ts: ranks and positions never reach it (Excel's row limit). */
const BASE = 1048576;

/**
 * «Prioritetsnøgle» as priorityKeys() computes it: (7 − group)·2^20² + place of sagsbehandlere·2^20 + place of
 * manuelle sager. A place is RANK − 1 in the strategy's direction, or COUNT for a non-number (last). Each cell does
 * two RANKs over the table: linear work, and exact whole numbers below 2^43.
 */
export function priorityKeyFormula(): string {
  const lightest = `(${SETTINGS_REF.strategy}="Letteste først")`;
  const heavy = `(${SETTINGS_REF.strategy}<>"Letteste først")`;
  const o = cell('cleanupScope');
  const scope = `((${o}="Stort")*(1+2*${heavy})+(${o}="Moderat")*2+(${o}="Let")*(3-2*${heavy}))`;
  const group = `((${cell('businessCritical')}="Ja")*4+${scope})`;
  const place = (key: ColumnKey) =>
    `IF(ISNUMBER(${cell(key)}),RANK(${cell(key)},${whole(key)},${lightest}*1)-1,COUNT(${whole(key)}))`;
  return (
    `IF(${isDecisionRow()},((7-${group})*${BASE}+${place('caseworkerCount')})*${BASE}+` +
    `${place('manualCaseCount')},"")`
  );
}

/** Rank of the key (1 = lowest), equal keys in sheet order: COUNTIF over the column down to this row. */
export function priorityFormula(): string {
  const k = cell('priorityKey');
  const K = whole('priorityKey');
  return `IF(ISNUMBER(${k}),RANK(${k},${K},1)+COUNTIF(INDEX(${K},1):${k},${k})-1,"")`;
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

/** The formula of a computed column (schema kind 'formula'). */
export function formulaFor(key: ComputedKey, options: FormulaOptions = {}): string {
  switch (key) {
    case 'userCountCategory':
      return userCountFormula(options);
    case 'cleanupScope':
      return cleanupScopeFormula(options);
    case 'priority':
      return priorityFormula();
    case 'decisionCaseworkerCount':
      return decisionCaseworkerCountFormula();
    case 'priorityKey':
      return priorityKeyFormula();
  }
}
