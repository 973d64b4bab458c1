/** The Excel stand-in as the tests use it: with the dokumentationsark's formulas computed, as the preview has it. */
import { createFakeExcel as createBareFake, type FakeExcelOptions } from '../../src/excelStandIn';
import { calculateSheetFormulas } from '../../src/preview/domainCalculation';

export * from '../../src/excelStandIn';

export function createFakeExcel(options: FakeExcelOptions = {}) {
  return createBareFake({ calculate: calculateSheetFormulas, ...options });
}
