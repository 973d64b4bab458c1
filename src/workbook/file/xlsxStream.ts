/**
 * Writes a WorkbookPlan straight to SpreadsheetML text, row by row (no object per cell, no ExcelJS), into a package
 * that keeps the source workbook's styles, shared strings and theme, so its sheets can be carried over verbatim.
 */
import type { CellValue } from '../../domain/schema';
import { INVALID_STYLE } from '../../domain/highlightFormulas';
import { areaA1, cellA1, columnLetter, rangeA1, topLeft } from '../../domain/a1';
import type { ValidationSpec, WorkbookPlan } from '../plan';
import { STYLE, withStyle, type CellStyle } from '../cellStyles';
import { DATE_FORMAT, NUMBER_FORMAT } from '../numberFormats';
import type { PlannedSheet, PlannedValue } from '../reportSheetsPlan';
import { reportLayout } from '../reportLayout';
import { StyleBook } from './xlsxStyles';
import { PAGE_FOOTER, PAGE_HEADER, type PrintSetup } from '../printPlan';
import { WORKSHOP_CHOICE_ERROR } from '../workshopPlan';

const pageOf = (plan: WorkbookPlan, sheet: string) => plan.print.find((p) => p.sheet === sheet);

import type { PlannedChart } from '../chartPlan';

