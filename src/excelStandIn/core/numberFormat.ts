/**
 * What Range.text shows for a number under the number formats the add-in sets: General, text (@), #,##0 and a day-month-year
 * date (d, dd, m, mm, yy, yyyy with literal separators). Any other code (month names such as mmm too), and a number no
 * date can show, come out as General does: the stand-in shows no date Excel would not.
 */
const DATE = /^(?:dd?(?!d)|mm?(?!m)|yyyy(?!y)|yy(?!y)|\\.|[-/. ])+$/;

/** A serial day (1900 system, time of day dropped) as the date code shows it. */
function formatDate(serial: number, code: string): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const parts: Record<string, string> = {
    d: String(d.getUTCDate()),
    dd: String(d.getUTCDate()).padStart(2, '0'),
    m: String(d.getUTCMonth() + 1),
    mm: String(d.getUTCMonth() + 1).padStart(2, '0'),
    yy: String(d.getUTCFullYear() % 100).padStart(2, '0'),
    yyyy: String(d.getUTCFullYear()),
  };
  return code.replace(/\\(.)|d{1,2}|m{1,2}|y{4}|y{2}/g, (token, escaped?: string) => escaped ?? parts[token]!);
}

/**
 * `#,##0`: a whole number with the locale's thousands separator ("Review guidelines for customizing a number format":
 * a comma between number signs shows the separator the system's regional settings give). The stand-in is a Danish
 * Excel: 26683 shows 26.683.
 */
function formatThousands(value: number): string {
  const digits = String(Math.abs(Math.round(value))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return Math.round(value) < 0 ? `-${digits}` : digits;
}

/** The text Excel shows for `value` under `code`. */
export function formatNumber(value: number, code: string | undefined): string {
  if (code === '#,##0') return formatThousands(value);
  // From 1 March 1900 (serial 61) on: before it, Excel's 1900 system counts a 29 February that never was.
  if (code && DATE.test(code) && value >= 61 && value < 2958466) return formatDate(value, code);
  return String(value);
}
