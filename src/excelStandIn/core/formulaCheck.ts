/**
 * Reads a formula as Excel does when Office.js hands it one (en-US form, whatever the UI language), and refuses what Excel
 * would refuse or silently turn into #NAME?/#REF!: unknown functions, `_xlfn.` prefixes (file form only), `;` separators,
 * unbalanced parentheses or quotes, references to sheets, tables or table columns that do not exist, structured
 * references without Excel's escapes (`'` before `[`, `]`, `#`, `'` in a column name), unknown names, and — in
 * conditional formats and data validation — structured references and array constants, which Excel does not take there.
 * Refusing unknown functions and names is stricter than Excel (it gives #NAME?): both are mistakes in our formulas.
 */
import { FILE_PREFIX, hasFilePrefix } from '../../domain/formulaDialect';
import { EXCEL_FUNCTIONS } from './excelFunctions';
import { FakeExcelError } from './errors';
import type { SheetModel, TableModel, WorkbookModel } from './model';
import { tableHeaders } from './table';

export type FormulaPlace = 'cell' | 'conditionalFormat' | 'validation';

export interface FormulaSite {
  model: WorkbookModel;
  sheet: SheetModel;
  place: FormulaPlace;
  /** The cell the formula is written to (0-based), for table-less references like [@Kolonne]. */
  at?: { r: number; c: number };
  /** Tables' headers in lower case, shared by the formulas of one write (a write changes no header). */
  headers?: Map<TableModel, string[]>;
}

const SPECIALS = ['#all', '#data', '#headers', '#totals', '#this row'];
const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA'];
const CELL = /^\$?[A-Za-z]{1,3}\$?\d{1,7}$/;
const COLUMN = /^\$?[A-Za-z]{1,3}$/;
const ROW = /^\$?\d{1,7}$/;
const COMPARE = ['<>', '<=', '>=', '=', '<', '>'];

class Refusal extends Error {}

/** The table whose body holds the site's cell: a table-less reference like [@Kolonne] means that table. */
export function tableAtSite(site: FormulaSite): TableModel | null {
  const at = site.at;
  if (!at) return null;
  return (
    site.model.tables.find(
      (t) => t.sheet === site.sheet && at.r > t.rect.r0 && at.r <= t.rect.r1 && at.c >= t.rect.c0 && at.c <= t.rect.c1,
    ) ?? null
  );
}

/**
 * Formulas Excel accepted, by what the check reads besides the formula: the sheet names and every table's name, place
 * and headers. A run of tests writes the same report formulas into equal workbooks again and again; only accepted
 * formulas are remembered, so every refusal is parsed and thrown again.
 */
const ACCEPTED = new Map<string, Set<string>>();

function workbookSignature(model: WorkbookModel): string {
  const tables = model.tables.map((t) =>
    [t.name, t.sheet.name, t.rect.r0, t.rect.c0, ...tableHeaders(t)].join('\u0001'),
  );
  return [model.sheets.map((s) => s.name).join('\u0001'), ...tables].join('\u0002');
}

/** A checker for one write: the workbook's signature is taken once, as a write changes no sheet, table or header. */
export function formulaChecker(): (formula: string, site: FormulaSite) => void {
  let accepted: Set<string> | undefined;
  const headers = new Map<TableModel, string[]>();
  return (formula, site) => {
    if (!accepted) {
      const signature = workbookSignature(site.model);
      accepted = ACCEPTED.get(signature);
      if (!accepted) {
        if (ACCEPTED.size >= 64) ACCEPTED.clear();
        ACCEPTED.set(signature, (accepted = new Set()));
      }
    }
    const key = `${site.place}\u0001${site.sheet.name}\u0001${tableAtSite(site)?.name ?? ''}\u0001${formula}`;
    if (accepted.has(key)) return;
    checkFormula(formula, { ...site, headers });
    accepted.add(key);
  };
}

/** Throws InvalidArgument (as Excel fails the sync) naming the formula and the reason. */
export function checkFormula(formula: string, site: FormulaSite): void {
  const reason = formulaProblem(formula, site);
  if (reason)
    throw new FakeExcelError('InvalidArgument', `Excel afviser formlen «${formula}» (${site.place}): ${reason}.`);
}

