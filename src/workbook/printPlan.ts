/**
 * How each sheet prints, as data both adapters write into the workbook's page setup, so Excel and LibreOffice print
 * the same: Dokumentation by phase (Fagområde and Sagsområde repeated on every page), the report sheets one page
 * wide with only their used rows, Lister and Vejledning fitted to the page, the backup sheet not at all.
 */
import { column, type Phase } from '../domain/schema';
import { columnLetter } from '../domain/a1';
import { HEADER_ROW, SHEET } from '../domain/sheetLayout';
import type { TableColumn } from '../domain/tableColumns';

export interface PrintSetup {
  sheet: string;
  orientation: 'landscape' | 'portrait';
  /** Fit to this many pages wide and tall (0: as many as needed). Either fit or scale. */
  fit?: { width: number; height: number };
  /** Fixed scale in per cent (manual areas keep their own pages; fit-to-page would merge them). */
  scale?: number;
  /** Rows repeated at the top of every page, "1:1". */
  titleRows?: string;
  /** Columns repeated at the left of every page, "A:B". */
  titleColumns?: string;
  /** A1 areas, each printed on pages of its own. */
  areas?: string[];
}

/** Every printed page says which sheet it is from, and its number. */
export const PAGE_HEADER = '&L&A';
export const PAGE_FOOTER = '&RSide &P af &N';

/** A4 landscape with Excel's default margins (0.7" left and right): the printable width in points. */
export const LANDSCAPE_WIDTH_PT = 842 - 2 * 0.7 * 72;
/** At this scale Calibri 11 prints about 9 pt high (8 pt is the least a fagchef should read). */
export const MIN_SCALE = 65;

/**
 * The Dokumentation table's column width in characters (the file adapter's): the header's length, and room for the
 * names Fagområde and Sagsområde hold, as they start every printed page.
 */
export function documentationWidth(header: string): number {
  if (header === column('businessArea').header) return 20;
  if (header === column('caseArea').header) return 32;
  return Math.min(40, Math.max(12, header.length + 4));
}

/**
 * A column of `chars` characters in points, on the safe side: Excel counts (chars × 7 + 5) px at 96 dpi for Calibri 11;
 * LibreOffice's Carlito measured wider here, so 8.5 px a character.
 */
export const charsToPoints = (chars: number) => ((chars * 8.5 + 5) * 72) / 96;

const phaseOf = (c: TableColumn, previous: Phase): Phase => (c.role === 'schema' ? column(c.key).phase : previous);

/**
 * Dokumentation's print areas: one run of columns per phase after the two identity columns (printed on every page);
 * a phase too wide for a page at MIN_SCALE continues on the next area. Remarks ('any') go with the phase before.
 */
export function documentationAreas(
  columns: readonly TableColumn[],
  lastRow: number,
): { areas: string[]; scale: number } {
  const titleWidth =
    charsToPoints(documentationWidth(columns[0]!.header)) + charsToPoints(documentationWidth(columns[1]!.header));
  const room = (LANDSCAPE_WIDTH_PT * 100) / MIN_SCALE - titleWidth;
  const runs: { from: number; to: number; width: number }[] = [];
  let phase: Phase = 'screening';
  let runPhase: Phase | null = null;
  columns.forEach((c, i) => {
    if (i < 2) return;
    phase = phaseOf(c, phase);
    const grouped = phase === 'any' ? runPhase : phase;
    const width = charsToPoints(documentationWidth(c.header));
    const run = runs[runs.length - 1];
    if (run && grouped === runPhase && run.width + width <= room) {
      run.to = i;
      run.width += width;
    } else {
      runs.push({ from: i, to: i, width });
      runPhase = grouped;
    }
  });
  const widest = Math.max(...runs.map((r) => r.width)) + titleWidth;
  const scale = Math.max(MIN_SCALE, Math.min(100, Math.floor((LANDSCAPE_WIDTH_PT * 100) / widest)));
  const areas = runs.map((r, n) =>
    n === 0
      ? `A${HEADER_ROW}:${columnLetter(r.to)}${lastRow}`
      : `${columnLetter(r.from)}${HEADER_ROW}:${columnLetter(r.to)}${lastRow}`,
  );
  return { areas, scale };
}

export interface PrintInput {
  columns: readonly TableColumn[];
  rows: number;
  /** Rows the Lister sheet uses (its lists and notes). */
  listRows: number;
  /** Beslutningsgrundlag: its own print area (helper columns left out) and title rows; the lines in use now. */
  decision?: { sheet: string; area: string; titleRows?: string; usedRows: number };
  overview?: string;
  /** Workshopark: one portrait page. */
  workshop?: { sheet: string; lastRow: number };
}

export function planPrint(input: PrintInput): PrintSetup[] {
  const lastRow = HEADER_ROW + Math.max(1, input.rows);
  const doc = documentationAreas(input.columns, lastRow);
  const setups: PrintSetup[] = [
    {
      sheet: SHEET.documentation,
      orientation: 'landscape',
      scale: doc.scale,
      titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
      titleColumns: 'A:B',
      areas: doc.areas,
    },
    // The lists, the scenarios with their neighbours, and the settings with their notes: a page each.
    {
      sheet: SHEET.lists,
      orientation: 'landscape',
      scale: 80,
      areas: [`A1:F${input.listRows}`, `G1:I${input.listRows}`, `J1:S${input.listRows}`],
    },
    { sheet: SHEET.guide, orientation: 'landscape', fit: { width: 1, height: 0 } },
  ];
  if (input.overview) setups.push({ sheet: input.overview, orientation: 'landscape', fit: { width: 1, height: 0 } });
  if (input.workshop)
    setups.push({
      sheet: input.workshop.sheet,
      orientation: 'portrait',
      fit: { width: 1, height: 1 },
      areas: [`A1:C${input.workshop.lastRow}`],
    });
  if (input.decision) {
    const { sheet, area, titleRows, usedRows } = input.decision;
    // Only the lines in use: the area ends after the C and D rows there are now (Opdater sets it again).
    const header = Number(/^(\d+)/.exec(titleRows ?? '1')![1]);
    // Too wide for one page at a readable size: the first three columns (rank, fagområde, sagsområde) start every page.
    setups.push({
      sheet,
      orientation: 'landscape',
      scale: MIN_SCALE,
      titleRows,
      titleColumns: 'A:C',
      areas: [area.replace(/\d+$/, String(header + Math.max(1, usedRows)))],
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
