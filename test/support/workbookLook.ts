/**
 * What a workbook shows, sheet by sheet, as comparable text: each cell's value or formula (UI form), font, fill,
 * border, alignment and number format; column widths (characters), row heights, hidden columns, frozen panes; tables,
 * data validation, conditional formats, merged cells and the print setup. One reader for a file (ExcelJS, independent
 * of our writers) and one for the stand-in's model, so `dokark new` and the pane's «Opret» can be compared.
 */
import ExcelJS from 'exceljs';
import type { WorkbookModel } from '../../src/excelStandIn/core/model';
import { MAX_COLUMNS } from '../../src/excelStandIn/core/address';
import { columnLetter } from '../../src/domain/a1';
import { toApiForm } from '../../src/domain/formulaDialect';
import { pointsToCharacters } from '../../src/workbook/columnWidth';

/** Sheet name → property path ("A1 bold", "width C", "print area") → value as text. */
export type WorkbookLook = Map<string, Map<string, string>>;

const hex = (c: string | undefined) => (c ? c.replace(/^#|^FF(?=[0-9A-F]{6}$)/i, '').toUpperCase() : undefined);
const num = (n: number) => String(Math.round(n * 100) / 100);
/** An address list without sheet names and $, a one-cell range as the cell. */
const bare = (a: string) =>
  a
    .replace(/(?:'(?:[^']|'')*'|[^,!' ]+)!/g, '')
    .replace(/\$/g, '')
    .split(/[, ]|&&/)
    .filter(Boolean)
    .map((x) => (x.split(':')[0] === x.split(':')[1] ? x.split(':')[0] : x))
    .join(',');
/** The API's form of a formula, however it is stored. */
const ui = (f: string) => `=${toApiForm(f.replace(/^=/, ''))}`;

const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
/** The cells of "A1:B3" (ExcelJS reads a range's validation back cell by cell). */
function cellsOf(range: string): string[] {
  const [from, to = from] = range.split(':');
  const [, c0, r0] = /^([A-Z]+)(\d+)$/.exec(from!)!;
  const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(to!)!;
  const out: string[] = [];
  for (let r = Number(r0); r <= Number(r1); r++)
    for (let c = colIndex(c0!); c <= colIndex(c1!); c++) out.push(`${columnLetter(c)}${r}`);
  return out;
}

interface CellLook {
  value?: string;
  formula?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  border?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  numFmt?: string;
}

function putCell(out: Map<string, string>, address: string, c: CellLook): void {
  for (const [k, v] of Object.entries(c))
    if (v !== undefined && v !== false && v !== '' && v !== 'General') out.set(`${address} ${k}`, String(v));
}

function put(out: Map<string, string>, key: string, v: string | number | undefined): void {
  if (v !== undefined && v !== '') out.set(key, typeof v === 'number' ? num(v) : v);
}

/** A value as text: dates and numbers as numbers (a file's date is a serial in the stand-in). */
function valueText(v: unknown): string | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (v instanceof Date) return num(v.getTime() / 86_400_000 + 25569);
  return String(v);
}

/**
 * A file's look through ExcelJS; the print areas and page breaks from the package's XML (`raw`: part name → text), as
 * ExcelJS 4.4 reads only the first of several print areas and no row breaks.
 */