/** The reason Excel would refuse the formula, or null. */
export function formulaProblem(formula: string, site: FormulaSite): string | null {
  if (!formula.startsWith('=')) return 'en formel begynder med «=»';
  if (site.place === 'validation' && formula.length > 256) return 'en valideringsformel må højst have 255 tegn';
  try {
    new Parser(formula.slice(1), site).formula();
    return null;
  } catch (e) {
    if (e instanceof Refusal) return e.message;
    throw e;
  }
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(
    private readonly s: string,
    private readonly site: FormulaSite,
  ) {}

  private fail(why: string): never {
    throw new Refusal(`${why} (ved tegn ${this.i + 2}: «${this.s.slice(this.i, this.i + 20)}»)`);
  }
  private spaces(): void {
    while (this.s[this.i] === ' ' || this.s[this.i] === '\n') this.i++;
  }
  private peek(): string {
    this.spaces();
    return this.s[this.i] ?? '';
  }
  private eat(text: string): boolean {
    this.spaces();
    if (this.s.startsWith(text, this.i)) {
      this.i += text.length;
      return true;
    }
    return false;
  }

  formula(): void {
    if (this.peek() === '') this.fail('formlen er tom');
    this.expression();
    if (this.peek() === ')') this.fail('en «)» for meget');
    if (this.peek() === ';')
      this.fail('Office.js tager formler i engelsk form: argumenter adskilles med komma, ikke «;»');
    if (this.peek() !== '') this.fail('uventet tekst');
  }

  private expression(): void {
    this.binary(0);
  }

  /** Binary operators by precedence: comparison, &, + -, * /, ^. */
  private binary(level: number): void {
    const ops = [COMPARE, ['&'], ['+', '-'], ['*', '/'], ['^']];
    if (level === ops.length) return this.unary();
    this.binary(level + 1);
    for (;;) {
      const op = ops[level].find((o) => this.s.startsWith(o, (this.spaces(), this.i)));
      if (!op) return;
      this.i += op.length;
      if (this.peek() === '') this.fail(`der mangler noget efter «${op}»`);
      this.binary(level + 1);
    }
  }

  private unary(): void {
    while (this.eat('+') || this.eat('-'));
    this.primary();
    // The range operator joins references and binds tightest, e.g. INDEX(T[K],1):T[[#This Row],[K]]
    // (Microsoft: "Calculation operators and precedence in Excel"; INDEX's reference form returns a reference).
    while (this.eat(':')) this.primary();
    while (this.eat('%'));
  }

  private primary(): void {
    const c = this.peek();
    if (c === '') this.fail('formlen slutter for tidligt');
    if (c === '(') {
      this.i++;
      this.depth++;
      this.expression();
      if (!this.eat(')')) this.fail('en «(» mangler sin «)»');
      this.depth--;
      return;
    }
    if (c === '"') return this.string();
    if (c === '{') return this.array();
    if (c === '#') return this.errorLiteral();
    if (c === "'") return this.quotedSheet();
    if (c === '[') return this.structured(null);
    if (/[0-9.]/.test(c)) return this.numberOrRows();
    if (/[\p{L}_\\$]/u.test(c)) return this.word();
    this.fail(c === ';' ? 'argumenter adskilles med komma, ikke «;»' : `uventet tegn «${c}»`);
  }

  private string(): void {
    this.i++;
    for (;;) {
      const q = this.s.indexOf('"', this.i);
      if (q < 0) this.fail('en tekst mangler sit afsluttende «"»');
      this.i = q + 1;
      if (this.s[this.i] === '"') this.i++;
      else return;
    }
  }

  private array(): void {
    if (this.site.place !== 'cell') this.fail('Excel tager ikke matrixkonstanter i betinget formatering og validering');
    const end = this.s.indexOf('}', this.i);
    if (end < 0) this.fail('en «{» mangler sin «}»');
    this.i = end + 1;
  }

  private errorLiteral(): void {
    const found = ERRORS.find((e) => this.s.slice(this.i, this.i + e.length).toUpperCase() === e);
    if (!found) this.fail('ukendt fejlværdi');
    this.i += found.length;
  }

  private numberOrRows(): void {
    const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (!m) this.fail('ugyldigt tal');
    const rows = /^\$?\d{1,7}:\$?\d{1,7}/.exec(this.s.slice(this.i));
    if (rows) {
      this.i += rows[0].length;
      return;
    }
    this.i += m[0].length;
  }

  private quotedSheet(): void {
    let j = this.i + 1;
    let name = '';
    for (;;) {
      const q = this.s.indexOf("'", j);
      if (q < 0) this.fail("et arknavn mangler sit afsluttende «'»");
      name += this.s.slice(j, q);
      if (this.s[q + 1] === "'") {
        name += "'";
        j = q + 2;
      } else {
        j = q + 1;
        break;
      }
    }
    this.i = j;
    if (this.s[this.i] !== '!') this.fail('et arknavn i anførselstegn skal følges af «!»');
    this.i++;
    this.sheetReference(name);
  }

  private sheetReference(name: string): void {
    if (!this.site.model.sheet(name)) this.fail(`arket «${name}» findes ikke`);
    const m = /^[$A-Za-z0-9]+(:[$A-Za-z0-9]+)?/.exec(this.s.slice(this.i));
    if (!m || !isReference(m[0])) this.fail(`ugyldig reference efter «${name}!»`);
    this.i += m[0].length;
  }

  private word(): void {
    const m = /^[\p{L}\p{N}_.\\$]+/u.exec(this.s.slice(this.i));
    const word = m![0];
    const after = this.s[this.i + word.length];
    if (after === '!') {
      this.i += word.length + 1;
      return this.sheetReference(word);
    }
    if (after === '(') {
      this.i += word.length + 1;
      return this.call(word);
    }
    if (after === '[') {
      this.i += word.length;
      return this.structured(word);
    }
    const range = /^[$A-Za-z0-9]+:[$A-Za-z0-9]+/.exec(this.s.slice(this.i));
    if (range && isReference(range[0])) {
      this.i += range[0].length;
      return;
    }
    this.i += word.length;
    if (/^(TRUE|FALSE)$/i.test(word) || CELL.test(word)) return;
    // A table's name alone is its data rows (Microsoft, "Using structured references with Excel tables").
    if (this.site.model.table(word)) {
      if (this.site.place !== 'cell')
        this.fail('strukturerede referencer kan ikke bruges i betinget formatering og validering');
      return;
    }
    if (hasFilePrefix(word)) this.fail(`«${word}» er filformen; Office.js tager funktionen uden «${FILE_PREFIX}»`);
    this.i -= word.length;
    this.fail(`ukendt navn «${word}» (Excel viser #NAVN?)`);
  }

  private call(name: string): void {
    if (hasFilePrefix(name))
      this.fail(
        `«${name}» er filformen; Office.js tager funktionen uden «${FILE_PREFIX}» (${name.slice(FILE_PREFIX.length)})`,
      );
    if (!EXCEL_FUNCTIONS.has(name.toUpperCase())) this.fail(`funktionen «${name}» findes ikke i Excel 2016`);
    this.depth++;
    if (this.eat(')')) {
      this.depth--;
      return;
    }
    for (;;) {
      const c = this.peek();
      // An argument may be empty: IF(A1,,2).
      if (c !== ',' && c !== ')') this.expression();
      if (this.eat(',')) continue;
      if (this.eat(')')) break;
      if (this.peek() === ';') this.fail('argumenter adskilles med komma, ikke «;»');
      this.fail(`«${name}(» mangler sin «)»`);
    }
    this.depth--;
  }

  /** Table[...] or, inside a table, [...]: the bracketed part is read with Excel's escapes. */
  private structured(tableName: string | null): void {
    if (this.site.place !== 'cell')
      this.fail('strukturerede referencer kan ikke bruges i betinget formatering og validering');
    const table = tableName === null ? this.tableAtSite() : this.site.model.table(tableName);
    if (!table) this.fail(tableName ? `tabellen «${tableName}» findes ikke` : 'cellen står ikke i en tabel');
    const start = this.i;
    let depth = 0;
    for (; this.i < this.s.length; this.i++) {
      const ch = this.s[this.i];
      if (ch === "'") {
        this.i++;
        continue;
      }
      if (ch === '[') depth++;
      if (ch === ']' && --depth === 0) break;
    }
    if (depth !== 0) this.fail('en «[» mangler sin «]»');
    const inner = this.s.slice(start + 1, this.i);
    this.i++;
    this.specifier(inner, table);
  }

  private tableAtSite(): TableModel | null {
    return tableAtSite(this.site);
  }

  private readonly headers = this.site.headers ?? new Map<TableModel, string[]>();
  private headersOf(table: TableModel): string[] {
    let found = this.headers.get(table);
    if (!found) this.headers.set(table, (found = tableHeaders(table).map((h) => h.toLowerCase())));
    return found;
  }

  private specifier(inner: string, table: TableModel): void {
    const headers = this.headersOf(table);
    const column = (raw: string) => {
      const bad = /(^|[^'])[[\]#]/.exec(raw.replace(/''/g, ''));
      if (bad && !raw.startsWith('#')) this.fail(`«${raw}»: «[», «]» og «#» i et kolonnenavn skrives med «'» foran`);
      const name = raw.replace(/'(.)/g, '$1');
      if (!headers.includes(name.trim().toLowerCase()))
        this.fail(`tabellen «${table.name}» har ingen kolonne «${name}»`);
    };
    const special = (raw: string) => {
      if (!SPECIALS.includes(raw.toLowerCase())) this.fail(`ukendt tabeldel «${raw}»`);
    };
    if (inner === '') return;
    if (inner.startsWith('[')) {
      // [[#This Row],[A]] or [[A]:[B]]: groups separated by , or :
      const groups = splitGroups(inner);
      if (!groups) this.fail(`ugyldig struktureret reference «${table.name}[${inner}]»`);
      for (const g of groups) (g.startsWith('#') ? special : column)(g);
      return;
    }
    if (inner.startsWith('#')) return special(inner);
    const bare = (raw: string) => {
      if (OWN_BRACKETS.test(raw))
        this.fail(
          `«${raw}» har specialtegn og skal stå i sine egne klammer: ${table.name}[[${raw}]] eller [@[${raw}]]`,
        );
      column(raw);
    };
    if (inner.startsWith('@')) {
      const rest = inner.slice(1);
      if (rest === '') return;
      return rest.startsWith('[') && rest.endsWith(']') ? column(rest.slice(1, -1)) : bare(rest);
    }
    bare(inner);
  }
}

/**
 * A column header holding any of these characters must stand in its own brackets in a structured reference; a space
 * alone needs none (Microsoft: "Using structured references with Excel tables", "Use brackets around column headers
 * with special characters"). Excel refuses `T[KLE-nummer]`; `T[[KLE-nummer]]` and `[@[KLE-nummer]]` are right.
 */
const OWN_BRACKETS = /[\t\n\r,:.[\]#'"{}$^&*+=\-><\/]/;

/** "[#This Row],[A]" → ['#This Row', 'A']; null when the brackets do not pair up. */
function splitGroups(inner: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < inner.length) {
    if (inner[i] !== '[') return null;
    let j = i + 1;
    let text = '';
    for (; j < inner.length && inner[j] !== ']'; j++) {
      if (inner[j] === "'") text += inner[j++];
      text += inner[j];
    }
    if (j >= inner.length) return null;
    out.push(text);
    i = j + 1;
    while (inner[i] === ' ') i++;
    if (i < inner.length) {
      if (inner[i] !== ',' && inner[i] !== ':') return null;
      i++;
      while (inner[i] === ' ') i++;
    }
  }
  return out;
}

function isReference(text: string): boolean {
  const [a, b, extra] = text.split(':');
  if (extra !== undefined) return false;
  if (b === undefined) return CELL.test(a);
  return (CELL.test(a) && CELL.test(b)) || (COLUMN.test(a) && COLUMN.test(b)) || (ROW.test(a) && ROW.test(b));
}
