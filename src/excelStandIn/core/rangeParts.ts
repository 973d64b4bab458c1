/** Range.format (fill, font, widths) and Range.dataValidation. */
import { cols, intersect, sameRect } from './address';
import { FakeClientObject, type Getters } from './clientObject';
import type { FakeContext } from './context';
import type { Cell, ValidationModel } from './model';
import type { RangeTarget } from './range';
import { checkFormula } from './formulaCheck';
import { FakeExcelError } from './errors';

type Locate = () => RangeTarget | null;

function eachCell(t: RangeTarget, apply: (cell: Cell) => void): void {
  for (let r = t.rect.r0; r <= t.rect.r1; r++)
    for (let c = t.rect.c0; c <= t.rect.c1; c++) apply(t.sheet.editFormat(r, c));
}

const first = (t: RangeTarget) => t.sheet.cell(t.rect.r0, t.rect.c0);

/** Default width of a column in points (Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'RangeFill';
  constructor(context: FakeContext, locate: Locate) {
    super(context, { locate });
  }
  protected getters(): Getters<RangeTarget> {
    return { color: (t) => first(t)?.fill ?? '#FFFFFF' };
  }
  get color(): string {
    return this.read('color') as string;
  }
  set color(v: string) {
    this.change('color', v, (t) => eachCell(t, (c) => (c.fill = v)));
  }
  clear(): void {
    this.change('clear', null, (t) => eachCell(t, (c) => (c.fill = undefined)));
  }
}

export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'RangeFont';
  constructor(context: FakeContext, locate: Locate) {
    super(context, { locate });
  }
  protected getters(): Getters<RangeTarget> {
    return {
      bold: (t) => first(t)?.bold ?? false,
      italic: (t) => first(t)?.italic ?? false,
      color: (t) => first(t)?.fontColor ?? '#000000',
      size: (t) => first(t)?.size ?? 11,
    };
  }
  get size(): number {
    return this.read('size') as number;
  }
  set size(v: number) {
    this.change('size', v, (t) => eachCell(t, (c) => (c.size = v)));
  }
  get bold(): boolean {
    return this.read('bold') as boolean;
  }
  set bold(v: boolean) {
    this.change('bold', v, (t) => eachCell(t, (c) => (c.bold = v)));
  }
  get italic(): boolean {
    return this.read('italic') as boolean;
  }
  set italic(v: boolean) {
    this.change('italic', v, (t) => eachCell(t, (c) => (c.italic = v)));
  }
  get color(): string {
    return this.read('color') as string;
  }
  set color(v: string) {
    this.change('color', v, (t) => eachCell(t, (c) => (c.fontColor = v)));
  }
}

/** Excel.BorderIndex and Excel.BorderLineStyle (office-js's typings); another string fails the sync. */
const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];
const LINE_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];

/** Range.format.borders.getItem(edge) (ExcelApi 1.1): the four outer edges of every cell of the range, as set. */
export class FakeRangeBorder extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'RangeBorder';
  constructor(
    context: FakeContext,
    locate: Locate,
    private readonly edge: string,
  ) {
    super(context, { locate });
    if (!EDGES.includes(edge)) throw new FakeExcelError('InvalidArgument', `Ukendt kant: «${edge}».`);
  }
  protected getters(): Getters<RangeTarget> {
    return {
      style: (t) => first(t)?.borders?.[this.edge]?.style ?? 'None',
      color: (t) => first(t)?.borders?.[this.edge]?.color ?? '#000000',
    };
  }
  get style(): string {
    return this.read('style') as string;
  }
  set style(v: string) {
    this.change('style', v, (t) => {
      if (!LINE_STYLES.includes(v)) throw new FakeExcelError('InvalidArgument', `Ukendt stregtype: «${v}».`);
      eachCell(t, (c) => ((c.borders ??= {})[this.edge] = { ...c.borders?.[this.edge], style: v }));
    });
  }
  get color(): string {
    return this.read('color') as string;
  }
  set color(v: string) {
    this.change('color', v, (t) =>
      eachCell(t, (c) => {
        const borders = (c.borders ??= {});
        borders[this.edge] = { style: borders[this.edge]?.style ?? 'None', color: v };
      }),
    );
  }
}

/** Excel.HorizontalAlignment and Excel.VerticalAlignment (office-js's typings); another string fails the sync. */
const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

