/**
 * Overblik's charts added to a package another writer made (the preview's download through ExcelJS, which cannot write
 * charts): the chart plan is made from Overblik's tables as the package holds them, so the charts draw the
 * ranges that are there. A package whose Overblik has a drawing already is left as it is.
 */
import { parseArea } from '../../domain/a1';
import { planOverviewCharts, type ChartSourceTable } from '../chartPlan';
import { REPORT_SHEET } from '../reportSheetsPlan';
import { CHART_CONTENT_TYPE, chartXml, DRAWING_CONTENT_TYPE, drawingXml } from './chartXml';
import { packageSheets, partText, relationships, tableOf, type PartBytes } from './xlsxPackage';
import { elementNames } from './xmlReader';
import { REL } from './xlsxStream';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Worksheet children that come after <drawing> (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];
/** Worksheet children that come after <rowBreaks>. */
const AFTER_ROW_BREAKS = ['colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing'];

/** Where the first of `names` starts in the sheet, or before </worksheet>. */
function positionBefore(xml: string, names: readonly string[]): number {
  const found = names.map((n) => new RegExp(`<${n}[\\s/>]`).exec(xml)?.index ?? -1).filter((i) => i >= 0);
  return found.length ? Math.min(...found) : xml.lastIndexOf('</worksheet>');
}

const insertAt = (xml: string, at: number, piece: string) => xml.slice(0, at) + piece + xml.slice(at);

/** The tables of a sheet as the chart plan reads them: name, header row, headers, number of data rows. */
function tablesOf(parts: PartBytes, sheetPart: string): ChartSourceTable[] {
  const out: ChartSourceTable[] = [];
  for (const rel of relationships(parts, sheetPart).values()) {
    if (!rel.type.endsWith('/table')) continue;
    const { name, ref, headers } = tableOf(parts, rel.target);
    const area = parseArea(ref);
    if (!area) continue;
    out.push({ name, headerRow: area.firstRow, headers, rows: Array.from({ length: area.lastRow - area.firstRow }) });
  }
  return out;
}

const freeNumber = (parts: PartBytes, pattern: (n: number) => string) => {
  let n = 1;
  while (parts.has(pattern(n))) n++;
  return n;
};

/**
 * The parts the charts add or change, as text (no Node, so the preview's download in a browser adds the same parts);
 * none for a package that gets no charts.
 */
export function overviewChartParts(parts: PartBytes): Map<string, string> {
  const out = new Map<string, string>();
  const sheet = packageSheets(parts).sheets.find((s) => s.name === REPORT_SHEET.overview);
  if (!sheet) return out;
  let xml = partText(parts, sheet.part) ?? '';
  const elements = elementNames(xml, sheet.part);
  if (elements.has('drawing')) return out;
  const tables = tablesOf(parts, sheet.part);
  let plan;
  try {
    const lastRow = Math.max(...tables.map((t) => t.headerRow + Math.max(1, t.rows.length)));
    const width = Math.max(...tables.map((t) => t.headers.length));
    plan = planOverviewCharts(sheet.name, tables, lastRow, width);
  } catch {
    // Overblik without the tables the charts draw (a user's own sheet of that name): no charts.
    return out;
  }
  const text = (name: string, s: string) => out.set(name, s);
  const d = freeNumber(parts, (n) => `xl/drawings/drawing${n}.xml`);
  const first = freeNumber(parts, (n) => `xl/charts/chart${n}.xml`);
  const overrides: string[] = [
    `<Override PartName="/xl/drawings/drawing${d}.xml" ContentType="${DRAWING_CONTENT_TYPE}"/>`,
  ];
  text(`xl/drawings/drawing${d}.xml`, drawingXml(plan.charts));
  const chartRels = plan.charts.map((c, k) => {
    text(`xl/charts/chart${first + k}.xml`, chartXml(c));
    overrides.push(`<Override PartName="/xl/charts/chart${first + k}.xml" ContentType="${CHART_CONTENT_TYPE}"/>`);
    return `<Relationship Id="rId${k + 1}" Type="${REL}/chart" Target="../charts/chart${first + k}.xml"/>`;
  });
  text(
    `xl/drawings/_rels/drawing${d}.xml.rels`,
    `${HEAD}<Relationships xmlns="${RELS_NS}">${chartRels.join('')}</Relationships>`,
  );
  // The sheet's relationships with one for the drawing, under an id not taken.
  const folder = sheet.part.slice(0, sheet.part.lastIndexOf('/') + 1);
  const relsName = `${folder}_rels/${sheet.part.slice(folder.length)}.rels`;
  const rels = partText(parts, relsName) ?? `${HEAD}<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const taken = relationships(parts, sheet.part);
  let id = 1;
  while (taken.has(`rId${id}`)) id++;
  const drawingRel = `<Relationship Id="rId${id}" Type="${REL}/drawing" Target="../drawings/drawing${d}.xml"/>`;
  text(relsName, rels.replace('</Relationships>', `${drawingRel}</Relationships>`));
  // The page break above the charts, then the drawing, each where the schema wants it.
  if (!elements.has('rowBreaks'))
    xml = insertAt(
      xml,
      positionBefore(xml, [...AFTER_ROW_BREAKS, ...AFTER_DRAWING]),
      `<rowBreaks count="1" manualBreakCount="1"><brk id="${plan.breakRow - 1}" max="16383" man="1"/></rowBreaks>`,
    );
  if (!/xmlns:r=/.test(xml.slice(0, 500)))
    xml = xml.replace(
      /<worksheet\b/,
      `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
    );
  xml = insertAt(xml, positionBefore(xml, AFTER_DRAWING), `<drawing r:id="rId${id}"/>`);
  text(sheet.part, xml);
  const types = partText(parts, '[Content_Types].xml') ?? '';
  text('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
  return out;
}
