/**
 * The package reader reads XML as XML (saxes): a hand-made package in the forms XML allows and Excel never writes
 * (prefixes, strict namespace, character references in attributes, CDATA split in two, markup inside comments), read
 * to the same sheets, strings and grid as the plain form.
 */
import { packageSheets, relationships, sharedStrings, tableOf } from '../../src/workbook/file/xlsxPackage';
import { sheetGrid } from '../../src/workbook/file/sheetGrid';
import { characterData, XmlError } from '../../src/workbook/file/xmlReader';
import type { Parts } from '../../src/workbook/file/xlsxPackage';
import { readPackage, zipParts } from '../../src/workbook/file/packageFile';
import fs from 'fs';
import os from 'os';
import path from 'path';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = `${R}/worksheet`;

const partsOf = (files: Record<string, string>): Parts =>
  new Map(Object.entries(files).map(([name, xml]) => [name, Buffer.from(xml, 'utf8')]));

/** A package of two worksheets; `rels` and `workbook` as given. */
const book = (rels: string, workbook: string) =>
  partsOf({
    '_rels/.rels': `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/_rels/workbook.xml.rels': rels,
    'xl/workbook.xml': workbook,
    'xl/worksheets/sheet1.xml': '<worksheet/>',
    'xl/worksheets/sheet2.xml': '<worksheet/>',
  });

test('a prefixed relationships part and a prefixed workbook read as the plain ones', () => {
  const plain = book(
    `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${TYPE}" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${TYPE}" Target="/xl/worksheets/sheet2.xml"/></Relationships>`,
    `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Æble" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>`,
  );
  const prefixed = book(
    `<pr:Relationships xmlns:pr="${RELS}"><pr:Relationship Id='rId1' Type="${TYPE}" Target="worksheets/sheet1.xml"/><pr:Relationship Id="rId2" Type="${TYPE}" Target="/xl/worksheets/sheet2.xml"/></pr:Relationships>`,
    `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:sheets><x:sheet name="&#xC6;ble" sheetId="1" rel:id="rId1"/><x:sheet name = 'B' sheetId="2" state="hidden" rel:id="rId2"/></x:sheets></x:workbook>`,
  );
  expect(packageSheets(prefixed)).toEqual(packageSheets(plain));
  expect(packageSheets(plain).sheets).toEqual([
    { name: 'Æble', part: 'xl/worksheets/sheet1.xml', state: undefined },
    { name: 'B', part: 'xl/worksheets/sheet2.xml', state: 'hidden' },
  ]);
  expect([...relationships(prefixed, 'xl/workbook.xml').keys()]).toEqual(['rId1', 'rId2']);
});

test('markup inside a comment is no sheet, no string and no cell', () => {
  const parts = book(
    `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${TYPE}" Target="worksheets/sheet1.xml"/></Relationships>`,
    `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><!-- <sheet name="Gammel" sheetId="9" r:id="rId1"/> --><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  expect(packageSheets(parts).sheets.map((s) => s.name)).toEqual(['Ark1']);
  parts.set(
    'xl/sharedStrings.xml',
    Buffer.from(`<sst xmlns="${MAIN}"><!-- <si><t>x</t></si> --><si><t>a</t></si></sst>`),
  );
  expect(sharedStrings(parts, 'xl/workbook.xml')).toEqual(['a']);
  const xml = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><!-- <c r="B1"><v>2</v></c> --><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
  expect(sheetGrid(xml, 'sheet', { strings: [], dates: [], date1904: false }).values).toEqual([[1]]);
});

test('strings: a CDATA section split in two, character references, phonetic runs left out; the strict namespace', () => {
  const parts = book('<Relationships xmlns="' + RELS + '"/>', `<workbook xmlns="${MAIN}"/>`);
  parts.set(
    'xl/sharedStrings.xml',
    Buffer.from(
      `<sst xmlns="${STRICT}"><si><t><![CDATA[Hjælp til ]]><![CDATA[<forsørgelse>]]></t></si><si><r><t>Hj&#xE6;lp</t></r><r><t xml:space="preserve"> &amp; råd</t></r><rPh sb="0" eb="1"><t>ヘ</t></rPh></si><si/></sst>`,
    ),
  );
  expect(sharedStrings(parts, 'xl/workbook.xml')).toEqual(['Hjælp til <forsørgelse>', 'Hjælp & råd', '']);
});