export function fileLook(wb: ExcelJS.Workbook, raw: Map<string, string>): WorkbookLook {
  const workbookXml = raw.get('xl/workbook.xml') ?? '';
  const areas = new Map<number, string>();
  for (const m of workbookXml.matchAll(
    /<definedName name="_xlnm.Print_Area" localSheetId="(\d+)">([^<]*)<\/definedName>/g,
  ))
    areas.set(Number(m[1]), m[2]!.replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
  const look: WorkbookLook = new Map();
  wb.worksheets.forEach((ws, index) => {
    const out = new Map<string, string>();
    look.set(ws.name, out);
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height !== undefined && (row as unknown as { customHeight?: boolean }).customHeight !== false)
        put(out, `height ${r}`, row.height);
      row.eachCell({ includeEmpty: true }, (cell) => {
        const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
        const sides = (['top', 'left', 'bottom', 'right'] as const)
          .map((s) => {
            const b = cell.border?.[s];
            return b?.style ? `${s}:${b.style}:${hex(b.color?.argb) ?? ''}` : '';
          })
          .filter(Boolean)
          .join(' ');
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        putCell(out, cell.address, {
          value: formula ? undefined : valueText(cell.value),
          formula: formula ? ui(formula) : undefined,
          bold: cell.font?.bold,
          italic: cell.font?.italic,
          size: cell.font?.size && cell.font.size !== 11 ? cell.font.size : undefined,
          color: hex(cell.font?.color?.argb),
          fill: fill?.pattern === 'solid' ? hex(fill.fgColor?.argb) : undefined,
          border: sides,
          wrap: cell.alignment?.wrapText,
          horizontal: cell.alignment?.horizontal,
          vertical: cell.alignment?.vertical,
          numFmt: cell.numFmt,
        });
      });
    });
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width !== undefined) put(out, `width ${columnLetter(i)}`, col.width);
      if (col.hidden) put(out, `hidden ${columnLetter(i)}`, 'true');
    });
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state === 'frozen') {
      put(out, 'frozen rows', view.ySplit || undefined);
      put(out, 'frozen columns', view.xSplit || undefined);
    }
    ws.getTables().forEach((t) => {
      const table = (
        t as unknown as { table: { name: string; ref: string; tableRef?: string; style?: { theme?: string } } }
      ).table;
      put(out, `table ${table.name}`, `${table.tableRef ?? table.ref} ${table.style?.theme ?? ''}`);
    });
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations
      .model;
    for (const [range, v] of Object.entries(dv).flatMap(([r, v]) =>
      cellsOf(r.replace(/^range:/, '')).map((c) => [c, v] as const),
    )) {
      const f = (v.formulae ?? []).map((x) => (typeof x === 'string' && !/^".*"$/.test(x) ? ui(x) : String(x)));
      put(
        out,
        `validation ${range}`,
        [
          v.type,
          v.operator ?? '',
          f.join(';'),
          v.errorStyle ?? 'stop',
          v.errorTitle ?? '',
          v.error ?? '',
          v.promptTitle ?? '',
          v.prompt ?? '',
        ].join(' | '),
      );
    }
    const cfs = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    for (const cf of cfs ?? [])
      for (const rule of cf.rules as (ExcelJS.ConditionalFormattingRule & { formulae?: string[] })[]) {
        const s = rule.style ?? {};
        const fill = s.fill as ExcelJS.FillPattern | undefined;
        const edges = (['top', 'left', 'bottom', 'right'] as const).map((e) => s.border?.[e]?.style ?? '').join(',');
        put(
          out,
          `conditional ${cf.ref}`,
          [
            (rule.formulae ?? []).map(ui).join(';'),
            hex(fill?.bgColor?.argb ?? fill?.fgColor?.argb) ?? '',
            hex(s.font?.color?.argb) ?? '',
            s.font?.bold ? 'bold' : '',
            edges,
            hex(s.border?.top?.color?.argb) ?? '',
          ].join(' | '),
        );
      }
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    if (merges.length) put(out, 'merged', [...merges].sort().join(','));
    const p = ws.pageSetup;
    put(out, 'print orientation', p.orientation);
    if (p.fitToPage) put(out, 'print zoom', `fit ${p.fitToWidth ?? 1}x${p.fitToHeight ?? 1}`);
    else if (p.scale !== undefined && (p.scale !== 100 || p.orientation)) put(out, 'print zoom', `scale ${p.scale}`);
    put(out, 'print titleRows', p.printTitlesRow && bare(p.printTitlesRow));
    put(out, 'print titleColumns', p.printTitlesColumn && bare(p.printTitlesColumn));
    put(out, 'print area', areas.has(index) ? bare(areas.get(index)!) : undefined);
    put(out, 'print header', ws.headerFooter?.oddHeader);
    put(out, 'print footer', ws.headerFooter?.oddFooter);
    const part = raw.get(`xl/worksheets/sheet${index + 1}.xml`) ?? '';
    const breaks = [...(/<rowBreaks\b[\s\S]*?<\/rowBreaks>/.exec(part)?.[0] ?? '').matchAll(/<brk id="(\d+)"/g)];
    if (breaks.length) put(out, 'print rowBreaks', breaks.map((b) => b[1]).join(','));
    if (ws.state && ws.state !== 'visible') put(out, 'state', ws.state);
  });
  return look;
}

