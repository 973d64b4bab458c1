/** Range.text under the number formats the add-in sets (numberFormat.ts). */
import { formatNumber } from '../../src/excelStandIn/core/numberFormat';
import { DATE_FORMAT } from '../../src/workbook/numberFormats';

const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

test('General and text show the number as it is', () => {
  expect(formatNumber(2027.5, undefined)).toBe('2027.5');
  expect(formatNumber(12, 'General')).toBe('12');
  expect(formatNumber(12, '@')).toBe('12');
});

test('a date code shows the serial day; a time of day is dropped', () => {
  expect(formatNumber(serial(2027, 3, 5), DATE_FORMAT)).toBe('05-03-2027');
  expect(formatNumber(serial(2027, 3, 5) + 0.75, 'd-m-yyyy')).toBe('5-3-2027');
  expect(formatNumber(serial(2027, 12, 31), 'dd/mm/yy')).toBe('31/12/27');
  expect(formatNumber(serial(2027, 12, 31), 'dd\\.mm\\.yyyy')).toBe('31.12.2027');
  expect(formatNumber(2101, DATE_FORMAT)).toBe('01-10-1905');
});

test('before 1 March 1900, and for codes it does not know, the number shows as General does', () => {
  expect(formatNumber(60, DATE_FORMAT)).toBe('60');
  expect(formatNumber(-3, DATE_FORMAT)).toBe('-3');
  expect(formatNumber(1234.5, '#,##0.00')).toBe('1234.5');
  expect(formatNumber(0.25, '0%')).toBe('0.25');
  expect(formatNumber(46461, 'd. mmm yyyy')).toBe('46461');
  expect(formatNumber(46461, 'dddd dd-mm-yyyy')).toBe('46461');
  expect(formatNumber(46461, 'dd-mm-yyyyy')).toBe('46461');
});
