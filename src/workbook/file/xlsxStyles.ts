/**
 * styles.xml for a written package: the source workbook's styles kept in place (its sheets' style numbers stay
 * valid), ours appended after them.
 */
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

import type { CellStyle } from '../cellStyles';

export interface DxfStyle {
  fill: string;
  color: string;
  bold: boolean;
  border: string;
}

const DEFAULT_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
const CHILD: Record<string, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
  dxfs: 'dxf',
};
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '@': 49 };

function section(xml: string, name: string): { inner: string; start: number; end: number } | null {
  const closed = new RegExp(`<${name}\\b[^>]*/>`).exec(xml);
  if (closed) return { inner: '', start: closed.index, end: closed.index + closed[0].length };
  const open = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml);
  return open ? { inner: open[1], start: open.index, end: open.index + open[0].length } : null;
}

const countOf = (inner: string, child: string) => (inner.match(new RegExp(`<${child}\\b`, 'g')) ?? []).length;

function font(s: CellStyle): string {
  return `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}<sz val="${s.size ?? 11}"/>${s.color ? `<color rgb="FF${s.color}"/>` : '<color theme="1"/>'}<name val="Calibri"/><family val="2"/></font>`;
}

export class StyleBook {
  private readonly base: string;
  private readonly baseCount: Record<string, number> = {};
  private readonly fonts: string[] = [];
  private readonly fills: string[] = [];
  private readonly borders: string[] = [];
  private readonly numFmts: [number, string][] = [];
  private readonly xfs: string[] = [];
  private readonly xfIndex = new Map<string, number>();
  private readonly byObject = new WeakMap<CellStyle, number>();
  private readonly dxfs: string[] = [];
  private nextNumFmt: number;

  /** `source`: the source workbook's styles.xml (prefix-free), if it has one with cell formats. */
  constructor(source: string | undefined) {
    this.base = source && /<cellXfs\b[^>]*>[\s\S]*?<xf\b/.test(source) ? source : DEFAULT_STYLES;
    for (const [name, child] of Object.entries(CHILD)) {
      const s = section(this.base, name);
      this.baseCount[name] = s ? countOf(s.inner, child) : 0;
    }
    const ids = [...this.base.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    this.nextNumFmt = Math.max(163, ...ids) + 1;
  }

  private add(list: string[], item: string, base: number): number {
    let i = list.indexOf(item);
    if (i < 0) i = list.push(item) - 1;
    return base + i;
  }

  private numFmtId(code: string | undefined): number {
    if (!code) return 0;
    if (BUILT_IN_FORMATS[code] !== undefined) return BUILT_IN_FORMATS[code];
    const known = this.numFmts.find(([, c]) => c === code);
    if (known) return known[0];
    this.numFmts.push([this.nextNumFmt, code]);
    return this.nextNumFmt++;
  }

  /** The cell-format index of a style; 0 (the workbook's default) for no style. */
  xf(s: CellStyle): number {
    const same = this.byObject.get(s);
    if (same !== undefined) return same;
    const i = this.xfOf(s);
    this.byObject.set(s, i);
    return i;
  }

  private xfOf(s: CellStyle): number {
    const key = JSON.stringify(s);
    const known = this.xfIndex.get(key);
    if (known !== undefined) return known;
    if (Object.values(s).every((v) => v === undefined || v === false)) {
      this.xfIndex.set(key, 0);
      return 0;
    }
    const fontId = this.add(this.fonts, font(s), this.baseCount.fonts);
    const fillId = s.fill
      ? this.add(
          this.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${s.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
          this.baseCount.fills,
        )
      : 0;
    const edge = (side: string) => `<${side} style="thin"><color rgb="FF${s.border}"/></${side}>`;
    const borderId = s.border
      ? this.add(
          this.borders,
          `<border>${['left', 'right', 'top', 'bottom'].map(edge).join('')}<diagonal/></border>`,
          this.baseCount.borders,
        )
      : 0;
    const numFmtId = this.numFmtId(s.numFmt);
    const align =
      s.wrap || s.top || s.left
        ? `<alignment${s.left ? ' horizontal="left"' : ''}${s.top ? ' vertical="top"' : ''}${s.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${align ? ` applyAlignment="1">${align}</xf>` : '/>'}`;
    const i = this.add(this.xfs, xf, this.baseCount.cellXfs);
    this.xfIndex.set(key, i);
    return i;
  }

  /** A differential format (for conditional formatting); its index. */
  dxf(d: DxfStyle): number {
    const edge = (side: string) => `<${side} style="${d.border}"><color rgb="FF${d.color}"/></${side}>`;
    const xml = `<dxf><font>${d.bold ? '<b/>' : ''}<color rgb="FF${d.color}"/></font><fill><patternFill patternType="solid"><bgColor rgb="FF${d.fill}"/></patternFill></fill><border>${['left', 'right', 'top', 'bottom'].map(edge).join('')}</border></dxf>`;
    return this.add(this.dxfs, xml, this.baseCount.dxfs);
  }

  xml(): string {
    let xml = this.base;
    const extra: Record<string, string[]> = {
      numFmts: this.numFmts.map(
        ([id, code]) =>
          `<numFmt numFmtId="${id}" formatCode="${code.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/>`,
      ),
      fonts: this.fonts,
      fills: this.fills,
      borders: this.borders,
      cellXfs: this.xfs,
      dxfs: this.dxfs,
    };
    for (const [name, items] of Object.entries(extra)) {
      if (items.length === 0) continue;
      const count = this.baseCount[name] + items.length;
      const s = section(xml, name);
      const replaced = `<${name} count="${count}">${s?.inner ?? ''}${items.join('')}</${name}>`;
      if (s) {
        xml = xml.slice(0, s.start) + replaced + xml.slice(s.end);
        continue;
      }
      const later = ORDER.slice(ORDER.indexOf(name) + 1)
        .map((n) => section(xml, n)?.start)
        .find((at) => at !== undefined);
      const at = later ?? xml.lastIndexOf('</styleSheet>');
      xml = xml.slice(0, at) + replaced + xml.slice(at);
    }
    return xml;
  }
}