test('a part in UTF-16, either byte order, reads as in UTF-8', () => {
  const sst = `<?xml version="1.0" encoding="UTF-16"?><sst xmlns="${MAIN}"><si><t>Ældre og Sundhed</t></si></sst>`;
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sst, 'utf16le')]);
  const be = Buffer.from(le).swap16();
  for (const bytes of [le, be]) {
    const parts = book(`<Relationships xmlns="${RELS}"/>`, `<workbook xmlns="${MAIN}"/>`);
    parts.set('xl/sharedStrings.xml', bytes);
    expect(sharedStrings(parts, 'xl/workbook.xml')).toEqual(['Ældre og Sundhed']);
  }
});

test('readPackage gives the writers, which copy parts as text, a UTF-16 part in UTF-8, declared or not', async () => {
  const parts = book(
    `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${TYPE}" Target="worksheets/sheet1.xml"/></Relationships>`,
    `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  const sst = `<sst xmlns="${MAIN}"><si><t>Børn</t></si></sst>`;
  const utf16 = (xml: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
  parts.set('xl/sharedStrings.xml', utf16(sst));
  parts.set('xl/styles.xml', utf16(`<?xml version="1.0" encoding="UTF-16"?><styleSheet xmlns="${MAIN}"/>`));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-utf16-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.xlsx'), zipParts(parts));
    const read = await readPackage(path.join(dir, 'a.xlsx'));
    expect(read.get('xl/sharedStrings.xml')!.toString('utf8')).toBe(sst);
    expect(read.get('xl/styles.xml')!.toString('utf8')).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"/>`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('readPackage refuses a part no reader reads as damaged when it is not well-formed', async () => {
  const parts = book(
    `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${TYPE}" Target="worksheets/sheet1.xml"/></Relationships>`,
    `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  parts.set('docProps/app.xml', Buffer.from('<Properties><Company>&xxe;</Company></Properties>'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-app-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.xlsx'), zipParts(parts));
    await expect(readPackage(path.join(dir, 'a.xlsx'))).rejects.toThrow(
      /a\.xlsx» kan ikke åbnes som Excel-fil \(\.xlsx\)\. Er filen beskadiget\? \(delen docProps\/app\.xml er ikke gyldig XML\)$/,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a sheet: inline strings in CDATA, shared formulas, a prefixed sheet, references in attributes', () => {
  const ctx = { strings: ['delt'], dates: [false, true], date1904: false };
  const cells =
    '<row r="1"><c r="&#x41;1" t="inlineStr"><is><t><![CDATA[a&b]]><![CDATA[c]]></t></is></c><c r="B1" t="s"><v>0</v></c></row>' +
    '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">B2*2</f><v>4</v></c><c r="B2" s="1"><v>45000</v></c></row>' +
    '<row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c></row>';
  const plain = sheetGrid(`<worksheet xmlns="${MAIN}"><sheetData>${cells}</sheetData></worksheet>`, 's', ctx);
  expect(plain.values).toEqual([
    ['a&bc', 'delt'],
    [4, new Date(Date.UTC(2023, 2, 15))],
    [6, true, '#N/A'],
  ]);
  expect(plain.formulas).toEqual([
    [null, null],
    ['B2*2', null],
    ['B3*2', null, null],
  ]);
  const prefixed = cells.replace(/<(\/?)(?=[a-z])/g, '<$1s:');
  expect(
    sheetGrid(`<s:worksheet xmlns:s="${MAIN}"><s:sheetData>${prefixed}</s:sheetData></s:worksheet>`, 's', ctx),
  ).toEqual(plain);
});

test('a table part: its name, range and column names with references decoded', () => {
  const parts = partsOf({
    't.xml': `<table xmlns="${MAIN}" name="T&#x31;" ref="A1:B3"><tableColumns><tableColumn id="1" name="F&#xF8;r"/><tableColumn id="2" name="A &amp; B"/></tableColumns></table>`,
  });
  expect(tableOf(parts, 't.xml')).toEqual({ name: 'T1', ref: 'A1:B3', headers: ['Før', 'A & B'] });
});

test('XML that is not well-formed, an undeclared entity or prefix: an XmlError naming the part', () => {
  const ctx = { strings: [], dates: [], date1904: false };
  for (const xml of [
    `<worksheet xmlns="${MAIN}"><sheetData><row>&xxe;</row></sheetData></worksheet>`,
    '<x:worksheet><x:sheetData/></x:worksheet>',
    `<worksheet xmlns="${MAIN}"><sheetData><row></sheetData></worksheet>`,
  ])
    expect(() => sheetGrid(xml, 'xl/worksheets/sheet1.xml', ctx)).toThrow(XmlError);
  expect(characterData('a &lt;b&gt; &#xE6;<![CDATA[&amp;]]>')).toBe('a <b> æ&amp;');
});
