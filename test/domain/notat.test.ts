/** The beslutningsnotat's content: every figure from the domain's functions, in Danish form. */
import { danishDate, danishNumber, whenText } from '../../src/domain/danishFormat';
import { MOVES, needsDecision, SCENARIO_LABELS } from '../../src/domain/lists';
import { buildNotat, MAX_OPEN_LINES, shortScenario, type NotatRow } from '../../src/domain/notat';
import { decisionSummary } from '../../src/domain/overview';
import { computeSheet, DEFAULT_SETTINGS } from '../../src/domain/prioritisation';
import type { RowValues } from '../../src/domain/schema';
import { defaultLists } from '../../src/domain/validation';
import { AREAS, generateRows } from '../support/generate';

const today = new Date(2026, 11, 7);
const lists = defaultLists(AREAS);
const notatOf = (rows: RowValues[], typed: NotatRow['typed'][] = []) =>
  buildNotat({
    rows: rows.map((values, i) => ({ excelRow: i + 2, values, ...(typed[i] ? { typed: typed[i] } : {}) })),
    lists,
    settings: DEFAULT_SETTINGS,
    today,
  });

describe('Danish numbers and dates', () => {
  test.each([
    [26683, '26.683'],
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [1234567.5, '1.234.567,5'],
    [-3, '-3'],
    [-26683, '-26.683'],
  ])('%d is %s', (n, text) => expect(danishNumber(n)).toBe(text));

  test('a date column as Beslutningsgrundlag shows it: dates dd-mm-åååå, a year or a text as it is', () => {
    expect(danishDate(new Date(Date.UTC(2027, 2, 15)))).toBe('15-03-2027');
    expect(whenText(new Date(Date.UTC(2027, 2, 15)))).toBe('15-03-2027');
    expect(whenText(46461)).toBe('15-03-2027');
    expect(whenText(2028)).toBe('2028');
    // A year typed in a date-formatted cell reads as a Date in 1905 (the file adapter): the formula shows the year.
    expect(whenText(new Date(Date.UTC(1905, 6, 20)))).toBe('2028');
    expect(whenText('2. halvår 2027')).toBe('2. halvår 2027');
    expect(whenText(null)).toBe('');
  });
});

