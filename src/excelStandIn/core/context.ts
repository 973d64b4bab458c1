/** The request context: queues actions and applies them, in order, at sync(). */
import { FakeExcelError } from './errors';
import type { WorkbookModel } from './model';
import type { StandInPart } from './parts';
import { FakeWorkbook } from './workbook';

export interface Delivery {
  bytes: number;
  deliver: () => void;
  /** Delivers the load with its cell arrays (values, formulas, …) as null: how some Excel answers a response too large. */
  deliverNull?: () => void;
}

/**
 * How the host answers a response above its limit: ResponsePayloadSizeLimitExceeded (Excel on the web today),
 * GeneralException (older Excel on the web), or a successful sync whose cell arrays are null (office-js-docs-pr #5821).
 */
export type LargeReadAnswer = 'error' | 'generalException' | 'null';

export interface QueuedAction {
  label: string;
  bytes: number;
  kind: 'resolve' | 'load' | 'write';
  run: () => void | Delivery;
  /** The fake's own bookkeeping (an API-set check), not an action Office.js would send. */
  internal?: boolean;
}

export interface SyncRecord {
  /** 1-based number of the sync since the fake was made (or stats were reset). */
  index: number;
  requestBytes: number;
  responseBytes: number;
  /** Operations queued for this sync: object lookups, loads and writes. */
  actions: number;
  writes: number;
}

/** What the context needs from the fake that owns it. */
export interface FakeHost {
  readonly model: WorkbookModel;
  /** The optional parts plugged in: what they add to the proxies (parts.ts). */
  readonly parts: readonly StandInPart[];
  /** Excel on the web refuses a request or response above about 5 MB. */
  payloadLimit: number;
  largeReads: LargeReadAnswer;
  /** AutoCorrect fills formulas in tables: new table rows get a calculated column's formula. */
  calculatedColumns: boolean;
  /** Range.getSpecialCells on one cell searches the sheet's used range (Go To Special's rule; see FakeExcelOptions). */
  specialCellsOneCellRule: boolean;
  /**
   * Recomputes formula results, as Excel's automatic calculation does before a read: where a cell, table or sheet
   * changed since the last calculation (Excel recalculates what depends on a change; a format changes nothing).
   */
  recalculateIfChanged(): void;
  /** Called after the actions of a sync ran (also when one failed): counts and notifies. */
  finishSync(record: Omit<SyncRecord, 'index'>, error?: unknown): void;
  logAction(line: string): void;
  /** Whether the host has this ExcelApi version; an older host fails the sync of a newer call (ApiNotFound). */
  supports(version: string): boolean;
  /** Failure injection (tests): the error this sync must throw, after how many of its actions, or null. */
  takeFailure?(writes: boolean): { afterActions: number; error: Error } | null;
}

export class FakeContext {
  private queue: QueuedAction[] = [];
  readonly workbook: FakeWorkbook;

  constructor(readonly host: FakeHost) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(action: QueuedAction): void {
    this.queue.push(action);
  }

  /** Queues a check that fails the sync, as Excel does, when the host lacks the API set of a call. */
  requireApi(version: string, what: string): void {
    this.enqueue({
      label: '',
      bytes: 0,
      kind: 'resolve',
      internal: true,
      run: () => {
        if (!this.host.supports(version))
          throw new FakeExcelError('ApiNotFound', `${what} kræver ExcelApi ${version}.`);
      },
    });
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const requestBytes = actions.reduce((n, a) => n + a.bytes, 0);
    const record = { requestBytes, responseBytes: 0, actions: actions.filter((a) => !a.internal).length, writes: 0 };
    if (requestBytes > this.host.payloadLimit) {
      const error = new FakeExcelError(
        'RequestPayloadSizeLimitExceeded',
        `Request of ${requestBytes} bytes exceeds ${this.host.payloadLimit}.`,
      );
      this.host.finishSync(record, error);
      throw error;
    }
    const deliveries: Delivery[] = [];
    const failure = this.host.takeFailure?.(actions.some((a) => a.kind === 'write')) ?? null;
    try {
      let dirty = false;
      for (const [i, action] of actions.entries()) {
        if (failure && i === failure.afterActions) throw failure.error;
        if (action.label) this.host.logAction(action.label);
        if (action.kind === 'load' && dirty) {
          this.host.recalculateIfChanged();
          dirty = false;
        }
        const d = action.run();
        if (action.kind === 'write') {
          record.writes++;
          dirty = true;
        }
        if (d) deliveries.push(d);
      }
      if (failure) throw failure.error;
      if (dirty) this.host.recalculateIfChanged();
      record.responseBytes = deliveries.reduce((n, d) => n + d.bytes, 0);
      if (record.responseBytes > this.host.payloadLimit) {
        if (this.host.largeReads === 'null') {
          this.host.finishSync(record);
          deliveries.forEach((d) => (d.deliverNull ?? d.deliver)());
          return;
        }
        throw this.host.largeReads === 'generalException'
          ? new FakeExcelError('GeneralException', 'An internal error has occurred.')
          : new FakeExcelError(
              'ResponsePayloadSizeLimitExceeded',
              `Response of ${record.responseBytes} bytes exceeds ${this.host.payloadLimit}.`,
            );
      }
    } catch (error) {
      this.host.finishSync(record, error);
      throw error;
    }
    this.host.finishSync(record);
    // Values reach the proxies only now, after the round trip (and after recalculation).
    deliveries.forEach((d) => d.deliver());
  }
}
