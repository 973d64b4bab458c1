/** A readable message from anything thrown by the workbook. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
