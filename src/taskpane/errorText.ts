/** A Danish message from anything thrown by the workbook: the adapters' own Danish text, or what Excel's error code means. */
import { UpgradeError } from '../domain/upgradeError';
import { InterruptedError, UserError } from '../workbook/errors';
import { S } from './strings';

function codeOf(e: unknown): string | null {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code !== '' ? code : null;
}

/** Why Excel refused, in Danish; Excel's own message (English) is never shown, and neither is a stack trace. */
function excelReason(e: unknown): string {
  const code = codeOf(e);
  if (!code) return S.errors.unexpected;
  return S.errors.codes[code] ?? S.errors.excel(code);
}

function interrupted(e: InterruptedError): string {
  const what = S.errors.interrupted(e.operation, excelReason(e.excelError));
  if (e.restored) return `${what} ${S.errors.restored}`;
  const kept = e.original ? ` ${S.errors.originalKept(e.original.sheet, e.original.backup)}` : '';
  return `${what} ${S.errors.notRestored}${kept}`;
}

/** webpack's error when a part of the add-in fetched on first use (a tab, Opret's code, the notat) does not come. */
const isNotLoaded = (e: unknown) => e instanceof Error && e.name === 'ChunkLoadError';

export function errorText(e: unknown): string {
  if (isNotLoaded(e)) return S.errors.notLoaded;
  if (e instanceof InterruptedError) return interrupted(e);
  if (e instanceof UserError || e instanceof UpgradeError) return e.message;
  return excelReason(e);
}
