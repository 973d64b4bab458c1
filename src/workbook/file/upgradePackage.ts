/**
 * An upgrade from package to package, without ExcelJS: the source sheet read as a grid, our sheets written from the
 * plan as text, and every sheet of the source carried over as it is (the original as the backup), with the source's
 * styles and shared strings kept in place under them.
 */
import { SHEET } from '../../domain/sheetLayout';
import { planUpgrade } from '../../domain/upgrade';
import { planUpgradedWorkbook, upgradeSummary, type WorkbookPlan } from '../plan';
import { LISTER_LISTS, listsOf } from '../readSheet';
import type { UpgradeSummary } from '../types';
import { UserError } from '../errors';
import { backupName } from './backupName';
import {
  packageSheets,
  partText,
  relationships,
  workbookPart,
  workbookRelatedParts,
  type PackageSheet,
  type Parts,
} from './xlsxPackage';
import { PackageBook, gridAt } from './packageBook';
import { NS, NS_R, REL, StringTable, esc, lazyPieces, planSheets, tableXml, type SheetOut } from './xlsxStream';
import { StyleBook } from './xlsxStyles';
import { CHART_CONTENT_TYPE, chartXml, DRAWING_CONTENT_TYPE, drawingXml } from './chartXml';
import type { WrittenParts } from './packageFile';

