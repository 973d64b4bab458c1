/**
 * The .xlsx file adapter. An upgrade goes from package to package without ExcelJS (upgradePackage); the other
 * operations work on an ExcelJS workbook, loaded only when one of them first needs it.
 */
import { WORKSHOP_SHEET } from '../workshopPlan';
import type ExcelJS from 'exceljs';
import fs from 'fs';
import { findHeaderRow } from '../../domain/headers';
import { column, COLUMNS, type CellValue } from '../../domain/schema';
import type { Settings } from '../../domain/prioritisation';
import { isCurrentLayout, LAYOUT_CELL, SHEET } from '../../domain/sheetLayout';
import { LISTER_LISTS, LISTER_MATRIX, LISTER_SETTINGS, listsOf, rowsOf, settingsOf } from '../readSheet';
import { planUpgrade } from '../../domain/upgrade';
import type { Lists } from '../../domain/validation';
import { CREATED_MESSAGE, planWorkbook } from '../plan';
import { REPORT_SHEET } from '../reportSheetsPlan';
import type { Detection, DokumentationWorkbook, SetupSummary, SheetSnapshot, UpgradeSummary } from '../types';
import { UserError } from '../errors';
import { gridOf, plainValue } from './cells';
import { joinParts, readPackage, zipParts, zipPartsForSaving, type WrittenParts } from './packageFile';
import { addOverviewCharts } from './packageCharts';
import { planPackage, upgradePackage } from './upgradePackage';
import type { Parts } from './xlsxPackage';
import { recompress } from './zip';
import { unpackAll } from './zipRead';

const OUR_SHEETS = [
  SHEET.documentation,
  SHEET.lists,
  SHEET.guide,
  REPORT_SHEET.overview,
  REPORT_SHEET.decision,
  WORKSHOP_SHEET,
].map((s) => s.toLowerCase());

export class FileWorkbook implements DokumentationWorkbook {
  private model: ExcelJS.Workbook | undefined;
  /** The package as read, while no ExcelJS model stands for it. */
  private parts: Parts | undefined;
  /** The package as read, while the model loaded from it for reading is unchanged (an upgrade starts from it). */
  private unchanged: Parts | undefined;
  /** The package an upgrade wrote, while no ExcelJS model stands for it. */
  private written: WrittenParts | undefined;
  private path = 'projektmappen';

  constructor(workbook?: ExcelJS.Workbook) {
    this.model = workbook;
  }

  static async open(path: string): Promise<FileWorkbook> {
    const wb = new FileWorkbook();
    wb.parts = await readPackage(path);
    wb.path = path;
    return wb;
  }

  /** The ExcelJS model, loaded from the package (or a new workbook) when first needed. */
  async workbook(): Promise<ExcelJS.Workbook> {
    if (!this.model) {
      if (this.written) this.parts = joinParts(this.written);
      this.written = undefined;
      if (this.parts) {
        const { workbookFromParts } = await import('./xlsxRead');
        this.model = await workbookFromParts(this.parts, this.path);
        this.unchanged = this.parts;
      } else {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const ExcelJS: typeof import('exceljs') = require('exceljs');
        this.model = new ExcelJS.Workbook();
      }
      this.parts = undefined;
    }
    return this.model;
  }

  /** The package as it stands; an ExcelJS model is written uncompressed, then deflated by native zlib. */
  async save(path: string): Promise<void> {
    const parts = this.written ?? (this.model ? undefined : this.parts);
    if (parts) return fs.promises.writeFile(path, await zipPartsForSaving(parts));
    const stored = await (
      await this.workbook()
    ).xlsx.writeBuffer({
      zip: { compression: 'STORE' },
    } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
    // ExcelJS writes no charts (and drops those of a file it read): Overblik's are added to its package.
    const withCharts = addOverviewCharts(unpackAll(Buffer.from(stored as ArrayBuffer), path));
    await fs.promises.writeFile(path, recompress(zipParts(withCharts, 0)));
  }

  private async documentationSheet(): Promise<ExcelJS.Worksheet | undefined> {
    const ws = (await this.workbook()).getWorksheet(SHEET.documentation);
    if (!ws) return undefined;
    const headers = (ws.getRow(1).values as CellValue[]).slice(1);
    const recorded = (await this.workbook()).getWorksheet(SHEET.lists)?.getCell(LAYOUT_CELL).value;
    const required = COLUMNS.map((c) => c.header);
    return isCurrentLayout(headers, recorded, required) ? ws : undefined;
  }

  /**
   * «Workshopark til udskrift»: a handout for every sagsområde of one fagområde, each on a page of its own (manual page
   * breaks, a scale at which one form fits a page). Drawn again when it is there. Returns the number of handouts.
   */
  async addWorkshopHandouts(businessArea: string): Promise<number> {
    const wb = await this.workbook();
    const ws = await this.documentationSheet();
    if (!ws)
      throw new UserError(
        'Filen har ikke et dokumentationsark af denne udgave. Opgrader det først med dokark upgrade.',
      );
    const { values } = gridOf(ws);
    const headers = (values[0] ?? []).map((h) => String(h ?? ''));
    const area = headers.indexOf(column('businessArea').header);
    const caseArea = headers.indexOf(column('caseArea').header);
    const wanted = businessArea.trim().toLowerCase();
    const caseAreas = values
      .slice(1)
      .filter(
        (r) =>
          String(r[area] ?? '')
            .trim()
            .toLowerCase() === wanted && String(r[caseArea] ?? '').trim() !== '',
      )
      .map((r) => String(r[caseArea]).trim());
    if (caseAreas.length === 0)
      throw new UserError(`Fagområdet «${businessArea}» har ingen sagsområder i arket Dokumentation.`);
    const { planWorkshopHandouts, HANDOUTS_SCALE } = await import('../workshopPlan');
    const { writeReportSheet } = await import('./xlsxWrite');
    const { PAGE_FOOTER, PAGE_HEADER } = await import('../printPlan');
    const plan = planWorkshopHandouts(businessArea.trim(), caseAreas);
    const old = wb.getWorksheet(plan.name);
    if (old) wb.removeWorksheet(old.id);
    const sheet = writeReportSheet(wb, plan);
    for (const r of plan.pageBreaks) sheet.getRow(r).addPageBreak();
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: false,
      scale: HANDOUTS_SCALE,
      printArea: plan.print.area,
    };
    sheet.headerFooter = { ...sheet.headerFooter, oddHeader: PAGE_HEADER, oddFooter: PAGE_FOOTER };
    return caseAreas.length;
  }

