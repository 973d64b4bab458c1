/** The fake's workbook state: sheets with sparse cells, tables, validations, selection. No proxies here. */
import { MAX_COLUMNS, type Rect } from './address';
import { FakeExcelError } from './errors';
import { formatNumber } from './numberFormat';

export type Scalar = string | number | boolean;

export interface Cell {
  /** Constant, or the last computed result of `formula`. */
  value?: Scalar;
  /** UI form, with the leading '='. */
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  /** Range.format.borders by edge (EdgeTop …), where set: Excel's line style and colour. */
  borders?: Record<string, { style: string; color?: string }>;
  /** Range.format.font.size, where it was set (Excel's default is 11). */
  size?: number;
  fontColor?: string;
  wrap?: boolean;
  /** Range.format.horizontalAlignment, where it was set. */
  horizontalAlignment?: string;
  /** Range.format.verticalAlignment, where it was set (Excel's default is Bottom). */
  verticalAlignment?: string;
}

export interface ValidationModel {
  rect: Rect;
  rule?: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatModel {
  rect: Rect;
  type: string;
  /** UI form, with the leading '=', relative to the range's top-left cell. */
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  borders: Record<string, string>;
  borderColor?: string;
}

export type SelectionHandler = (args: {
  address: string;
  worksheetId: string;
  type: string;
  source: string;
}) => unknown;

let nextId = 1;
export const newId = (prefix: string) => `{${prefix}-${nextId++}}`;

export type HeaderFooterSection =
  'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter';

/**
 * A sheet's cells: every change to the map (a cell added, moved, removed) counts as a change of the sheet's content,
 * which tells the stand-in to recalculate (contentStamp). `addBlank` adds an empty cell to hold a format: no change.
 */
class CellMap extends Map<number, Cell> {
  constructor(private readonly changed: () => void) {
    super();
  }
  override set(key: number, cell: Cell): this {
    this.changed();
    return super.set(key, cell);
  }
  override delete(key: number): boolean {
    const had = super.delete(key);
    if (had) this.changed();
    return had;
  }
  override clear(): void {
    this.changed();
    super.clear();
  }
  addBlank(key: number): Cell {
    const cell: Cell = {};
    super.set(key, cell);
    return cell;
  }
}

export class SheetModel {
  readonly id = newId('sheet');
  /**
   * Counts changes that may change what a formula reads: cells added, moved or removed, and every cell handed out by
   * edit(). Formats set through editFormat() do not count (the stand-in's calculation reads values and formulas only).
   */
  contentVersion = 0;
  readonly cells = new CellMap(() => this.contentVersion++);
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points that were set (Range.format.rowHeight); others are Excel's default. */
  readonly rowHeights = new Map<number, number>();
  readonly validations: ValidationModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly selectionHandlers = new Set<SelectionHandler>();
  /** Columns hidden by Range.columnHidden; rows hidden by a table's filter. */
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  /** What Worksheet.pageLayout and freezePanes were told (the fake does not paginate). */
  pageLayout: {
    orientation?: string;
    zoom?: unknown;
    printTitleRows?: string;
    printTitleColumns?: string;
    printArea?: string;
    /** HeaderFooterGroup.defaultForAllPages: the six sections' text with Excel's codes (&A, &P, &N). */
    headerFooter?: Partial<Record<HeaderFooterSection, string>>;
    /** Worksheet.horizontalPageBreaks (pageBreaks.ts): the 0-based rows with a manual break above them. */
    rowBreaks?: number[];
  } = {};
  /** Worksheet.visibility. */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  frozenRows = 0;
  /** Columns frozen at the left (WorksheetFreezePanes.freezeAt). */
  frozenColumns = 0;
  constructor(public name: string) {}

  cell(r: number, c: number): Cell | undefined {
    return this.cells.get(r * MAX_COLUMNS + c);
  }

  /** The cell to change, created when missing: counts as a change of content (its value or formula may change). */
  edit(r: number, c: number): Cell {
    this.contentVersion++;
    const key = r * MAX_COLUMNS + c;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = {}));
    return cell;
  }

  /** The cell whose format (never its value or formula) is to change, created when missing: no change of content. */
  editFormat(r: number, c: number): Cell {
    const key = r * MAX_COLUMNS + c;
    return this.cells.get(key) ?? this.cells.addBlank(key);
  }

  /** Bounding box of cells with a value (valuesOnly) or anything at all; null for an empty sheet. */
  usedRect(valuesOnly: boolean): Rect | null {
    let box: Rect | null = null;
    for (const [key, cell] of this.cells) {
      const hasValue = cell.formula !== undefined || (cell.value !== undefined && cell.value !== '');
      if (valuesOnly ? !hasValue : Object.values(cell).every((v) => v === undefined || v === '')) continue;
      const r = Math.floor(key / MAX_COLUMNS);
      const c = key % MAX_COLUMNS;
      if (!box) box = { r0: r, c0: c, r1: r, c1: c };
      else {
        box.r0 = Math.min(box.r0, r);
        box.c0 = Math.min(box.c0, c);
        box.r1 = Math.max(box.r1, r);
        box.c1 = Math.max(box.c1, c);
      }
    }
    return box;
  }
}

