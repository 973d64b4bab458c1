/**
 * The Excel stand-in as the tests use it: the strict core with PivotTables and charts plugged in, and the
 * dokumentationsark's formula cells computed by the domain's TypeScript, as the preview has it. The formula text
 * itself is not computed: a wrong formula that Excel would still take passes here and fails only in LibreOffice
 * (test/README.md, «Stand-in'en regner med domænets TypeScript»).
 */
import { createFakeExcel as createBareFake, type FakeExcelOptions } from '../../src/excelStandIn';
import { calculateSheetFormulas } from '../../src/preview/domainCalculation';

export * from '../../src/excelStandIn';

export function createFakeExcel(options: FakeExcelOptions = {}) {
  return createBareFake({ calculate: calculateSheetFormulas, ...options });
}
