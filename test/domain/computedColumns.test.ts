import { cellsOffModel, computedColumnsOf, expectedComputed } from '../../src/domain/computedColumns';
import { DEFAULT_SETTINGS } from '../../src/domain/prioritisation';
import { COLUMNS, TYPED_FALLBACK } from '../../src/domain/schema';

const HEADERS = COLUMNS.map((c) => c.header);
const at = (key: string) => COLUMNS.findIndex((c) => c.key === key);

/** Rows of inputs as Excel gives them ('' for blank), computed cells filled with what the formulas give. */
function sheet(count: number): unknown[][] {
  const body = Array.from({ length: count }, (_, i) => {
    const row: unknown[] = HEADERS.map(() => '');
    row[at('usagePattern')] = ['C', 'D', 'A', ''][i % 4];
    row[at('caseworkerCount')] = i % 5 === 0 ? '' : (i * 7) % 11;
    row[at('businessCritical')] = i % 2 ? 'Ja' : 'Nej';
    row[at('cleanupComplexity')] = ['Let', 'Middel', 'Svær'][i % 3];
    return row;
  });
  const expected = expectedComputed(HEADERS, body, DEFAULT_SETTINGS);
  for (const { key, index } of computedColumnsOf(HEADERS)) body.forEach((row, r) => (row[index] = expected[r][key]));
  return body;
}

describe('computed cells that are not what their formula gives', () => {
  test('none in a sheet as the formulas compute it; every computed column is compared', () => {
    const body = sheet(30);
    expect(computedColumnsOf(HEADERS).map((c) => c.key)).toEqual([
      'userCountCategory',
      'cleanupScope',
      'priority',
      'decisionCaseworkerCount',
      'priorityKey',
    ]);
    expect(body.some((r) => typeof r[at('priority')] === 'number')).toBe(true);
    expect(cellsOffModel(HEADERS, body, DEFAULT_SETTINGS, 100)).toEqual([]);
  });

  test('each changed cell is found, in sheet order, and no more than the limit', () => {
    const body = sheet(30);
    body[4][at('priority')] = 99;
    body[9][at('cleanupScope')] = '=1+1';
    body[21][at('userCountCategory')] = '';
    body[22][at('priorityKey')] = 'x';
    const off = cellsOffModel(HEADERS, body, DEFAULT_SETTINGS, 100);
    expect(off.map((o) => [o.row, o.key])).toEqual([
      [4, 'priority'],
      [9, 'cleanupScope'],
      [21, 'userCountCategory'],
      [22, 'priorityKey'],
    ]);
    expect(off.every((o) => HEADERS[o.index] === COLUMNS.find((c) => c.key === o.key)!.header)).toBe(true);
    expect(cellsOffModel(HEADERS, body, DEFAULT_SETTINGS, 2).map((o) => o.row)).toEqual([4, 9]);
  });

  test('a typed «(indtastet)» column counts as the formulas read it, wherever the columns stand', () => {
    const headers = [...HEADERS, TYPED_FALLBACK.userCountCategory].reverse();
    const body = sheet(12).map((r) => [...r, ''].reverse());
    const typed = headers.indexOf(TYPED_FALLBACK.userCountCategory);
    const category = headers.indexOf('Brugerantal');
    // Row 0 has no sagsbehandlere: Brugerantal falls back on the typed category.
    body[0][typed] = 'Mange';
    const offInRow0 = () =>
      cellsOffModel(headers, body, DEFAULT_SETTINGS, 100)
        .filter((o) => o.row === 0)
        .map((o) => o.key);
    expect(offInRow0()).toContain('userCountCategory');
    body[0][category] = 'Mange';
    expect(offInRow0()).not.toContain('userCountCategory');
  });
});