  /** The sheet whose header row matches best, for an upgrade. */
  private async sourceSheet() {
    let best: { ws: ExcelJS.Worksheet; matched: number; rowIndex: number } | undefined;
    for (const ws of (await this.workbook()).worksheets) {
      const found = findHeaderRow(gridOf(ws).values);
      if (found && (!best || found.matched > best.matched))
        best = { ws, matched: found.matched, rowIndex: found.rowIndex };
    }
    return best;
  }

  async detect(): Promise<Detection> {
    const ready = await this.documentationSheet();
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
    const source = await this.sourceSheet();
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
    const fresh = !this.model && !this.parts && !this.written;
    if (!fresh) {
      const ready = await this.documentationSheet();
      if (ready)
        return {
          created: false,
          rows: ready.rowCount - 1,
          message: 'Dokumentationsarket findes allerede. Intet er ændret.',
        };
      const clash = (await this.workbook()).worksheets.find((ws) => OUR_SHEETS.includes(ws.name.toLowerCase()));
      if (clash)
        throw new UserError(`Projektmappen har allerede et ark ved navn «${clash.name}». Brug «Opgrader» i stedet.`);
    }
    // The streamed writer, as an upgrade: our sheets, then the workbook's own carried over as they are.
    this.written = planPackage(planWorkbook(), fresh ? undefined : await this.currentParts()).parts;
    this.parts = undefined;
    this.model = undefined;
    this.unchanged = undefined;
    return { created: true, rows: 0, message: CREATED_MESSAGE };
  }

  /** The package as it stands, from whichever form holds it. */
  private async currentParts(): Promise<Parts> {
    return this.written ? joinParts(this.written) : (this.parts ?? this.unchanged ?? (await this.modelParts()));
  }

  /** Package to package: the source sheet as a grid, our sheets as text, the source's sheets carried over as they are. */
  async upgrade(): Promise<UpgradeSummary> {
    // From the package as read where possible: ExcelJS cannot write every package it reads (LibreOffice's).
    const { parts: out, summary } = upgradePackage(await this.currentParts());
    this.written = out;
    this.parts = undefined;
    this.model = undefined;
    this.unchanged = undefined;
    return summary;
  }

  private async modelParts(): Promise<Parts> {
    const stored = await (
      await this.workbook()
    ).xlsx.writeBuffer({
      zip: { compression: 'STORE' },
    } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
    return unpackAll(Buffer.from(stored as ArrayBuffer), this.path);
  }

  async snapshot(): Promise<SheetSnapshot> {
    const ws = await this.documentationSheet();
    if (!ws) throw new UserError('Projektmappen har intet dokumentationsark. Opret eller opgrader først.');
    const grid = gridOf(ws).values;
    const width = (grid[0] ?? []).length;
    const rows = rowsOf(
      grid[0] ?? [],
      grid.slice(1).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
      2,
    );
    const lister = (await this.workbook()).getWorksheet(SHEET.lists);
    return { rows, lists: readLists(lister), settings: readSettings(lister) };
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
  // 6: ExcelJS.ValueType.Formula.
  const formula = (c: ExcelJS.Cell) => ((c.type as number) === 6 ? `=${c.formula}` : plainValue(c));
  return settingsOf(
    gridAt(ws, LISTER_SETTINGS, plainValue),
    gridAt(ws, LISTER_SETTINGS, formula),
    gridAt(ws, LISTER_MATRIX, plainValue),
  );
}
