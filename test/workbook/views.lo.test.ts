/** Overblik, Fremdrift and Beslutningsgrundlag, recalculated by LibreOffice, equal the domain functions. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { computeSheet } from '../../src/domain/prioritisation';
import { MOVES, needsDecision, SCENARIO_LABELS, USAGE_PATTERNS } from '../../src/domain/lists';
import {
  criticalOverview,
  areaOverview,
  licenceOverview,
  otherAreas,
  lineInvalid,
  outsideDecision,
  patternOverview,
  decidedOrder,
  decisionSummary,
  progressOverview,
  scenarioOverview,
} from '../../src/domain/overview';
import { column, type RowValues } from '../../src/domain/schema';
import { defaultLists } from '../../src/domain/validation';
import { planWorkbook } from '../../src/workbook/plan';
import {
  ALL_CD,
  DECISION_LINE_HEADER,
  DECISION_LIST,
  DECISION_LIST_ROW,
  decisionListHeader,
  LICENCE_LINES,
  LINE_CHECKED,
  NO_SCENARIO,
  OF_WHICH_CD,
  OTHER_AREAS,
  OUTSIDE_CD,
  SCENARIO_HEADERS,
} from '../../src/workbook/reportSheetsPlan';
import { workbookOfPlan } from '../support/excelRead';
import { AREAS, generateRows, toTableRow } from '../support/generate';
import { recalculate } from '../support/libreoffice';

const rows = withDecisions(generateRows(300, 23));

/** Decisions on the C and D rows: other scenarios than recommended, orders that repeat, some rows left undecided. */
function withDecisions(generated: RowValues[]): RowValues[] {
  let j = 0;
  return generated.map((r, i) => {
    if (!needsDecision(r.usagePattern)) return i === 7 ? { ...r, move: MOVES[0] } : r;
    j++;
    return {
      ...r,
      // Future case systems, one in two spellings (MATCH and COUNTIFS take them as one), some rows without.
      casesFuture: [null, 'Acadre', 'KMD Nexus', 'acadre', 'SBSYS', 'Fagsystemet'][j % 6],
      decidedScenario: j % 5 === 0 ? null : SCENARIO_LABELS[j % 4],
      decidedOrder: j % 3 === 0 ? (j % 7) + 1 : null,
      move: j % 2 === 0 ? MOVES[j % 3] : null,
      moveBy: j % 4 === 0 ? new Date(Date.UTC(2027, j % 12, 1 + (j % 28))) : null,
      tenderTime: j % 6 === 0 ? 2028 : j % 6 === 1 ? new Date(Date.UTC(2026, 5, 15)) : r.tenderTime,
    };
  });
}
let sheets: Record<string, string[][]>;
let ms = 0;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-views-'));
  const file = path.join(dir, 'views.xlsx');
  const wb = await workbookOfPlan(planWorkbook({ rows: rows.map(toTableRow), businessAreas: AREAS }));
  await wb.xlsx.writeFile(file);
  const started = Date.now();
  sheets = recalculate(file, { asShown: true });
  ms = Date.now() - started;
  fs.rmSync(dir, { recursive: true, force: true });
}, 180_000);

/** The rows of the table whose header row starts with `first`, up to the next empty row. */
function tableAfter(sheet: string[][], first: string, nth = 1): string[][] {
  const starts = sheet.map((r, i) => (r[0] === first ? i : -1)).filter((i) => i >= 0);
  const start = starts[nth - 1] ?? -1;
  expect(start).toBeGreaterThanOrEqual(0);
  const out: string[][] = [];
  for (let i = start + 1; i < sheet.length && sheet[i][0] !== ''; i++) out.push(sheet[i]);
  return out;
}
/** `count` lines below the nth header row whose first cell is `first` (lines with an empty label included). */
function linesAfter(sheet: string[][], first: string, count: number, nth = 1): string[][] {
  const start = sheet.map((r, i) => (r[0] === first ? i : -1)).filter((i) => i >= 0)[nth - 1] ?? -1;
  expect(start).toBeGreaterThanOrEqual(0);
  return sheet.slice(start + 1, start + 1 + count);
}
/** Numbers as LibreOffice (en-US) shows #,##0: thousands separated by commas; an empty cell stays NaN. */
const num = (x: string) => (x === '' ? NaN : Number(x.replace(/,/g, '')));
const nums = (r: string[], from: number, to: number) => r.slice(from, to).map(num);
/** The domain's lines as #,##0 shows them: whole numbers (a count of 7.5, invalid, is summed as SUMIFS does). */
const shownLines = <T extends { numbers: number[] } | null>(lines: T[]): T[] =>
  lines.map((l) => (l ? { ...l, numbers: l.numbers.map(Math.round) } : l));

