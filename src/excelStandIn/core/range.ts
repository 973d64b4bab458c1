/** Range proxy: values, formulas and number formats in and out, sub-ranges, selection. */
import { FakeConditionalFormatCollection } from './conditionalFormats';
import {
  MAX_COLUMNS,
  cols,
  formatRect,
  intersect,
  parseRect,
  quoteSheet,
  rows,
  splitSheet,
  type Rect,
} from './address';
import { FakeClientObject, type Getters } from './clientObject';
import type { FakeContext } from './context';
import { FakeExcelError } from './errors';
import { readFormula, readText, readValue, writeInput, type Cell, type Scalar, type SheetModel } from './model';
import { FakeDataValidation, FakeRangeFormat } from './rangeParts';
import { FakeWorksheet } from './worksheet';
import { formulaChecker } from './formulaCheck';
import { fromR1C1, outsideStrings } from '../../domain/formulaDialect';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const MAX_READ_CELLS = 2_000_000;

/** The cells of a range, row by row, read with `cell`. */
export function grid<T>(t: RangeTarget, cell: (c: Cell | undefined) => T): T[][] {
  if (rows(t.rect) * cols(t.rect) > MAX_READ_CELLS)
    throw new FakeExcelError('InvalidOperation', 'Området er for stort til at blive læst.');
  const out: T[][] = [];
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    const line: T[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) line.push(cell(t.sheet.cell(r, c)));
    out.push(line);
  }
  return out;
}

