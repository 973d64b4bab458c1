/** The check before a write from the pane: same sagsområde, and the cells about to be written unchanged by others. */
import type { RowValues } from '../../src/domain/schema';
import { checkRowIdentity } from '../../src/workbook/rowIdentity';

const shown: RowValues = {
  businessArea: 'Teknik',
  caseArea: 'Byggesager',
  kle: '02.00',
  usagePattern: null,
  remarks: 'note',
};

test('the same row, unchanged where we write: passes, even if a co-author edited another cell', () => {
  expect(() =>
    checkRowIdentity(shown, { ...shown, remarks: 'ny note fra en kollega' }, 5, ['usagePattern']),
  ).not.toThrow();
});

test('another sagsområde at the index (rows deleted): refused, nothing written', () => {
  expect(() => checkRowIdentity(shown, { ...shown, caseArea: 'Miljøsager' }, 5, ['usagePattern'])).toThrow(
    /står ikke længere på række 5.*Intet er gemt/,
  );
  expect(() => checkRowIdentity(shown, null, 5, ['usagePattern'])).toThrow(/står ikke længere på række 5/);
});

test('a cell about to be written was changed by someone else since the pane read it: refused, their work kept', () => {
  expect(() => checkRowIdentity(shown, { ...shown, usagePattern: 'D' }, 5, ['usagePattern'])).toThrow(
    /er ændret af en anden.*Intet er gemt/,
  );
});

test('a row without Fagområde, Sagsområde and KLE is known by all its typed cells', () => {
  const blank: RowValues = { remarks: 'kun en note', caseworkerCount: 3 };
  expect(() => checkRowIdentity(blank, { ...blank }, 7, ['usagePattern'])).not.toThrow();
  expect(() => checkRowIdentity(blank, { remarks: 'en anden række', caseworkerCount: 3 }, 7, ['usagePattern'])).toThrow(
    /står ikke længere på række 7/,
  );
});
