import { cellsOffModel, computeColumns, computedIndexes } from '../../src/domain/computedColumns';
import {
  DEFAULT_SETTINGS,
  KEY_BASE,
  priorities,
  prioritiesFromKeys,
  priorityKeys,
  type PriorityInput,
  type Thresholds,
} from '../../src/domain/prioritisation';
import { COLUMNS, TYPED_FALLBACK } from '../../src/domain/schema';

const HEADERS = COLUMNS.map((c) => c.header);
const at = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const NO_THRESHOLDS: Thresholds = { low: null, high: null };

/**
 * Rows of inputs as Excel gives them ('' for blank), computed cells filled by computeColumns: a consistent start for the
 * tests of what changes after it (whether the cells are right is held by the hand-worked sheet above its tests).
 */
function sheet(count: number): { body: unknown[][]; thresholds: { low: number | null; high: number | null } } {
  const body = Array.from({ length: count }, (_, i) => {
    const row: unknown[] = HEADERS.map(() => '');
    row[at('usagePattern')] = ['C', 'D', 'A', ''][i % 4];
    row[at('caseworkerCount')] = i % 5 === 0 ? '' : (i * 7) % 11;
    row[at('businessCritical')] = i % 2 ? 'Ja' : 'Nej';
    row[at('cleanupComplexity')] = ['Lav', 'Middel', 'Høj'][i % 3];
    return row;
  });
  const { thresholds } = computeColumns(HEADERS, body, DEFAULT_SETTINGS, { show: () => true });
  return { body, thresholds };
}

/**
 * Six rows whose computed cells are worked out by hand from the guide's rules (domain.md), not by the code under test.
 * Thresholds Få ≤ 4 < Mellem ≤ 8 < Mange; default matrix; «Tungeste først». Prioritetsnøgle = (7 − group)·2^20·2^20
 * + sagsbehandlere's place·2^20 + manuelle sager's place, a place being how many numbers in the column come before
 * (more first; a blank after all). Sagsbehandlere in the column: 3, 10, 6, 7, 10; manuelle sager: 5, 2, 5, 1.
 */
const HAND_THRESHOLDS: Thresholds = { low: 4, high: 8 };
const K = KEY_BASE;
const HAND: [
  pattern: string,
  users: number | '',
  critical: string,
  complexity: string,
  manual: number | '',
  // computed: Sagsbehandlere (C/D), Brugerantal, Omfang, Prioritetsnøgle, Prioritet
  cd: number | '',
  category: string,
  scope: string,
  key: number | '',
  priority: number | '',
][] = [
  // Ja + Let: group 5; 4 counts above 3; none above 5.
  ['C', 3, 'Ja', 'Lav', 5, 3, 'Få', 'Let', 2 * K * K + 4 * K + 0, 2],
  // Nej + Stort: group 3; none above 10; two above 2 (5, 5).
  ['D', 10, 'Nej', 'Høj', 2, 10, 'Mange', 'Stort', 4 * K * K + 0 * K + 2, 3],
  // Not C/D: no key, no priority; Brugerantal and Omfang are still computed.
  ['A', 6, 'Ja', 'Middel', '', '', 'Mellem', 'Moderat', '', ''],
  // Blank count: no Brugerantal, so no Omfang (group 0); places after all (5 and 4).
  ['C', '', 'Nej', 'Lav', '', '', '', '', 7 * K * K + 5 * K + 4, 5],
  // Ja + Stort: group 7; two counts above 7 (10, 10); none above 5.
  ['D', 7, 'Ja', 'Høj', 5, 7, 'Mellem', 'Stort', 0 * K * K + 2 * K + 0, 1],
  // As row 2 but one manual case: three above 1, so after row 2.
  ['C', 10, 'Nej', 'Høj', 1, 10, 'Mange', 'Stort', 4 * K * K + 0 * K + 3, 4],
];

function handSheet(): unknown[][] {
  return HAND.map(([pattern, users, critical, complexity, manual, cd, category, scope, key, priority]) => {
    const row: unknown[] = HEADERS.map(() => '');
    row[at('usagePattern')] = pattern;
    row[at('caseworkerCount')] = users;
    row[at('businessCritical')] = critical;
    row[at('cleanupComplexity')] = complexity;
    row[at('manualCaseCount')] = manual;
    row[at('decisionCaseworkerCount')] = cd;
    row[at('userCountCategory')] = category;
    row[at('cleanupScope')] = scope;
    row[at('priorityKey')] = key;
    row[at('priority')] = priority;
    return row;
  });
}

