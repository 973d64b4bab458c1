import {
  cleanupScope,
  computeSheet,
  percentileInc,
  priorities,
  priorityKeys,
  userCountCategory,
  userCountThresholds,
  DEFAULT_SETTINGS,
  type PriorityInput,
} from '../../src/domain/prioritisation';
import { generateRows } from '../support/generate';
import { column, COLUMN_KEYS, COLUMNS, COMPUTED_KEYS } from '../../src/domain/schema';
import { formulaFor } from '../../src/domain/prioritisationFormulas';

describe('PERCENTILE.INC', () => {
  test('matches Excel on 1…9 (3.67 and 6.33)', () => {
    const nums = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(percentileInc(nums, 1 / 3)).toBeCloseTo(3.6667, 4);
    expect(percentileInc(nums, 2 / 3)).toBeCloseTo(6.3333, 4);
  });
  test('no numbers gives null (#NUM! in Excel); one number gives itself', () => {
    expect(percentileInc([], 0.5)).toBeNull();
    expect(percentileInc([7], 1 / 3)).toBe(7);
  });
});

describe('Brugerantal', () => {
  const t = userCountThresholds([1, 2, 3, 4, 5, 6, 7, 8, 9, null, 'x']);
  test.each([
    [1, 'Få'],
    [3, 'Få'],
    [4, 'Mellem'],
    [6, 'Mellem'],
    [7, 'Mange'],
    [9, 'Mange'],
  ])('%d users is %s', (n, cat) => expect(userCountCategory(n, t)).toBe(cat));
  test('empty or text gives empty, or the typed fallback', () => {
    expect(userCountCategory(null, t)).toBe('');
    expect(userCountCategory('12', t)).toBe('');
    expect(userCountCategory(null, t, 'Mange')).toBe('Mange');
  });
  test('a value equal to the lower threshold is Få; ties all fall together', () => {
    const ties = userCountThresholds([5, 5, 5, 5]);
    expect(userCountCategory(5, ties)).toBe('Få');
  });
  test('fixed thresholds overwrite the percentiles', () => {
    const fixed = userCountThresholds([1, 100], { ...DEFAULT_SETTINGS, lowThreshold: 10, highThreshold: 50 });
    expect([userCountCategory(10, fixed), userCountCategory(11, fixed), userCountCategory(51, fixed)]).toEqual([
      'Få',
      'Mellem',
      'Mange',
    ]);
  });
});

describe('Omfang af oprydning', () => {
  test.each([
    ['Lav', 'Få', 'Let'],
    ['Lav', 'Mange', 'Moderat'],
    ['Middel', 'Mellem', 'Moderat'],
    ['Middel', 'Mange', 'Stort'],
    ['Høj', 'Få', 'Moderat'],
    ['Høj', 'Mange', 'Stort'],
    ['høj', 'mange', 'Stort'],
  ])('%s × %s = %s', (k, b, o) => expect(cleanupScope(k, b)).toBe(o));
  test('empty input gives empty or the typed fallback; unknown gives empty', () => {
    expect(cleanupScope('', 'Få')).toBe('');
    expect(cleanupScope('Lav', null)).toBe('');
    expect(cleanupScope(null, 'Få', undefined, 'Stort')).toBe('Stort');
    expect(cleanupScope('Ukendt', 'Få')).toBe('');
  });
});

