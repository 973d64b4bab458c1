/** Reads rows of a sheet in one sync, splitting in halves only when Excel refuses a response as too large. */
import { isPayloadTooLarge } from './excelRun';

/**
 * `rangeOf(first, count)` gives the range of `count` rows from row offset `first`.
 * The result has one entry per row; with normal sheets this is a single sync.
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
    return range[property];
  } catch (error) {
    if (!isPayloadTooLarge(error) || total === 1) throw error;
  }
  const half = Math.ceil(total / 2);
  const first = await readRows(context, rangeOf, half, property);
  const rest = await readRows(context, (f, c) => rangeOf(half + f, c), total - half, property);
  return [...first, ...rest];
}
