/**
 * How an optional part of the stand-in (optional/: PivotTables, charts) plugs into the core: the collections it adds
 * to a worksheet and to the workbook, and what a deleted worksheet takes with it. The core names no part.
 */
import type { FakeContext } from './context';
import type { SheetModel, WorkbookModel } from './model';

export interface StandInPart {
  /** Worksheet.<name>: made for the worksheet proxy's sheet (null while missing). */
  worksheet?: Record<string, (context: FakeContext, sheet: () => SheetModel | null) => unknown>;
  /** Workbook.<name>. */
  workbook?: Record<string, (context: FakeContext) => unknown>;
  /** A worksheet was deleted: the part drops what stood on it or was made from it. */
  sheetDeleted?(model: WorkbookModel, sheet: SheetModel): void;
}

/** Gives a proxy the properties the parts add, each made anew when read, as the core's own collections are. */
export function plugIn<A extends unknown[]>(
  proxy: object,
  makers: readonly (Record<string, (...args: A) => unknown> | undefined)[],
  ...args: A
): void {
  for (const made of makers)
    for (const [name, make] of Object.entries(made ?? {}))
      Object.defineProperty(proxy, name, { get: () => make(...args), enumerable: false, configurable: true });
}
