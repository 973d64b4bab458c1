/**
 * A1 and R1C1: column letters, and A1 ↔ R1C1 for cell references in formula text (outside string literals and
 * structured references). R1C1 lets a formula column that is the same in every row be written as one scalar
 * (Range.formulasR1C1, ExcelApi 1.2), so the request does not grow with the number of rows.
 */

/** A1 column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 column letters to a 0-based index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "$T$5" or "T5" → 0-based row and column; null when it is not a cell address. */
export function parseCell(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  return m ? { row: Number(m[2]) - 1, column: columnIndex(m[1]!) } : null;
}

/** Applies `replace` to the text outside "…" literals and […] structured references (nested brackets included). */
function outsideLiterals(formula: string, replace: (code: string) => string): string {
  let out = '';
  let code = '';
  let i = 0;
  const flush = () => {
    out += replace(code);
    code = '';
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      flush();
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (
      ch === '[' &&
      /(^|[^A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C?$/.test(code) &&
      /^\[-?\d+\]/.test(formula.slice(i))
    ) {
      // R[-1] / C[2]: an R1C1 offset, not a structured reference.
      const end = formula.indexOf(']', i);
      code += formula.slice(i, end + 1);
      i = end + 1;
    } else if (ch === '[') {
      flush();
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === "'" && j + 1 < formula.length) {
          j++;
          continue;
        }
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']' && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else {
      code += ch;
      i++;
    }
  }
  flush();
  return out;
}

const A1_REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/** "=…$A7…" in cell (row, column) (1-based) → "=…RC1…". */
export function toR1C1(formula: string, row: number, column: number): string {
  return outsideLiterals(formula, (code) =>
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

/** "=…RC1…" in cell (row, column) (1-based) → "=…$A7…". */
export function fromR1C1(formula: string, row: number, column: number): string {
  return outsideLiterals(formula, (code) =>
    code.replace(R1C1_REF, (_m, before: string, r?: string, c?: string) => {
      const part = (spec: string | undefined, here: number) =>
        spec === undefined
          ? { abs: false, n: here }
          : spec.startsWith('[')
            ? { abs: false, n: here + Number(spec.slice(1, -1)) }
            : { abs: true, n: Number(spec) };
      const rr = part(r, row);
      const cc = part(c, column);
      return `${before}${cc.abs ? '$' : ''}${columnLetter(cc.n - 1)}${rr.abs ? '$' : ''}${rr.n}`;
    }),
  );
}

const SHIFT_REF = /(^|[^A-Za-z0-9_.$!'])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

/**
 * A formula moved with its cell into a rebuilt sheet: references to this sheet (no sheet name) follow their cells to
 * their new columns and rows. References to other sheets, structured references and text stay as they are.
 */
export function moveReferences(formula: string, column: (c: number) => number, row: (r: number) => number): string {
  return outsideLiterals(formula, (code) =>
    code.replace(SHIFT_REF, (_m, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const c = column(columnIndex(letters));
      const r = row(Number(digits));
      return `${before}${colAbs}${columnLetter(c)}${rowAbs}${r}`;
    }),
  );
}