/** A scalar applies to every cell; an array must match the range's shape exactly. */
export function forEachInput(t: RangeTarget, input: unknown, each: (r: number, c: number, v: unknown) => void): void {
  const { rect } = t;
  if (!Array.isArray(input)) {
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) each(r, c, input);
    return;
  }
  if (input.length !== rows(rect) || input.some((line) => !Array.isArray(line) || line.length !== cols(rect))) {
    throw new FakeExcelError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${formatRect(rect)}).`,
    );
  }
  input.forEach((line: unknown[], i) => line.forEach((v, j) => each(rect.r0 + i, rect.c0 + j, v)));
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'Range';
  private formatProxy?: FakeRangeFormat;
  private validationProxy?: FakeDataValidation;

  constructor(context: FakeContext, locate: () => RangeTarget | null, orNull = false) {
    super(context, { locate }, orNull);
  }

  protected getters(): Getters<RangeTarget> {
    return {
      address: (t) => `${quoteSheet(t.sheet.name)}!${formatRect(t.rect)}`,
      addressLocal: (t) => `${quoteSheet(t.sheet.name)}!${formatRect(t.rect)}`,
      values: (t) => grid(t, readValue),
      formulas: (t) => grid(t, (c) => shownFormula(readFormula(c))),
      text: (t) => grid(t, readText),
      numberFormat: (t) => grid(t, (c) => c?.numberFormat ?? 'General'),
      rowIndex: (t) => t.rect.r0,
      columnIndex: (t) => t.rect.c0,
      rowCount: (t) => rows(t.rect),
      columnCount: (t) => cols(t.rect),
      cellCount: (t) => rows(t.rect) * cols(t.rect),
      columnHidden: (t) => allOrNone(t.rect.c0, t.rect.c1, (c) => t.sheet.hiddenColumns.has(c)),
      rowHidden: (t) => allOrNone(t.rect.r0, t.rect.r1, (r) => t.sheet.hiddenRows.has(r)),
    };
  }

  /** ExcelApi 1.2: true when every column of the range is hidden, false when none is, null when mixed. */
  get columnHidden(): boolean | null {
    return this.read('columnHidden') as boolean | null;
  }
  set columnHidden(hidden: boolean) {
    this.change('columnHidden', hidden, (t) => {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        if (hidden) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }
  get rowHidden(): boolean | null {
    return this.read('rowHidden') as boolean | null;
  }

  get address(): string {
    return this.read('address') as string;
  }
  get addressLocal(): string {
    return this.read('addressLocal') as string;
  }
  get values(): unknown[][] {
    return this.read('values') as unknown[][];
  }
  /** Excel parses every formula written through values, formulas or formulasR1C1 (formulaCheck.ts). */
  private writer(t: RangeTarget): (r: number, c: number, v: unknown) => void {
    const check = formulaChecker();
    return (r, c, v) => {
      const site = { model: this.context.host.model, sheet: t.sheet, place: 'cell' as const, at: { r, c } };
      writeInput(t.sheet, r, c, v, (formula) => check(formula, site));
    };
  }
  set values(input: unknown[][]) {
    this.change('values', input, (t) => forEachInput(t, input, this.writer(t)));
  }
  get formulas(): unknown[][] {
    return this.read('formulas') as unknown[][];
  }
  set formulas(input: unknown[][]) {
    this.change('formulas', input, (t) => forEachInput(t, input, this.writer(t)));
  }
  /** ExcelApi 1.2. Write-only in the fake: each cell gets the formula in A1 form relative to itself. */
  set formulasR1C1(input: unknown[][]) {
    this.change('formulasR1C1', input, (t) => {
      const write = this.writer(t);
      forEachInput(t, input, (r, c, v) =>
        write(r, c, typeof v === 'string' && v.startsWith('=') ? fromR1C1(v, r + 1, c + 1) : v),
      );
    });
  }
  get text(): string[][] {
    return this.read('text') as string[][];
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat') as unknown[][];
  }
  set numberFormat(input: unknown[][]) {
    this.change('numberFormat', input, (t) =>
      forEachInput(t, input, (r, c, v) => {
        if (v !== null && v !== undefined) t.sheet.editFormat(r, c).numberFormat = String(v);
      }),
    );
  }
  get rowIndex(): number {
    return this.read('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.read('columnIndex') as number;
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get columnCount(): number {
    return this.read('columnCount') as number;
  }
  get cellCount(): number {
    return this.read('cellCount') as number;
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, () => this.resolve()));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, () => this.resolve());
  }
  get dataValidation(): FakeDataValidation {
    return (this.validationProxy ??= new FakeDataValidation(this.context, () => this.resolve()));
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.resolve()?.sheet ?? null);
  }

  private derived(make: (t: RangeTarget) => Rect | null, orNull = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const rect = make(t);
        return rect ? { sheet: t.sheet, rect } : null;
      },
      orNull,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived((t) => shift(t.rect, row, column, 1, 1));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived((t) => shift(t.rect, rowOffset, columnOffset, rows(t.rect), cols(t.rect)));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((t) => shift(t.rect, 0, 0, rows(t.rect) + deltaRows, cols(t.rect) + deltaColumns));
  }
  getRow(row: number): FakeRange {
    return this.derived((t) => ({ ...t.rect, r0: t.rect.r0 + row, r1: t.rect.r0 + row }));
  }
  getColumn(column: number): FakeRange {
    return this.derived((t) => ({ ...t.rect, c0: t.rect.c0 + column, c1: t.rect.c0 + column }));
  }
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this.derived((t) => {
      if (typeof other !== 'string') {
        const o = other.resolve();
        return o && o.sheet === t.sheet ? intersect(t.rect, o.rect) : null;
      }
      const local = parseRect(splitSheet(other).local);
      if (!local) throw new FakeExcelError('InvalidArgument', `Ugyldig adresse: ${other}`);
      return intersect(t.rect, local);
    }, true);
  }

  /**
   * ExcelApi 1.4: the bounding box of the used cells inside this range; a null object when there are none. With
   * valuesOnly, only cells with a value or a formula count (formatting does not), as Excel documents it.
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.derived((t) => intersectUsed(t, valuesOnly), true);
  }

  /**
   * ExcelApi 1.9: the cells of one kind (Blanks, Constants, Formulas) as a RangeAreas: a null object when there are none.
   * The fake gives `address` (areas column by column, "Ark!T5:T6,Ark!T9") and `cellCount`.
   */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this.context.requireApi('1.9', 'Range.getSpecialCellsOrNullObject');
    return new FakeRangeAreas(this.context, () => {
      const target = this.resolve();
      if (!target) return null;
      const oneCell = target.rect.r0 === target.rect.r1 && target.rect.c0 === target.rect.c1;
      const used = oneCell && this.context.host.specialCellsOneCellRule ? usedRect(target.sheet) : null;
      const t = used ? { ...target, rect: used } : target;
      const kind = (c: Cell | undefined) =>
        c?.formula !== undefined ? 'Formulas' : c?.value === undefined || c.value === '' ? 'Blanks' : 'Constants';
      if (!['Blanks', 'Constants', 'Formulas'].includes(cellType))
        throw new FakeExcelError('InvalidArgument', `Den falske Excel kender ikke cellType ${cellType}.`);
      const rects: Rect[] = [];
      for (let c = t.rect.c0; c <= t.rect.c1; c++)
        for (let r = t.rect.r0; r <= t.rect.r1; r++) {
          if (kind(t.sheet.cell(r, c)) !== cellType) continue;
          const last = rects[rects.length - 1];
          if (last && last.c0 === c && last.r1 === r - 1) last.r1 = r;
          else rects.push({ r0: r, c0: c, r1: r, c1: c });
        }
      return rects.length ? { sheet: t.sheet, rects } : null;
    });
  }

  /** ExcelApi 1.1: contents and formats of the range (the fake clears whole cells). */
  clear(): void {
    this.change('clear', null, (t) => {
      for (const key of [...t.sheet.cells.keys()]) {
        const r = Math.floor(key / MAX_COLUMNS);
        const c = key % MAX_COLUMNS;
        if (r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1) t.sheet.cells.delete(key);
      }
    });
  }

  select(): void {
    this.change('select', null, (t) => {
      this.context.host.model.activeSheet = t.sheet;
      this.context.host.model.activeChartSheet = null;
      this.context.host.model.selection = { ...t.rect };
    });
  }
}

/**
 * A formula as Excel gives it back: "Excel automatically changes the #This Row specifier to the shorter @ specifier"
 * (Microsoft: Using structured references with Excel tables), `T[[#This Row],[Col]]` → `T[@Col]`, and `T[@[Col 2]]`
 * where the column name needs brackets. Known from the documentation only (rehearsal script, step on formulas).
 */
export function shownFormula(formula: Scalar): Scalar {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return formula;
  return outsideStrings(formula, (code) =>
    code.replace(/\[\[#This Row\],\[((?:[^[\]']|'.)*)\]\]/gi, (_, name: string) =>
      /^[\p{L}\p{N}_]+$/u.test(name) ? `[@${name}]` : `[@[${name}]]`,
    ),
  );
}

/** The sheet's used range: the bounding box of every used cell. */
function usedRect(sheet: RangeTarget['sheet']): Rect | null {
  return intersectUsed({ sheet, rect: { r0: 0, c0: 0, r1: Number.MAX_SAFE_INTEGER, c1: MAX_COLUMNS - 1 } }, false);
}

/** The bounding box of the used cells of the sheet that lie inside t.rect. */
function intersectUsed(t: RangeTarget, valuesOnly: boolean): Rect | null {
  let box: Rect | null = null;
  for (const [key, cell] of t.sheet.cells) {
    const r = Math.floor(key / MAX_COLUMNS);
    const c = key % MAX_COLUMNS;
    if (r < t.rect.r0 || r > t.rect.r1 || c < t.rect.c0 || c > t.rect.c1) continue;
    const hasValue = cell.formula !== undefined || (cell.value !== undefined && cell.value !== '');
    if (valuesOnly ? !hasValue : Object.values(cell).every((v) => v === undefined || v === '')) continue;
    if (!box) box = { r0: r, c0: c, r1: r, c1: c };
    else box = { r0: Math.min(box.r0, r), c0: Math.min(box.c0, c), r1: Math.max(box.r1, r), c1: Math.max(box.c1, c) };
  }
  return box;
}

function allOrNone(from: number, to: number, hidden: (i: number) => boolean): boolean | null {
  let some = false;
  let all = true;
  for (let i = from; i <= to; i++) {
    if (hidden(i)) some = true;
    else all = false;
    if (some && !all) return null;
  }
  return all;
}

function shift(rect: Rect, dr: number, dc: number, height: number, width: number): Rect {
  const out = { r0: rect.r0 + dr, c0: rect.c0 + dc, r1: rect.r0 + dr + height - 1, c1: rect.c0 + dc + width - 1 };
  if (height < 1 || width < 1 || out.r0 < 0 || out.c0 < 0)
    throw new FakeExcelError('InvalidArgument', 'Området ligger uden for arket.');
  return out;
}

interface AreasTarget {
  sheet: SheetModel;
  rects: Rect[];
}

/** RangeAreas (ExcelApi 1.9), as far as the add-in reads it. */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  protected readonly typeName = 'RangeAreas';
  constructor(context: FakeContext, locate: () => AreasTarget | null) {
    super(context, { locate }, true);
  }
  protected getters(): Getters<AreasTarget> {
    return {
      address: (t) => t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${formatRect(r)}`).join(','),
      areaCount: (t) => t.rects.length,
      cellCount: (t) => t.rects.reduce((n, r) => n + rows(r) * cols(r), 0),
    };
  }
  get address(): string {
    return this.read('address') as string;
  }
  get areaCount(): number {
    return this.read('areaCount') as number;
  }
  get cellCount(): number {
    return this.read('cellCount') as number;
  }
}
