/**
 * Excel's formula dialects and the conversions between them, in one place (pure text work: no Office, no DOM):
 * - API form: what Office.js's Range.formulas takes and gives, as typed in Excel's UI (en-US): `=…`, functions without
 *   `_xlfn.`, `[@Kolonne]` inside the table.
 * - file form: what an .xlsx stores (ECMA-376 part 1, §18.17): no `=`, `_xlfn.` before the functions newer than Excel
 *   2007, structured references qualified with their table's name and `[#This Row],` for `@`.
 * - R1C1: references relative to the formula's cell (Range.formulasR1C1, ExcelApi 1.2), so a formula column that is the
 *   same in every row is one text, and a request does not grow with the rows.
 * A1 addresses themselves (letters ↔ numbers) are a1.ts's.
 */
import { columnIndex, columnLetter } from './a1';

/** The prefix a file puts before a function newer than Excel 2007. */
export const FILE_PREFIX = '_xlfn.';

/**
 * Functions newer than Excel 2007 that Excel stores with `_xlfn.` (Microsoft: "Issue: An _xlfn. prefix is displayed
 * in front of a formula"); the API and the UI show them without it.
 */
export const PREFIXED_FUNCTIONS: ReadonlySet<string> = new Set(
  (
    'AGGREGATE BETA.DIST BETA.INV BINOM.DIST BINOM.INV CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT ' +
    'CHISQ.INV CHISQ.INV.RT CHISQ.TEST CONCAT CONFIDENCE.NORM CONFIDENCE.T COVARIANCE.P COVARIANCE.S DAYS ' +
    'ERF.PRECISE ERFC.PRECISE EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FLOOR.MATH FLOOR.PRECISE ' +
    'FORECAST.LINEAR FORMULATEXT GAMMA.DIST GAMMA.INV GAMMALN.PRECISE HYPGEOM.DIST IFNA IFS ISFORMULA ISOWEEKNUM ' +
    'LOGNORM.DIST LOGNORM.INV MAXIFS MINIFS MODE.MULT MODE.SNGL NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV ' +
    'NORM.S.DIST NORM.S.INV NUMBERVALUE PERCENTILE.EXC PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC POISSON.DIST ' +
    'QUARTILE.EXC QUARTILE.INC RANK.AVG RANK.EQ SHEET SHEETS STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT ' +
    'T.INV T.INV.2T T.TEST TEXTJOIN UNICHAR UNICODE VAR.P VAR.S WEIBULL.DIST WORKDAY.INTL XOR Z.TEST'
  ).split(' '),
);

/** A function's name as a file stores it: `PERCENTILE.INC` → `_xlfn.PERCENTILE.INC`, `SUM` → `SUM`. */
export function fileFunctionName(name: string): string {
  return PREFIXED_FUNCTIONS.has(name.toUpperCase()) ? `${FILE_PREFIX}${name}` : name;
}

/** Whether a name is a function's file form (`_xlfn.IFS`), which Office.js does not take. */
export function hasFilePrefix(name: string): boolean {
  return name.toLowerCase().startsWith(FILE_PREFIX);
}

