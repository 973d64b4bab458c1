/** The stand-in for Excel's API as the preview and the tests use it: the strict core (core/) with the optional parts. */
import { FakeExcel, type FakeExcelOptions } from './core';
import { OPTIONAL_PARTS } from './optional';

export * from './core';
export * from './optional';

/** The stand-in with PivotTables and charts plugged in (`parts` replaces them). */
export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel({ parts: OPTIONAL_PARTS, ...options });
}
