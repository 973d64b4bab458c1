/** The workbook proxy: worksheets, tables, the selection. */
import { FakeClientObject, type Getters } from './clientObject';
import type { FakeContext } from './context';
import type { WorkbookModel } from './model';
import { FakeRange } from './range';
import { FakeTableCollection } from './table';
import { FakeWorksheetCollection } from './worksheet';
import { FakePivotTableCollection, FakeSlicerCollection } from '../optional/pivot';

export class FakeWorkbook extends FakeClientObject<WorkbookModel> {
  protected readonly typeName = 'Workbook';
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;

  constructor(context: FakeContext) {
    super(context, { target: context.host.model });
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, { target: context.host.model });
  }

  get pivotTables(): FakePivotTableCollection {
    return new FakePivotTableCollection(this.context, { target: this.context.host.model });
  }
  /** ExcelApi 1.10. */
  get slicers(): FakeSlicerCollection {
    this.context.requireApi('1.10', 'Workbook.slicers');
    return new FakeSlicerCollection(this.context, { target: this.context.host.model });
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