/** `[`, `]`, `#` and `'` in a header are escaped with `'` inside a structured reference. */
export function escapeHeader(header: string): string {
  return header.replace(/([[\]#'])/g, "'$1");
}

/**
 * A header holding any of these must stand in its own brackets: `T[[KLE-nummer]]`, never `T[KLE-nummer]` (Microsoft:
 * "Using structured references with Excel tables", "Use brackets around column headers with special characters").
 * A space alone needs none.
 */
export const NEEDS_OWN_BRACKETS = /[\t\n\r,:.[\]#'"{}$^&*+=\-><\/]/;

/** `[` … its matching `]`, nested brackets and `'`-escapes included: the index just after it. */
export function bracketEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "'") i++;
    else if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The end of the "…" literal that opens at `open` ("" inside it is a quote): the index just after it. */
function stringEnd(text: string, open: number): number {
  let j = open + 1;
  while (j < text.length) {
    if (text[j] === '"' && text[j + 1] === '"') j += 2;
    else if (text[j] === '"') return j + 1;
    else j++;
  }
  return text.length;
}

/**
 * A formula in pieces: `string` a "…" literal, `ref` a bracket group of a structured reference (`[@X]`,
 * `[[#This Row],[X]]`), `code` all else. An R1C1 offset (`R[-1]`, `C[2]`) is code; a `"` inside brackets is a
 * header's character, not a literal.
 */
export interface FormulaPiece {
  kind: 'code' | 'string' | 'ref';
  text: string;
}

const R1C1_OPEN = /(^|[^A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C?$/;
const R1C1_OPEN_INSIDE = /[^A-Za-z0-9_.]R(\[-?\d+\]|\d+)?C?$/;
const RELATIVE_OFFSET = /\[-?\d+\]/y;

/** Whether the code formula[from, to) ends in an R1C1 reference whose "[…]" offset comes next (its tail alone is read). */
function opensR1C1(formula: string, from: number, to: number): boolean {
  return to - from <= 24 ? R1C1_OPEN.test(formula.slice(from, to)) : R1C1_OPEN_INSIDE.test(formula.slice(to - 24, to));
}

export function formulaPieces(formula: string): FormulaPiece[] {
  const out: FormulaPiece[] = [];
  // The code since the last literal or reference: formula.slice(codeFrom, i).
  let codeFrom = 0;
  const push = (kind: 'string' | 'ref', i: number, end: number) => {
    if (i > codeFrom) out.push({ kind: 'code', text: formula.slice(codeFrom, i) });
    out.push({ kind, text: formula.slice(i, end) });
    codeFrom = end;
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charCodeAt(i);
    if (ch === 34 /* " */) {
      const end = stringEnd(formula, i);
      push('string', i, end);
      i = end;
    } else if (ch === 91 /* [ */) {
      RELATIVE_OFFSET.lastIndex = i;
      if (RELATIVE_OFFSET.test(formula) && opensR1C1(formula, codeFrom, i)) i = RELATIVE_OFFSET.lastIndex;
      else {
        const end = bracketEnd(formula, i);
        push('ref', i, end);
        i = end;
      }
    } else i++;
  }
  if (formula.length > codeFrom) out.push({ kind: 'code', text: formula.slice(codeFrom) });
  return out;
}

/** Applies `convert` to each stretch between "…" literals (structured references included); literals stay. */
export function outsideStrings(formula: string, convert: (code: string) => string): string {
  let out = '';
  let code = '';
  for (const piece of formulaPieces(formula)) {
    if (piece.kind === 'string') {
      out += convert(code) + piece.text;
      code = '';
    } else code += piece.text;
  }
  return out + convert(code);
}

/** Applies `convert` to the code outside "…" literals and structured references; those stay as they are. */
export function outsideLiteralsAndRefs(formula: string, convert: (code: string) => string): string {
  return formulaPieces(formula)
    .map((p) => (p.kind === 'code' ? convert(p.text) : p.text))
    .join('');
}

const FUNCTION_CALL = /(^|[^\w.])([A-Za-z_][\w.]*)(?=\()/g;

/** A formula as the API takes it (`=…`, `[@X]`, no `_xlfn.`) in the form a file stores; `table` names unqualified references. */
export function toFileForm(apiFormula: string, table: string | null): string {
  const body = apiFormula.startsWith('=') ? apiFormula.slice(1) : apiFormula;
  let out = '';
  // What came before a structured reference since the last literal: a table's name qualifies it.
  let since = '';
  for (const piece of formulaPieces(body)) {
    let text = piece.text;
    if (piece.kind === 'code')
      text = text.replace(FUNCTION_CALL, (_m, b: string, name: string) => b + fileFunctionName(name));
    else if (piece.kind === 'ref') {
      const inner = text.slice(1, -1);
      const prefix = /[A-Za-z_\\][\w.\\]*$/.test(since) ? '' : (table ?? '');
      text = inner.startsWith('@')
        ? `${prefix}[[#This Row],${inner.slice(1).startsWith('[') ? inner.slice(1) : `[${inner.slice(1)}]`}]`
        : `${prefix}${text}`;
    }
    since = piece.kind === 'string' ? '' : since + text;
    out += text;
  }
  return out;
}

/** A formula in file form as Office.js takes it: `_xlfn.` prefixes dropped (text in "…" stays). */
export function toApiForm(fileFormula: string): string {
  if (!fileFormula.includes(FILE_PREFIX)) return fileFormula;
  return outsideStrings(fileFormula, (code) => code.split(FILE_PREFIX).join(''));
}

/**
 * A formula as Excel may show it, reduced to one form: `Tabel[[#This Row],[Kolonne]]`, `Tabel[@Kolonne]`,
 * `[@[Kolonne]]` and `[@Kolonne]`, `Tabel[[Kolonne]]` and `Tabel[Kolonne]` (Excel writes `@` for #This Row, and may drop
 * the table's name inside its own table) are the same reference; case, `_xlfn.` and spaces outside strings do not count.
 */
export function normaliseFormula(formula: string, table: string): string {
  return outsideStrings(formula, (code) => {
    let out = code.replace(/\[\s*\[#This Row\]\s*,\s*/gi, '[@');
    out = out.replace(/_xlfn\./gi, '').replace(/\s+/g, '');
    out = out.replace(new RegExp(`(^|[^A-Za-z0-9_.])${table}\\[`, 'gi'), '$1[');
    out = out.replace(/\[@\[((?:[^[\]']|'.)*)\]\]/g, '[@$1]');
    // T[[Kolonne]] (a header in its own brackets) is T[Kolonne]
    out = out.replace(/\[\[((?:[^[\]'#]|'.)(?:[^[\]']|'.)*)\]\]/g, '[$1]');
    return out.toLowerCase();
  });
}

const A1_REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/** "=…$A7…" in cell (row, column) (1-based) → "=…RC1…". */
export function toR1C1(formula: string, row: number, column: number): string {
  return outsideLiteralsAndRefs(formula, (code) =>
    code.replace(A1_REF, (_m, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const r = Number(digits);
      const c = columnIndex(letters) + 1;
      const rPart = rowAbs ? `R${r}` : r === row ? 'R' : `R[${r - row}]`;
      const cPart = colAbs ? `C${c}` : c === column ? 'C' : `C[${c - column}]`;
      return `${before}${rPart}${cPart}`;
    }),
  );
}

const R1C1_REF = /(^|[^A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;

/** One part of an R1C1 reference: absolute (R5) or an offset from the cell it is placed in (R, R[-1]). */
interface R1C1Part {
  absolute: boolean;
  n: number;
}

/** An R1C1 formula split once into its text and its references, each part read, to be placed in any cell. */
type R1C1Template = (string | { r: R1C1Part; c: R1C1Part })[];
const TEMPLATES = new Map<string, R1C1Template>();

const r1c1Part = (spec: string | undefined): R1C1Part =>
  spec === undefined
    ? { absolute: false, n: 0 }
    : spec.startsWith('[')
      ? { absolute: false, n: Number(spec.slice(1, -1)) }
      : { absolute: true, n: Number(spec) };

function r1c1Template(formula: string): R1C1Template {
  const out: R1C1Template = [];
  for (const piece of formulaPieces(formula)) {
    if (piece.kind !== 'code') {
      out.push(piece.text);
      continue;
    }
    let at = 0;
    for (const m of piece.text.matchAll(R1C1_REF)) {
      out.push(piece.text.slice(at, m.index) + m[1]!, { r: r1c1Part(m[2]), c: r1c1Part(m[3]) });
      at = m.index + m[0].length;
    }
    out.push(piece.text.slice(at));
  }
  return out;
}

/** "=…RC1…" in cell (row, column) (1-based) → "=…$A7…". */
export function fromR1C1(formula: string, row: number, column: number): string {
  let template = TEMPLATES.get(formula);
  if (!template) {
    if (TEMPLATES.size >= 5_000) TEMPLATES.clear();
    TEMPLATES.set(formula, (template = r1c1Template(formula)));
  }
  let out = '';
  for (const p of template) {
    if (typeof p === 'string') out += p;
    else {
      const { r, c } = p;
      out += `${c.absolute ? '$' : ''}${columnLetter((c.absolute ? 0 : column) + c.n - 1)}`;
      out += `${r.absolute ? '$' : ''}${(r.absolute ? 0 : row) + r.n}`;
    }
  }
  return out;
}

const SHIFT_REF = /(^|[^A-Za-z0-9_.$!'])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

/**
 * A formula moved with its cell into a rebuilt sheet: references to this sheet (no sheet name) follow their cells to
 * their new columns and rows. References to other sheets, structured references and text stay as they are.
 */
export function moveReferences(formula: string, column: (c: number) => number, row: (r: number) => number): string {
  return outsideLiteralsAndRefs(formula, (code) =>
    code.replace(SHIFT_REF, (_m, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const c = column(columnIndex(letters));
      const r = row(Number(digits));
      return `${before}${colAbs}${columnLetter(c)}${rowAbs}${r}`;
    }),
  );
}
