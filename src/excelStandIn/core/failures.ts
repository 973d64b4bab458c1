/** Failure injection for tests: Excel refusing a sync part-way, as a protected sheet, cell-edit mode or a dropped connection do. */
import { FakeExcelError, type FakeErrorCode } from './errors';

/** Excel's own (English) messages, so tests can check that none of them reaches the user. */
export const EXCEL_MESSAGES: Partial<Record<FakeErrorCode, string>> = {
  AccessDenied: 'You cannot perform the requested operation.',
  GeneralException: 'An internal error has occurred.',
  Conflict: 'The request could not be processed because of a conflict.',
  InvalidOperationInCellEditMode:
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or by selecting another cell, and then try again.',
  ItemNotFound: 'The requested resource doesn\u2019t exist.',
  InvalidSelection: 'The current selection is invalid for this operation.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
};

export interface SyncFailureOptions {
  /** Which syncs fail: only those that carry writes (default), or any. */
  on?: 'write' | 'any';
  /** Actions of the failing sync that run before it fails (default 0): Excel keeps what ran. */
  afterActions?: number;
  /** How many matching syncs fail (default 1). */
  times?: number;
}

interface Pending extends Required<SyncFailureOptions> {
  code: FakeErrorCode;
}

export class SyncFailures {
  private readonly pending: Pending[] = [];

  add(code: FakeErrorCode, options: SyncFailureOptions = {}): void {
    this.pending.push({
      code,
      on: options.on ?? 'write',
      afterActions: options.afterActions ?? 0,
      times: options.times ?? 1,
    });
  }

  /** For a sync about to run: the error it must throw and after how many actions, or null. */
  take(writes: boolean): { afterActions: number; error: FakeExcelError } | null {
    const next = this.pending.find((p) => p.on === 'any' || writes);
    if (!next) return null;
    if (--next.times <= 0) this.pending.splice(this.pending.indexOf(next), 1);
    return {
      afterActions: next.afterActions,
      error: new FakeExcelError(next.code, EXCEL_MESSAGES[next.code] ?? 'The operation failed.'),
    };
  }
}
