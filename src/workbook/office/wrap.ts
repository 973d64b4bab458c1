/** Wrapped text starts at the top of its row, as the file writers set it (Excel's own default is the bottom). */
export function wrapAtTop(range: Excel.Range): void {
  range.format.wrapText = true;
  range.format.verticalAlignment = 'Top';
}
