/**
 * Every way dokark can be given bad input. Each one: exit code 2, one Danish line on stderr starting «Fejl: »
 * (no English, no stack trace), nothing on stdout, and the folder exactly as it was: the input's sha256
 * unchanged, no output file, no temporary file, an existing file untouched.
 *
 * | path                                         | message (stderr)                                        |
 * | -------------------------------------------- | ------------------------------------------------------- |
 * | no arguments                                 | Angiv en kommando. + Brug:                              |
 * | unknown command                              | Ukendt kommando «frobnicate».                           |
 * | unknown flag / another command's flag        | Ukendt tilvalg «--jsno». / «-o»                         |
 * | a second file name                           | Uventet filnavn «…».                                    |
 * | missing -o / -o without a name               | Angiv outputfilen med -o UD.xlsx. / -o skal efterfølges |
 * | output not .xlsx (notat: not .docx)          | Outputfilen skal ende på .xlsx (.docx)                  |
 * | upgrade / check / notat without a file       | Angiv filen, der skal opgraderes / tjekkes / …          |
 * | notat of a sheet not upgraded, or of none    | … ikke opgraderet endnu … dokark upgrade / intet ark    |
 * | input missing                                | Filen «…» findes ikke.                                  |
 * | input is a folder                            | «…» er en mappe, ikke en Excel-fil.                     |
 * | input is text (named .xlsx, or a .csv)       | «…» er ikke en Excel-fil (.xlsx).                       |
 * | truncated .xlsx                              | … Er filen beskadiget?                                  |
 * | a zip that holds no workbook                 | … er ikke en Excel-projektmappe: den har ingen ark.     |
 * | zip bomb: 400 KB unpacking to 400 MB         | … pakker sig ud til mere end 200 MB …                   |
 * | the same with headers that claim 20 KB       | the same, the inflate stopped at the stated size        |
 * | a DOCTYPE in an XML part (UTF-8 or UTF-16)   | … indeholder en dokumenttypeerklæring (DOCTYPE) …       |
 * | an entity no DOCTYPE declares (`&xxe;`)      | … Er filen beskadiget? (delen … er ikke gyldig XML)     |
 * | a part that is not well-formed XML           | the same                                                |
 * | password-protected (encrypted) / old .xls    | … beskyttet med adgangskode (eller … .xls-fil)          |
 * | no recognisable header row (upgrade, check)  | Kan ikke finde overskriftsrækken.                       |
 * | check --json on bad input                    | Danish stderr, no JSON on stdout                        |
 * | upgrade of a file already upgraded           | … allerede i den nye udgave. Der er intet at opgradere. |
 * | OUT = IN (same path, relative, symlink, hard link) | UD må ikke være den samme fil som IND               |
 * | output folder missing / a file / output is a folder | Kan ikke skrive «…»: mappen «…» findes ikke / …    |
 * | output exists (without --overwrite)          | «…» findes allerede. … --overwrite                      |
 * | output not writable, disk full (errno)       | ingen adgang / skrivebeskyttet / ikke plads             |
 * | write fails half-way                         | Kan ikke skrive «…»: … ; no temporary file left         |
 * | unexpected internal error                    | exit 3: Uventet fejl i dokark … (no stack)              |
 *
 * Decided here: an existing output file is replaced only with --overwrite (and then atomically).
 * Success paths next to the failures: --overwrite, and an input that already has «Dokumentation (før opgradering)».
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/dokark';
import { fileErrorReason } from '../../src/cli/output';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { gridOf } from '../support/excelRead';
import { englishIn } from '../support/english';
import { folderState, writeFixtures, type Fixtures } from './failureFixtures';

jest.setTimeout(60_000);

let fx: Fixtures;
const f = (name: string) => fx.f(name);
beforeAll(async () => {
  fx = await writeFixtures(fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-fail-')));
});
afterAll(() => fs.rmSync(fx.dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

async function dokark(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Names resolved at run time, so each case reads as the command a user would type. */
const F = (name: string) => () => f(name);
const OUT = F('out.xlsx');
type Arg = string | (() => string);

