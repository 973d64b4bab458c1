/**
 * The workbook's named cell styles: every writer (the file's XML, Office.js) translates these and decides nothing of
 * its own. Colours are RGB hex; each adapter adds its own prefix.
 */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (11 when not given). */
  size?: number;
  /** RGB of the font. */
  color?: string;
  /** RGB of a solid fill. */
  fill?: string;
  numFmt?: string;
  wrap?: boolean;
  /** At the top of the cell (Excel's default is the bottom). */
  top?: boolean;
  /** To the left, whatever the value (a number is to the right by default). */
  left?: boolean;
  /** A thin line of this RGB colour on all four edges. */
  border?: string;
}

export const STYLE = {
  /** No style: the workbook's default. */
  plain: {},
  /** A short title or a table's or block's header line. */
  heading: { bold: true },
  /** Vejledning's first line. */
  title: { bold: true, size: 14 },
  /** A header that wraps onto a row tall enough for it, so columns can be narrow and every word stays whole. */
  header: { bold: true, wrap: true, top: true },
  /** Text that wraps inside a row the plan makes tall enough. */
  wrapped: { wrap: true, top: true },
  /** A column the user does not type in: grey fill, dark grey italic text. */
  formula: { fill: 'EDEDED', italic: true, color: '404040' },
  /** Workshopark's box for handwritten notes: a light fill and a grey frame that show on paper, text at the top. */
  noteBox: { fill: 'F2F2F2', border: '808080', wrap: true, top: true },
  /** Workshopark's cell where the sagsområde is chosen from a list: bold in a grey frame, so it is found at once. */
  choice: { bold: true, border: '808080' },
} as const satisfies Record<string, CellStyle>;

/** A style with something added (a number format, bold): a new object, the named one left as it is. */
export const withStyle = (base: CellStyle, more: CellStyle): CellStyle => ({ ...base, ...more });
