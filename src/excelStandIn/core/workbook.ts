/** The workbook proxy: worksheets, tables, the selection (and what the optional parts add: parts.ts). */
import { FakeClientObject, type Getters } from './clientObject';
import type { FakeContext } from './context';
import type { WorkbookModel } from './model';
import { FakeRange } from './range';
import { FakeTableCollection } from './table';
import { FakeWorksheetCollection } from './worksheet';
import { plugIn } from './parts';

export class FakeWorkbook extends FakeClientObject<WorkbookModel> {
  protected readonly typeName = 'Workbook';
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;

  constructor(context: FakeContext) {
    super(context, { target: context.host.model });
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, { target: context.host.model });
    plugIn(
      this,
      context.host.parts.map((p) => p.workbook),
      context,
    );
  }

  protected getters(): Getters<WorkbookModel> {
    return { name: () => 'Projektmappe.xlsx' };
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => this.target().activeSelection());
  }

  getActiveCell(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.target().activeSelection();
      return { sheet, rect: { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 } };
    });
  }
}