describe('views computed by LibreOffice', () => {
  test('OverblikScenarie: C/D rows per fagområde, each scenario anbefalet and besluttet; the lines add up to I alt', () => {
    console.log(`LibreOffice recalculated the views of 300 rows in ${ms} ms`);
    const lines = linesAfter(sheets['Overblik'], 'Fagområde', AREAS.length + 2);
    const expected = scenarioOverview(rows, AREAS, SCENARIO_LABELS);
    expect(lines.map((l) => l[0])).toEqual([...AREAS, 'I alt', OTHER_AREAS]);
    const width = SCENARIO_HEADERS.length;
    expect(lines.map((l) => ({ label: l[0], numbers: nums(l, 1, width) }))).toEqual(
      shownLines([...expected, { label: OTHER_AREAS, numbers: otherAreas(expected) }]),
    );
    const at = (h: string) => SCENARIO_HEADERS.indexOf(h) - 1;
    const cd = rows.filter((r) => needsDecision(r.usagePattern));
    const total = expected.at(-1)!.numbers;
    // One population: the C/D rows. «I alt» is each side's sum along the line, and the lines sum to the total line.
    expect(total[at(ALL_CD)]).toBe(cd.length);
    for (const l of expected)
      for (const side of ['anbefalet', 'besluttet']) {
        const parts = [...SCENARIO_LABELS.map((_, n) => `Scenarie ${n + 1} ${side}`), `${NO_SCENARIO} ${side}`];
        expect(parts.reduce((s, h) => s + l.numbers[at(h)]!, 0)).toBe(l.numbers[at(ALL_CD)]);
      }
    // The fagområder's lines and the line under the table («Ukendt område», not on the list) make the total.
    const other = otherAreas(expected);
    for (let c = 0; c < width - 1; c++)
      expect(expected.slice(0, -1).reduce((s, l) => s + l.numbers[c]!, other[c]!)).toBe(total[c]);
    // The generated rows have a fagområde not on the list, scenarios not on it, and decisions unlike the recommendations.
    expect(other[at(ALL_CD)]).toBeGreaterThan(0);
    expect(expected.some((l) => l.numbers[at(`${NO_SCENARIO} anbefalet`)]! > 0)).toBe(true);
    expect(expected.some((l) => l.numbers[at('Scenarie 2 anbefalet')] !== l.numbers[at('Scenarie 2 besluttet')])).toBe(
      true,
    );
  });

  test('OverblikFagomraade: C/D rows per fagområde with their sagsbehandlere, manuelle sager and journalnotater', () => {
    const lines = linesAfter(sheets['Overblik'], 'Fagområde', AREAS.length + 2, 2);
    const expected = areaOverview(rows, AREAS);
    expect(lines.map((l) => ({ label: l[0], numbers: nums(l, 1, 5) }))).toEqual(
      shownLines([...expected, { label: OTHER_AREAS, numbers: otherAreas(expected) }]),
    );
    const cd = rows.filter((r) => needsDecision(r.usagePattern));
    const sum = (key: 'caseworkerCount' | 'manualCaseCount') =>
      cd.reduce((s, r) => s + (typeof r[key] === 'number' ? (r[key] as number) : 0), 0);
    expect(expected.at(-1)!.numbers.slice(0, 3)).toEqual([cd.length, sum('caseworkerCount'), sum('manualCaseCount')]);
    // The same C/D rows as the scenario table: its «I alt (C og D)» per fagområde.
    const scenario = scenarioOverview(rows, AREAS, SCENARIO_LABELS);
    expect(expected.map((l) => l.numbers[0])).toEqual(scenario.map((l) => l.numbers.at(-1)));
  });

  test('OverblikBrugsmoenster: every row in use by brugsmønster; the manual cases outside C and D on a line of their own', () => {
    const lines = tableAfter(sheets['Overblik'], 'Brugsmønster');
    const expected = patternOverview(rows, USAGE_PATTERNS);
    expect(lines.map((l) => ({ label: l[0], numbers: nums(l, 1, 5) }))).toEqual(shownLines(expected));
    const line = (label: string) => expected.find((l) => l.label === label)!.numbers;
    expect(line('I alt')[0]).toBe(300);
    expect(expected.slice(0, 7).reduce((s, l) => s + l.numbers[2]!, 0)).toBe(line('I alt')[2]);
    expect(line(OF_WHICH_CD)[2]! + line(OUTSIDE_CD)[2]!).toBe(line('I alt')[2]);
    const outside = rows
      .filter((r) => !needsDecision(r.usagePattern))
      .reduce((s, r) => s + (typeof r.manualCaseCount === 'number' ? r.manualCaseCount : 0), 0);
    expect(line(OUTSIDE_CD)[2]).toBe(outside);
    expect(outside).toBeGreaterThan(1000);
  });

  test('OverblikLicenser: per future case system the C/D sagsområder and sagsbehandlere, anbefalet and besluttet', () => {
    const lines = linesAfter(sheets['Overblik'], column('casesFuture').header, LICENCE_LINES + 3);
    const expected = licenceOverview(rows, LICENCE_LINES);
    expect(lines.map((l) => (l[0] === '' ? null : { label: l[0], numbers: nums(l, 1, 5) }))).toEqual(
      shownLines(expected),
    );
    const systems = expected.filter((l) => l !== null).map((l) => l.label);
    expect(systems.slice(0, 4)).toEqual(['Acadre', 'KMD Nexus', 'SBSYS', 'Fagsystemet']);
    const acadre = rows.filter((r) => needsDecision(r.usagePattern) && /^acadre$/i.test(String(r.casesFuture)));
    expect(expected[0]!.numbers[0]).toBe(acadre.length);
    expect(expected[0]!.numbers[1]).toBe(acadre.filter((r) => r.decidedScenario).length);
    expect(expected.at(-1)!.numbers[0]).toBe(rows.filter((r) => needsDecision(r.usagePattern)).length);
    const [none, other, total] = expected.slice(-3);
    for (let c = 0; c < 4; c++)
      expect(
        expected.slice(0, LICENCE_LINES).reduce((s, l) => s + (l?.numbers[c] ?? 0), 0) +
          none!.numbers[c]! +
          other!.numbers[c]!,
      ).toBe(total!.numbers[c]);
  });

  test('OverblikKritisk: C and D rows by forretningskritisk × omfang', () => {
    const computed = computeSheet(rows);
    const expected = criticalOverview(
      rows,
      computed.map((c) => c.cleanupScope),
    );
    const lines = tableAfter(sheets['Overblik'], 'Forretningskritisk');
    expect(lines.map((l) => l[0])).toEqual(['Ja', 'Nej', '(tom)']);
    expect(lines.map((l) => nums(l, 1, 5))).toEqual(expected);
    expect(expected.flat().filter((n) => n > 0).length).toBeGreaterThan(6);
  });

  test('Fremdrift: rows, screened, with brugsmønster, complete To-be and rows with a finding', () => {
    const expected = progressOverview(rows, AREAS, defaultLists(AREAS));
    const lines = tableAfter(sheets['Overblik'], 'Fagområde', 3);
    expect(lines.map((l) => ({ area: l[0], n: nums(l, 1, 6) }))).toEqual(
      expected.map((e) => ({ area: e.area, n: [e.rows, e.screened, e.withPattern, e.toBeComplete, e.withFinding] })),
    );
    expect(expected.every((e) => e.withFinding > 0 && e.withFinding < e.rows)).toBe(true);
  });

  test('Overblik per løsningsscenarie: C/D sagsområder, sagsbehandlere, manuelle sager, journalnotater, anbefalet and besluttet', () => {
    const lines = tableAfter(sheets['Overblik'], 'Løsningsscenarie');
    const expected = decisionSummary(rows, SCENARIO_LABELS);
    expect(lines.map((l) => ({ label: l[0], numbers: nums(l, 1, 9) }))).toEqual(shownLines(expected));
    // «Uden scenarie» is what the four leave of the C/D total (an unknown scenario too): the lines add up.
    for (let c = 0; c < 8; c++)
      expect(expected.slice(0, 5).reduce((s, l) => s + l.numbers[c]!, 0)).toBe(expected[5]!.numbers[c]);
    // The generated decisions differ from the recommendations, so the two sides are not equal.
    expect(expected.some((e) => e.numbers[0] !== e.numbers[1])).toBe(true);
  });

  test('Beslutningsgrundlag: the summary on top, then the C and D rows in decided order (Besluttet rækkefølge, else Prioritet)', () => {
    const sheet = sheets['Beslutningsgrundlag'];
    const summary = tableAfter(sheet, 'Løsningsscenarie');
    expect(summary.map((l) => ({ label: l[0], numbers: nums(l, 1, 9) }))).toEqual(
      shownLines(decisionSummary(rows, SCENARIO_LABELS)),
    );
    // The rows outside C and D on a line of their own, under the summary.
    expect(linesAfter(sheet, 'Brugsmønster', 1).map((l) => ({ label: l[0], numbers: nums(l, 1, 5) }))).toEqual([
      { label: OUTSIDE_CD, numbers: outsideDecision(rows).map(Math.round) },
    ]);
    const order = decidedOrder(rows);
    const header = sheet[DECISION_LIST_ROW - 1];
    expect(header.slice(0, DECISION_LIST.length + 1)).toEqual([
      DECISION_LINE_HEADER,
      ...DECISION_LIST.map(decisionListHeader),
    ]);
    const body = sheet.slice(DECISION_LIST_ROW).filter((r) => r[0] !== '');
    expect(body).toHaveLength(order.length);
    const computed = computeSheet(rows);
    // Dates as Dokumentation shows them (DATE_FORMAT), years and texts as they are.
    const pad = (n: number) => String(n).padStart(2, '0');
    const shown = (v: unknown) =>
      v === null || v === undefined
        ? ''
        : v instanceof Date
          ? `${pad(v.getUTCDate())}-${pad(v.getUTCMonth() + 1)}-${v.getUTCFullYear()}`
          : String(v);
    // Counts with thousands separators (as LibreOffice in English shows #,##0).
    const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v.toLocaleString('en-US') : shown(v));
    const lists = defaultLists(AREAS);
    body.forEach((line, rank) => {
      const i = order[rank]!;
      const r = { ...rows[i], cleanupScope: computed[i]!.cleanupScope, priority: computed[i]!.priority };
      expect(line.slice(0, DECISION_LIST.length + 1)).toEqual([
        String(rank + 1),
        ...DECISION_LIST.map((d) =>
          d.key === 'invalid'
            ? lineInvalid(r, LINE_CHECKED, lists)
            : d.kind === 'number'
              ? count(r[d.key])
              : shown(r[d.key]),
        ),
      ]);
    });
    // A line whose row holds an invalid input says so on the line (Forretningskritisk «Måske», a count of 7.5, …).
    const invalid = body.map((l) => l[1 + DECISION_LIST.findIndex((d) => d.key === 'invalid')]!).filter(Boolean);
    expect(invalid.some((t) => t.includes('Forretningskritisk «Måske»'))).toBe(true);
    expect(invalid.length).toBeLessThan(body.length);
    expect(
      body.some((l) => /^\d{1,3}(,\d{3})+$/.test(l[1 + DECISION_LIST.findIndex((d) => d.key === 'journalNoteCount')]!)),
    ).toBe(true);
    // Decided rows come first, in their order; a decided order that repeats is broken by Prioritet.
    const decided = order.filter((i) => typeof rows[i]!.decidedOrder === 'number');
    expect(decided.length).toBeGreaterThan(5);
    expect(order.slice(0, decided.length)).toEqual(decided);
    expect(new Set(decided.map((i) => rows[i]!.decidedOrder)).size).toBeLessThan(decided.length);
  });
});