/**
 * A column filter as the stand-in keeps it: values filters ('' = blank cells) and custom comparisons are evaluated;
 * the other kinds (dynamic, colour, icon, top/bottom) are kept and reported, but hide no rows here.
 */
export type ColumnFilter =
  | { filterOn: 'Values'; values: string[] }
  | { filterOn: 'Custom'; criterion1: string; criterion2?: string; operator?: 'And' | 'Or' }
  | { filterOn: string; other: Record<string, unknown> };

export class TableModel {
  readonly id = newId('table');
  style = 'TableStyleMedium2';
  showBandedRows = true;
  showHeaders = true;
  /** Filter per column offset, as applied (filterSort.ts reads and evaluates it). */
  readonly filters = new Map<number, ColumnFilter>();
  /** The last sort applied (column offsets), for inspection. */
  sortFields: { key: number; ascending: boolean }[] = [];
  constructor(
    public name: string,
    public sheet: SheetModel,
    /** Header row included. */
    public rect: Rect,
  ) {}
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [new SheetModel('Ark1')];
  readonly tables: TableModel[] = [];
  activeSheet: SheetModel = this.sheets[0];
  selection: Rect = { r0: 0, c0: 0, r1: 0, c1: 0 };
  /** False while the user works in another workbook or window (office-js #5319: getActiveCell fails then). */
  focused = true;
  /** The code a selection read fails with while unfocused: InactiveWorkbook (Microsoft's error codes), or InvalidSelection (#5319). */
  unfocusedError: 'InactiveWorkbook' | 'InvalidSelection' = 'InactiveWorkbook';
  /** The name of a chart sheet the user has open instead of a worksheet, or null (office-js #2444). */
  activeChartSheet: string | null = null;

  /**
   * The active worksheet as Excel gives it: a chart sheet has none. Microsoft's error codes name UnsupportedSheet
   * ("This method call isn't supported for the sheet type"); #2444 shows a RichApi.Error without its code.
   */
  activeWorksheet(): SheetModel {
    if (this.activeChartSheet !== null)
      throw new FakeExcelError('UnsupportedSheet', "This method call isn't supported for the sheet type.");
    return this.activeSheet;
  }

  /** The selection as getActiveCell/getSelectedRange give it: refused while the workbook is not focused (#5319). */
  activeSelection(): { sheet: SheetModel; rect: Rect } {
    if (this.activeChartSheet !== null)
      throw new FakeExcelError('UnsupportedSheet', "This method call isn't supported for the sheet type.");
    if (!this.focused)
      throw this.unfocusedError === 'InactiveWorkbook'
        ? new FakeExcelError(
            'InactiveWorkbook',
            'The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.',
          )
        : new FakeExcelError('InvalidSelection', 'The current selection is invalid for this operation.');
    return { sheet: this.activeSheet, rect: { ...this.selection } };
  }

  /**
   * What the calculation reads, as a stamp that changes with it: each sheet's identity, name and content version, each
   * table's identity, name, sheet, rect and header row. Equal stamps: no cell, table or sheet changed in between.
   */
  contentStamp(): string {
    const sheets = this.sheets.map((s) => `${s.id}\u0000${s.name}\u0000${s.contentVersion}`);
    const tables = this.tables.map(
      (t) =>
        `${t.id}\u0000${t.name}\u0000${t.sheet.id}\u0000${t.rect.r0},${t.rect.c0},${t.rect.r1},${t.rect.c1}\u0000${t.showHeaders}`,
    );
    return `${sheets.join('\u0001')}\u0002${tables.join('\u0001')}`;
  }

  sheet(name: string): SheetModel | null {
    const low = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === low) ?? null;
  }

  table(name: string): TableModel | null {
    const low = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === low) ?? null;
  }
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const PERCENT = /^[-+]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DK_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** Excel's serial day number of a calendar date (1900 system). */
export function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const MONTHS =
  'jan|feb|mar|apr|maj|may|jun|jul|aug|sep|sept|okt|oct|nov|dec|januar|january|februar|february|marts|march|april|juni|june|juli|july|august|september|oktober|october|november|december';
/**
 * Strings Excel may turn into a number, date, time or error when typed, in an English or Danish locale: dates with
 * month names ("5-jan", "1-jan-2027", "5/jan", "jan-26", "3. januar"), times ("10 am", "3 PM", "12:30"), currency
 * ("100 kr.", "$5", "kr 100", "5 €"), fractions ("1/2", "1 1/2"), grouped numbers ("1,000", "1.000,50") and error
 * names ("#N/A"). Microsoft does not list every form Excel recognises, so the stand-in errs on the side of converting:
 * what it stores is a number (or error), never the text, which is what a test of text written as text needs.
 */
