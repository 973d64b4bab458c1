/**
 * Worksheet.horizontalPageBreaks as Microsoft documents it (Excel JavaScript API, PageBreakCollection, ExcelApi 1.9):
 * add(pageBreakRange) puts a manual break before the top-left cell of the range (a Range or an address on the sheet),
 * removePageBreaks() resets the manual breaks. Below ExcelApi 1.9 the collection fails the sync (ApiNotFound). The
 * stand-in records the rows the breaks are above; it does not paginate.
 */
import { parseRect } from './address';
import { FakeClientObject, type Getters } from './clientObject';
import type { FakeContext } from './context';
import { FakeExcelError } from './errors';
import type { SheetModel } from './model';
import { FakeRange } from './range';

export class FakePageBreakCollection extends FakeClientObject<SheetModel> {
  protected readonly typeName = 'PageBreakCollection';
  constructor(context: FakeContext, locate: () => SheetModel | null) {
    super(context, { locate });
    context.requireApi('1.9', 'Worksheet.horizontalPageBreaks');
  }
  protected getters(): Getters<SheetModel> {
    return {};
  }
  add(pageBreakRange: FakeRange | string): void {
    this.change('add', typeof pageBreakRange === 'string' ? pageBreakRange : 'Range', (sheet) => {
      let row: number;
      if (pageBreakRange instanceof FakeRange) {
        const { sheet: on, rect } = pageBreakRange.target();
        if (on !== sheet) throw new FakeExcelError('InvalidArgument', 'Sideskiftet skal være på samme ark.');
        row = rect.r0;
      } else {
        const rect = parseRect(pageBreakRange.replace(/\$/g, ''));
        if (!rect) throw new FakeExcelError('InvalidArgument', `Ugyldig celle: ${pageBreakRange}`);
        row = rect.r0;
      }
      const rows = new Set([...(sheet.pageLayout.rowBreaks ?? []), row]);
      sheet.pageLayout.rowBreaks = [...rows].sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this.change('removePageBreaks', null, (sheet) => delete sheet.pageLayout.rowBreaks);
  }
}