describe('computed columns as Excel computes them from what the sheet shows', () => {
  test('Prioritet from the keys: rank among the numbers, equal keys in sheet order, no rank for a blank or a text', () => {
    expect(prioritiesFromKeys([5, null, 3, 5, 'x', 3, 1])).toEqual([4, '', 2, 5, '', 3, 1]);
  });

  test('Prioritet from the keys is the priorities of the rows, for ties and blanks and both strategies', () => {
    const rows: PriorityInput[] = Array.from({ length: 60 }, (_, i) => ({
      usagePattern: ['C', 'D', 'B', 'C'][i % 4],
      businessCritical: i % 3 ? 'Ja' : 'Nej',
      cleanupScope: ['Let', 'Moderat', 'Stort', ''][i % 4],
      caseworkerCount: i % 7 ? (i * 5) % 9 : null,
      manualCaseCount: i % 5 ? (i * 3) % 4 : 'mange',
    }));
    for (const strategy of ['Tungeste først', 'Letteste først'])
      expect(prioritiesFromKeys(priorityKeys(rows, strategy))).toEqual(priorities(rows, strategy));
  });

  test('a sheet worked out by hand from the guide has no cell off; each changed cell is found, in sheet order', () => {
    const body = handSheet();
    expect(cellsOffModel(HEADERS, body, DEFAULT_SETTINGS, HAND_THRESHOLDS)).toEqual([]);
    body[4][at('cleanupScope')] = '=1+1';
    body[5][at('userCountCategory')] = '';
    body[2][at('decisionCaseworkerCount')] = 'x';
    expect(cellsOffModel(HEADERS, body, DEFAULT_SETTINGS, HAND_THRESHOLDS).map((o) => [o.row, o.key])).toEqual([
      [2, 'decisionCaseworkerCount'],
      [4, 'cleanupScope'],
      // Here nothing recomputed the cells that read the changed ones (Excel would have): they are out too.
      [4, 'priorityKey'],
      [5, 'userCountCategory'],
      [5, 'cleanupScope'],
    ]);
  });

  test('each hand-worked cell is told apart from a value one step off', () => {
    for (const [key, row, wrong] of [
      ['userCountCategory', 2, 'Få'],
      ['cleanupScope', 0, 'Moderat'],
      ['priorityKey', 4, 2 * KEY_BASE + 1],
      ['priority', 1, 4],
      ['decisionCaseworkerCount', 4, 6],
    ] as const) {
      const body = handSheet();
      body[row][at(key)] = wrong;
      const off = cellsOffModel(HEADERS, body, DEFAULT_SETTINGS, HAND_THRESHOLDS);
      expect(off.map((o) => [o.row, o.key])).toContainEqual([row, key]);
    }
  });

  test('a key that is off is found alone: Prioritet is judged by the keys the sheet shows', () => {
    const { body, thresholds } = sheet(40);
    const last = 36; // a C row
    body[last][at('priorityKey')] = 0;
    // What Excel then shows in Prioritet: row 36 first, the others after it.
    const shownPriority = prioritiesFromKeys(
      body.map((r) => (r[at('priorityKey')] === '' ? null : (r[at('priorityKey')] as number))),
    );
    body.forEach((r, i) => (r[at('priority')] = shownPriority[i]));
    expect(body[last][at('priority')]).toBe(1);
    expect(cellsOffModel(HEADERS, body, DEFAULT_SETTINGS, thresholds).map((o) => [o.row, o.key])).toEqual([
      [last, 'priorityKey'],
    ]);
  });

  test('Brugerantal is judged by the thresholds Lister shows; without numbers there it falls back on the typed column', () => {
    const headers = [...HEADERS, TYPED_FALLBACK.userCountCategory.toUpperCase()].reverse();
    const { body } = sheet(12);
    const reversed = body.map((r) => [...r, ''].reverse());
    const typed = headers.length - 1 - HEADERS.length;
    const category = headers.indexOf('Brugerantal');
    const categories = (thresholds: typeof NO_THRESHOLDS) =>
      computeColumns(headers, reversed, DEFAULT_SETTINGS, { thresholds }).values.userCountCategory;
    reversed[1][typed] = 'Mange';
    expect(categories({ low: 100, high: 200 })[1]).toBe('Få');
    // Blank K2/K3: the formula shows the typed category (its header found whatever its case).
    expect(categories(NO_THRESHOLDS)[1]).toBe('Mange');
    expect(computedIndexes(headers).get('userCountCategory')).toBe(category);
  });

  test('show: a cell that does not take the value keeps its own, and the columns after it read that', () => {
    const { body } = sheet(8);
    const refused = 2; // a C row of complexity Høj with 3 sagsbehandlere: Få by the thresholds
    expect(body[refused][at('userCountCategory')]).toBe('Få');
    const scopes: unknown[] = [];
    computeColumns(HEADERS, body, DEFAULT_SETTINGS, {
      show: (key, r, v) => {
        if (key === 'userCountCategory' && r === refused) {
          body[r][at('userCountCategory')] = 'Mange';
          return false;
        }
        if (key === 'cleanupScope') scopes[r] = v;
        return true;
      },
    });
    // Høj × Mange is Stort in the default matrix (Høj × Få would be Moderat).
    expect(body[refused][at('cleanupComplexity')]).toBe('Høj');
    expect(body[refused][at('userCountCategory')]).toBe('Mange');
    expect(scopes[refused]).toBe('Stort');
  });
});
