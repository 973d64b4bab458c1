/** Upgrading a messy file loses nothing: every value kept, text stays text, the input is untouched. */
import { LEGACY_SCENARIO_LABELS, SCENARIO_LABELS } from '../../src/domain/lists';
import crypto from 'crypto';
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { COLUMNS } from '../../src/domain/schema';
import { DATE_FORMAT } from '../../src/workbook/numberFormats';
import { DECISION_LIST, DECISION_LIST_ROW, decisionListHeader } from '../../src/workbook/reportSheetsPlan';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { gridOf, loadWorkbook } from '../support/excelRead';
import { MESSY_HEADERS, MESSY_ROWS, writeMessyWorkbook } from '../support/messySheet';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-upgrade-'));
const input = path.join(dir, 'messy.xlsx');
const output = path.join(dir, 'out.xlsx');
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

let summary: Awaited<ReturnType<FileWorkbook['upgrade']>>;
let out: ExcelJS.Workbook;
let inputHash: string;

beforeAll(async () => {
  await writeMessyWorkbook(input);
  inputHash = sha(input);
  const wb = await FileWorkbook.open(input);
  summary = await wb.upgrade();
  await wb.save(output);
  out = await loadWorkbook(output);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Where each messy header lands in the new sheet. */
const RENAMED: Record<string, string> = {
  Fagomrade: 'Fagområde',
  'KLE nr.': 'KLE-nummer',
  Brugermønster: 'Brugsmønster',
  'Anvendes KMD Sag?': 'Anvender KMD Sag',
  'Kompleksitet af oprydningsarbejdet': 'Kompleksitet af oprydning',
  'Forretningskritisk?': 'Forretningskritisk',
  // The workshop's judgement: it wins over the computed value.
  Brugerantal: 'Brugerantal (vurderet)',
  'Omfanget af oprydningsarbejdet': 'Omfang af oprydning (indtastet)',
};

const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1).map(String);

describe('upgrade of an existing sheet', () => {
  test('the input file is not modified', () => expect(sha(input)).toBe(inputHash));

  test('sheets: ours first, the original kept as a backup, the user’s other sheets kept', () => {
    expect(out.worksheets.map((w) => w.name)).toEqual([
      'Dokumentation',
      'Lister',
      'Overblik',
      'Beslutningsgrundlag',
      'Workshopark',
      'Vejledning',
      'Dokumentation (før opgradering)',
      'Vejledning (før opgradering)',
      'Noter',
    ]);
    expect(out.getWorksheet('Noter')!.getCell('B2').value).toBe('Møde 12/3');
    // The backup is kept but hidden, so printing the workbook leaves it out; the user's own sheets stay visible.
    expect(out.getWorksheet('Dokumentation (før opgradering)')!.state).toBe('hidden');
    expect(out.getWorksheet('Noter')!.state).toBe('visible');
    expect(out.getWorksheet('Vejledning (før opgradering)')!.getCell('A1').value).toBe('Den gamle vejledning');
  });

  test('the backup is the original sheet, cell for cell (title rows and formulas too)', async () => {
    const original = gridOf((await loadWorkbook(input)).getWorksheet('Ark1')!);
    const backup = gridOf(out.getWorksheet('Dokumentation (før opgradering)')!);
    expect(backup.values).toEqual(original.values);
    expect(backup.formulas).toEqual(original.formulas);
  });

  test('every row and every value is kept; only unambiguous normalisations happen', () => {
    const ws = out.getWorksheet('Dokumentation')!;
    const headers = header(ws);
    expect(headers.slice(0, 3)).toEqual(['Fagområde', 'Sagsområde', 'KLE-nummer']);
    const grid = gridOf(ws).values;
    const nonEmpty = MESSY_ROWS.filter((r) => r.some((v) => v !== null));
    expect(summary.rows).toBe(nonEmpty.length);
    const allowed: Record<string, (from: unknown, to: unknown) => boolean> = {
      Fagområde: (f, t) => String(f).trim().toLowerCase() === String(t).toLowerCase(),
      'KLE-nummer': (f, t) => String(f).replace(/\D/g, '') === String(t).replace(/\D/g, ''),
      Brugsmønster: (f, t) => String(f).toUpperCase() === t,
      'Anvender KMD Sag': (f, t) => String(f).toLowerCase() === String(t).toLowerCase(),
      'Antal sagsbehandlere': (f, t) => Number(f) === t,
      'Kompleksitet af oprydning': (f, t) => String(f).toLowerCase() === String(t).toLowerCase(),
      Forretningskritisk: (f, t) => String(f).toLowerCase() === String(t).toLowerCase(),
      // A number, or a label earlier versions wrote: the same scenario in the guide's words.
      Løsningsscenarie: (f, t) =>
        String(t).startsWith(`${String(f).trim()}.`) ||
        SCENARIO_LABELS.indexOf(String(t)) === LEGACY_SCENARIO_LABELS.indexOf(String(f)),
    };
    nonEmpty.forEach((src, i) => {
      const row = grid[i + 1];
      MESSY_HEADERS.forEach((h, c) => {
        const from = src[c];
        if (from === null) return;
        const target = h === '' ? 'Uden overskrift (kolonne N)' : h;
        const idx = headers.indexOf(RENAMED[h] ?? target);
        expect({ h, idx: idx >= 0 }).toEqual({ h, idx: true });
        const to = row[idx];
        const ok = to === from || (allowed[headers[idx]]?.(from, to) ?? false);
        expect({ row: i, header: headers[idx], from, to, ok }).toEqual({
          row: i,
          header: headers[idx],
          from,
          to,
          ok: true,
        });
      });
    });
  });

  test('unknown columns are kept at the end under their own header', () => {
    const headers = header(out.getWorksheet('Dokumentation')!);
    expect(headers.slice(-4)).toEqual([
      'Egen note',
      'Uden overskrift (kolonne N)',
      'Ansvarlig',
      'Uden overskrift (kolonne P)',
    ]);
    expect(summary.kept).toEqual([
      'Egen note',
      'Uden overskrift (kolonne N)',
      'Ansvarlig',
      'Uden overskrift (kolonne P)',
    ]);
  });

  test('a typed Brugerantal becomes «Brugerantal (vurderet)»; a typed Omfang is kept beside its formula, which falls back on it', () => {
    const ws = out.getWorksheet('Dokumentation')!;
    const headers = header(ws);
    expect(headers).not.toContain('Brugerantal (indtastet)');
    const assessed = headers.indexOf('Brugerantal (vurderet)');
    const typed = MESSY_ROWS.filter((r) => r.some((v) => v !== null)).map(
      (r) => r[MESSY_HEADERS.indexOf('Brugerantal')],
    );
    expect(
      gridOf(ws)
        .values.slice(1, 1 + typed.length)
        .map((r) => r[assessed] ?? null),
    ).toEqual(typed);
    const o = headers.indexOf('Omfang af oprydning');
    expect(headers[o + 1]).toBe('Omfang af oprydning (indtastet)');
    expect(String(ws.getCell(2, o + 1).formula)).toContain('Omfang af oprydning (indtastet)');
    expect(summary.typedKept).toEqual(['Brugerantal (nu i «Brugerantal (vurderet)»)', 'Omfang af oprydning']);
  });

  test('Beslutningsgrundlag’s two date columns carry the date format, to the left, on every line', () => {
    const ws = out.getWorksheet('Beslutningsgrundlag')!;
    const headers = (ws.getRow(DECISION_LIST_ROW).values as unknown[]).map(String);
    const dated = DECISION_LIST.filter((d) => d.kind === 'when').map(decisionListHeader);
    expect(dated).toEqual(['Udbudstidspunkt', 'Flyttes senest']);
    const last = ws.rowCount;
    expect(last).toBeGreaterThan(DECISION_LIST_ROW + MESSY_ROWS.length);
    for (const r of [DECISION_LIST_ROW + 1, last])
      for (const h of [...dated, 'Sagsområde']) {
        const cell = ws.getRow(r).getCell(headers.indexOf(h));
        const date = h !== 'Sagsområde';
        expect({ r, h, format: cell.numFmt, left: cell.alignment?.horizontal }).toEqual({
          r,
          h,
          format: date ? DATE_FORMAT : undefined,
          left: date ? 'left' : undefined,
        });
      }
  });

  test('text that looks like a formula stays text', () => {
    const ws = out.getWorksheet('Dokumentation')!;
    const remarks = header(ws).indexOf('Bemærkninger') + 1;
    const cells = [2, 3, 4, 5].map((r) => ws.getCell(r, remarks));
    expect(cells.map((c) => c.type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    expect(cells.map((c) => c.value)).toEqual(['=SUM(A1:A3)', '+45 12 34 56 78', '-', '@kommune']);
  });

  test('values outside the lists are flagged, not changed', () => {
    const flagged = summary.flagged.map((f) => `${f.row}:${f.column}:${f.value}`);
    expect(flagged).toEqual(
      expect.arrayContaining([
        '4:Antal sagsbehandlere:mange',
        '5:KLE-nummer:x.y',
        '5:Brugsmønster:Q',
        '5:Antal sagsbehandlere:-2',
        '5:Forretningskritisk:Måske',
        '5:Løsningsscenarie:7',
        '7:KLE-nummer:27.1',
      ]),
    );
    for (const f of summary.flagged) expect(f.message).toMatch(/[a-zæøå]/);
  });

  test('fagområder found in the sheet become the Lister list', () => {
    const lists = out.getWorksheet('Lister')!;
    const areas = [2, 3, 4, 5, 6].map((r) => lists.getCell(`A${r}`).value);
    expect(areas).toEqual(['Beskæftigelse', 'Borgerservice', 'Børn og Familie', 'Teknik', null]);
  });

  test('upgrading the upgraded file again keeps the same rows', async () => {
    const again = await FileWorkbook.open(output);
    expect((await again.detect()).status).toBe('ready');
    const snap = await again.snapshot();
    expect(snap.rows.map((r) => r.values.caseArea)).toEqual([
      'Hjælp til forsørgelse',
      'Sygedagpenge',
      'Pas',
      'Boligstøtte',
      'Anbringelse',
      'Parkering',
    ]);
    expect(COLUMNS.every((c) => header(out.getWorksheet('Dokumentation')!).includes(c.header))).toBe(true);
  });
});

describe('the written package (memory)', () => {
  test('the big sheets are made while zipped, the same each time, and their strings and styles come after them', async () => {
    const { readPackage, joinParts } = await import('../../src/workbook/file/packageFile');
    const { upgradePackage } = await import('../../src/workbook/file/upgradePackage');
    const { parts } = upgradePackage(await readPackage(input));
    const names = [...parts.keys()];
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    // Not an array of rows held in memory, but pieces made when walked.
    expect(Buffer.isBuffer(sheet) || Array.isArray(sheet)).toBe(false);
    expect(names.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(names.indexOf('xl/sharedStrings.xml'));
    expect(names.indexOf('xl/worksheets/sheet4.xml')).toBeLessThan(names.indexOf('xl/styles.xml'));
    const first = joinParts(parts);
    const second = joinParts(parts);
    for (const name of names) expect(second.get(name)!.equals(first.get(name)!)).toBe(true);
    // Every shared string a sheet points at exists: the table was complete when it was written.
    const count = Number(/uniqueCount="(\d+)"/.exec(first.get('xl/sharedStrings.xml')!.toString())![1]);
    const used = [
      ...first
        .get('xl/worksheets/sheet1.xml')!
        .toString()
        .matchAll(/t="s"><v>(\d+)</g),
    ].map((m) => Number(m[1]));
    expect(used.length).toBeGreaterThan(0);
    expect(Math.max(...used)).toBeLessThan(count);
  });
});
