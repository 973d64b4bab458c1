/** The dokark command as a user runs it: exit codes, Danish messages, no output file on bad input. */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { writeMessyWorkbook } from '../support/messySheet';
import ExcelJS from 'exceljs';
// ExcelJS reads our calculated columns only with the tests' patch.
import '../support/excelRead';

const root = path.join(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function dokark(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/dokark.js'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const f = (name: string) => path.join(dir, name);

describe('dokark', () => {
  test('check flags the same decided order twice and manual cases on a row of type A, B or E', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ark1');
    ws.addRow([
      'Fagområde',
      'Sagsområde',
      'KLE-nummer',
      'Anvender KMD Sag',
      'Brugsmønster',
      'Antal manuelle sager i KMD Sag',
      'Besluttet løsningsscenarie',
      'Besluttet rækkefølge',
    ]);
    ws.addRow([
      'Social',
      'Pension',
      '32.03.00',
      'Ja',
      'C',
      10,
      '2. Anvend allerede eksisterende ESDH eller fagsystemer',
      1,
    ]);
    ws.addRow([
      'Social',
      'Boligstøtte',
      '32.04.00',
      'Ja',
      'D',
      5,
      '2. Anvend allerede eksisterende ESDH eller fagsystemer',
      1,
    ]);
    ws.addRow(['Social', 'Pas', '23.15.00', 'Ja', 'B', 120, null, null]);
    await wb.xlsx.writeFile(f('styregruppe.xlsx'));
    const found = JSON.parse(dokark('check', f('styregruppe.xlsx'), '--json').out) as {
      row: number;
      message: string;
    }[];
    const asked = (row: number, text: RegExp) => found.some((x) => x.row === row && text.test(x.message));
    expect(asked(2, /Besluttet rækkefølge 1 står også på række 3/)).toBe(true);
    expect(asked(3, /Besluttet rækkefølge 1 står også på række 2/)).toBe(true);
    expect(asked(4, /Brugsmønster B med 120 manuelle sager i KMD Sag: de skal også flyttes/)).toBe(true);
    const text = dokark('check', f('styregruppe.xlsx')).out;
    expect(text).toMatch(/Række 4, Antal manuelle sager i KMD Sag \(«120»\): Brugsmønster B/);
  });

  test('new writes an empty dokumentationsark that checks clean', () => {
    const r = dokark('new', '-o', f('new.xlsx'));
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('Oprettet');
    const c = dokark('check', f('new.xlsx'), '--json');
    expect(c.code).toBe(0);
    expect(JSON.parse(c.out)).toEqual([]);
  }, 120_000);

  test('upgrade prints a Danish summary and check --json lists every finding with Excel row numbers', async () => {
    await writeMessyWorkbook(f('messy.xlsx'));
    const r = dokark('upgrade', f('messy.xlsx'), '-o', f('up.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Rækker: 6/);
    expect(r.out).toMatch(/Egne kolonner bevaret til sidst: Egen note/);
    expect(r.out).toMatch(/Værdier markeret \(bevaret som skrevet\): \d+/);
    const c = dokark('check', f('up.xlsx'), '--json');
    expect(c.code).toBe(1);
    const findings = JSON.parse(c.out) as { row: number; column: string; value: unknown; message: string }[];
    expect(findings.length).toBeGreaterThan(5);
    for (const x of findings) expect(Object.keys(x).sort()).toEqual(['column', 'message', 'row', 'value']);
    expect(findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 5, column: 'KLE-nummer', value: 'x.y' })]),
    );
    // The original sheet can be checked as it stands, with its own row numbers and headers.
    const orig = JSON.parse(dokark('check', f('messy.xlsx'), '--json').out) as { row: number; column: string }[];
    expect(orig).toEqual(expect.arrayContaining([expect.objectContaining({ row: 8, column: 'KLE nr.' })]));
  }, 120_000);

  test('check finds computed cells without their column formula: another formula, a typed value, a blank', async () => {
    await writeMessyWorkbook(f('messy2.xlsx'));
    expect(dokark('upgrade', f('messy2.xlsx'), '-o', f('up2.xlsx')).code).toBe(0);
    const clean = JSON.parse(dokark('check', f('up2.xlsx'), '--json').out) as { message: string }[];
    const aboutFormulas = (list: { message: string }[]) =>
      list.filter((x) => /formel|Formlen|beregnes/.test(x.message));
    expect(aboutFormulas(clean)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f('up2.xlsx'));
    const ws = wb.getWorksheet('Dokumentation')!;
    const col = (ws.getRow(1).values as unknown[]).indexOf('Prioritet');
    ws.getCell(3, col).value = { formula: 'ROW()*2', result: 6 };
    ws.getCell(4, col).value = 7;
    ws.getCell(5, col).value = null;
    await wb.xlsx.writeFile(f('edited.xlsx'));
    const found = JSON.parse(dokark('check', f('edited.xlsx'), '--json').out) as { message: string }[];
    expect(aboutFormulas(found)).toEqual([
      { row: 3, column: 'Prioritet', value: '=ROW()*2', message: 'Prioritet har en anden formel end kolonnens.' },
      {
        row: 4,
        column: 'Prioritet',
        value: 7,
        message: 'Prioritet beregnes, men cellen har en indtastet værdi i stedet for formlen.',
      },
      { row: 5, column: 'Prioritet', value: null, message: 'Formlen i Prioritet mangler.' },
    ]);
    // A user's own sheet, not of our layout, is checked for its values only.
    const own = JSON.parse(dokark('check', f('messy2.xlsx'), '--json').out) as { message: string }[];
    expect(aboutFormulas(own)).toEqual([]);
  }, 120_000);

  test.each([
    ['a missing file', ['check', '/nonexistent/x.xlsx'], /findes ikke/],
    ['a file that is not xlsx', ['upgrade', 'TEXT', '-o', 'OUT'], /ikke en Excel-fil/],
    ['a password-protected file', ['upgrade', 'OLE', '-o', 'OUT'], /adgangskode/],
    ['a sheet with no header row', ['upgrade', 'EMPTY', '-o', 'OUT'], /overskriftsrækken/],
    ['OUT equal to IN', ['upgrade', 'SAME', '-o', 'SAME'], /samme fil/],
    ['an unknown command', ['frobnicate'], /Ukendt kommando/],
    ['a missing -o', ['new'], /-o/],
  ])(
    '%s: exit 2, Danish message, no output file',
    async (_name, args, message) => {
      fs.writeFileSync(f('text.xlsx'), 'dette er ikke en regnearksfil');
      fs.writeFileSync(f('ole.xlsx'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]));
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Ark1').getCell('A1').value = 'Bare en note';
      await wb.xlsx.writeFile(f('empty.xlsx'));
      await writeMessyWorkbook(f('same.xlsx'));
      const map: Record<string, string> = {
        TEXT: f('text.xlsx'),
        OLE: f('ole.xlsx'),
        EMPTY: f('empty.xlsx'),
        SAME: f('same.xlsx'),
        OUT: f('out.xlsx'),
      };
      const before = fs.readFileSync(f('same.xlsx'));
      const r = dokark(...args.map((a) => map[a] ?? a));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/^Fejl: /);
      expect(fs.existsSync(f('out.xlsx'))).toBe(false);
      expect(fs.readFileSync(f('same.xlsx')).equals(before)).toBe(true);
      expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    },
    120_000,
  );
});