/** Excel's default row height for Calibri 11, in points. */
const DEFAULT_ROW_HEIGHT = 15;

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'RangeFormat';
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: { getItem(edge: string): FakeRangeBorder };
  constructor(context: FakeContext, locate: Locate) {
    super(context, { locate });
    this.fill = new FakeRangeFill(context, locate);
    this.font = new FakeRangeFont(context, locate);
    this.borders = { getItem: (edge) => new FakeRangeBorder(context, locate, edge) };
  }
  protected getters(): Getters<RangeTarget> {
    return {
      columnWidth: (t) => t.sheet.columnWidths.get(t.rect.c0) ?? DEFAULT_COLUMN_WIDTH,
      wrapText: (t) => first(t)?.wrap ?? false,
      horizontalAlignment: (t) => first(t)?.horizontalAlignment ?? 'General',
      verticalAlignment: (t) => first(t)?.verticalAlignment ?? 'Bottom',
      rowHeight: (t) => t.sheet.rowHeights.get(t.rect.r0) ?? DEFAULT_ROW_HEIGHT,
    };
  }
  get rowHeight(): number {
    return this.read('rowHeight') as number;
  }
  set rowHeight(v: number) {
    this.change('rowHeight', v, (t) => {
      for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, v);
    });
  }
  get columnWidth(): number {
    return this.read('columnWidth') as number;
  }
  set columnWidth(v: number) {
    this.change('columnWidth', v, (t) => {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  get wrapText(): boolean {
    return this.read('wrapText') as boolean;
  }
  set wrapText(v: boolean) {
    this.change('wrapText', v, (t) => eachCell(t, (c) => (c.wrap = v)));
  }
  get horizontalAlignment(): string {
    return this.read('horizontalAlignment') as string;
  }
  set horizontalAlignment(v: string) {
    this.align('horizontalAlignment', v, HORIZONTAL);
  }
  get verticalAlignment(): string {
    return this.read('verticalAlignment') as string;
  }
  set verticalAlignment(v: string) {
    this.align('verticalAlignment', v, VERTICAL);
  }
  /** Another string than Excel's enum fails the sync, as Excel's does. */
  private align(name: 'horizontalAlignment' | 'verticalAlignment', v: string, allowed: readonly string[]): void {
    this.change(name, v, (t) => {
      if (!allowed.includes(v)) throw new FakeExcelError('InvalidArgument', `Ukendt justering: «${v}».`);
      eachCell(t, (c) => (c[name] = v));
    });
  }
  autofitColumns(): void {
    this.change('autofitColumns', null, (t) => {
      for (let c = t.rect.c0; c < t.rect.c0 + cols(t.rect); c++) {
        let longest = 0;
        for (let r = t.rect.r0; r <= t.rect.r1; r++)
          longest = Math.max(longest, String(t.sheet.cell(r, c)?.value ?? '').length);
        t.sheet.columnWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH, Math.min(400, longest * 6 + 8)));
      }
    });
  }
}

/** Validation is kept per rectangle; a new rule replaces every rule it overlaps. */
function covering(t: RangeTarget): ValidationModel | undefined {
  return t.sheet.validations.find(
    (v) => v.rect.r0 <= t.rect.r0 && v.rect.c0 <= t.rect.c0 && v.rect.r1 >= t.rect.r1 && v.rect.c1 >= t.rect.c1,
  );
}

function own(t: RangeTarget): ValidationModel {
  const found = t.sheet.validations.find((v) => sameRect(v.rect, t.rect));
  if (found) return found;
  removeOverlapping(t);
  const made: ValidationModel = { rect: { ...t.rect } };
  t.sheet.validations.push(made);
  return made;
}

function removeOverlapping(t: RangeTarget): void {
  const keep = t.sheet.validations.filter((v) => !intersect(v.rect, t.rect));
  t.sheet.validations.splice(0, t.sheet.validations.length, ...keep);
}

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'DataValidation';
  constructor(context: FakeContext, locate: Locate) {
    super(context, { locate });
  }
  protected getters(): Getters<RangeTarget> {
    return {
      rule: (t) => clone(covering(t)?.rule) ?? {},
      errorAlert: (t) => clone(covering(t)?.errorAlert) ?? { showAlert: true, style: 'Stop', title: '', message: '' },
      prompt: (t) => clone(covering(t)?.prompt) ?? { showPrompt: false, title: '', message: '' },
      ignoreBlanks: (t) => covering(t)?.ignoreBlanks ?? true,
      type: (t) => {
        const rule = covering(t)?.rule as Record<string, unknown> | undefined;
        return rule ? Object.keys(rule)[0] : 'None';
      },
    };
  }
  get rule(): unknown {
    return this.read('rule');
  }
  set rule(v: unknown) {
    this.change('rule', v, (t) => {
      // Excel parses a rule's formulas when it is set: a list source, a custom formula, the bounds of the others.
      for (const kind of Object.values((v ?? {}) as Record<string, Record<string, unknown>>))
        for (const key of ['source', 'formula', 'formula1', 'formula2'])
          if (typeof kind?.[key] === 'string' && (kind[key] as string).startsWith('='))
            checkFormula(kind[key] as string, { model: this.context.host.model, sheet: t.sheet, place: 'validation' });
      own(t).rule = clone(v);
    });
  }
  get errorAlert(): unknown {
    return this.read('errorAlert');
  }
  set errorAlert(v: unknown) {
    this.change('errorAlert', v, (t) => (own(t).errorAlert = clone(v)));
  }
  get prompt(): unknown {
    return this.read('prompt');
  }
  set prompt(v: unknown) {
    this.change('prompt', v, (t) => (own(t).prompt = clone(v)));
  }
  get ignoreBlanks(): boolean {
    return this.read('ignoreBlanks') as boolean;
  }
  set ignoreBlanks(v: boolean) {
    this.change('ignoreBlanks', v, (t) => (own(t).ignoreBlanks = v));
  }
  get type(): string {
    return this.read('type') as string;
  }
  clear(): void {
    this.change('clear', null, (t) => removeOverlapping(t));
  }
}
