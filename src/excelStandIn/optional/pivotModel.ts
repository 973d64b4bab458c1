/**
 * The PivotTables' and slicers' state, kept beside the workbook's model (the core knows nothing of them): what
 * pivot.ts's proxies change and pivotLayout.ts draws.
 */
import type { Rect } from '../core/address';
import { newId, type Scalar, type SheetModel, type TableModel, type WorkbookModel } from '../core/model';

/** A PivotTable as configured, with its cache and the cells it was last drawn on (pivotLayout.ts draws it). */
export interface PivotModel {
  readonly id: string;
  name: string;
  sheet: SheetModel;
  /** Top-left cell of the destination. */
  at: { r: number; c: number };
  source: TableModel;
  rows: string[];
  columns: string[];
  filters: string[];
  data: { source: string; name: string; summarizeBy: string }[];
  /** Manual filters (PivotFilters, ExcelApi 1.12): field → selected items. */
  manualFilters: Map<string, string[]>;
  refreshCount: number;
  /** The source's headers and rows as of creation or the last refresh. */
  cache: { headers: string[]; rows: Scalar[][] };
  /** Where the PivotTable's cells are now (report filters included), or null before it is drawn. */
  drawn: Rect | null;
}

export interface SlicerModel {
  readonly id: string;
  name: string;
  sheet: SheetModel;
  pivot: PivotModel;
  field: string;
}

export function newPivotId(): string {
  return newId('pivot');
}

const pivots = new WeakMap<WorkbookModel, PivotModel[]>();
const slicers = new WeakMap<WorkbookModel, SlicerModel[]>();

/** The workbook's PivotTables, in the order they were made. */
export function pivotsOf(model: WorkbookModel): PivotModel[] {
  let list = pivots.get(model);
  if (!list) pivots.set(model, (list = []));
  return list;
}

/** The workbook's slicers (Workbook.slicers, ExcelApi 1.10). */
export function slicersOf(model: WorkbookModel): SlicerModel[] {
  let list = slicers.get(model);
  if (!list) slicers.set(model, (list = []));
  return list;
}
