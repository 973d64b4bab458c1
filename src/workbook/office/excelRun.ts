/** The one entry the adapter needs from Office: Excel.run (or the fake's run). */
import type { ViewSupport } from '../types';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run(context, batch): a new batch on an earlier context, as removing an event handler needs. */
export type ExcelRunIn = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** Office.context.requirements.isSetSupported('ExcelApi', version), bound by the caller. */
export type ApiCheck = (version: string) => boolean;

export const MIN_EXCEL_API = '1.8';

/** The newest ExcelApi set the adapter uses (PivotTable filters): what Microsoft 365 and Excel on the web have. */
export const NEWEST_EXCEL_API = '1.12';

/** The Visninger features this Excel has, by API set (the Visninger code itself is fetched when first used). */
export function viewSupport(isSetSupported: ApiCheck): ViewSupport {
  return {
    autoFilter: isSetSupported('1.9'),
    pageLayout: isSetSupported('1.9'),
    pivotTables: isSetSupported('1.8'),
    pivotFilters: isSetSupported('1.12'),
    slicers: isSetSupported('1.10'),
  };
}

/** Office.js errors carry a code; ItemNotFound means a sheet, table or column is missing. */
export function isItemNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'ItemNotFound';
}

/** Excel on the web refused a request or a response above its size limit (about 5 MB). */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/**
 * A read that may have been too large: the size errors, or GeneralException, which older Excel on the web gives for an
 * oversized request. A GeneralException for another reason comes back at each split, so it surfaces after log2(rows) syncs.
 */
export function isReadTooLarge(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined;
  return isPayloadTooLarge(error) || code === 'GeneralException';
}

/**
 * Excel has no selection to give: another workbook has focus (InactiveWorkbook in Microsoft's error codes;
 * InvalidSelection in office-js #5319), or a chart sheet is active (UnsupportedSheet; #2444 shows a RichApi.Error
 * without its code, so GeneralException counts too; see docs/afproevning-i-excel.md).
 */
const NO_SELECTION = ['InvalidSelection', 'GeneralException', 'UnsupportedSheet', 'InactiveWorkbook'];
export function isSelectionUnavailable(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined;
  return code !== undefined && NO_SELECTION.includes(code);
}