export const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// Characters XML 1.0 cannot carry are dropped, as ExcelJS does.
const INVALID_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };
/** For attribute values. */
export function esc(s: string): string {
  return s.replace(INVALID_XML, '').replace(/[<>&"']/g, (c) => ESCAPES[c]);
}
const TEXT_SPECIAL = /[<>&\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
/** For element text, where quotes need no escape. */
export function escText(s: string): string {
  return TEXT_SPECIAL.test(s) ? s.replace(INVALID_XML, '').replace(/[<>&]/g, (c) => ESCAPES[c]) : s;
}

/** Shared strings: the source's items first (its sheets keep their indices), ours appended. */
export class StringTable {
  private index = new Map<string, number>();
  private added: string[] = [];
  constructor(private readonly baseItems: string[]) {}
  /** Over a source's shared strings part, its items copied as they stand (plainXml gave them without prefix or CDATA). */
  static keeping(sst: string | undefined): StringTable {
    return new StringTable([...(sst ?? '').matchAll(/<si>[\s\S]*?<\/si>|<si\/>/g)].map((m) => m[0]));
  }
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.baseItems.length + this.added.length;
      this.index.set(s, i);
      this.added.push(s);
    }
    return i;
  }
  xml(): string {
    const mine = this.added.map((s) => {
      const t = escText(s);
      return /^\s|\s$/.test(s) ? `<si><t xml:space="preserve">${t}</t></si>` : `<si><t>${t}</t></si>`;
    });
    const n = this.baseItems.length + this.added.length;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${n}" uniqueCount="${n}">${this.baseItems.join('')}${mine.join('')}</sst>`;
  }
}

/**
 * A part's text in pieces that can be walked more than once. The big sheets make their rows only while they are walked
 * (when the package is zipped), so no more than a batch of a sheet's XML is held at a time.
 */
export type Pieces = Iterable<string>;

/** Pieces made by `make` each time they are walked. */
export const lazyPieces = (make: () => Iterator<string>): Pieces => ({ [Symbol.iterator]: make });

export interface SheetOut {
  name: string;
  /** The sheet's XML in pieces (a row a piece for the big sheets, made as the package is zipped). */
  xml: Pieces;
  /** Tables of the sheet, as table parts to be numbered by the package. */
  tables: TableOut[];
  printTitles?: string;
  /** Print areas (absolute A1, comma-separated), each printed on pages of its own. */
  printArea?: string;
  state?: string;
  /** Relationships carried over verbatim (a copied sheet's hyperlinks). */
  rels?: string[];
  /** Charts of the sheet, as a drawing part and chart parts to be numbered by the package. */
  charts?: PlannedChart[];
}

export interface TableOut {
  name: string;
  ref: string;
  headers: string[];
  calculated?: Map<number, string>;
}

interface Writer {
  strings: StringTable;
  styles: StyleBook;
  date1904: boolean;
}

const NONE: CellStyle = STYLE.plain;
const BOLD: CellStyle = STYLE.heading;

const serial = (d: Date, date1904: boolean) => d.getTime() / 86_400_000 + 25569 - (date1904 ? 1462 : 0);

/** One cell's XML; null and undefined give nothing. */
function cell(w: Writer, ref: string, v: CellValue | undefined, style: CellStyle = NONE): string {
  if (v === null || v === undefined || v === '') {
    if (v === '') return `<c r="${ref}"${sAttr(w, style)} t="s"><v>${w.strings.id('')}</v></c>`;
    const s = sAttr(w, style);
    return s ? `<c r="${ref}"${s}/>` : '';
  }
  if (typeof v === 'string') return `<c r="${ref}"${sAttr(w, style)} t="s"><v>${w.strings.id(v)}</v></c>`;
  if (typeof v === 'number') return `<c r="${ref}"${sAttr(w, style)}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${sAttr(w, style)} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${sAttr(w, { ...style, numFmt: DATE_FORMAT })}><v>${serial(v, w.date1904)}</v></c>`;
}

const formulaCell = (w: Writer, ref: string, f: string, style: CellStyle = NONE) =>
  `<c r="${ref}"${sAttr(w, style)}><f>${escText(f)}</f></c>`;

function sAttr(w: Writer, style: CellStyle): string {
  const i = w.styles.xf(style);
  return i === 0 ? '' : ` s="${i}"`;
}

const plannedCell = (w: Writer, ref: string, p: PlannedValue, style?: CellStyle) =>
  'formula' in p ? formulaCell(w, ref, p.formula, style) : cell(w, ref, p.value, style);

/** A row of the sheet: its number, its height in points where the plan sets one, its cells. */
const rowXml = (r: number, cells: string, height?: number) =>
  `<row r="${r}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>${cells}</row>`;

interface SheetParts {
  views?: { xSplit?: number; ySplit?: number; selected?: boolean };
  widths: [number, number][];
  rows: Pieces;
  merges?: string[];
  conditional?: string[];
  validations?: string[];
  /** 0-based columns written hidden. */
  hidden?: number[];
  /** The plan's page setup for the sheet (printPlan.ts). */
  page?: PrintSetup;
  /** Rows (1-based) that start a printed page. */
  rowBreaks?: number[];
  /** The sheet has a drawing (its charts), related after its tables. */
  drawing?: boolean;
}

/** pageSetup and headerFooter from the plan: fit to pages or a fixed scale; sheet name and page numbers. */
function pageXml(p: PrintSetup): string {
  const size = p.fit ? ` fitToWidth="${p.fit.width}" fitToHeight="${p.fit.height}"` : ` scale="${p.scale ?? 100}"`;
  return `<pageSetup paperSize="9"${size} orientation="${p.orientation}"/><headerFooter><oddHeader>${escText(PAGE_HEADER)}</oddHeader><oddFooter>${escText(PAGE_FOOTER)}</oddFooter></headerFooter>`;
}

/** The print setup's titles and areas as the workbook's defined names want them. */
export function printNames(p: PrintSetup | undefined): Pick<SheetOut, 'printTitles' | 'printArea'> {
  if (!p) return {};
  const titles = [p.titleColumns, p.titleRows].flatMap((t) => (t ? [rangeA1(t, true)] : []));
  return {
    printTitles: titles.length ? titles.join(',') : undefined,
    printArea: p.areas?.length ? p.areas.map((a) => rangeA1(a, true)).join(',') : undefined,
  };
}

function sheetXml(p: SheetParts, tableCount: number): Pieces {
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${NS_R}">`,
  ];
  if (p.page?.fit) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const v = p.views;
  const selected = v?.selected ? ' tabSelected="1"' : '';
  if (v && (v.xSplit || v.ySplit)) {
    const topLeft = `${columnLetter(v.xSplit ?? 0)}${(v.ySplit ?? 0) + 1}`;
    const pane = v.xSplit && v.ySplit ? 'bottomRight' : v.ySplit ? 'bottomLeft' : 'topRight';
    out.push(
      `<sheetViews><sheetView${selected} workbookViewId="0"><pane${v.xSplit ? ` xSplit="${v.xSplit}"` : ''}${v.ySplit ? ` ySplit="${v.ySplit}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`,
    );
  } else out.push(`<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`);
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (p.widths.length)
    out.push(
      `<cols>${p.widths
        .sort((a, b) => a[0] - b[0])
        .map(
          ([c, width]) =>
            `<col min="${c + 1}" max="${c + 1}" width="${width}"${p.hidden?.includes(c) ? ' hidden="1"' : ''} customWidth="1"/>`,
        )
        .join('')}</cols>`,
    );
  // What comes before the rows (head), then the rows as they are made, then what comes after (out).
  out.push('<sheetData>');
  const head = out.splice(0);
  out.push('</sheetData>');
  if (p.merges?.length)
    out.push(
      `<mergeCells count="${p.merges.length}">${p.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`,
    );
  if (p.conditional?.length) out.push(...p.conditional);
  if (p.validations?.length)
    out.push(`<dataValidations count="${p.validations.length}">${p.validations.join('')}</dataValidations>`);
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (p.page) out.push(pageXml(p.page));
  if (p.rowBreaks?.length)
    out.push(
      `<rowBreaks count="${p.rowBreaks.length}" manualBreakCount="${p.rowBreaks.length}">${p.rowBreaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join('')}</rowBreaks>`,
    );
  if (p.drawing) out.push(`<drawing r:id="rId${tableCount + 1}"/>`);
  if (tableCount)
    out.push(
      `<tableParts count="${tableCount}">${Array.from({ length: tableCount }, (_, i) => `<tablePart r:id="rId${i + 1}"/>`).join('')}</tableParts>`,
    );
  out.push('</worksheet>');
  const rows = p.rows;
  return lazyPieces(function* () {
    yield* head;
    yield* rows;
    yield* out;
  });
}