describe('Prioritet', () => {
  const row = (p: Partial<PriorityInput>): PriorityInput => ({
    usagePattern: 'C',
    businessCritical: 'Nej',
    cleanupScope: '',
    caseworkerCount: null,
    manualCaseCount: null,
    ...p,
  });
  test('only C and D rows are ranked', () => {
    expect(
      priorities([row({ usagePattern: 'A' }), row({}), row({ usagePattern: 'D' }), row({ usagePattern: null })]),
    ).toEqual(['', 1, 2, '']);
  });
  test('forretningskritisk outranks everything', () => {
    expect(
      priorities([
        row({ cleanupScope: 'Stort', caseworkerCount: 99 }),
        row({ businessCritical: 'Ja', cleanupScope: 'Let' }),
      ]),
    ).toEqual([2, 1]);
  });
  test('heaviest first, then lightest first by the strategy; empty omfang last either way', () => {
    const rows = [
      row({ cleanupScope: 'Let' }),
      row({ cleanupScope: '' }),
      row({ cleanupScope: 'Stort' }),
      row({ cleanupScope: 'Moderat' }),
    ];
    expect(priorities(rows, 'Tungeste først')).toEqual([3, 4, 1, 2]);
    expect(priorities(rows, 'Letteste først')).toEqual([1, 4, 3, 2]);
  });
  test('on equal Forretningskritisk and Omfang: sagsbehandlere, then manuelle sager in the strategy’s direction (more when heaviest first, fewer when lightest), empty last, then sheet order; ranks are unique', () => {
    const rows = [
      row({ caseworkerCount: 5, manualCaseCount: 1 }),
      row({ caseworkerCount: 5, manualCaseCount: 9 }),
      row({ caseworkerCount: 10 }),
      row({ caseworkerCount: null }),
      row({ caseworkerCount: 5, manualCaseCount: 9 }),
      row({ caseworkerCount: 2, manualCaseCount: null }),
    ];
    expect(priorities(rows, 'Letteste først')).toEqual([2, 3, 5, 6, 4, 1]);
    expect(priorities(rows, 'Tungeste først')).toEqual([4, 2, 1, 6, 3, 5]);
  });
  test.each(['Tungeste først', 'Letteste først'])(
    '%s: ordering by Prioritetsnøgle, then sheet order, gives the same ranks (2,000 generated rows)',
    (strategy) => {
      const generated = generateRows(2000, 5).map((r, i) => ({
        ...r,
        cleanupScope: ['Let', 'Moderat', 'Stort', '', 'stort', null][i % 6],
      }));
      const keys = priorityKeys(generated, strategy);
      const byKey = generated
        .map((_, i) => i)
        .filter((i) => keys[i] !== '')
        .sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
      const ranks: (number | '')[] = generated.map(() => '');
      byKey.forEach((i, rank) => (ranks[i] = rank + 1));
      expect(ranks).toEqual(priorities(generated, strategy));
      // Ties on the key exist (sheet order decides them), and every key is an exact whole number.
      expect(new Set(byKey.map((i) => keys[i])).size).toBeLessThan(byKey.length);
      expect(byKey.every((i) => Number.isSafeInteger(keys[i]))).toBe(true);
    },
  );
  test('computeSheet chains the columns', () => {
    const out = computeSheet([
      { usagePattern: 'D', businessCritical: 'Ja', cleanupComplexity: 'Høj', caseworkerCount: 9, manualCaseCount: 1 },
      { usagePattern: 'C', businessCritical: 'Nej', cleanupComplexity: 'Lav', caseworkerCount: 1, manualCaseCount: 1 },
      { usagePattern: 'A', businessCritical: 'Ja', cleanupComplexity: 'Lav', caseworkerCount: 5, manualCaseCount: 1 },
    ]);
    const g = 2 ** 40;
    expect(out).toEqual([
      { userCountCategory: 'Mange', cleanupScope: 'Stort', priority: 1, decisionCaseworkerCount: 9, priorityKey: 0 },
      {
        userCountCategory: 'Få',
        cleanupScope: 'Let',
        priority: 2,
        decisionCaseworkerCount: 1,
        priorityKey: 6 * g + 2 * 2 ** 20,
      },
      { userCountCategory: 'Mellem', cleanupScope: 'Let', priority: '', decisionCaseworkerCount: '', priorityKey: '' },
    ]);
  });
});

describe('Brugerantal from the C and D rows, and the judgement of the workshop', () => {
  const r = (usagePattern: string, caseworkerCount: number, assessed?: string) => ({
    usagePattern,
    caseworkerCount,
    cleanupComplexity: 'Middel',
    assessedUserCountCategory: assessed,
  });
  test('a D row with 50 beside A, B and E rows with 200–400 is compared with the C/D rows only', () => {
    const out = computeSheet([r('A', 400), r('B', 300), r('E', 200), r('D', 50), r('C', 10), r('D', 20)]);
    expect(out.map((o) => o.userCountCategory)).toEqual(['Mange', 'Mange', 'Mange', 'Mange', 'Få', 'Mellem']);
    expect(out.map((o) => o.decisionCaseworkerCount)).toEqual(['', '', '', 50, 10, 20]);
  });
  test('«Brugerantal (vurderet)» wins and feeds Omfang; empty keeps the computed value', () => {
    const out = computeSheet([r('D', 50, 'Få'), r('C', 10, 'Mange'), r('D', 20, ''), r('A', 5, 'Mellem')]);
    expect(out.map((o) => o.userCountCategory)).toEqual(['Få', 'Mange', 'Mellem', 'Mellem']);
    expect(out.map((o) => o.cleanupScope)).toEqual(['Let', 'Stort', 'Moderat', 'Moderat']);
  });
  test('no C/D row with a number: no thresholds, so the typed fallback (or empty)', () => {
    const out = computeSheet([
      { ...r('A', 5), typedUserCountCategory: 'Mange' },
      { ...r('D', 5), caseworkerCount: null },
    ]);
    expect(out.map((o) => o.userCountCategory)).toEqual(['Mange', '']);
  });
});

describe('the computed columns in the schema', () => {
  test('COMPUTED_KEYS are exactly the formula columns, each with a formula; «Brugerantal (vurderet)» follows Brugerantal', () => {
    expect([...COMPUTED_KEYS].sort()).toEqual(
      COLUMNS.filter((c) => c.kind === 'formula')
        .map((c) => c.key)
        .sort(),
    );
    for (const key of COMPUTED_KEYS) expect(formulaFor(key)).toMatch(/^IF\(/);
    expect(COLUMN_KEYS.indexOf('userCountAssessed')).toBe(COLUMN_KEYS.indexOf('userCountCategory') + 1);
    expect(column('userCountAssessed')).toMatchObject({
      header: 'Brugerantal (vurderet)',
      kind: 'list',
      list: 'userCounts',
    });
  });
  test('no dynamic arrays and no volatile functions in the prioritisation formulas', () => {
    for (const key of COMPUTED_KEYS)
      expect(formulaFor(key)).not.toMatch(
        /INDIRECT|OFFSET|NOW\(|TODAY\(|RAND|SUMPRODUCT|FILTER\(|SORT|UNIQUE|_xlfn\.(?!PERCENTILE)/,
      );
  });
});