const CONVERTED = [
  new RegExp(`^\\d{1,2}\\.?[\\s/-]*(${MONTHS})\\.?([\\s/-]*\\d{2,4})?$`, 'i'),
  new RegExp(`^(${MONTHS})\\.?[\\s/-]*\\d{1,4}([\\s,/-]+\\d{2,4})?$`, 'i'),
  /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s*(am|pm|a|p))?$/i,
  /^\d{1,2}\s*(am|pm|a|p)$/i,
  /^[-+]?(kr\.?|dkk|\$|€|£|¥)\s*[-+]?[\d.,]+$/i,
  /^[-+]?[\d.,]+\s*(kr\.?|dkk|\$|€|£|¥)$/i,
  /^[-+]?(\d+\s+)?\d+\/\d+$/,
  /^[-+]?\d{1,3}([.,]\d{3})+([.,]\d+)?%?$/,
  /^[-+]?\d+,\d+%?$/,
  /^\(\d+([.,]\d+)?\)$/,
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i,
];

/** What Excel stores when a string is written into a cell, as if typed. */
function parseText(s: string, textFormat: boolean): Cell {
  if (s === '') return {};
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { formula: s };
  if (textFormat) return { value: s };
  const t = s.trim();
  if (NUMBER.test(t)) return { value: Number(t) };
  if (PERCENT.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
  if (/^(true|false|sand|falsk)$/i.test(t)) return { value: /^(true|sand)$/i.test(t) };
  const iso = ISO_DATE.exec(t);
  if (iso) return { value: dateSerial(+iso[1], +iso[2], +iso[3]) };
  const dk = DK_DATE.exec(t);
  if (dk) return { value: dateSerial(+dk[3], +dk[2], +dk[1]) };
  // Day and month in either order ("12-03", "3/12/27"), only where both could be a day and a month.
  const dm = /^(\d{1,2})[-/.](\d{1,2})([-/.]\d{2,4})?$/.exec(t);
  const calendar = dm !== null && ((+dm[1] <= 31 && +dm[2] <= 12) || (+dm[1] <= 12 && +dm[2] <= 31));
  if (calendar || CONVERTED.some((re) => re.test(t))) {
    const digits = t.replace(/[^\d]/g, '');
    return { value: digits ? Number(digits) : 0 };
  }
  // '+', '-' and '@' start a formula in Excel, unless the rest is a number (handled above).
  if (/^[+\-@]./.test(s)) return { formula: `=${s}` };
  return { value: s };
}

/**
 * Writes one input value into a cell, as Range.values/formulas do. null leaves the cell unchanged.
 * `check` sees every formula before it is stored (Excel parses it there and fails the sync on one it refuses).
 */
export function writeInput(
  sheet: SheetModel,
  r: number,
  c: number,
  raw: unknown,
  check?: (formula: string) => void,
): void {
  if (raw === null || raw === undefined) return;
  let parsed: Cell;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw new FakeExcelError('InvalidArgument', `Ugyldigt tal: ${raw}`);
    parsed = { value: raw };
  } else if (typeof raw === 'boolean') parsed = { value: raw };
  else if (typeof raw === 'string') parsed = parseText(raw, sheet.cell(r, c)?.numberFormat === '@');
  else
    throw new FakeExcelError(
      'InvalidArgument',
      `Cell values must be string, number or boolean, not ${Object.prototype.toString.call(raw)}`,
    );
  if (parsed.formula !== undefined) check?.(parsed.formula);
  const cell = sheet.edit(r, c);
  cell.value = parsed.value;
  cell.formula = parsed.formula;
  // Excel computes every formula; the fake computes only our own (preview/domainCalculation.ts). Until it does, a
  // formula shows UNCOMPUTED and its text: never its text alone, which is what a text typed as '=… shows (#6687).
  if (parsed.formula !== undefined) cell.value = uncomputed(parsed.formula);
}

/** What a formula the fake cannot compute shows as its value. */
export const UNCOMPUTED = '#UBEREGNET ';
export const uncomputed = (formula: string) => `${UNCOMPUTED}${formula}`;

export function readValue(cell: Cell | undefined): Scalar {
  return cell?.value ?? '';
}

export function readFormula(cell: Cell | undefined): Scalar {
  return cell?.formula ?? cell?.value ?? '';
}

/** Range.text: a number as its number format shows it (numberFormat.ts), a boolean as Excel's English name. */
export function readText(cell: Cell | undefined): string {
  const v = readValue(cell);
  if (typeof v === 'number') return formatNumber(v, cell?.numberFormat);
  return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
}
