/**
 * A package with one planned sheet added, or put in the place of the sheet of its name: every other part as it was,
 * the sheet's strings and styles appended to the package's own (so the other sheets' numbers stay valid).
 */
import type { PlannedSheet } from '../reportSheetsPlan';
import type { PrintSetup } from '../printPlan';
import type { WrittenParts } from './packageFile';
import {
  packageSheets,
  partText,
  relationships,
  workbookPart,
  workbookRelatedParts,
  workbookSheets,
  type Parts,
} from './xlsxPackage';
import { NS_R, REL, StringTable, esc, plannedSheet } from './xlsxStream';
import { StyleBook } from './xlsxStyles';

const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const relsOf = (part: string) =>
  `${part.slice(0, part.lastIndexOf('/') + 1)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
/** A target relative to the workbook part's folder. */
const relative = (from: string, part: string) => {
  const folder = from.slice(0, from.lastIndexOf('/') + 1);
  return part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
};

export function withPlannedSheet(parts: Parts, sheet: PlannedSheet, page: PrintSetup): WrittenParts {
  const wbPart = workbookPart(parts);
  const wbRels = relationships(parts, wbPart);
  let { styles: stylesPart, sharedStrings: stringsPart } = workbookRelatedParts(parts, wbPart);
  const strings = StringTable.keeping(partText(parts, stringsPart ?? ''));
  const styles = new StyleBook(stylesPart ? partText(parts, stylesPart) : undefined);
  const { sheets, date1904 } = packageSheets(parts);
  const out = plannedSheet(sheet, page, strings, styles, date1904);
  // Made now, so its strings and styles are in the tables before those are written.
  const sheetXml = [...out.xml].join('');

  const written: WrittenParts = new Map(parts);
  const text = (name: string, s: string) => written.set(name, Buffer.from(s, 'utf8'));
  let workbook = partText(parts, wbPart) ?? '';
  let contentTypes = partText(parts, '[Content_Types].xml') ?? '';
  let rels = partText(parts, relsOf(wbPart)) ?? '';
  const { entries } = workbookSheets(parts, wbPart);
  /** A new part of the workbook: its relationship and its content type. */
  const link = (id: string, kind: 'worksheet' | 'styles' | 'sharedStrings', target: string) => {
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="${REL}/${kind}" Target="${relative(wbPart, target)}"/></Relationships>`,
    );
    contentTypes = contentTypes.replace(
      '</Types>',
      `<Override PartName="/${target}" ContentType="${CT}.${kind}+xml"/></Types>`,
    );
  };
  const existing = sheets.find((s) => s.name === sheet.name);
  let index: number;
  let part: string;
  if (existing) {
    part = existing.part;
    index = entries.findIndex((e) => e.name === sheet.name);
  } else {
    let n = sheets.length + 1;
    while (parts.has(`xl/worksheets/sheet${n}.xml`)) n++;
    part = `xl/worksheets/sheet${n}.xml`;
    index = entries.length;
    const ids = [...wbRels.keys()].map((id) => Number(/^rId(\d+)$/.exec(id)?.[1] ?? 0));
    const rId = `rId${Math.max(0, ...ids) + 1}`;
    const sheetId = Math.max(0, ...entries.map((e) => e.sheetId || 0)) + 1;
    link(rId, 'worksheet', part);
    workbook = workbook.replace(
      '</sheets>',
      `<sheet xmlns:r="${NS_R}" name="${esc(sheet.name)}" sheetId="${sheetId}" r:id="${rId}"/></sheets>`,
    );
  }
  text(part, sheetXml);
  // The sheet's print area: the one name for it replaced.
  const area = `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${esc(`'${sheet.name.replace(/'/g, "''")}'!${out.printArea ?? ''}`)}</definedName>`;
  workbook = workbook.replace(
    new RegExp(
      `<definedName\\b(?=[^>]*name="_xlnm.Print_Area")(?=[^>]*localSheetId="${index}")[^>]*>[^<]*</definedName>`,
    ),
    '',
  );
  if (out.printArea) {
    if (workbook.includes('</definedNames>')) workbook = workbook.replace('</definedNames>', `${area}</definedNames>`);
    else if (workbook.includes('<definedNames/>'))
      workbook = workbook.replace('<definedNames/>', `<definedNames>${area}</definedNames>`);
    else {
      const after = workbook.includes('</externalReferences>') ? '</externalReferences>' : '</sheets>';
      workbook = workbook.replace(after, `${after}<definedNames>${area}</definedNames>`);
    }
  }
  if (!stylesPart) {
    stylesPart = 'xl/styles.xml';
    link('rIdStyles', 'styles', stylesPart);
  }
  if (!stringsPart) {
    stringsPart = 'xl/sharedStrings.xml';
    link('rIdStrings', 'sharedStrings', stringsPart);
  }
  text(stylesPart, styles.xml());
  text(stringsPart, strings.xml());
  text(wbPart, workbook);
  text(
    relsOf(wbPart),
    rels ||
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
  );
  text('[Content_Types].xml', contentTypes);
  return written;
}
