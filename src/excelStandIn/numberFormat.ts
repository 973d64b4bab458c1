/**
 * What Range.text shows for a number under the number formats the add-in sets: General, text (@) and a day-month-year
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

/** The text Excel shows for `value` under `code`. */
export function formatNumber(value: number, code: string | undefined): string {
  // From 1 March 1900 (serial 61) on: before it, Excel's 1900 system counts a 29 February that never was.
  if (code && DATE.test(code) && value >= 61 && value < 2958466) return formatDate(value, code);
  return String(value);
}
