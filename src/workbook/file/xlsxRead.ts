/** Reading .xlsx files with ExcelJS: clear Danish errors for bad input, and sheets as plain grids. */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../domain/schema';
import type { SheetGrid } from '../../domain/upgrade';
import { UserError } from '../errors';
import { enableCalculatedColumns } from './calculatedColumns';
import { writeZip } from './zip';
import { PACKAGE_LIMITS, tooBig, unpackAll } from './zipRead';
import zlib from 'zlib';

const ZIP_MAGIC = '504b0304';
const OLE_MAGIC = 'd0cf11e0a1b11ae1';

function unreadable(path: string, code: string | undefined): string {
  if (code === 'ENOENT') return `Filen «${path}» findes ikke.`;
  if (code === 'EISDIR') return `«${path}» er en mappe, ikke en Excel-fil.`;
  if (code === 'EACCES' || code === 'EPERM') return `Du har ingen adgang til at læse «${path}».`;
  return `Filen «${path}» kan ikke læses (fejlkode ${code ?? 'ukendt'}).`;
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    if ((await fs.stat(path)).size > PACKAGE_LIMITS.fileBytes) throw tooBig(path);
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(unreadable(path, (error as { code?: string }).code));
  }
  const magic = bytes.subarray(0, 8).toString('hex');
  if (magic === OLE_MAGIC) {
    throw new UserError(
      `«${path}» er beskyttet med adgangskode (eller er en gammel .xls-fil). Fjern adgangskoden i Excel (Filer → Info → Beskyt projektmappe), gem som .xlsx, og prøv igen.`,
    );
  }
  if (!magic.startsWith(ZIP_MAGIC)) throw new UserError(`«${path}» er ikke en Excel-fil (.xlsx).`);
  // Unpacked here within bounds; ExcelJS gets the parts stored, so it never inflates anything itself.
  const stored = writeZip(
    [...unpackAll(bytes, path)].map(([name, data]) => ({
      name: Buffer.from(name),
      data,
      crc: zlib.crc32(data),
      time: 0,
      date: 0,
      madeBy: 20,
      attributes: 0,
    })),
    0,
  );
  enableCalculatedColumns();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(stored as unknown as ArrayBuffer);
  } catch {
    throw new UserError(`«${path}» kan ikke åbnes som Excel-fil (.xlsx). Er filen beskadiget?`);
  }
  if (wb.worksheets.length === 0) throw new UserError(`«${path}» er ikke en Excel-projektmappe: den har ingen ark.`);
  return wb;
}

/** A cell as the value a user sees (formula cells: their cached result). */
export function plainValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
  if ('formula' in o || 'sharedFormula' in o) {
    const r = o.result as unknown;
    if (r === undefined || r === null) return null;
    if (typeof r === 'object' && !(r instanceof Date)) return String((r as { error?: string }).error ?? '');
    return r as CellValue;
  }
  if ('text' in o) return plainValue({ value: o.text } as ExcelJS.Cell);
  if ('error' in o) return String(o.error);
  return String(v);
}

export function gridOf(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const vr: CellValue[] = [];
    const fr: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      vr[col - 1] = plainValue(cell);
      fr[col - 1] = cell.type === ExcelJS.ValueType.Formula ? (cell.formula ?? '') : null;
    });
    for (let i = 0; i < vr.length; i++) {
      if (vr[i] === undefined) vr[i] = null;
      if (fr[i] === undefined) fr[i] = null;
    }
    values[rowNumber - 1] = vr;
    formulas[rowNumber - 1] = fr;
  });
  for (let i = 0; i < values.length; i++) {
    if (!values[i]) values[i] = [];
    if (!formulas[i]) formulas[i] = [];
  }
  return { values, formulas };
}
