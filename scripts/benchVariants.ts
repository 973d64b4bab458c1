/**
 * What-if copies of the upgraded workbook that the bench times beside it. Only measured, never shipped: they show
 * where LibreOffice's time goes and how low it can go.
 */
import fs from 'fs';
import { columnLetter } from '../src/domain/a1';
import { SHEET, TABLE_NAME } from '../src/domain/sheetLayout';
import { zipParts } from '../src/workbook/file/packageFile';
import { unpackAll } from '../src/workbook/file/zipRead';
import { packageSheets, partText, tableOf, type Parts } from '../src/workbook/file/xlsxPackage';
import { characterData } from '../src/workbook/file/xmlReader';
import { escText } from '../src/workbook/file/xlsxStream';

const FORMULA = /<f\b[^>]*\/>|<f\b[^>]*>[^<]*<\/f>/g;

function edit(file: string, out: string, change: (parts: Parts) => void): void {
  const parts = unpackAll(fs.readFileSync(file), file);
  change(parts);
  fs.writeFileSync(out, zipParts(parts));
}

/** The Dokumentation table's column letters by lower-cased header. */
function tableLetters(parts: Parts): Map<string, string> {
  const table = [...parts.keys()]
    .filter((n) => n.startsWith('xl/tables/'))
    .map((n) => tableOf(parts, n))
    .find((t) => t.name === TABLE_NAME)!;
  const headers = table.headers;
  return new Map(headers.map((h, i) => [h.toLowerCase(), columnLetter(i)]));
}

/** `Dokumentation[[#This Row],[Kolonne]]` as `$L7`: the column, the formula's own row. */
function thisRowAsA1(formula: string, row: string, letterOf: Map<string, string>): string {
  return formula.replace(/Dokumentation\[\[#This Row\],\[((?:[^\]']|'.)*)\]\]/g, (ref, header: string) => {
    const letter = letterOf.get(characterData(header.replace(/'(.)/g, '$1')).toLowerCase());
    return letter ? `$${letter}${row}` : ref;
  });
}

/** Each Dokumentation formula rewritten by `rewrite(column, row, formula)`. */
function rewriteTableFormulas(parts: Parts, rewrite: (column: string, row: string, formula: string) => string): void {
  const part = packageSheets(parts).sheets.find((sheet) => sheet.name === SHEET.documentation)!.part;
  const xml = partText(parts, part)!.replace(
    /<c r="([A-Z]+)(\d+)"([^>]*)><f>([^<]*)<\/f>/g,
    (_m, col: string, row: string, attrs: string, f: string) =>
      `<c r="${col}${row}"${attrs}><f>${rewrite(col, row, f)}</f>`,
  );
  parts.set(part, Buffer.from(xml, 'utf8'));
}

/** The upgraded package without formulas (their cached values stay), conditional formats or validation. */
export function writeBare(file: string, out: string): void {
  edit(file, out, (parts) => {
    for (const [name, data] of parts) {
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
      const xml = data
        .toString('utf8')
        .replace(FORMULA, '')
        .replace(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g, '')
        .replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/g, '');
      parts.set(name, Buffer.from(xml, 'utf8'));
    }
  });
}

/**
 * Less than domain.md asks for, so a floor: of all our formulas only Dokumentation's Brugerantal, Omfang af oprydning,
 * Sagsbehandlere (C/D) (the thresholds on Lister read it) and Prioritet stay, as shipped with `[#This Row]` as A1, and
 * Prioritetsnøgle is a short key (Forretningskritisk, Omfang and users only: no strategy, no manual cases). No copy
 * of the original sheet, no formulas on Overblik, Beslutningsgrundlag or Workshopark. The data, the lists, validation
 * and conditional formats stay.
 */
export function writeSpecMinimum(file: string, out: string): void {
  edit(file, out, (parts) => {
    const letterOf = tableLetters(parts);
    const L = (header: string) => letterOf.get(header.toLowerCase())!;
    const [key, pattern, critical, scope, users] = [
      'Prioritetsnøgle',
      'Brugsmønster',
      'Forretningskritisk',
      'Omfang af oprydning',
      'Antal sagsbehandlere',
    ].map(L);
    rewriteTableFormulas(parts, (col, row, formula) =>
      col === key
        ? escText(
            `IF(OR(${pattern}${row}="C",${pattern}${row}="D"),(${critical}${row}="Ja")*4+(${scope}${row}="Stort")*3+(${scope}${row}="Moderat")*2+(${scope}${row}="Let")+N(${users}${row})/1000000,"")`,
          )
        : thisRowAsA1(formula, row, letterOf),
    );
    for (const { name, part } of packageSheets(parts).sheets) {
      if (name === SHEET.documentation || name === SHEET.lists) continue;
      const xml = partText(parts, part)!;
      parts.set(
        part,
        Buffer.from(
          name.endsWith('(før opgradering)')
            ? xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '<sheetData/>')
            : xml.replace(FORMULA, ''),
          'utf8',
        ),
      );
    }
  });
}