function validationXml(spec: ValidationSpec, sqref: string, topLeft: string): string {
  const r = spec.rule;
  const type = r.kind === 'list' ? 'list' : r.kind === 'wholeNumber' ? 'whole' : 'custom';
  const formulas =
    r.kind === 'list'
      ? `<formula1>${esc(r.source)}</formula1>`
      : r.kind === 'wholeNumber'
        ? `<formula1>${r.min}</formula1><formula2>${r.max}</formula2>`
        : `<formula1>${esc(r.formula(topLeft))}</formula1>`;
  const a = (name: string, value: string) => ` ${name}="${esc(value)}"`;
  return `<dataValidation type="${type}"${spec.errorStyle === 'stop' ? '' : a('errorStyle', spec.errorStyle)}${r.kind === 'wholeNumber' ? ' operator="between"' : ''} allowBlank="1" showInputMessage="1" showErrorMessage="1"${a('errorTitle', spec.errorTitle)}${a('error', spec.error)}${a('promptTitle', spec.promptTitle)}${a('prompt', spec.prompt)} sqref="${sqref}">${formulas}</dataValidation>`;
}

function documentationSheet(w: Writer, plan: WorkbookPlan): SheetOut {
  const t = plan.table;
  const width = t.columns.length;
  const letters = t.columns.map((_, i) => columnLetter(i));
  const first = t.headerRow + 1;
  const last = t.headerRow + t.rows.length;
  const styles = t.columns.map((_, i): CellStyle => {
    const numFmt = t.numberFormats.get(i);
    const base = t.formulas.has(i) ? t.formulaStyle : NONE;
    return numFmt ? withStyle(base, { numFmt }) : base;
  });
  const headerStyle = t.headerStyle;
  const header = t.columns.map((c, i) => cell(w, `${letters[i]}${t.headerRow}`, c.header, headerStyle)).join('');
  // Each column's formula and style attribute, escaped once.
  const formulas = t.columns.map((_, i) => {
    const f = t.formulas.get(i);
    return f === undefined ? undefined : `${sAttr(w, styles[i])}><f>${escText(f)}</f></c>`;
  });
  // The rows are made as the sheet is zipped (lazyPieces): their strings and styles join the tables then.
  const rows = lazyPieces(function* () {
    yield rowXml(t.headerRow, header, t.headerHeight);
    const cells: string[] = [];
    for (let k = 0; k < t.rows.length; k++) {
      const r = t.rows[k]!;
      const n = first + k;
      cells.length = 0;
      const owns = t.cellFormulas.get(k);
      for (let i = 0; i < width; i++) {
        const f = formulas[i];
        const ref = `${letters[i]}${n}`;
        const own = owns?.get(i);
        if (own !== undefined) cells.push(formulaCell(w, ref, own, styles[i]));
        else cells.push(f ? `<c r="${ref}"${f}` : cell(w, ref, r[i] ?? null, styles[i]));
      }
      yield rowXml(n, cells.join(''));
    }
  });
  const validations: string[] = [];
  const conditional: string[] = [];
  const invalid = w.styles.dxf({
    fill: INVALID_STYLE.fill,
    color: INVALID_STYLE.font,
    bold: INVALID_STYLE.bold,
    border: INVALID_STYLE.border,
  });
  let priority = 1;
  t.columns.forEach((_, i) => {
    const range = `${letters[i]}${first}:${letters[i]}${last}`;
    const spec = t.validations.get(i);
    if (spec) validations.push(validationXml(spec, range, `${letters[i]}${first}`));
    const highlight = t.highlights.get(i);
    if (highlight)
      conditional.push(
        `<conditionalFormatting sqref="${range}"><cfRule type="expression" dxfId="${invalid}" priority="${priority++}"><formula>${escText(highlight)}</formula></cfRule></conditionalFormatting>`,
      );
  });
  const xml = sheetXml(
    {
      views: { xSplit: t.frozen.columns, ySplit: t.frozen.rows, selected: true },
      widths: t.widths.map((width, i) => [i, width]),
      rows,
      conditional,
      validations,
      page: pageOf(plan, t.sheet),
    },
    1,
  );
  return {
    name: t.sheet,
    xml,
    tables: [
      {
        name: t.name,
        ref: `A${t.headerRow}:${letters[width - 1]}${last}`,
        headers: t.columns.map((c) => c.header),
        calculated: t.formulas,
      },
    ],
    ...printNames(pageOf(plan, t.sheet)),
  };
}

