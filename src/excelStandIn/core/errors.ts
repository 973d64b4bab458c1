/** Errors shaped like Office.js errors (OfficeExtension.Error has `code` and `message`). */

export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidReference'
  | 'InvalidOperation'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'InvalidObjectPath'
  | 'ApiNotFound'
  | 'AccessDenied'
  | 'GeneralException'
  | 'Conflict'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidSelection'
  | 'UnsupportedSheet'
  | 'InactiveWorkbook';

export class FakeExcelError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

export function propertyNotLoaded(type: string, property: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${property}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
