/**
 * The beslutningsnotat as a Word document (docx): a translator of the Notat model that decides nothing about figures.
 * The same code runs in Node (dokark notat: notatBuffer) and in the browser (the pane: notatBlob). Tables have fixed
 * column widths that add up to the text width, so they fit the page in Word and in LibreOffice Writer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { danishNumber } from '../domain/danishFormat';
import { buildNotat, type Notat, type NotatInput, type ScenarioFigures } from '../domain/notat';

/** A4 in twips (1/20 pt), margins 2 cm: the text width in portrait and in landscape. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
export const TEXT_WIDTH = { portrait: A4.width - 2 * MARGIN, landscape: A4.height - 2 * MARGIN };

/** Half-points. */
const SIZE = { body: 21, table: 17, figures: 16, small: 15, appendix: 14 };
const HEADER_FILL = 'D9D9D9';

type Align = 'left' | 'right';
interface Column {
  header: string;
  /** Share of the text width; the shares of a table are scaled to add up to it exactly. */
  share: number;
  align?: Align;
}

/** Column widths in twips that add up to `total` exactly. */
export function columnWidths(shares: readonly number[], total: number): number[] {
  const sum = shares.reduce((s, x) => s + x, 0);
  const widths = shares.map((s) => Math.floor((s / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((s, w) => s + w, 0);
  return widths;
}

const run = (text: string, options: { bold?: boolean; size?: number; italics?: boolean } = {}) =>
  new TextRun({ text, bold: options.bold, italics: options.italics, size: options.size });

/**
 * A cell of text; '|' in a header is a forced line break («Brugs-|mønster»), so a long word is divided where a Danish
 * reader divides it, whatever the font's widths.
 */
function cell(
  text: string,
  width: number,
  options: {
    bold?: boolean;
    align?: Align;
    fill?: string;
    size?: number;
    span?: number;
    margin?: number;
    keepNext?: boolean;
  } = {},
): TableCell {
  const size = options.size ?? SIZE.table;
  const side = options.margin ?? 60;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
    margins: { left: side, right: side, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
        keepNext: options.keepNext,
        children: text
          .split('|')
          .map((part, i) => new TextRun({ text: part, bold: options.bold, size, break: i > 0 ? 1 : undefined })),
      }),
    ],
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

/** A table of text cells: header rows repeat on every page, rows never split across pages. */
function table(
  columns: readonly Column[],
  lines: readonly string[][],
  total: number,
  /** keepTogether: a short table is not split over two pages (each row keeps with the next). */
  options: { headRows?: TableRow[]; size?: number; margin?: number; keepTogether?: boolean } = {},
): Table {
  const widths = columnWidths(
    columns.map((c) => c.share),
    total,
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) =>
      cell(c.header, widths[i]!, {
        bold: true,
        fill: HEADER_FILL,
        align: c.align,
        size: options.size,
        margin: options.margin,
        keepNext: options.keepTogether,
      }),
    ),
  });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [
      ...(options.headRows ?? [header]),
      ...lines.map(
        (line, k) =>
          new TableRow({
            cantSplit: true,
            children: line.map((t, i) =>
              cell(t, widths[i]!, {
                align: columns[i]!.align,
                size: options.size,
                margin: options.margin,
                keepNext: options.keepTogether && k < lines.length - 1,
              }),
            ),
          }),
      ),
    ],
  });
}

const heading = (text: string, level: 1 | 2 = 1) =>
  new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
    children: [run(text)],
  });
const para = (text: string, options: { italics?: boolean; size?: number; keepNext?: boolean; tight?: boolean } = {}) =>
  new Paragraph({
    keepNext: options.keepNext,
    spacing: options.tight ? { after: 0 } : undefined,
    children: [run(text, options)],
  });
const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, children: [run(text)] });

const SCENARIO_GROUPS: { header: string; pick: (s: ScenarioFigures) => [number, number] }[] = [
  { header: 'Sagsområder', pick: (s) => s.areas },
  { header: 'Sagsbehandlere', pick: (s) => s.caseworkers },
  { header: 'Manuelle sager', pick: (s) => s.manualCases },
  { header: 'Journalnotater', pick: (s) => s.journalNotes },
];

