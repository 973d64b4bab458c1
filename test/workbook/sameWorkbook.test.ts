/**
 * One look, whoever writes the workbook (issue 24 item 1): the workbook `dokark new` writes and the one the pane's
 * «Opret» builds in the stand-in, compared sheet by sheet (values, formulas, widths, heights, fonts, fills, borders,
 * alignment, number formats, validation, conditional formats, tables, frozen panes, print setup). The file is read by
 * ExcelJS, not by our own reader; the stand-in from its model.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/dokark';
import { unpackAll } from '../../src/workbook/file/zipRead';
import { officeOn } from './office/officeFixtures';
import { createFakeExcel } from '../support/standIn';
import { fileLook, lookDifferences, standInLook, type WorkbookLook } from '../support/workbookLook';

/**
 * What Office.js cannot do as the file does, each with its reason and the API versions it applies to. Keep it short:
 * anything else is a drift to mend in the plan, not here.
 */
const ALLOWED: { pattern: RegExp; below: string; reason: string }[] = [
  {
    pattern: /: print (orientation|zoom|titleRows|titleColumns|area|header|footer|rowBreaks): file .* \/ pane –$/,
    below: '1.9',
    reason:
      'Worksheet.pageLayout and horizontalPageBreaks are ExcelApi 1.9: below it the pane leaves Excel’s default print setup (writeReportSheets.ts ViewWriteOptions)',
  },
];

/** Every kind of property the file reader must find in a new workbook, so a reader that reads nothing cannot pass. */
const KINDS = [
  / value$/,
  / formula$/,
  / bold$/,
  / italic$/,
  / size$/,
  / color$/,
  / fill$/,
  / border$/,
  / wrap$/,
  / vertical$/,
  / horizontal$/,
  / numFmt$/,
  /^width /,
  /^height /,
  /^hidden /,
  /^frozen rows$/,
  /^frozen columns$/,
  /^table /,
  /^validation /,
  /^conditional /,
  /^print (orientation|zoom|titleRows|titleColumns|area|header|footer|rowBreaks)$/,
];

async function fileWorkbook(): Promise<{ wb: ExcelJS.Workbook; raw: Map<string, string> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-same-'));
  try {
    const out = path.join(dir, 'ny.xlsx');
    const lines: string[] = [];
    const code = await main(['new', '-o', out], { out: (s) => lines.push(s), err: (s) => lines.push(s) });
    expect({ code, lines }).toEqual({ code: 0, lines: [expect.stringContaining('Oprettet')] });
    const raw = new Map([...unpackAll(fs.readFileSync(out), out)].map(([k, v]) => [k, v.toString('utf8')]));
    const { loadWorkbook } = await import('../support/excelRead');
    return { wb: await loadWorkbook(out), raw };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let file: WorkbookLook;
beforeAll(async () => {
  const { wb, raw } = await fileWorkbook();
  file = fileLook(wb, raw);
});

test('the file reader finds every kind of property in a new workbook', () => {
  const keys = [...file.values()].flatMap((sheet) => [...sheet.keys()]);
  for (const kind of KINDS)
    expect({ kind: String(kind), found: keys.some((k) => kind.test(k)) }).toEqual({
      kind: String(kind),
      found: true,
    });
});

test.each(['1.9', '1.8'])(
  'dokark new and the pane’s «Opret» (ExcelApi %s) make the same workbook, sheet by sheet',
  async (apiVersion) => {
    const fake = createFakeExcel({ apiVersion });
    await officeOn(fake).setup();
    const pane = standInLook(fake.model);
    expect([...pane.keys()]).toEqual([...file.keys()]);
    const differences = lookDifferences(file, pane);
    const allowed = ALLOWED.filter((a) => apiVersion < a.below);
    if (process.env.SHOW_DIFFERENCES)
      fs.writeFileSync(`${process.env.SHOW_DIFFERENCES}.${apiVersion}`, differences.join('\n'));
    expect(differences.filter((d) => !allowed.some((a) => a.pattern.test(d)))).toEqual([]);
    // Every allowance still stands for a difference there is.
    for (const a of allowed)
      expect({ allowed: a.reason, found: differences.some((d) => a.pattern.test(d)) }).toEqual({
        allowed: a.reason,
        found: true,
      });
  },
);
