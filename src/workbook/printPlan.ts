/**
 * How each sheet prints, as data both adapters write into the workbook's page setup, so Excel and LibreOffice print
 * the same: Dokumentation by phase (Fagområde and Sagsområde repeated on every page), the report sheets one page
 * wide with only their used rows, Lister and Vejledning fitted to the page, the backup sheet not at all.
 */
import { column, type Phase } from '../domain/schema';
import type { CellArea, ColumnSpan, RowSpan } from '../domain/a1';
import { HEADER_ROW, SHEET } from '../domain/sheetLayout';
import type { TableColumn } from '../domain/tableColumns';
import { LINE_HEIGHT, wordWidth, wrappedLines } from './reportLayout';

export interface PrintSetup {
  sheet: string;
  orientation: 'landscape' | 'portrait';
  /** Fit to this many pages wide and tall (0: as many as needed). Either fit or scale. */
  fit?: { width: number; height: number };
  /** Fixed scale in per cent (manual areas keep their own pages; fit-to-page would merge them). */
  scale?: number;
  /** Rows repeated at the top of every page. */
  titleRows?: RowSpan;
  /** Columns repeated at the left of every page. */
  titleColumns?: ColumnSpan;
  /** Areas, each printed on pages of its own. */
  areas?: CellArea[];
}

/**
 * Where Beslutningsgrundlag prints (reportSheetsPlan's decisionPrint): the summary (title and the table per scenario),
 * and the list of C and D rows from the line that names it, each an area of its own (helper columns left out); the
 * list's header row, repeated on every page.
 */
export interface DecisionPrint {
  summary: CellArea;
  list: CellArea;
  headerRow: number;
}

/** Every printed page says which sheet it is from (left in the header), and its number (right in the footer). */
export const PAGE_TEXT = { leftHeader: '&A', rightFooter: 'Side &P af &N' } as const;
/** The same in the file's form: one string per header and footer, a section code before each part. */
export const PAGE_HEADER = `&L${PAGE_TEXT.leftHeader}`;
export const PAGE_FOOTER = `&R${PAGE_TEXT.rightFooter}`;

/** A4 landscape with Excel's default margins (0.7" left and right): the printable width in points. */
export const LANDSCAPE_WIDTH_PT = 842 - 2 * 0.7 * 72;
/** At this scale Calibri 11 prints about 9 pt high (8 pt is the least a fagchef should read). */
export const MIN_SCALE = 65;

/** Free-text columns keep room for a sentence on screen and on paper. */
const FREE_TEXT = new Set<string>([
  column('cleanupNeeds').header,
  column('marketSolutions').header,
  column('remarks').header,
]);

/**
 * The Dokumentation table's column width in characters (both adapters): room for the names Fagområde and Sagsområde
 * hold, as they start every printed page; a sentence in the free-text columns; otherwise half the header (it wraps
 * onto a second or third line), never narrower than its longest word.
 */
export function documentationWidth(header: string): number {
  if (header === column('businessArea').header) return 20;
  if (header === column('caseArea').header) return 32;
  if (FREE_TEXT.has(header)) return 30;
  const word = Math.max(...header.split(/\s+/).map(wordWidth));
  return Math.min(40, Math.max(12, word, Math.ceil(header.length / 2) + 2));
}

/** The Dokumentation header row's height in points: tall enough for the longest wrapped header. */
export function documentationHeaderHeight(columns: readonly TableColumn[]): number {
  return Math.max(...columns.map((c) => wrappedLines(c.header, documentationWidth(c.header)))) * LINE_HEIGHT;
}

/**
 * A column of `chars` characters in points, on the safe side. Excel counts (chars × 7 + 5) px at 96 dpi for Calibri 11
 * (5.25 pt a character); LibreOffice here has no Calibri or Carlito and sets DejaVu Sans, 7 pt a character at 100 %
 * (measured with pdftotext -bbox). What fits with 7 pt fits in Excel too.
 */
export const charsToPoints = (chars: number) => chars * 7;

const phaseOf = (c: TableColumn, previous: Phase): Phase => (c.role === 'schema' ? column(c.key).phase : previous);

/**
 * Contiguous parts of `widths`, as few as fit `room` each, and of those the split whose widest part is narrowest: a phase
 * over two pages prints as two even pages, not a full one and a stub. Returns each part's first index.
 */