/** Per løsningsscenarie, a group of two columns (anbefalet, besluttet) per figure under a spanning header. */
function scenarioTable(notat: Notat, total: number): Table {
  const columns: Column[] = [
    { header: 'Løsnings-|scenarie', share: 1.35 },
    ...SCENARIO_GROUPS.flatMap(() => [
      { header: 'anbefalet', share: 1, align: 'right' as const },
      { header: 'besluttet', share: 1, align: 'right' as const },
    ]),
  ];
  const widths = columnWidths(
    columns.map((c) => c.share),
    total,
  );
  const head = (children: TableCell[]) => new TableRow({ tableHeader: true, cantSplit: true, children });
  const figures = { fill: HEADER_FILL, size: SIZE.figures, keepNext: true };
  const top = head([
    cell('', widths[0]!, figures),
    ...SCENARIO_GROUPS.map((g, i) =>
      cell(g.header, widths[1 + 2 * i]! + widths[2 + 2 * i]!, { ...figures, bold: true, span: 2 }),
    ),
  ]);
  const sub = head(
    columns.map((c, i) =>
      cell(c.header, widths[i]!, {
        ...figures,
        bold: i === 0,
        align: c.align,
        size: i === 0 ? SIZE.figures : SIZE.small,
      }),
    ),
  );
  const lines = notat.scenarios.map((s) => [s.short, ...SCENARIO_GROUPS.flatMap((g) => g.pick(s).map(danishNumber))]);
  return table(columns, lines, total, { headRows: [top, sub], size: SIZE.figures, keepTogether: true });
}

function orderTable(notat: Notat, total: number): Table {
  return table(
    [
      { header: 'Nr.', share: 0.6, align: 'right' },
      { header: 'Sagsområde (KLE)', share: 3 },
      { header: 'Fagområde', share: 2 },
      { header: 'Løsnings-|scenarie', share: 1.9 },
      { header: 'Flytning', share: 2.1 },
      { header: 'Flyttes senest', share: 1.3 },
    ],
    notat.order.map((o) => [
      String(o.line),
      o.kle ? `${o.caseArea} (${o.kle})` : o.caseArea,
      o.businessArea,
      o.scenario,
      o.move,
      o.moveBy,
    ]),
    total,
  );
}

/**
 * Widths in points at 7 pt text and 1.5 pt cell margins, measured on DejaVu Sans (LibreOffice's stand-in for Calibri,
 * and wider): each column's longest header line and word fit («overgangsperiode», «15-03-2027»).
 */
function appendixTable(notat: Notat, total: number): Table {
  return table(
    [
      { header: 'Nr.', share: 20, align: 'right' },
      { header: 'Fagområde', share: 70 },
      { header: 'Sagsområde (KLE)', share: 99 },
      { header: 'Brugs-|mønster', share: 38 },
      { header: 'Forret-|nings-|kritisk', share: 40 },
      { header: 'Omfang|af op-|rydning', share: 40 },
      { header: 'Anbefalet', share: 46 },
      { header: 'Besluttet', share: 46 },
      { header: 'Sager|(fremtid)', share: 50 },
      { header: 'Flytning', share: 74 },
      { header: 'Flyttes|senest', share: 47 },
      { header: 'Sags-|behand-|lere', share: 36, align: 'right' },
      { header: 'Manuelle|sager', share: 41, align: 'right' },
      { header: 'Priori-|tet', share: 36, align: 'right' },
      { header: 'Besluttet|række-|følge', share: 45, align: 'right' },
    ],
    notat.appendix.map((a) => [
      String(a.line),
      a.businessArea,
      a.kle ? `${a.caseArea} (${a.kle})` : a.caseArea,
      a.usagePattern,
      a.businessCritical,
      a.cleanupScope,
      a.recommended,
      a.decidedScenario,
      a.casesFuture,
      a.move,
      a.moveBy,
      a.caseworkers,
      a.manualCases,
      String(a.priority),
      a.decidedOrder,
    ]),
    total,
    { size: SIZE.appendix, margin: 30 },
  );
}

const none = (text: string) => para(text, { italics: true });
const more = (count: number) =>
  count > 0 ? [para(`… og ${danishNumber(count)} rækker mere (se Tjek i ruden eller dokark check).`)] : [];