/** Elements that point at parts a carried-over sheet leaves behind (drawings, comments, tables, controls). */
const LEFT_BEHIND = ['drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'tableParts'];

/** A source sheet's XML as it can stand in the new package: only its hyperlinks' relationships go with it. */
function carriedSheet(parts: Parts, sheet: PackageSheet): { xml: string; rels: string[] } {
  let xml = partText(parts, sheet.part) ?? '';
  const kept = new Map<string, string>();
  for (const [id, r] of relationships(parts, sheet.part))
    if (r.type.endsWith('/hyperlink') && r.external) kept.set(id, r.target);
  for (const tag of LEFT_BEHIND)
    xml = xml.replace(new RegExp(`<${tag}\\b[^>]*/>|<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`, 'g'), '');
  xml = xml.replace(/<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>/g, (m) => (/:id="/.test(m) ? '' : m));
  xml = xml.replace(/<ext\b[^>]*>[\s\S]*?<\/ext>/g, (m) => (/\sr:id="/.test(m) ? '' : m));
  xml = xml.replace(/\s(?:r:id|tabSelected)="[^"]*"/g, (m) => {
    const id = /r:id="([^"]*)"/.exec(m)?.[1];
    return id !== undefined && kept.has(id) ? m : '';
  });
  const rels = [...kept].map(
    ([id, target]) =>
      `<Relationship Id="${esc(id)}" Type="${REL}/hyperlink" Target="${esc(target)}" TargetMode="External"/>`,
  );
  return { xml, rels };
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** The upgraded package's parts, and what the upgrade did (`book`: the package read, when it is already). */
export function upgradePackage(
  parts: Parts,
  book = new PackageBook(parts),
): { parts: WrittenParts; summary: UpgradeSummary } {
  const doc = book.sheet(SHEET.documentation);
  const lister = book.sheet(SHEET.lists);
  // Our own table of an older layout (recorded on Lister, or none recorded: the first) is upgraded too.
  if (book.currentDocumentation())
    throw new UserError('Dokumentationsarket er allerede i den nye udgave. Der er intet at opgradere.');
  const gridOf = (s: PackageSheet) => book.grid(s);
  const source = book.source();
  if (!source)
    throw new UserError(
      'Kan ikke finde overskriftsrækken. Arket skal have en række med overskrifter som «Fagområde», «Sagsområde» og «KLE-nummer».',
    );
  const areas = lister ? listsOf(gridAt(gridOf(lister), LISTER_LISTS)).businessAreas.slice() : [];
  const plan = planUpgrade(gridOf(source.sheet), areas, { keepFormulas: source.sheet === doc });
  const { parts: out, backupSheet } = planPackage(planUpgradedWorkbook(plan), parts, source.sheet);
  return { parts: out, summary: { ...upgradeSummary(plan, backupSheet), backupHidden: true } };
}

/**
 * A package of the plan's sheets, then every sheet of `parts` carried over as it is (the source, if any, as the hidden
 * backup), on the source's styles, shared strings and theme. A new workbook is this without a package to carry over.
 */
export function planPackage(
  plan: WorkbookPlan,
  parts?: Parts,
  source?: PackageSheet,
): { parts: WrittenParts; backupSheet: string } {
  const from = parts ?? new Map<string, Buffer>();
  const wbPart = parts ? workbookPart(from) : '';
  const { sheets, date1904 } = parts ? packageSheets(from) : { sheets: [], date1904: false };
  const {
    styles: stylesPart,
    theme: themePart,
    sharedStrings: stringsPart,
  } = parts ? workbookRelatedParts(from, wbPart) : {};
  const strings = StringTable.keeping(partText(from, stringsPart ?? ''));
  const styles = new StyleBook(stylesPart ? partText(from, stylesPart) : undefined);
  const out: SheetOut[] = planSheets(plan, strings, styles, date1904);

  const taken = new Set(out.map((s) => s.name.toLowerCase()));
  let backupSheet = '';
  for (const sheet of sheets) {
    const isSource = sheet.part === source?.part;
    const name = isSource
      ? SHEET.backup
      : taken.has(sheet.name.toLowerCase())
        ? backupName(sheet.name, taken)
        : sheet.name;
    const finalName = taken.has(name.toLowerCase()) ? backupName(name, taken) : name;
    taken.add(finalName.toLowerCase());
    if (isSource) backupSheet = finalName;
    const carried = carriedSheet(from, sheet);
    // The backup is kept cell for cell but hidden, so printing the workbook leaves it out.
    const state = isSource ? 'hidden' : sheet.state;
    out.push({ name: finalName, xml: [carried.xml], tables: [], rels: carried.rels, state });
  }
  const theme = themePart ? from.get(themePart) : undefined;
  return { parts: assemble(out, strings, styles, theme, date1904), backupSheet };
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** The package: workbook, sheets, tables, styles, shared strings, theme, relationships and content types. */
export function assemble(
  sheets: SheetOut[],
  strings: StringTable,
  styles: StyleBook,
  theme: Buffer | undefined,
  date1904: boolean,
): WrittenParts {
  const parts: WrittenParts = new Map();
  const text = (name: string, s: string) => parts.set(name, Buffer.from(s, 'utf8'));
  const overrides: string[] = [];
  const override = (name: string, type: string) =>
    overrides.push(`<Override PartName="/${name}" ContentType="${type}"/>`);
  let tableId = 0;
  let drawingId = 0;
  let chartId = 0;
  const sheetEntries: string[] = [];
  const names: string[] = [];
  sheets.forEach((s, i) => {
    const n = i + 1;
    const part = `xl/worksheets/sheet${n}.xml`;
    parts.set(part, s.xml);
    override(part, `${CT}.worksheet+xml`);
    const rels = [...(s.rels ?? [])];
    s.tables.forEach((t, k) => {
      tableId++;
      const tablePart = `xl/tables/table${tableId}.xml`;
      text(tablePart, tableXml(t, tableId));
      override(tablePart, `${CT}.table+xml`);
      rels.push(`<Relationship Id="rId${k + 1}" Type="${REL}/table" Target="../tables/table${tableId}.xml"/>`);
    });
    if (s.charts?.length) {
      // sheetXml refers to the drawing as the relationship after the tables'.
      drawingId++;
      const drawingPart = `xl/drawings/drawing${drawingId}.xml`;
      text(drawingPart, drawingXml(s.charts));
      override(drawingPart, DRAWING_CONTENT_TYPE);
      rels.push(
        `<Relationship Id="rId${s.tables.length + 1}" Type="${REL}/drawing" Target="../drawings/drawing${drawingId}.xml"/>`,
      );
      const chartRels = s.charts.map((c, k) => {
        chartId++;
        const chartPart = `xl/charts/chart${chartId}.xml`;
        text(chartPart, chartXml(c));
        override(chartPart, CHART_CONTENT_TYPE);
        return `<Relationship Id="rId${k + 1}" Type="${REL}/chart" Target="../charts/chart${chartId}.xml"/>`;
      });
      text(
        `xl/drawings/_rels/drawing${drawingId}.xml.rels`,
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${chartRels.join('')}</Relationships>`,
      );
    }
    if (rels.length)
      text(
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
      );
    const state = s.state && s.state !== 'visible' ? ` state="${esc(s.state)}"` : '';
    sheetEntries.push(`<sheet name="${esc(s.name)}" sheetId="${n}"${state} r:id="rId${n}"/>`);
    const ranges = (list: string) =>
      list
        .split(',')
        .map((r) => `${esc(quoteSheet(s.name))}!${r}`)
        .join(',');
    if (s.printArea)
      names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${ranges(s.printArea)}</definedName>`);
    if (s.printTitles)
      names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${ranges(s.printTitles)}</definedName>`);
  });
  text(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${NS_R}"><workbookPr${date1904 ? ' date1904="1"' : ''}/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetEntries.join('')}</sheets>${names.length ? `<definedNames>${names.join('')}</definedNames>` : ''}<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>`,
  );
  const n = sheets.length;
  const wbRels = sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  wbRels.push(`<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  wbRels.push(`<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (theme) wbRels.push(`<Relationship Id="rId${n + 3}" Type="${REL}/theme" Target="theme/theme1.xml"/>`);
  text(
    'xl/_rels/workbook.xml.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wbRels.join('')}</Relationships>`,
  );
  // Made when walked, after the sheets before them in the map have added their strings and styles.
  const later = (make: () => string) =>
    lazyPieces(function* () {
      yield make();
    });
  parts.set(
    'xl/styles.xml',
    later(() => styles.xml()),
  );
  parts.set(
    'xl/sharedStrings.xml',
    later(() => strings.xml()),
  );
  override('xl/workbook.xml', `${CT}.sheet.main+xml`);
  override('xl/styles.xml', `${CT}.styles+xml`);
  override('xl/sharedStrings.xml', `${CT}.sharedStrings+xml`);
  if (theme) {
    parts.set('xl/theme/theme1.xml', theme);
    override('xl/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml');
  }
  text(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  text(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  // [Content_Types].xml first, as Excel writes it.
  return new Map(
    [...parts].sort(([a], [b]) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0)),
  );
}
