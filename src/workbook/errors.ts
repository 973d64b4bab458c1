/** An error whose message is Danish and meant for the user as it is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** The workbook has no dokumentationsark (yet, or any more): a normal state before setup, not a failure. */
export const NOT_SET_UP = 'Projektmappen har intet dokumentationsark. Opret eller opgrader først.';

export class NotSetUpError extends UserError {
  constructor(message = NOT_SET_UP) {
    super(message);
    this.name = 'NotSetUpError';
  }
}

/**
 * Excel stopped a setup or an upgrade part-way (its batches are not transactional). `restored`: the workbook was put
 * back as it was. `original`: where the user's sheet is now, when an upgrade had renamed it.
 */
export class InterruptedError extends Error {
  constructor(
    readonly operation: 'setup' | 'upgrade',
    /** Excel's error, for the reason. */
    readonly excelError: unknown,
    readonly restored: boolean,
    readonly original?: { sheet: string; backup: string },
  ) {
    super(
      `${operation === 'setup' ? 'Oprettelsen' : 'Opgraderingen'} blev afbrudt af Excel. ` +
        (restored ? 'Projektmappen er sat tilbage, som den var.' : 'Projektmappen kunne ikke sættes helt tilbage.'),
    );
    this.name = 'InterruptedError';
  }
}