export function evenSplit(widths: readonly number[], room: number): number[] {
  const n = widths.length;
  const before = [0];
  for (const w of widths) before.push(before[before.length - 1]! + w);
  // best[j][i]: the narrowest widest part splitting the first i widths into j parts, and where the last part starts.
  const best: { max: number; start: number }[][] = [[{ max: 0, start: 0 }]];
  for (let j = 1; j <= n; j++) {
    best[j] = [];
    for (let i = j; i <= n; i++)
      for (let start = j - 1; start < i; start++) {
        const prior = best[j - 1]![start];
        if (!prior) continue;
        const max = Math.max(prior.max, before[i]! - before[start]!);
        // On a tie the later start: the first pages are the fuller ones, as a reader expects.
        if (!best[j]![i] || max <= best[j]![i]!.max) best[j]![i] = { max, start };
      }
    // The fewest parts that fit; a part wider than the room on its own stands alone.
    if (best[j]![n]!.max > room && j < n) continue;
    const starts: number[] = [];
    for (let k = j, i = n; k > 0; k--) {
      const { start } = best[k]![i]!;
      starts.unshift(start);
      i = start;
    }
    return starts;
  }
  return [];
}

/**
 * Dokumentation's print areas: one run of columns per phase after the two identity columns (printed on every page);
 * a phase too wide for a page at MIN_SCALE is split evenly over as few areas as fit. Remarks ('any') go with the phase
 * before.
 */
export function documentationAreas(
  columns: readonly TableColumn[],
  lastRow: number,
): { areas: CellArea[]; scale: number } {
  const titleWidth =
    charsToPoints(documentationWidth(columns[0]!.header)) + charsToPoints(documentationWidth(columns[1]!.header));
  const room = (LANDSCAPE_WIDTH_PT * 100) / MIN_SCALE - titleWidth;
  // Columns of one phase side by side, without a helper column between them.
  const groups: { index: number; width: number }[][] = [];
  let phase: Phase = 'screening';
  let groupPhase: Phase | null = null;
  let gap = false;
  columns.forEach((c, i) => {
    if (i < 2) return;
    // The helper columns only serve the formulas: left out, and the next column starts an area of its own.
    if (c.role === 'schema' && column(c.key).phase === 'helper') {
      gap = true;
      return;
    }
    phase = phaseOf(c, phase);
    const grouped = phase === 'any' ? groupPhase : phase;
    const width = charsToPoints(documentationWidth(c.header));
    const group = groups[groups.length - 1];
    if (group && !gap && grouped === groupPhase) group.push({ index: i, width });
    else {
      groups.push([{ index: i, width }]);
      groupPhase = grouped;
      gap = false;
    }
  });
  const runs = groups.flatMap((group) => {
    const starts = evenSplit(
      group.map((c) => c.width),
      room,
    );
    return starts.map((start, n) => {
      const part = group.slice(start, starts[n + 1] ?? group.length);
      return { from: part[0]!.index, to: part[part.length - 1]!.index, width: part.reduce((a, c) => a + c.width, 0) };
    });
  });
  const widest = Math.max(...runs.map((r) => r.width)) + titleWidth;
  const scale = Math.max(MIN_SCALE, Math.min(100, Math.floor((LANDSCAPE_WIDTH_PT * 100) / widest)));
  // The first area from column A: the title columns print once, not twice.
  const areas = runs.map((r, n) => ({
    firstRow: HEADER_ROW,
    lastRow,
    firstColumn: n === 0 ? 0 : r.from,
    lastColumn: r.to,
  }));
  return { areas, scale };
}

export interface PrintInput {
  columns: readonly TableColumn[];
  /** Dokumentation's data rows up to the last one in use (0: none), and all the table's data rows. */
  usedRows: number;
  tableRows: number;
  /** Rows the Lister sheet uses (its lists and notes). */
  listRows: number;
  /** Beslutningsgrundlag: where it prints, and the C and D rows there are now. */
  decision?: { sheet: string; print: DecisionPrint; usedRows: number };
  overview?: string;
  /** Workshopark: one portrait page. */
  workshop?: { sheet: string; lastRow: number };
}

