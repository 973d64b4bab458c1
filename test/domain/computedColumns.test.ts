import { cellsOffModel, computeColumns, computedIndexes } from '../../src/domain/computedColumns';
import {
  DEFAULT_SETTINGS,
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

/** Rows of inputs as Excel gives them ('' for blank), computed cells as their formulas show them. */
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

  test('a sheet as its formulas compute it has no cell off; each changed cell is found, in sheet order', () => {
    const { body, thresholds } = sheet(30);
    expect(body.some((r) => typeof r[at('priority')] === 'number')).toBe(true);
    expect(body.some((r) => r[at('userCountCategory')] === 'Mange')).toBe(true);
    expect(cellsOffModel(HEADERS, body, DEFAULT_SETTINGS, thresholds)).toEqual([]);
    body[9][at('cleanupScope')] = '=1+1';
    body[21][at('userCountCategory')] = '';
    body[4][at('decisionCaseworkerCount')] = 'x';
    expect(cellsOffModel(HEADERS, body, DEFAULT_SETTINGS, thresholds).map((o) => [o.row, o.key])).toEqual([
      [4, 'decisionCaseworkerCount'],
      [9, 'cleanupScope'],
      // Here nothing recomputed the cells that read the changed ones (Excel would have): they are out too.
      [9, 'priorityKey'],
      [21, 'userCountCategory'],
      [21, 'cleanupScope'],
    ]);
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
