/** Range.conditionalFormats: custom (formula) rules only, recorded on the sheet with their format. */
import { FakeClientObject, type Getters } from './clientObject';
import type { FakeContext } from './context';
import { FakeExcelError } from './errors';
import type { ConditionalFormatModel } from './model';
import type { RangeTarget } from './range';
import { checkFormula } from './formulaCheck';

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';

/** A part of one conditional format (its rule, fill, font or a border), resolved through the format's model. */
class Part extends FakeClientObject<ConditionalFormatModel> {
  constructor(
    context: FakeContext,
    locate: () => ConditionalFormatModel | null,
    protected readonly typeName: string,
    private readonly props: Record<string, (m: ConditionalFormatModel, v?: unknown) => unknown>,
  ) {
    super(context, { locate });
    for (const name of Object.keys(props)) {
      Object.defineProperty(this, name, {
        get: () => this.read(name),
        set: (v: unknown) => this.change(name, v, (m) => void props[name](m, v)),
      });
    }
  }
  protected getters(): Getters<ConditionalFormatModel> {
    return Object.fromEntries(Object.entries(this.props).map(([k, f]) => [k, (m: ConditionalFormatModel) => f(m)]));
  }
}

const prop =
  <K extends keyof ConditionalFormatModel>(key: K, fallback: ConditionalFormatModel[K]) =>
  (m: ConditionalFormatModel, v?: unknown) =>
    v === undefined ? (m[key] ?? fallback) : (m[key] = v as ConditionalFormatModel[K]);

export class FakeConditionalFormat {
  readonly custom: {
    rule: Record<'formula', string>;
    format: {
      fill: Record<'color', string>;
      font: Record<'color' | 'bold', unknown>;
      borders: { getItem(edge: Edge): Record<'style' | 'color', string> };
    };
  };

  constructor(context: FakeContext, locate: () => ConditionalFormatModel | null) {
    const model = () => context.host.model;
    const part = (name: string, props: Record<string, (m: ConditionalFormatModel, v?: unknown) => unknown>) =>
      new Part(context, locate, name, props) as unknown as Record<string, never>;
    const border = (edge: Edge) =>
      part('ConditionalRangeBorder', {
        style: (m, v) => (v === undefined ? (m.borders[edge] ?? 'None') : (m.borders[edge] = String(v))),
        color: (m, v) => (v === undefined ? (m.borderColor ?? '') : (m.borderColor = String(v))),
      });
    this.custom = {
      rule: part('ConditionalFormatRule', {
        formula: (m, v) => {
          if (v === undefined) return m.formula ?? '';
          const sheet = model().sheets.find((s) => s.conditionalFormats.includes(m));
          if (sheet) checkFormula(String(v), { model: model(), sheet, place: 'conditionalFormat' });
          else if (!String(v).startsWith('='))
            throw new FakeExcelError('InvalidArgument', 'A conditional-format formula starts with "=".');
          return (m.formula = String(v));
        },
      }),
      format: {
        fill: part('ConditionalRangeFill', { color: prop('fill', '') }),
        font: part('ConditionalRangeFont', { color: prop('fontColor', ''), bold: prop('bold', false) }),
        borders: { getItem: (edge: Edge) => border(edge) },
      },
    } as unknown as FakeConditionalFormat['custom'];
  }
}

export class FakeConditionalFormatCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly range: () => RangeTarget | null,
  ) {}

  add(type: string): FakeConditionalFormat {
    if (type !== 'Custom')
      throw new FakeExcelError('InvalidArgument', `The fake only has custom conditional formats, not ${type}.`);
    let made: ConditionalFormatModel | null = null;
    this.context.enqueue({
      label: 'ConditionalFormatCollection.add',
      bytes: 60,
      kind: 'write',
      run: () => {
        const t = this.range();
        if (!t) throw new FakeExcelError('ItemNotFound', 'Området findes ikke.');
        made = { rect: { ...t.rect }, type, borders: {} };
        t.sheet.conditionalFormats.push(made);
      },
    });
    return new FakeConditionalFormat(this.context, () => made);
  }
}
