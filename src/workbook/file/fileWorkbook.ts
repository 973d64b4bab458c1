/** The .xlsx file adapter: the workbook interface over an ExcelJS workbook in memory. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import { keysOfHeaders, rowValuesOf } from '../../domain/check';
import { findHeaderRow } from '../../domain/headers';
import { column, COLUMNS, type CellValue, type ColumnKey, type RowValues } from '../../domain/schema';
import type { Settings } from '../../domain/prioritisation';
import { SHEET } from '../../domain/sheetLayout';
import { LISTER_LISTS, LISTER_MATRIX, LISTER_SETTINGS, listsOf, rowsOf, settingsOf } from '../readSheet';
import { planUpgrade } from '../../domain/upgrade';
import type { Lists } from '../../domain/validation';
import { planUpgradedWorkbook, planWorkbook, upgradeSummary } from '../plan';
import { REPORT_SHEET } from '../reportSheetsPlan';
import type { Detection, DokumentationWorkbook, SetupSummary, SheetSnapshot, UpgradeSummary } from '../types';
import { UserError } from '../errors';
import { checkRowIdentity } from '../rowIdentity';
import { backupName, copySheet } from './copySheet';
import { gridOf, loadWorkbook, plainValue } from './xlsxRead';
import { writePlan } from './xlsxWrite';
import { recompress } from './zip';

const OUR_SHEETS = [SHEET.documentation, SHEET.lists, SHEET.guide, REPORT_SHEET.overview, REPORT_SHEET.decision].map(
  (s) => s.toLowerCase(),
);

export class FileWorkbook implements DokumentationWorkbook {
  constructor(public workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {}

  static async open(path: string): Promise<FileWorkbook> {
    return new FileWorkbook(await loadWorkbook(path));
  }

  /** Written uncompressed by ExcelJS, then deflated by native zlib (several times faster than ExcelJS's own). */
  async save(path: string): Promise<void> {
    const stored = await this.workbook.xlsx.writeBuffer({
      zip: { compression: 'STORE' },
    } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
    await fs.promises.writeFile(path, recompress(Buffer.from(stored as ArrayBuffer)));
  }

  private documentationSheet(): ExcelJS.Worksheet | undefined {
    const ws = this.workbook.getWorksheet(SHEET.documentation);
    if (!ws) return undefined;
    const headers = ws.getRow(1).values as CellValue[];
    const present = new Set(headers.slice(1).map((h) => String(h ?? '')));
    return COLUMNS.every((c) => present.has(c.header)) ? ws : undefined;
  }

  /** The sheet whose header row matches best, for an upgrade. */
  private sourceSheet() {
    let best: { ws: ExcelJS.Worksheet; matched: number; rowIndex: number } | undefined;
    for (const ws of this.workbook.worksheets) {
      const found = findHeaderRow(gridOf(ws).values);
      if (found && (!best || found.matched > best.matched))
        best = { ws, matched: found.matched, rowIndex: found.rowIndex };
    }
    return best;
  }

  async detect(): Promise<Detection> {
    const ready = this.documentationSheet();
    if (ready) {
      return {
        status: 'ready',
        sheet: ready.name,
        headerRow: 1,
        matchedColumns: COLUMNS.length,
        missingColumns: [],
        dataRows: ready.rowCount - 1,
      };
    }
    const source = this.sourceSheet();
    if (!source)
      return { status: 'absent', matchedColumns: 0, missingColumns: COLUMNS.map((c) => c.header), dataRows: 0 };
    const plan = planUpgrade(gridOf(source.ws));
    return {
      status: 'upgradable',
      sheet: source.ws.name,
      headerRow: plan.sourceHeaderRow,
      matchedColumns: plan.matched.length,
      missingColumns: plan.missing.map((k) => column(k).header),
      dataRows: plan.rows.length,
    };
  }

  async setup(): Promise<SetupSummary> {
    const ready = this.documentationSheet();
    if (ready)
      return {
        created: false,
        rows: ready.rowCount - 1,
        message: 'Dokumentationsarket findes allerede. Intet er ændret.',
      };
    const clash = this.workbook.worksheets.find((ws) => OUR_SHEETS.includes(ws.name.toLowerCase()));
    if (clash)
      throw new UserError(`Projektmappen har allerede et ark ved navn «${clash.name}». Brug «Opgrader» i stedet.`);
    writePlan(this.workbook, planWorkbook());
    return { created: true, rows: 0, message: 'Dokumentationsarket er oprettet.' };
  }

  async upgrade(): Promise<UpgradeSummary> {
    // As the Office adapter: a second upgrade changes nothing.
    if (this.documentationSheet())
      throw new UserError('Dokumentationsarket er allerede i den nye udgave. Der er intet at opgradere.');
    const source = this.sourceSheet();
    if (!source) {
      throw new UserError(
        'Kan ikke finde overskriftsrækken. Arket skal have en række med overskrifter som «Fagområde», «Sagsområde» og «KLE-nummer».',
      );
    }
    const existingLists = this.workbook.getWorksheet(SHEET.lists);
    const areas = existingLists ? readLists(existingLists).businessAreas.slice() : [];
    const plan = planUpgrade(gridOf(source.ws), areas);
    const out = new ExcelJS.Workbook();
    writePlan(out, planUpgradedWorkbook(plan));
    const taken = new Set(out.worksheets.map((w) => w.name.toLowerCase()));
    let backupSheet = '';
    for (const ws of this.workbook.worksheets) {
      const isSource = ws === source.ws;
      const name = isSource ? SHEET.backup : taken.has(ws.name.toLowerCase()) ? backupName(ws.name, taken) : ws.name;
      const finalName = taken.has(name.toLowerCase()) ? backupName(name, taken) : name;
      copySheet(ws, out, finalName);
      taken.add(finalName.toLowerCase());
      if (isSource) backupSheet = finalName;
    }
    this.workbook = out;
    return upgradeSummary(plan, backupSheet);
  }

  async snapshot(): Promise<SheetSnapshot> {
    const ws = this.documentationSheet();
    if (!ws) throw new UserError('Projektmappen har intet dokumentationsark. Opret eller opgrader først.');
    const grid = gridOf(ws).values;
    const width = (grid[0] ?? []).length;
    const rows = rowsOf(
      grid[0] ?? [],
      grid.slice(1).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
      2,
    );
    const lists = readLists(this.workbook.getWorksheet(SHEET.lists));
    return { rows, lists, settings: readSettings(this.workbook.getWorksheet(SHEET.lists)) };
  }

  async writeRow(index: number, values: Partial<Record<ColumnKey, CellValue>>, expected?: RowValues): Promise<void> {
    const ws = this.documentationSheet();
    if (!ws) throw new UserError('Projektmappen har intet dokumentationsark.');
    const keys = keysOfHeaders((ws.getRow(1).values as CellValue[]).slice(1));
    if (expected) {
      const cells = keys.map((_, c) => plainValue(ws.getCell(index + 2, c + 1)));
      checkRowIdentity(
        expected,
        index + 1 < ws.rowCount ? rowValuesOf(cells, keys) : null,
        index + 2,
        Object.keys(values) as ColumnKey[],
      );
    }
    for (const [key, value] of Object.entries(values) as [ColumnKey, CellValue][]) {
      const col = keys.indexOf(key);
      if (col >= 0) ws.getCell(index + 2, col + 1).value = value;
    }
  }
}

const gridAt = (ws: ExcelJS.Worksheet, range: string, pick: (c: ExcelJS.Cell) => unknown): unknown[][] => {
  const [from, to] = range.split(':').map((a) => ws.getCell(a));
  const out: unknown[][] = [];
  for (let r = Number(from.row); r <= Number(to.row); r++) {
    const row: unknown[] = [];
    for (let c = Number(from.col); c <= Number(to.col); c++) row.push(pick(ws.getCell(r, c)));
    out.push(row);
  }
  return out;
};

export function readLists(ws: ExcelJS.Worksheet | undefined): Lists {
  return listsOf(ws ? gridAt(ws, LISTER_LISTS, plainValue) : null);
}

export function readSettings(ws: ExcelJS.Worksheet | undefined): Settings {
  if (!ws) return settingsOf(null, null, null);
  const formula = (c: ExcelJS.Cell) => (c.type === ExcelJS.ValueType.Formula ? `=${c.formula}` : plainValue(c));
  return settingsOf(
    gridAt(ws, LISTER_SETTINGS, plainValue),
    gridAt(ws, LISTER_SETTINGS, formula),
    gridAt(ws, LISTER_MATRIX, plainValue),
  );
}