function body(notat: Notat): (Paragraph | Table)[] {
  const w = TEXT_WIDTH.portrait;
  const b = notat.background;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(notat.title)] }),
    para(`Udkast, dannet fra dokumentationsarket ${notat.date}. Ret teksten til, før notatet sendes.`, {
      italics: true,
    }),
    para(`Til: styregruppen. Fra: SAPA-projektlederen. Dato: ${notat.date}.`),
    heading('1. Indstilling'),
    para(notat.indstilling.lead, { keepNext: true }),
    ...notat.indstilling.points.map(bullet),
    heading('2. Baggrund i tal'),
    ...b.text.map((t) => para(t)),
    para('Sagsområder pr. brugsmønster:', { keepNext: true }),
    table(
      [
        { header: 'Brugsmønster', share: 1.4 },
        { header: 'Betydning', share: 5 },
        { header: 'Sagsområder', share: 1.3, align: 'right' },
      ],
      [
        ...b.byPattern.map((p) => [p.pattern, p.title, danishNumber(p.count)]),
        ['I alt', '', danishNumber(b.byPattern.reduce((s, p) => s + p.count, 0))],
      ],
      w,
      { keepTogether: true },
    ),
    heading('3. Anbefaling pr. løsningsscenarie'),
    para(
      'Sagsområder med brugsmønster C og D pr. løsningsscenarie: anbefalet (To-be-workshoppen) og besluttet. Sagsbehandlerne viser omfanget af licensudvidelser og nyanskaffelser.',
      { keepNext: true },
    ),
    ...notat.scenarioLegend.map((l) =>
      para(`${l.short}: ${l.label}`, { size: SIZE.small, keepNext: true, tight: true }),
    ),
    scenarioTable(notat, w),
    heading('4. Rækkefølge og flytning'),
    para(
      'Sagsområderne med brugsmønster C og D i den besluttede rækkefølge (Besluttet rækkefølge; de øvrige derefter i prioritetsorden). Et scenarie markeret «anbefalet» er endnu ikke besluttet.',
      { keepNext: true },
    ),
    ...(notat.order.length ? [orderTable(notat, w)] : [none('Ingen sagsområder med brugsmønster C eller D endnu.')]),
    heading('5. Åbne punkter'),
    heading('Sagsområder med brugsmønster C og D uden besluttet løsningsscenarie', 2),
    ...(notat.open.undecided.length
      ? [
          table(
            [
              { header: 'Prioritet', share: 0.9, align: 'right' },
              { header: 'Sagsområde', share: 3 },
              { header: 'Fagområde', share: 2.2 },
              { header: 'Anbefalet', share: 1.6 },
            ],
            notat.open.undecided.map((u) => [String(u.priority), u.caseArea, u.businessArea, u.recommended]),
            w,
          ),
          ...more(notat.open.moreUndecided),
        ]
      : [none('Ingen: alle har et besluttet løsningsscenarie.')]),
    heading('Rækker med ugyldige eller manglende svar', 2),
    ...(notat.open.findings.length
      ? [
          table(
            [
              { header: 'Række', share: 0.8, align: 'right' },
              { header: 'Sagsområde', share: 2.2 },
              { header: 'Fagområde', share: 1.8 },
              { header: 'Fund', share: 4.5 },
            ],
            notat.open.findings.map((f) => [String(f.excelRow), f.caseArea, f.businessArea, f.text]),
            w,
          ),
          ...more(notat.open.moreFindings),
        ]
      : [none('Ingen.')]),
  ];
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

export function notatDocument(notat: Notat): Document {
  const margin = { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN };
  return new Document({
    title: notat.title,
    creator: 'Dokumentationsark',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: SIZE.body }, paragraph: { spacing: { after: 100 } } },
        title: { run: { size: 36, bold: true } },
        heading1: { run: { size: 28, bold: true }, paragraph: { spacing: { before: 240, after: 100 } } },
        heading2: { run: { size: 23, bold: true }, paragraph: { spacing: { before: 160, after: 80 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin } },
        footers: { default: footer() },
        children: body(notat),
      },
      {
        // docx swaps width and height for a landscape page.
        properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin } },
        footers: { default: footer() },
        children: [
          heading('Bilag: Beslutningsgrundlag'),
          para('Sagsområderne med brugsmønster C og D i den besluttede rækkefølge, som på arket Beslutningsgrundlag.', {
            keepNext: true,
          }),
          ...(notat.appendix.length
            ? [appendixTable(notat, TEXT_WIDTH.landscape)]
            : [none('Ingen sagsområder med brugsmønster C eller D endnu.')]),
        ],
      },
    ],
  });
}

/** The .docx file's bytes (Node: dokark notat). */
export async function notatBuffer(notat: Notat): Promise<Uint8Array> {
  return Packer.toBuffer(notatDocument(notat));
}

/** The .docx file as a Blob (the browser: the pane's download). */
export async function notatBlob(notat: Notat): Promise<Blob> {
  return Packer.toBlob(notatDocument(notat));
}

/** The pane's one call: model and file together, so both stay out of its first load. */
export async function notatBlobOf(input: NotatInput): Promise<Blob> {
  return notatBlob(buildNotat(input));
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