const CASES: [string, Arg[], RegExp][] = [
  ['no arguments', [], /^Fejl: Angiv en kommando\.\nBrug:/],
  ['an unknown command', ['frobnicate'], /Ukendt kommando «frobnicate»/],
  ['an unknown flag', ['check', F('messy.xlsx'), '--jsno'], /Ukendt tilvalg «--jsno»/],
  ["another command's flag", ['check', F('messy.xlsx'), '-o', OUT], /Ukendt tilvalg «-o»/],
  ['a second file name', ['upgrade', F('messy.xlsx'), F('notes.xlsx'), '-o', OUT], /Uventet filnavn «.*notes\.xlsx»/],
  ['a file name to new', ['new', F('messy.xlsx'), '-o', OUT], /Uventet filnavn «.*messy\.xlsx»/],
  ['a missing -o', ['new'], /Angiv outputfilen med -o UD\.xlsx/],
  ['-o without a name', ['new', '-o'], /-o skal efterfølges af et filnavn/],
  ['-o followed by a flag', ['upgrade', F('messy.xlsx'), '-o', '--overwrite'], /-o skal efterfølges af et filnavn/],
  ['an output that is not .xlsx', ['new', '-o', F('out.csv')], /Outputfilen skal ende på \.xlsx: «.*out\.csv»/],
  ['upgrade without a file', ['upgrade', '-o', OUT], /Angiv filen, der skal opgraderes/],
  ['check without a file', ['check'], /Angiv filen, der skal tjekkes/],
  ['a missing input', ['upgrade', F('missing.xlsx'), '-o', OUT], /Filen «.*missing\.xlsx» findes ikke/],
  ['an input that is a folder', ['check', F('folder.xlsx')], /«.*folder\.xlsx» er en mappe, ikke en Excel-fil/],
  ['text named .xlsx', ['upgrade', F('text.xlsx'), '-o', OUT], /«.*text\.xlsx» er ikke en Excel-fil \(\.xlsx\)/],
  ['a CSV file', ['check', F('list.csv')], /«.*list\.csv» er ikke en Excel-fil \(\.xlsx\)/],
  [
    'a truncated .xlsx',
    ['upgrade', F('truncated.xlsx'), '-o', OUT],
    /kan ikke åbnes som Excel-fil \(\.xlsx\)\. Er filen beskadiget\?/,
  ],
  ['a zip that holds no workbook', ['check', F('plain.xlsx')], /er ikke en Excel-projektmappe: den har ingen ark/],
  ['a zip bomb (upgrade)', ['upgrade', F('bomb.xlsx'), '-o', OUT], /«.*bomb\.xlsx» pakker sig ud til mere end 200 MB/],
  ['a zip bomb (check)', ['check', F('bomb.xlsx')], /pakker sig ud til mere end 200 MB/],
  ['a zip bomb whose headers lie (upgrade)', ['upgrade', F('bomb-lying.xlsx'), '-o', OUT], /pakker sig ud/],
  ['a zip bomb whose headers lie (check)', ['check', F('bomb-lying.xlsx')], /pakker sig ud/],
  ...(['upgrade', 'check'] as const).flatMap((command): [string, Arg[], RegExp][] =>
    ['doctype-strings', 'doctype-sheet', 'doctype-utf16'].map((name) => [
      `a DOCTYPE (${name}, ${command})`,
      command === 'upgrade' ? [command, F(`${name}.xlsx`), '-o', OUT] : [command, F(`${name}.xlsx`)],
      /«.*\.xlsx» indeholder en dokumenttypeerklæring \(DOCTYPE\) i delen xl\/.*\. Det skriver Excel aldrig/,
    ]),
  ),
  [
    'an undeclared entity (upgrade)',
    ['upgrade', F('entity.xlsx'), '-o', OUT],
    /beskadiget\? \(delen xl\/sharedStrings\.xml/,
  ],
  ['an undeclared entity (check)', ['check', F('entity.xlsx')], /beskadiget\? \(delen xl\/sharedStrings\.xml/],
  [
    'a part that is not well-formed XML (upgrade)',
    ['upgrade', F('malformed.xlsx'), '-o', OUT],
    /beskadiget\? \(delen xl\/worksheets\/sheet1\.xml er ikke gyldig XML\)/,
  ],
  ['a part that is not well-formed XML (check)', ['check', F('malformed.xlsx')], /delen xl\/worksheets\/sheet1\.xml/],
  ['a password-protected file', ['upgrade', F('locked.xlsx'), '-o', OUT], /beskyttet med adgangskode/],
  ['an old .xls file', ['check', F('old.xls')], /gammel \.xls-fil/],
  ['no header row (upgrade)', ['upgrade', F('notes.xlsx'), '-o', OUT], /Kan ikke finde overskriftsrækken/],
  ['no header row (check)', ['check', F('notes.xlsx')], /Kan ikke finde overskriftsrækken/],
  ['check --json on bad input', ['check', F('text.xlsx'), '--json'], /ikke en Excel-fil/],
  [
    'a file already upgraded',
    ['upgrade', F('ready.xlsx'), '-o', OUT],
    /allerede i den nye udgave\. Der er intet at opgradere/,
  ],
  ['OUT equal to IN', ['upgrade', F('messy.xlsx'), '-o', F('messy.xlsx')], /UD må ikke være den samme fil som IND/],
  [
    'OUT = IN by another relative path',
    ['upgrade', F('messy.xlsx'), '-o', () => path.relative(process.cwd(), f('messy.xlsx'))],
    /samme fil/,
  ],
  ['OUT a symlink to IN', ['upgrade', F('messy.xlsx'), '-o', F('link.xlsx')], /samme fil/],
  ['OUT a hard link to IN', ['upgrade', F('messy.xlsx'), '-o', F('hard.xlsx')], /samme fil/],
  [
    'an output folder that does not exist',
    ['upgrade', F('messy.xlsx'), '-o', F('nowhere/out.xlsx')],
    /Kan ikke skrive «.*out\.xlsx»: mappen «.*nowhere» findes ikke/,
  ],
  [
    'an output folder that is a file',
    ['new', '-o', F('messy.xlsx/out.xlsx')],
    /Kan ikke skrive «.*out\.xlsx»: «.*messy\.xlsx» er ikke en mappe/,
  ],
  ['an output that is a folder', ['new', '-o', F('folder.xlsx')], /Kan ikke skrive «.*folder\.xlsx»: det er en mappe/],
  [
    'an output that exists (new)',
    ['new', '-o', F('existing.xlsx')],
    /«.*existing\.xlsx» findes allerede\. .*--overwrite/,
  ],
  ['an output that exists (upgrade)', ['upgrade', F('messy.xlsx'), '-o', F('existing.xlsx')], /findes allerede/],
  ['notat without a file', ['notat', '-o', F('notat.docx')], /Angiv dokumentationsarket, notatet dannes af/],
  ['notat without -o', ['notat', F('ready.xlsx')], /Angiv outputfilen med -o NOTAT\.docx/],
  ['notat to a file that is not .docx', ['notat', F('ready.xlsx'), '-o', OUT], /Outputfilen skal ende på \.docx/],
  [
    'notat of a sheet not upgraded',
    ['notat', F('messy.xlsx'), '-o', F('notat.docx')],
    /«.*messy\.xlsx» er ikke opgraderet endnu.*dokark upgrade .*messy\.xlsx -o UD\.xlsx/,
  ],
  [
    'notat of a workbook without a sheet',
    ['notat', F('notes.xlsx'), '-o', F('notat.docx')],
    /«.*notes\.xlsx» har intet dokumentationsark/,
  ],
  ['notat of a text file', ['notat', F('text.xlsx'), '-o', F('notat.docx')], /ikke en Excel-fil/],
  [
    'notat over an existing notat',
    ['notat', F('ready.xlsx'), '-o', F('existing.docx')],
    /findes allerede\. .*--overwrite/,
  ],
];

describe('dokark on bad input', () => {
  test.each(CASES)('%s: exit 2, Danish message, the folder as it was', async (_name, args, message) => {
    const before = folderState(fx.dir);
    const r = await dokark(...args.map((a) => (typeof a === 'function' ? a() : a)));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Fejl: /);
    expect(r.err).toMatch(message);
    expect(englishIn(r.err)).toEqual([]);
    expect(r.out).toBe('');
    expect(folderState(fx.dir)).toEqual(before);
  });

  test.each([
    ['EACCES', /ingen adgang til at skrive i «.*»/],
    ['EPERM', /ingen adgang til at skrive i «.*»/],
    ['EROFS', /«.*» er skrivebeskyttet/],
    ['ENOSPC', /der er ikke plads på disken/],
    ['EMFILE', /fejlkode EMFILE/],
  ])('a file-system error %s is told in Danish', (code, message) => {
    const reason = fileErrorReason(
      Object.assign(new Error(`${code}: permission denied, open '/x/y'`), { code }),
      '/x/y/out.xlsx',
    );
    expect(reason).toMatch(message);
    expect(englishIn(reason.replace(code, ''))).toEqual([]);
  });

  test('a write that fails half-way leaves no temporary file and no output', async () => {
    const before = folderState(fx.dir);
    jest.spyOn(FileWorkbook.prototype, 'save').mockImplementation(async (file: string) => {
      fs.writeFileSync(file, 'halvt skrevet');
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    const r = await dokark('upgrade', f('messy.xlsx'), '-o', f('out.xlsx'));
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toMatch(/^Fejl: Kan ikke skrive «.*out\.xlsx»: der er ikke plads på disken/);
    expect(englishIn(r.err)).toEqual([]);
    expect(folderState(fx.dir)).toEqual(before);
  });

  test('an unexpected error: exit 3, a Danish line without the stack, and no output', async () => {
    const before = folderState(fx.dir);
    jest
      .spyOn(FileWorkbook.prototype, 'upgrade')
      .mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'x')"));
    const r = await dokark('upgrade', f('messy.xlsx'), '-o', f('out.xlsx'));
    expect(r.code).toBe(3);
    expect(r.err).toMatch(
      /^Uventet fejl i dokark\. Inputfilen er ikke ændret, og der er ikke skrevet nogen fil\. .*DOKARK_DEBUG=1/,
    );
    expect(englishIn(r.err)).toEqual([]);
    expect(folderState(fx.dir)).toEqual(before);
  });
});

describe('dokark where a clash is handled, not refused', () => {
  test('--overwrite replaces an existing output, and the input stays as it was', async () => {
    fs.copyFileSync(f('notes.xlsx'), f('replace.xlsx'));
    const before = folderState(fx.dir);
    const r = await dokark('upgrade', f('messy.xlsx'), '-o', f('replace.xlsx'), '--overwrite');
    expect(r).toMatchObject({ code: 0, err: '' });
    const after = folderState(fx.dir);
    expect(after['replace.xlsx']).not.toBe(before['replace.xlsx']);
    expect({ ...after, 'replace.xlsx': '' }).toEqual({ ...before, 'replace.xlsx': '' });
    fs.rmSync(f('replace.xlsx'));
  });

  test('notat --overwrite replaces an existing notat with a Word document; the workbook stays as it was', async () => {
    fs.copyFileSync(f('existing.docx'), f('replace.docx'));
    const before = folderState(fx.dir);
    const r = await dokark('notat', f('ready.xlsx'), '-o', f('replace.docx'), '--overwrite');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^Notat skrevet: .*replace\.docx/);
    expect(fs.readFileSync(f('replace.docx')).subarray(0, 2).toString()).toBe('PK');
    const after = folderState(fx.dir);
    expect({ ...after, 'replace.docx': '' }).toEqual({ ...before, 'replace.docx': '' });
    fs.rmSync(f('replace.docx'));
  });

  test('inline strings in CDATA, character references and a namespace prefix read as XML defines them', async () => {
    const before = folderState(fx.dir);
    const unusual = await dokark('upgrade', f('unusual.xlsx'), '-o', f('unusual-up.xlsx'));
    const usual = await dokark('upgrade', f('messy.xlsx'), '-o', f('messy-up.xlsx'));
    expect([unusual.code, unusual.err]).toEqual([0, '']);
    expect(unusual.out.replace('unusual-up', 'messy-up')).toBe(usual.out);
    expect(folderState(fx.dir)).toMatchObject(before);
    const grids = async (name: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f(name));
      return wb.worksheets.map((ws) => [ws.name, gridOf(ws).values]);
    };
    const upgraded = await grids('unusual-up.xlsx');
    expect(upgraded).toEqual(await grids('messy-up.xlsx'));
    expect(JSON.stringify(upgraded)).toContain('Hjælp til forsørgelse');
    expect((await dokark('check', f('unusual.xlsx'), '--json')).out).toBe(
      (await dokark('check', f('messy.xlsx'), '--json')).out,
    );
    fs.rmSync(f('unusual-up.xlsx'));
    fs.rmSync(f('messy-up.xlsx'));
  });

  test('an input that already has «Dokumentation (før opgradering)»: both sheets are kept, nothing lost', async () => {
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(f('messy.xlsx'));
    const older = source.addWorksheet('Dokumentation (før opgradering)');
    older.getCell('A1').value = 'Noter fra sidste opgradering';
    older.getCell('B2').value = 42;
    await source.xlsx.writeFile(f('clash.xlsx'));
    const before = folderState(fx.dir);
    const r = await dokark('upgrade', f('clash.xlsx'), '-o', f('clash-up.xlsx'));
    expect(r.code).toBe(0);
    expect(folderState(fx.dir)).toEqual({ ...before, 'clash-up.xlsx': expect.any(String) });
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(f('clash-up.xlsx'));
    const grids = out.worksheets.map((ws) => JSON.stringify(gridOf(ws).values));
    for (const ws of source.worksheets) expect(grids).toContain(JSON.stringify(gridOf(ws).values));
    expect(r.out).toMatch(/Det oprindelige ark er bevaret som «.+»/);
    fs.rmSync(f('clash.xlsx'));
    fs.rmSync(f('clash-up.xlsx'));
  });
});