describe('the notat of generated rows with decisions', () => {
  let j = 0;
  const rows = generateRows(150, 5).map((r, i) => {
    if (!needsDecision(r.usagePattern)) return r;
    j++;
    return {
      ...r,
      decidedScenario: j % 3 === 0 ? null : SCENARIO_LABELS[j % 4],
      decidedOrder: j % 4 === 0 ? (j % 6) + 1 : null,
      move: j % 2 === 0 ? MOVES[j % 3] : null,
      moveBy: j % 5 === 0 ? new Date(Date.UTC(2027, 2, 15)) : null,
      userCountAssessed: i % 7 === 0 ? 'Få' : null,
    };
  });
  const notat = notatOf(rows);

  test('per løsningsscenarie: Overblik’s summary (decisionSummary), short names for Lister’s labels', () => {
    const summary = decisionSummary(rows, SCENARIO_LABELS);
    expect(notat.scenarios.map((s) => [s.areas, s.caseworkers, s.manualCases, s.journalNotes].flat())).toEqual(
      summary.map((l) => l.numbers),
    );
    expect(notat.scenarios.map((s) => s.short)).toEqual([
      'Scenarie 1',
      'Scenarie 2',
      'Scenarie 3',
      'Scenarie 4',
      'Uden scenarie',
      'I alt (C og D)',
    ]);
    expect(notat.scenarioLegend.map((l) => l.label)).toEqual(SCENARIO_LABELS);
  });

  test('the order: C/D rows by Besluttet rækkefølge, then Prioritet as the sheet computes it (with vurderet)', () => {
    const computed = computeSheet(
      rows.map((r) => ({ ...r, assessedUserCountCategory: r.userCountAssessed })),
      DEFAULT_SETTINGS,
    );
    const cd = rows.map((_, i) => i).filter((i) => needsDecision(rows[i]!.usagePattern));
    expect(notat.order.map((o) => o.excelRow).sort((a, b) => a - b)).toEqual(cd.map((i) => i + 2));
    expect(notat.order.map((o) => o.priority)).toEqual(notat.order.map((o) => computed[o.excelRow - 2]!.priority));
    const key = (o: (typeof notat.order)[number]) => [
      o.decidedOrder === '' ? Infinity : Number(o.decidedOrder),
      o.priority,
    ];
    for (let k = 1; k < notat.order.length; k++) {
      const [a, b] = [key(notat.order[k - 1]!), key(notat.order[k]!)];
      expect(a[0]! < b[0]! || (a[0] === b[0] && a[1]! < b[1]!)).toBe(true);
    }
    // «Brugerantal (vurderet)» moved some rows: without it the order differs.
    const plain = notatOf(rows.map((r) => ({ ...r, userCountAssessed: null })));
    expect(plain.order.map((o) => o.excelRow)).not.toEqual(notat.order.map((o) => o.excelRow));
    // A decided scenario is shown by its short name; an undecided row shows its recommendation, marked.
    const undecided = notat.order.find((o) => !o.decided && rows[o.excelRow - 2]!.solutionScenario)!;
    expect(undecided.scenario).toMatch(/^.+ \(anbefalet\)$/);
    expect(notat.order.filter((o) => o.decided).every((o) => /^Scenarie [1-4]$/.test(o.scenario))).toBe(true);
    expect(notat.order.some((o) => o.moveBy === '15-03-2027')).toBe(true);
  });

  test('background: rows by brugsmønster, the C/D sums, and manual cases outside C/D', () => {
    const b = notat.background;
    expect(b.byPattern.reduce((s, p) => s + p.count, 0)).toBe(150);
    expect(b.byPattern.find((p) => p.pattern === 'C')!.count).toBe(
      rows.filter((r) => String(r.usagePattern ?? '').toUpperCase() === 'C').length,
    );
    expect(b.byPattern.find((p) => p.pattern === 'Andet')!.count).toBe(
      rows.filter((r) => r.usagePattern === 'X').length,
    );
    const total = notat.scenarios.at(-1)!;
    expect([b.cd.areas, b.cd.caseworkers, b.cd.manualCases, b.cd.journalNotes]).toEqual([
      total.areas[0],
      total.caseworkers[0],
      total.manualCases[0],
      total.journalNotes[0],
    ]);
    const outside = rows.filter(
      (r) => !needsDecision(r.usagePattern) && typeof r.manualCaseCount === 'number' && r.manualCaseCount > 0,
    );
    expect(b.manualOutsideCd.areas).toBe(outside.length);
    expect(b.text.join(' ')).toContain(`${danishNumber(b.manualOutsideCd.manualCases)} manuelle sager`);
    expect(b.text[1]).toContain(`${danishNumber(b.cd.caseworkers)} sagsbehandlere`);
  });

  test('open points: C/D rows without a decided scenario, and rows with findings, named by header', () => {
    const undecided = notat.order.filter((o) => !o.decided);
    expect(notat.open.undecided.length + notat.open.moreUndecided).toBe(undecided.length);
    expect(notat.open.undecided.map((u) => u.excelRow)).toEqual(
      undecided.slice(0, MAX_OPEN_LINES).map((o) => o.excelRow),
    );
    expect(notat.open.findings).toHaveLength(MAX_OPEN_LINES);
    expect(notat.open.moreFindings).toBeGreaterThan(0);
    expect(notat.open.findings.some((f) => /Ugyldigt: .*Brugsmønster/.test(f.text))).toBe(true);
    expect(notat.open.findings.some((f) => /Mangler: .*Udbudstidspunkt/.test(f.text))).toBe(true);
  });

  test('the indstilling carries the figures', () => {
    expect(notat.date).toBe('07-12-2026');
    expect(notat.indstilling.points[0]).toContain(`de ${notat.background.cd.areas} sagsområder`);
    expect(notat.indstilling.points).toHaveLength(4);
  });
});

describe('cases a notat meets', () => {
  const row = (v: RowValues): RowValues => ({
    businessArea: 'Beskæftigelse',
    usesKmdSag: 'Ja',
    caseworkerCount: 10,
    manualCaseCount: 100,
    journalNoteCount: 1000,
    ...v,
  });

  test('a typed Omfang of an older sheet ranks the row while Kompleksitet is empty, as the formula falls back', () => {
    const rows = [
      row({ caseArea: 'A', usagePattern: 'C', cleanupComplexity: 'Lav' }),
      row({ caseArea: 'B', usagePattern: 'D' }),
    ];
    expect(notatOf(rows).order.map((o) => o.caseArea)).toEqual(['A', 'B']);
    expect(notatOf(rows, [undefined, { cleanupScope: 'Stort' }]).order.map((o) => o.caseArea)).toEqual(['B', 'A']);
  });

  test('a scenario outside Lister’s list stays as typed; a numbered label gets its short name', () => {
    const notat = notatOf([row({ caseArea: 'A', usagePattern: 'C', solutionScenario: '5. Noget andet' })]);
    expect(notat.order[0]!.scenario).toBe('5. Noget andet (anbefalet)');
    expect(shortScenario('3. Tilpas eksisterende ESDH eller fagsystemløsning')).toBe('Scenarie 3');
  });

  test('an empty sheet: nothing to order, nothing open, no point about open points', () => {
    const notat = notatOf([]);
    expect(notat.order).toEqual([]);
    expect(notat.open).toEqual({ findings: [], moreFindings: 0, undecided: [], moreUndecided: 0 });
    expect(notat.indstilling.points).toHaveLength(3);
    expect(notat.background.text[0]).toBe(
      'Kortlægningen omfatter 0 sagsområder i 0 fagområder. 0 anvender KMD Sag, 0 gør ikke.',
    );
  });

  test('large figures in Danish form in the text', () => {
    const notat = notatOf([row({ caseArea: 'A', usagePattern: 'D', caseworkerCount: 1250, manualCaseCount: 26683 })]);
    expect(notat.background.text[1]).toContain('1.250 sagsbehandlere, 26.683 manuelle sager og 1.000 journalnotater');
  });
});
