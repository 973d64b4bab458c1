/** Reading .xlsx files with ExcelJS (after the bounded unpacking in packageFile). */
import ExcelJS from 'exceljs';
import { UserError } from '../errors';
import { enableCalculatedColumns } from './calculatedColumns';
import { readPackage, zipParts } from './packageFile';
import type { Parts } from './xlsxPackage';

export { gridOf, plainValue } from './cells';

/** An ExcelJS workbook of parts already unpacked (stored, so ExcelJS inflates nothing itself). */
export async function workbookFromParts(parts: Parts, path: string): Promise<ExcelJS.Workbook> {
  enableCalculatedColumns();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(zipParts(parts, 0) as unknown as ArrayBuffer);
  } catch {
    throw new UserError(`«${path}» kan ikke åbnes som Excel-fil (.xlsx). Er filen beskadiget?`);
  }
  if (wb.worksheets.length === 0) throw new UserError(`«${path}» er ikke en Excel-projektmappe: den har ingen ark.`);
  return wb;
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  return workbookFromParts(await readPackage(path), path);
}
