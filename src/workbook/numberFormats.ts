/** Number formats the writers set, shared by the sheets' plans. */
export const TEXT_FORMAT = '@';
/**
 * A date as a Danish reader writes it: Flyttes senest on Dokumentation (a typed date stays a date; LibreOffice ignores
 * conditional formats, so per cell), Udbudstidspunkt and Flyttes senest on Beslutningsgrundlag's list.
 */
export const DATE_FORMAT = 'dd-mm-yyyy';
/** Counts with thousands separators: 26.683 in a Danish Excel (the separator is the reader's own). */
export const NUMBER_FORMAT = '#,##0';
