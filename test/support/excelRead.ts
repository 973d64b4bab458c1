/**
 * ExcelJS as the tests' independent reader (and, for a few LibreOffice tests, an editor of a written workbook): the
 * production code reads and writes packages without it.
 */
import ExcelJS from 'exceljs';
import { enableCalculatedColumns } from './excelCalculatedColumns';
import { readPackage, zipParts, zipPartsForSaving } from '../../src/workbook/file/packageFile';
import { planPackage } from '../../src/workbook/file/upgradePackage';
import type { WorkbookPlan } from '../../src/workbook/plan';
import type { Parts } from '../../src/workbook/file/xlsxPackage';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { unpackAll } from '../../src/workbook/file/zipRead';

export { gridOf, plainValue } from './excelCells';

// ExcelJS 4.4 cannot read a table with calculated columns without it: every test that reads with ExcelJS imports this.
enableCalculatedColumns();

/** An ExcelJS workbook of parts already unpacked (stored, so ExcelJS inflates nothing itself). */
export async function workbookFromParts(parts: Parts): Promise<ExcelJS.Workbook> {
  enableCalculatedColumns();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(zipParts(parts, 0) as unknown as ArrayBuffer);
  return wb;
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  return workbookFromParts(await readPackage(path));
}

/** A plan as the streamed writer writes it, as an ExcelJS workbook to change a cell in before LibreOffice reads it. */
export async function workbookOfPlan(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  enableCalculatedColumns();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await zipPartsForSaving(planPackage(plan).parts)) as unknown as ArrayBuffer);
  return wb;
}

/** A FileWorkbook of an ExcelJS workbook (a corpus sheet as a user brings it), as if saved and opened. */
export async function fileWorkbookOf(wb: ExcelJS.Workbook): Promise<FileWorkbook> {
  return FileWorkbook.fromParts(unpackAll(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'corpus.xlsx'));
}

/** The package a FileWorkbook holds now, read by ExcelJS. */
export async function excelOf(file: FileWorkbook): Promise<ExcelJS.Workbook> {
  return workbookFromParts(file.packageParts());
}
