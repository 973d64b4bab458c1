import {
  absolute,
  areaA1,
  cellA1,
  columnIndex,
  columnLetter,
  onSheet,
  parseArea,
  parseCell,
  rangeA1,
} from '../../src/domain/a1';

test('column letters and numbers round trip', () => {
  for (const n of [0, 1, 25, 26, 27, 51, 52, 701, 702, 16383]) expect(columnIndex(columnLetter(n))).toBe(n);
  expect([columnLetter(0), columnLetter(25), columnLetter(26), columnLetter(16383)]).toEqual(['A', 'Z', 'AA', 'XFD']);
});

test('a cell address to numbers', () => {
  expect(parseCell('$T$5')).toEqual({ row: 5, column: 19 });
  expect(parseCell('aa10')).toEqual({ row: 10, column: 26 });
  expect(parseCell('A1:B2')).toBeNull();
});

test.each([
  ['K6:M6', '$K$6:$M$6'],
  ['J7', '$J$7'],
  ['5:5', '$5:$5'],
  ['A:B', '$A:$B'],
  ['$A$1:B2,D4:E5', '$A$1:$B$2,$D$4:$E$5'],
])('absolute(%s) is %s', (ref, abs) => {
  expect(absolute(ref)).toBe(abs);
});

test('a plan’s cells and ranges as A1 text', () => {
  expect(cellA1({ row: 3, column: 1 })).toBe('B3');
  expect(cellA1({ row: 3, column: 1 }, true)).toBe('$B$3');
  expect(rangeA1({ firstRow: 1, lastRow: 20, firstColumn: 0, lastColumn: 7 })).toBe('A1:H20');
  expect(rangeA1({ firstRow: 1, lastRow: 20, firstColumn: 0, lastColumn: 7 }, true)).toBe('$A$1:$H$20');
  expect(rangeA1({ firstRow: 14, lastRow: 14 }, true)).toBe('$14:$14');
  expect(rangeA1({ firstColumn: 0, lastColumn: 2 })).toBe('A:C');
  expect(rangeA1({ firstRow: 5, lastRow: 5, firstColumn: 26, lastColumn: 26 }, true)).toBe(absolute('AA5:AA5'));
});

test('a block as a sqref: one cell alone, more as a range', () => {
  expect(areaA1({ firstRow: 4, lastRow: 4, firstColumn: 10, lastColumn: 10 })).toBe('K4');
  expect(areaA1({ firstRow: 7, lastRow: 9, firstColumn: 10, lastColumn: 12 })).toBe('K7:M9');
});

test('a reference on a sheet whose name is quoted', () => {
  expect(onSheet('Overblik', '$B$5:$B$9')).toBe("'Overblik'!$B$5:$B$9");
  expect(onSheet("Kim's ark", '$A$1')).toBe("'Kim''s ark'!$A$1");
});

describe('parseArea', () => {
  test('an area, one cell, absolute references, corners in either order, and what is not an area', () => {
    expect(parseArea('B2:D9')).toEqual({ firstRow: 2, lastRow: 9, firstColumn: 1, lastColumn: 3 });
    expect(parseArea('AA10')).toEqual({ firstRow: 10, lastRow: 10, firstColumn: 26, lastColumn: 26 });
    expect(parseArea('$A$1:$C$3')).toEqual({ firstRow: 1, lastRow: 3, firstColumn: 0, lastColumn: 2 });
    expect(parseArea('D9:B2')).toEqual({ firstRow: 2, lastRow: 9, firstColumn: 1, lastColumn: 3 });
    expect(parseArea('A:C')).toBeNull();
    expect(parseArea('Tabel1')).toBeNull();
  });
});
