import {
  cleanupScope,
  computeSheet,
  percentileInc,
  priorities,
  userCountCategory,
  userCountThresholds,
  DEFAULT_SETTINGS,
  type PriorityInput,
} from '../../src/domain/prioritisation';

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
  test('then more users, then more manual cases, then sheet order; ranks are unique', () => {
    const rows = [
      row({ caseworkerCount: 5, manualCaseCount: 1 }),
      row({ caseworkerCount: 5, manualCaseCount: 9 }),
      row({ caseworkerCount: 10 }),
      row({ caseworkerCount: null }),
      row({ caseworkerCount: 5, manualCaseCount: 9 }),
    ];
    expect(priorities(rows)).toEqual([4, 2, 1, 5, 3]);
  });
  test('computeSheet chains the three columns', () => {
    const out = computeSheet([
      { usagePattern: 'D', businessCritical: 'Ja', cleanupComplexity: 'Høj', caseworkerCount: 9, manualCaseCount: 1 },
      { usagePattern: 'C', businessCritical: 'Nej', cleanupComplexity: 'Lav', caseworkerCount: 1, manualCaseCount: 1 },
      { usagePattern: 'A', businessCritical: 'Ja', cleanupComplexity: 'Lav', caseworkerCount: 5, manualCaseCount: 1 },
    ]);
    expect(out).toEqual([
      { userCountCategory: 'Mange', cleanupScope: 'Stort', priority: 1 },
      { userCountCategory: 'Få', cleanupScope: 'Let', priority: 2 },
      { userCountCategory: 'Mellem', cleanupScope: 'Let', priority: '' },
    ]);
  });
});
