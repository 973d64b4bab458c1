/** Keeps each request well under Excel on the web's 5 MB: syncs early only when the queued writes would pass the budget. */

/** Bytes of queued writes per sync; 5 MB is the hard limit, and Office.js adds its own overhead. */
export const REQUEST_BUDGET = 2_500_000;

const encoder = new TextEncoder();

export function estimateBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

export class SyncBudget {
  private used = 0;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET,
  ) {}

  /** Call before queuing `bytes` of writes: syncs what is queued when the new writes would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.budget) await this.flush();
    this.used += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.used = 0;
  }
}

/** Splits rows into consecutive chunks whose estimated size stays within the budget. */
export function chunkRows<T>(
  rows: readonly T[],
  budget = REQUEST_BUDGET,
): { start: number; rows: T[]; bytes: number }[] {
  const chunks: { start: number; rows: T[]; bytes: number }[] = [];
  let current: { start: number; rows: T[]; bytes: number } | null = null;
  rows.forEach((row, i) => {
    const bytes = estimateBytes(row) + 1;
    if (!current || (current.rows.length > 0 && current.bytes + bytes > budget)) {
      current = { start: i, rows: [], bytes: 0 };
      chunks.push(current);
    }
    current.rows.push(row);
    current.bytes += bytes;
  });
  return chunks;
}
