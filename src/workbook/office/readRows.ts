/** Reads rows of a sheet in one sync, splitting in halves only when Excel finds the response too large. */
import { isReadTooLarge } from './excelRun';

/** Excel answered a read of one row with null: too large even alone. Shaped like Excel's error, so the pane explains it. */
export class NullReadError extends Error {
  readonly code = 'ResponsePayloadSizeLimitExceeded';
  constructor() {
    super('Excel returned no values for the range.');
  }
}

/**
 * `rangeOf(first, count)` gives the range of `count` rows from row offset `first`.
 * The result has one entry per row; with normal sheets this is a single sync. Too large is Excel's size error,
 * GeneralException (older Excel on the web) or a null array (office-js-docs-pr #5821): each splits the read in halves.
 */
export async function readRows(
  context: Excel.RequestContext,
  rangeOf: (first: number, count: number) => Excel.Range,
  total: number,
  property: 'values' | 'formulas',
): Promise<unknown[][]> {
  if (total === 0) return [];
  const range = rangeOf(0, total).load(property);
  try {
    await context.sync();
    const read = range[property] as unknown[][] | null;
    if (read !== null && read !== undefined) return read;
    if (total === 1) throw new NullReadError();
  } catch (error) {
    if (!isReadTooLarge(error) || total === 1) throw error;
  }
  const half = Math.ceil(total / 2);
  const first = await readRows(context, rangeOf, half, property);
  const rest = await readRows(context, (f, c) => rangeOf(half + f, c), total - half, property);
  return [...first, ...rest];
}