const ALIGN: Record<string, string> = { Left: 'left', Top: 'top', Center: 'center', Right: 'right', Bottom: 'bottom' };
const EDGES: Record<string, string> = { EdgeTop: 'top', EdgeLeft: 'left', EdgeBottom: 'bottom', EdgeRight: 'right' };
const BORDER_STYLE: Record<string, string> = { Continuous: 'thin', Dash: 'dashed', Dot: 'dotted', Double: 'double' };

/** The stand-in's look, from its model: what the pane's Office.js calls left there. */
export function standInLook(model: WorkbookModel): WorkbookLook {
  const look: WorkbookLook = new Map();
  for (const sheet of model.sheets) {
    const out = new Map<string, string>();
    look.set(sheet.name, out);
    for (const [key, c] of sheet.cells) {
      const r = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      const cell = c as typeof c & { size?: number; borders?: Record<string, { style: string; color?: string }> };
      const sides = Object.entries(EDGES)
        .map(([edge, side]) => {
          const b = cell.borders?.[edge];
          return b && b.style !== 'None' ? `${side}:${BORDER_STYLE[b.style] ?? b.style}:${hex(b.color) ?? ''}` : '';
        })
        .filter(Boolean)
        .join(' ');
      putCell(out, `${columnLetter(col)}${r + 1}`, {
        value: c.formula ? undefined : valueText(c.value),
        formula: c.formula ? ui(c.formula) : undefined,
        bold: c.bold,
        italic: c.italic,
        size: cell.size && cell.size !== 11 ? cell.size : undefined,
        color: hex(c.fontColor),
        fill: hex(c.fill),
        border: sides,
        wrap: c.wrap,
        horizontal: c.horizontalAlignment && ALIGN[c.horizontalAlignment],
        vertical: c.verticalAlignment && ALIGN[c.verticalAlignment],
        numFmt: c.numberFormat,
      });
    }
    sheet.rowHeights.forEach((h, r) => put(out, `height ${r + 1}`, h));
    sheet.columnWidths.forEach((w, c) => put(out, `width ${columnLetter(c)}`, pointsToCharacters(w)));
    sheet.hiddenColumns.forEach((c) => put(out, `hidden ${columnLetter(c)}`, 'true'));
    put(out, 'frozen rows', sheet.frozenRows || undefined);
    put(out, 'frozen columns', (sheet as unknown as { frozenColumns?: number }).frozenColumns || undefined);
    for (const t of model.tables.filter((x) => x.sheet === sheet))
      put(
        out,
        `table ${t.name}`,
        `${columnLetter(t.rect.c0)}${t.rect.r0 + 1}:${columnLetter(t.rect.c1)}${t.rect.r1 + 1} ${t.style}`,
      );
    for (const v of sheet.validations.flatMap((v) =>
      cellsOf(`${columnLetter(v.rect.c0)}${v.rect.r0 + 1}:${columnLetter(v.rect.c1)}${v.rect.r1 + 1}`).map((range) => ({
        ...v,
        range,
      })),
    )) {
      const range = v.range;
      const rule = (v.rule ?? {}) as Record<string, Record<string, unknown>>;
      const [kind, body] = Object.entries(rule)[0] ?? ['', {}];
      const alert = (v.errorAlert ?? {}) as { style?: string; title?: string; message?: string };
      const prompt = (v.prompt ?? {}) as { title?: string; message?: string };
      const type = kind === 'wholeNumber' ? 'whole' : kind;
      const formulas =
        kind === 'list'
          ? [String(body.source).startsWith('=') ? ui(String(body.source)) : `"${String(body.source)}"`]
          : kind === 'custom'
            ? [ui(String(body.formula))]
            : [body.formula1, body.formula2].filter((x) => x !== undefined).map(String);
      put(
        out,
        `validation ${range}`,
        [
          type,
          kind === 'wholeNumber' ? String(body.operator ?? '').toLowerCase() : '',
          formulas.join(';'),
          (alert.style ?? 'Stop').toLowerCase(),
          alert.title ?? '',
          alert.message ?? '',
          prompt.title ?? '',
          prompt.message ?? '',
        ].join(' | '),
      );
    }
    for (const f of sheet.conditionalFormats) {
      const edges = ['EdgeTop', 'EdgeLeft', 'EdgeBottom', 'EdgeRight']
        .map((e) => (f.borders[e] ? (BORDER_STYLE[f.borders[e]] ?? f.borders[e]) : ''))
        .join(',');
      put(
        out,
        `conditional ${columnLetter(f.rect.c0)}${f.rect.r0 + 1}:${columnLetter(f.rect.c1)}${f.rect.r1 + 1}`,
        [
          f.formula ? ui(f.formula) : '',
          hex(f.fill) ?? '',
          hex(f.fontColor) ?? '',
          f.bold ? 'bold' : '',
          edges,
          hex(f.borderColor) ?? '',
        ].join(' | '),
      );
    }
    const p = sheet.pageLayout;
    put(out, 'print orientation', p.orientation?.toLowerCase());
    const zoom = p.zoom as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } | undefined;
    if (zoom?.horizontalFitToPages !== undefined)
      put(out, 'print zoom', `fit ${zoom.horizontalFitToPages}x${zoom.verticalFitToPages}`);
    else if (zoom?.scale !== undefined) put(out, 'print zoom', `scale ${zoom.scale}`);
    put(out, 'print titleRows', p.printTitleRows && bare(p.printTitleRows));
    put(out, 'print titleColumns', p.printTitleColumns && bare(p.printTitleColumns));
    put(out, 'print area', p.printArea && bare(p.printArea));
    const hf = p.headerFooter ?? {};
    const part = (l?: string, c?: string, r?: string) =>
      (l ? `&L${l}` : '') + (c ? `&C${c}` : '') + (r ? `&R${r}` : '') || undefined;
    put(out, 'print header', part(hf.leftHeader, hf.centerHeader, hf.rightHeader));
    put(out, 'print footer', part(hf.leftFooter, hf.centerFooter, hf.rightFooter));
    if (p.rowBreaks?.length) put(out, 'print rowBreaks', p.rowBreaks.join(','));
    if (sheet.visibility !== 'Visible') put(out, 'state', sheet.visibility === 'Hidden' ? 'hidden' : 'veryHidden');
  }
  return look;
}

/** Every difference between two looks, as lines "Sheet: key: file … / pane …". */
export function lookDifferences(file: WorkbookLook, pane: WorkbookLook): string[] {
  const out: string[] = [];
  const sheets = [...new Set([...file.keys(), ...pane.keys()])];
  for (const s of sheets) {
    const a = file.get(s);
    const b = pane.get(s);
    if (!a || !b) {
      out.push(`${s}: sheet only in ${a ? 'the file' : 'the pane'}`);
      continue;
    }
    for (const k of [...new Set([...a.keys(), ...b.keys()])])
      if (a.get(k) !== b.get(k)) out.push(`${s}: ${k}: file ${a.get(k) ?? '–'} / pane ${b.get(k) ?? '–'}`);
  }
  return out;
}