/** Cells placed by address, gathered into rows in order (Excel repairs rows or cells out of order). */
class Grid {
  private rows = new Map<number, Map<number, string | (() => string)>>();
  private whole = new Set<number>();
  put(row: number, col: number, xml: string): void {
    if (!xml) return;
    if (this.whole.has(row)) throw new Error(`Række ${row} er allerede skrevet som hel række.`);
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = new Map()));
    r.set(col, xml);
  }
  /** A cell where there is none yet (a row written whole has all its cells). */
  putIfEmpty(row: number, col: number, xml: () => string): void {
    if (this.whole.has(row) || this.rows.get(row)?.has(col)) return;
    this.put(row, col, xml());
  }
  /** A row of cells in column order, made when the sheet is written; nothing else may go into it. */
  putRow(row: number, cellsXml: () => string): void {
    if (this.rows.has(row)) throw new Error(`Række ${row} har allerede celler.`);
    this.whole.add(row);
    this.rows.set(row, new Map([[0, cellsXml]]));
  }
  /** The rows in order, each `heights` high where it names one (row number → points). */
  xml(heights: ReadonlyMap<number, number> = new Map()): Pieces {
    const order = [...this.rows.keys()].sort((a, b) => a - b);
    const rows = this.rows;
    return lazyPieces(function* () {
      for (const r of order) {
        const cells = rows.get(r)!;
        const xml = [...cells.keys()]
          .sort((a, b) => a - b)
          .map((c) => {
            const x = cells.get(c)!;
            return typeof x === 'string' ? x : x();
          })
          .join('');
        if (xml) yield rowXml(r, xml, heights.get(r));
      }
    });
  }
}

function listsSheet(w: Writer, plan: WorkbookPlan): SheetOut {
  const grid = new Grid();
  for (const c of plan.lists.cells) {
    const ref = cellA1(c);
    const style = c.style ?? NONE;
    grid.put(c.row, c.column, c.formula ? formulaCell(w, ref, c.formula, style) : cell(w, ref, c.value ?? null, style));
  }
  const validations = plan.lists.validations.map((v) =>
    validationXml(v.spec, areaA1(v.range), cellA1(topLeft(v.range))),
  );
  const widths = plan.lists.widths;
  const page = pageOf(plan, plan.lists.sheet);
  return {
    name: plan.lists.sheet,
    xml: sheetXml({ widths, rows: grid.xml(new Map(plan.lists.heights)), validations, page }, 0),
    tables: [],
    ...printNames(page),
  };
}