/** Beslutningsgrundlag's scale: its summary (nine columns) on one page, words still about 8.6 pt high. */
export const DECISION_SCALE = 60;

/** An area of one empty cell (below the table) prints nothing, in Excel as in LibreOffice: no page of headers only. */
export const emptyArea = (tableRows: number): CellArea => {
  const row = HEADER_ROW + Math.max(1, tableRows) + 1;
  return { firstRow: row, lastRow: row, firstColumn: 0, lastColumn: 0 };
};

/** The index of the last row with a value in its input columns (those before the first formula column), plus one. */
export function usedRowCount(rows: readonly (readonly unknown[])[], inputColumns: number): number {
  for (let i = rows.length - 1; i >= 0; i--)
    if (rows[i]!.slice(0, inputColumns).some((v) => v !== null && v !== undefined && String(v).trim() !== ''))
      return i + 1;
  return 0;
}

/** The columns before the first formula column: the ones a user types in, from Fagområde to Løsningsscenarie. */
export function inputColumnCount(columns: readonly TableColumn[]): number {
  const i = columns.findIndex((c) => c.role === 'schema' && column(c.key).kind === 'formula');
  return i < 0 ? columns.length : i;
}

/** Lister's pages, by 0-based column: the lists (A–F), the scenarios with their neighbours (G–I), the settings and notes (J–S). */
const LIST_PAGES: [number, number][] = [
  [0, 5],
  [6, 8],
  [9, 18],
];

export function planPrint(input: PrintInput): PrintSetup[] {
  const doc = documentationAreas(input.columns, HEADER_ROW + Math.max(1, input.usedRows));
  const setups: PrintSetup[] = [
    {
      sheet: SHEET.documentation,
      orientation: 'landscape',
      scale: doc.scale,
      titleRows: { firstRow: HEADER_ROW, lastRow: HEADER_ROW },
      titleColumns: { firstColumn: 0, lastColumn: 1 },
      areas: input.usedRows > 0 ? doc.areas : [emptyArea(input.tableRows)],
    },
    // The lists, the scenarios with their neighbours, and the settings with their notes: a page each.
    {
      sheet: SHEET.lists,
      orientation: 'landscape',
      scale: 80,
      areas: LIST_PAGES.map(([firstColumn, lastColumn]) => ({
        firstRow: 1,
        lastRow: input.listRows,
        firstColumn,
        lastColumn,
      })),
    },
    { sheet: SHEET.guide, orientation: 'landscape', fit: { width: 1, height: 0 } },
  ];
  if (input.overview) setups.push({ sheet: input.overview, orientation: 'landscape', fit: { width: 1, height: 0 } });
  if (input.workshop)
    setups.push({
      sheet: input.workshop.sheet,
      orientation: 'portrait',
      fit: { width: 1, height: 1 },
      areas: [{ firstRow: 1, lastRow: input.workshop.lastRow, firstColumn: 0, lastColumn: 2 }],
    });
  if (input.decision) {
    const { sheet, print, usedRows } = input.decision;
    const { summary, list, headerRow } = print;
    // Only the lines in use: the list ends after the C and D rows there are now, and is left out while there are none.
    const lines = usedRows > 0 ? [{ ...list, lastRow: headerRow + usedRows }] : [];
    // Too wide for one page at a readable size: the first three columns (rank, fagområde, sagsområde) start every page.
    setups.push({
      sheet,
      orientation: 'landscape',
      scale: DECISION_SCALE,
      titleRows: { firstRow: headerRow, lastRow: headerRow },
      titleColumns: { firstColumn: 0, lastColumn: 2 },
      areas: [summary, ...lines],
    });
  }
  return setups;
}

/** Vejledning's column width in characters: one landscape page wide at full size. */
export const GUIDE_WIDTH = 100;

/**
 * A wrapped text cell's row height in points for `width` characters: 15 pt a line, the lines counted on the safe side
 * (0.95 of the width a line). LibreOffice keeps a file's row heights, so a row too low prints its lines over each other.
 */
export function wrappedRowHeight(text: string, width: number, lineHeight = 15): number {
  const perLine = Math.floor(width * 0.95);
  const lines = Math.max(1, Math.ceil(text.length / perLine));
  return lines * lineHeight;
}
