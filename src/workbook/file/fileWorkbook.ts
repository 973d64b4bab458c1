/**
 * The .xlsx file adapter: one package, read with the package reader and written with the streamed writer (no ExcelJS).
 * Every operation goes from package to package: setup and upgrade write our sheets and carry the others over, a
 * handout sheet is put into the package as it stands.
 */
import fs from 'fs';
import { column, COLUMNS } from '../../domain/schema';
import type { Settings } from '../../domain/prioritisation';
import { SHEET } from '../../domain/sheetLayout';
import { LISTER_LISTS, LISTER_MATRIX, LISTER_SETTINGS, listsOf, rowsOf, settingsOf } from '../readSheet';
import { planUpgrade } from '../../domain/upgrade';
import type { Lists } from '../../domain/validation';
import { CREATED_MESSAGE, SHEETS_MADE, planWorkbook } from '../plan';
import type { Detection, DokumentationWorkbook, SetupSummary, SheetSnapshot, UpgradeSummary } from '../types';
import { UserError } from '../errors';
import { joinParts, openPackage, zipPartsForSaving, type WrittenParts } from './packageFile';
import { planPackage, upgradePackage } from './upgradePackage';
import { PackageBook, gridAt } from './packageBook';
import { withPlannedSheet } from './addSheet';
import type { Parts } from './xlsxPackage';

const OUR_SHEETS = SHEETS_MADE.map((s) => s.toLowerCase());

export class FileWorkbook implements DokumentationWorkbook {
  /** The package as it stands: as read, or as the last operation wrote it; none for a new workbook until setup. */
  private parts: WrittenParts | undefined;
  /** The package read into grids, while it is unchanged. */
  private read: PackageBook | undefined;

  static async open(path: string): Promise<FileWorkbook> {
    const book = await openPackage(path);
    const wb = FileWorkbook.fromParts(book.parts);
    wb.read = book;
    return wb;
  }

  /** A package already read (and checked) into its parts. */
  static fromParts(parts: Parts): FileWorkbook {
    const wb = new FileWorkbook();
    wb.parts = parts;
    return wb;
  }

  /** The package as plain parts (a written package's sheets made now). */
  packageParts(): Parts {
    if (!this.parts) throw new UserError('Projektmappen er tom. Opret dokumentationsarket først.');
    const plain = joinParts(this.parts);
    this.parts = plain;
    return plain;
  }

  private book(): PackageBook | undefined {
    if (!this.parts) return undefined;
    return (this.read ??= new PackageBook(this.packageParts()));
  }

  private replace(parts: WrittenParts): void {
    this.parts = parts;
    this.read = undefined;
  }

  /** The package, deflated as it is written (a written package's big sheets made batch by batch). */
  async save(path: string): Promise<void> {
    if (!this.parts) throw new UserError('Projektmappen er tom. Opret dokumentationsarket først.');
    await fs.promises.writeFile(path, await zipPartsForSaving(this.parts));
  }

  /**
   * «Workshopark til udskrift»: a handout for every sagsområde of one fagområde, each on a page of its own (manual page
   * breaks, a scale at which one form fits a page). Drawn again when it is there. Returns the number of handouts.
   */
  async addWorkshopHandouts(businessArea: string): Promise<number> {
    const doc = this.book()?.currentDocumentation();
    if (!doc)
      throw new UserError(
        'Filen har ikke et dokumentationsark af denne udgave. Opgrader det først med dokark upgrade.',
      );
    const { values } = doc.grid;
    const headers = (values[0] ?? []).map((h) => String(h ?? ''));
    const area = headers.indexOf(column('businessArea').header);
    const caseArea = headers.indexOf(column('caseArea').header);
    const { planWorkshopHandouts, handoutCaseAreas, noHandoutsMessage, handoutsPrintSetup } =
      await import('../workshopPlan');
    const { businessArea: spelled, caseAreas } = handoutCaseAreas(
      values.slice(1).map((r) => [r?.[area], r?.[caseArea]] as const),
      businessArea,
    );
    if (caseAreas.length === 0) throw new UserError(noHandoutsMessage(businessArea));
    const plan = planWorkshopHandouts(spelled, caseAreas);
    // A page break above each handout after the first; the whole form on a portrait page at one scale.
    const sheet = { ...plan, rowBreaks: plan.pageBreaks.map((r) => r + 1) };
    const page = handoutsPrintSetup(plan);
    this.replace(withPlannedSheet(this.packageParts(), sheet, page));
    return caseAreas.length;
  }

  async detect(): Promise<Detection> {
    const book = this.book();
    const ready = book?.currentDocumentation();
    if (ready)
      return {
        status: 'ready',
        sheet: ready.sheet.name,
        headerRow: 1,
        matchedColumns: COLUMNS.length,
        missingColumns: [],
        dataRows: ready.grid.values.length - 1,
      };
    const source = book?.source();
    if (!book || !source)
      return { status: 'absent', matchedColumns: 0, missingColumns: COLUMNS.map((c) => c.header), dataRows: 0 };
    const plan = planUpgrade(book.grid(source.sheet));
    return {
      status: 'upgradable',
      sheet: source.sheet.name,
      headerRow: plan.sourceHeaderRow,
      matchedColumns: plan.matched.length,
      missingColumns: plan.missing.map((k) => column(k).header),
      dataRows: plan.rows.length,
    };
  }

  async setup(): Promise<SetupSummary> {
    const book = this.book();
    const ready = book?.currentDocumentation();
    if (ready)
      return {
        created: false,
        rows: ready.grid.values.length - 1,
        message: 'Dokumentationsarket findes allerede. Intet er ændret.',
      };
    const clash = book?.sheets.find((s) => OUR_SHEETS.includes(s.name.toLowerCase()));
    if (clash)
      throw new UserError(`Projektmappen har allerede et ark ved navn «${clash.name}». Brug «Opgrader» i stedet.`);
    // The streamed writer, as an upgrade: our sheets, then the workbook's own carried over as they are.
    this.replace(planPackage(planWorkbook(), book?.parts).parts);
    return { created: true, rows: 0, message: CREATED_MESSAGE };
  }

  /** Package to package: the source sheet as a grid, our sheets as text, the source's sheets carried over as they are. */
  async upgrade(): Promise<UpgradeSummary> {
    const book = this.book();
    const { parts, summary } = upgradePackage(this.packageParts(), book);
    this.replace(parts);
    return summary;
  }

  async snapshot(): Promise<SheetSnapshot> {
    const book = this.book();
    const doc = book?.currentDocumentation();
    if (!book || !doc) throw new UserError('Projektmappen har intet dokumentationsark. Opret eller opgrader først.');
    const grid = doc.grid.values;
    const width = (grid[0] ?? []).length;
    const rows = rowsOf(
      grid[0] ?? [],
      grid.slice(1).map((r) => Array.from({ length: width }, (_, i) => r?.[i] ?? null)),
      2,
    );
    const lister = book.sheet(SHEET.lists);
    const listerGrid = lister ? book.grid(lister) : undefined;
    return { rows, lists: readLists(listerGrid), settings: readSettings(listerGrid) };
  }
}

type Grid = ReturnType<PackageBook['grid']>;

export function readLists(lister: Grid | undefined): Lists {
  return listsOf(lister ? gridAt(lister, LISTER_LISTS) : null);
}

export function readSettings(lister: Grid | undefined): Settings {
  if (!lister) return settingsOf(null, null, null);
  return settingsOf(
    gridAt(lister, LISTER_SETTINGS),
    gridAt(lister, LISTER_SETTINGS, 'formulas'),
    gridAt(lister, LISTER_MATRIX),
  );
}