function reportSheet(w: Writer, sheet: PlannedSheet, page: PrintSetup | undefined): SheetOut {
  const grid = new Grid();
  // Rows styled across the sheet (wrapped headers, Workshopark's rows with a note box) and the boxes (reportLayout).
  const layout = reportLayout(sheet);
  const boxes = new Set(layout.boxes.map((b) => `${b.row},${b.column}`));
  const styleAt = (r: number, c: number, bold?: boolean): CellStyle => {
    let style = layout.rows.get(r)?.style ?? NONE;
    if (bold) style = withStyle(style, BOLD);
    if (layout.choice?.row === r && layout.choice.column === c) return withStyle(style, STYLE.choice);
    return boxes.has(`${r},${c}`) ? withStyle(style, STYLE.noteBox) : style;
  };
  for (const n of sheet.notes) grid.put(n.row, n.column, cell(w, cellA1(n), n.text, styleAt(n.row, n.column, n.bold)));
  for (const f of sheet.formulaCells ?? []) {
    const style = styleAt(f.row, f.column);
    const numbered = f.numberFormat ? { ...style, numFmt: f.numberFormat } : style;
    grid.put(f.row, f.column, formulaCell(w, cellA1(f), f.formula, numbered));
  }
  for (const a of sheet.form?.noteCells ?? [])
    grid.put(a.row, a.column, cell(w, cellA1(a), null, styleAt(a.row, a.column)));
  const dropdown = sheet.form?.dropdown;
  if (dropdown)
    grid.putIfEmpty(dropdown.row, dropdown.column, () =>
      cell(w, cellA1(dropdown), null, styleAt(dropdown.row, dropdown.column)),
    );
  const validations = dropdown
    ? [
        `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" errorTitle="Ukendt sagsområde" error="${esc(WORKSHOP_CHOICE_ERROR)}" sqref="${cellA1(dropdown)}"><formula1>${escText(dropdown.source)}</formula1></dataValidation>`,
      ]
    : undefined;
  const tables: TableOut[] = [];
  for (const t of sheet.tables) {
    t.headers.forEach((h, c) =>
      grid.put(t.headerRow, c, cell(w, `${columnLetter(c)}${t.headerRow}`, h, styleAt(t.headerRow, c))),
    );
    t.rows.forEach((row, k) =>
      row.forEach((p, c) =>
        grid.put(
          t.headerRow + 1 + k,
          c,
          plannedCell(w, `${columnLetter(c)}${t.headerRow + 1 + k}`, p, {
            ...styleAt(t.headerRow + 1 + k, c),
            // Counts with thousands separators (a text label is not touched by a number format).
            ...(c > 0 ? { numFmt: NUMBER_FORMAT } : {}),
          }),
        ),
      ),
    );
    const last = t.headerRow + Math.max(1, t.rows.length);
    tables.push({
      name: t.name,
      ref: `A${t.headerRow}:${columnLetter(t.headers.length - 1)}${last}`,
      headers: t.headers,
    });
  }
  const lineHeights = new Map<number, number>();
  for (const range of sheet.ranges) {
    const top = range.headerRow;
    range.headers.forEach((h, c) => grid.put(top, c, cell(w, `${columnLetter(c)}${top}`, h, styleAt(top, c, true))));
    // A range's lines as whole rows: thousands of lines on Beslutningsgrundlag, one string each instead of one per cell.
    const letters = range.headers.map((_, c) => columnLetter(c));
    // The line number (Nr.) to the left, under its header, not against the next column's text.
    const lineStyle = range.lineHeight ? STYLE.wrapped : null;
    const numberStyle = range.lineHeight ? withStyle(STYLE.wrapped, { left: true }) : null;
    const dates = new Set(range.dateColumns);
    const counts = new Set(range.numberColumns);
    const styleOf = (r: number, c: number): CellStyle => {
      const base = (c === 0 ? numberStyle : lineStyle) ?? styleAt(r, c);
      if (counts.has(c)) return { ...base, numFmt: NUMBER_FORMAT };
      return dates.has(c) ? { ...base, numFmt: DATE_FORMAT, left: true } : base;
    };
    range.rows.forEach((row, k) => {
      const r = top + 1 + k;
      if (range.lineHeight) lineHeights.set(r, range.lineHeight);
      // A styled row (reportLayout) goes on past the range's columns with empty styled cells, as the pane styles it.
      const past = Math.max(0, (layout.rows.get(r)?.columns ?? 0) - row.length);
      grid.putRow(
        r,
        () =>
          row.map((p, c) => plannedCell(w, `${letters[c]}${r}`, p, styleOf(r, c))).join('') +
          Array.from({ length: past }, (_, k) =>
            cell(w, `${columnLetter(row.length + k)}${r}`, null, styleAt(r, row.length + k)),
          ).join(''),
      );
    });
  }
  // A styled row's empty cells too: the style is the row's, as the pane sets it on the whole row.
  layout.rows.forEach(({ columns }, r) => {
    for (let c = 0; c < columns; c++)
      grid.putIfEmpty(r, c, () => cell(w, `${columnLetter(c)}${r}`, null, styleAt(r, c)));
  });
  const xml = sheetXml(
    {
      views: sheet.frozenRows > 0 ? { ySplit: sheet.frozenRows } : undefined,
      widths: layout.widths.map((width, i) => [i, width]),
      rows: grid.xml(
        new Map([...lineHeights, ...[...layout.rows].map(([r, row]): [number, number] => [r, row.height])]),
      ),
      hidden: sheet.hiddenColumns,
      validations,
      page,
      rowBreaks: sheet.rowBreaks,
      drawing: (sheet.charts?.length ?? 0) > 0,
    },
    tables.length,
  );
  return { name: sheet.name, xml, tables, charts: sheet.charts, ...printNames(page) };
}

