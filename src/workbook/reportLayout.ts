/**
 * Column widths and row heights that let every header word of a report sheet print whole: a column is at least as
 * wide as its longest header word, and a header (or a scenario's long name in the label column) wraps onto lines of
 * its own, with the row tall enough for them. Both writers (the file's XML, Office.js) use it.
 */
import { SCENARIO_LABELS } from '../domain/lists';
import { SHEET } from '../domain/sheetLayout';
import type { CellAt } from '../domain/a1';
import type { PlannedSheet, PlannedValue } from './reportSheetsPlan';
import { STYLE, type CellStyle } from './cellStyles';
import { NOTE_ROW_HEIGHT } from './workshopPlan';

/** Excel's default column width in characters. */
const DEFAULT_WIDTH = 8.43;
/** A line of text in points (11 pt type). */
export const LINE_HEIGHT = 15;

/**
 * Characters of bold text a column of `width` holds on one line, on the safe side: DejaVu Sans Bold, which
 * LibreOffice sets here for Calibri, measured 0.9–1.03 column characters a letter; Calibri is narrower.
 */
const lineCapacity = (width: number) => Math.max(1, Math.floor((width - 1) / 1.05));
/** The width a word needs to stay whole on one line. */
export const wordWidth = (word: string) => Math.ceil(word.length * 1.05) + 1;

/** Lines `text` takes in a column of `width` characters, wrapped at spaces as Excel and LibreOffice do. */
export function wrappedLines(text: string, width: number): number {
  const capacity = lineCapacity(width);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used === 0) used = word.length;
    else if (used + 1 + word.length <= capacity) used += 1 + word.length;
    else {
      lines++;
      used = word.length;
    }
    // A word longer than a line is broken and goes on.
    while (used > capacity) {
      lines++;
      used -= capacity;
    }
  }
  return lines;
}

export interface ReportLayout {
  /** Column widths in characters. */
  widths: number[];
  /** Rows that wrap (row number, 1-based) and their height in points. */
  wrapped: Map<number, number>;
  /**
   * Rows styled across their first `columns` cells, empty ones too, and their height in points: the wrapped rows over
   * the sheet's width, Workshopark's rows with a note box over A to C. Every writer sets exactly these.
   */
  rows: Map<number, { height: number; style: CellStyle; columns: number }>;
  /** Workshopark's boxes for handwritten notes: STYLE.noteBox. */
  boxes: CellAt[];
  /** Workshopark's cell where the sagsområde is chosen: STYLE.choice. */
  choice?: CellAt;
}

const longest = (texts: readonly string[]) => texts.reduce((a, b) => (b.length > a.length ? b : a), '');

/** The text a label cell will show, where the plan knows it: a value, or a scenario's name fetched from Lister. */
function labelText(p: PlannedValue | undefined): string | null {
  if (!p) return null;
  if ('value' in p) return p.value === null || p.value === undefined ? null : String(p.value);
  return p.formula.includes(`${SHEET.lists}!$G$`) ? longest(SCENARIO_LABELS) : null;
}

export function reportLayout(sheet: PlannedSheet): ReportLayout {
  const widths = [...sheet.columnWidths];
  const blocks = [...sheet.tables, ...sheet.ranges];
  for (const b of blocks)
    b.headers.forEach((h, c) => {
      for (const word of h.split(/\s+/).filter(Boolean))
        widths[c] = Math.max(widths[c] ?? DEFAULT_WIDTH, wordWidth(word));
    });
  const wrapped = new Map<number, number>();
  const fit = (row: number, texts: readonly (string | null)[]) => {
    const lines = Math.max(...texts.map((t, c) => (t ? wrappedLines(t, widths[c] ?? DEFAULT_WIDTH) : 1)));
    if (lines > 1) wrapped.set(row, Math.max(wrapped.get(row) ?? 0, lines * LINE_HEIGHT));
  };
  for (const b of blocks) {
    fit(b.headerRow, b.headers);
    b.rows.forEach((r, i) => fit(b.headerRow + 1 + i, [labelText(r[0])]));
  }
  const rows = new Map<number, { height: number; style: CellStyle; columns: number }>();
  wrapped.forEach((height, r) => rows.set(r, { height, style: STYLE.wrapped, columns: widths.length }));
  const boxes = sheet.form?.noteCells ?? [];
  for (const box of boxes) rows.set(box.row, { height: NOTE_ROW_HEIGHT, style: STYLE.wrapped, columns: 3 });
  const dropdown = sheet.form?.dropdown;
  return { widths, wrapped, rows, boxes, choice: dropdown && { row: dropdown.row, column: dropdown.column } };
}
