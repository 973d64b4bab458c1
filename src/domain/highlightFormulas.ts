/**
 * Conditional-formatting formulas that mark invalid values in the sheet itself: data validation does not fire
 * on paste, so these catch what came in that way, without the add-in and in LibreOffice. Each formula is
 * TRUE exactly where validateCell gives a message, relative to the top-left cell of the column's data.
 * Structured references are not allowed in conditional formats, and the file format Excel 2007 defined has no
 * references to other sheets there, so Lister is reached through INDIRECT. A cell holding an error is marked.
 */
import { kleValidationFormula } from './prioritisationFormulas';
import type { ColumnDef } from './schema';
import { listRange } from './sheetLayout';

/** The formula that is TRUE for an invalid value in `topLeft`, or null for columns without a check. */
export function invalidValueFormula(col: ColumnDef, topLeft: string): string | null {
  const rule = invalidRule(col, topLeft);
  return rule === null ? null : `IFERROR(${rule},TRUE)`;
}

function invalidRule(col: ColumnDef, x: string): string | null {
  switch (col.kind) {
    case 'list':
      // `=` compares texts as validateCell does (case-insensitive, no wildcards); &"" lets a number match its text.
      return `AND(${x}<>"",SUMPRODUCT(--(INDIRECT("${listRange(col.list!)}")=${x}&""))=0)`;
    case 'count':
      if (col.key === 'decidedOrder')
        return `OR(ISLOGICAL(${x}),IF(ISNUMBER(${x}),OR(${x}<1,${x}<>INT(${x})),${x}<>""))`;
      // ISLOGICAL first: LibreOffice counts TRUE as a number, Excel does not.
      return `OR(ISLOGICAL(${x}),IF(ISNUMBER(${x}),OR(${x}<0,${x}<>INT(${x})),${x}<>""))`;
    case 'kle':
      return `NOT(${kleValidationFormula(x)})`;
    case 'date':
      if (col.key === 'moveBy') return `AND(${x}<>"",NOT(${dateSerialFormula(x)}))`;
      return `OR(ISLOGICAL(${x}),AND(ISNUMBER(${x}),NOT(OR(AND(${x}>=2000,${x}<=2100),AND(${x}>36526,${x}<73051)))))`;
    default:
      return null;
  }
}

/** How a flagged cell looks: light red fill and dark red bold text with a dashed border, so colour is not the only signal. */
export const INVALID_STYLE = { fill: 'FFC7CE', font: '9C0006', bold: true, border: 'dashed' } as const;

/** TRUE for a real date (a serial number of a day in 2000–2100), as isDateSerial; a bare year or text is not. */
export function dateSerialFormula(x: string): string {
  return `AND(ISNUMBER(${x}),NOT(ISLOGICAL(${x})),${x}>36526,${x}<73051)`;
}