function guideSheet(w: Writer, plan: WorkbookPlan): SheetOut {
  const rows = plan.guide.lines.map((line, i) => {
    const style = plan.guide.styles[i] ?? STYLE.wrapped;
    // LibreOffice keeps a file's row heights: each wrapped line gets its room, or lines print over each other.
    return rowXml(i + 1, cell(w, `A${i + 1}`, line, style), plan.guide.heights[i]);
  });
  const page = pageOf(plan, plan.guide.sheet);
  return {
    name: plan.guide.sheet,
    xml: sheetXml({ widths: [[0, plan.guide.width]], rows, page }, 0),
    tables: [],
    ...printNames(page),
  };
}

/** One planned sheet (Workshopark til udskrift) with its page setup, onto the given strings and styles. */
export function plannedSheet(
  sheet: PlannedSheet,
  page: PrintSetup,
  strings: StringTable,
  styles: StyleBook,
  date1904: boolean,
): SheetOut {
  return reportSheet({ strings, styles, date1904 }, sheet, page);
}

/** Our five sheets, in the order the workbook shows them. */
export function planSheets(plan: WorkbookPlan, strings: StringTable, styles: StyleBook, date1904: boolean): SheetOut[] {
  const w: Writer = { strings, styles, date1904 };
  return [
    documentationSheet(w, plan),
    listsSheet(w, plan),
    ...plan.reportSheets.map((s) => reportSheet(w, s, pageOf(plan, s.name))),
    guideSheet(w, plan),
  ];
}

export function tableXml(t: TableOut, id: number): string {
  const cols = t.headers
    .map((h, i) => {
      const f = t.calculated?.get(i);
      const name = esc(h);
      return f
        ? `<tableColumn id="${i + 1}" name="${name}"><calculatedColumnFormula>${escText(f)}</calculatedColumnFormula></tableColumn>`
        : `<tableColumn id="${i + 1}" name="${name}"/>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${NS}" id="${id}" name="${esc(t.name)}" displayName="${esc(t.name)}" ref="${t.ref}" headerRowCount="1" totalsRowShown="0"><autoFilter ref="${t.ref}"/><tableColumns count="${t.headers.length}">${cols}</tableColumns><tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}
