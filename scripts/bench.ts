/** npm run bench: the figures we report. Office.js syncs per operation, file adapter and LibreOffice times. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { planWorkbook } from '../src/workbook/plan';
import { writePlan } from '../src/workbook/file/xlsxWrite';
import { FileWorkbook } from '../src/workbook/file/fileWorkbook';
import { AREAS, generateRows, toTableRow } from '../test/support/generate';
import { recalculate, SOFFICE } from '../test/support/libreoffice';

const ROWS = [100, 1000, 5000];

async function fileBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-bench-'));
  const lines: string[] = [];
  for (const n of ROWS) {
    const file = path.join(dir, `b${n}.xlsx`);
    let t = Date.now();
    const wb = new ExcelJS.Workbook();
    writePlan(wb, planWorkbook({ rows: generateRows(n, n).map(toTableRow), businessAreas: AREAS }));
    await wb.xlsx.writeFile(file);
    const writeMs = Date.now() - t;
    t = Date.now();
    const fw = await FileWorkbook.open(file);
    await fw.upgrade();
    await fw.save(path.join(dir, `u${n}.xlsx`));
    const upgradeMs = Date.now() - t;
    let loMs = NaN;
    if (SOFFICE && n <= 1000) {
      t = Date.now();
      recalculate(file);
      loMs = Date.now() - t;
    }
    const kb = Math.round(fs.statSync(file).size / 1024);
    lines.push(`| ${n} | ${writeMs} | ${upgradeMs} | ${Number.isNaN(loMs) ? '–' : loMs} | ${kb} |`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('\nFil-adapter (ExcelJS) og LibreOffice, millisekunder');
  console.log('| rækker | skriv ny fil | opgrader fil | LibreOffice genberegn | filstørrelse KB |');
  console.log('| --- | --- | --- | --- | --- |');
  lines.forEach((l) => console.log(l));
}

async function officeBench() {
  const modPath = path.join(__dirname, '../src/workbook/office/bench.js');
  if (!fs.existsSync(modPath)) {
    console.log('\nOffice.js-benchmark: src/workbook/office/bench.ts findes ikke endnu.');
    return;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  type Line = { operation: string; rows: number; syncs: number; maxRequestBytes: number; maxResponseBytes: number };
  const { officeBench: run } = require(modPath) as { officeBench: (rows: number[]) => Promise<Line[]> };
  const result = await run([100, 5000]);
  console.log('\nOffice.js-adapter mod stand-in: context.sync() pr. operation og største request/response (KB)');
  console.log('| operation | syncs ved 100 | syncs ved 5000 | største request ved 5000 | største response ved 5000 |');
  console.log('| --- | --- | --- | --- | --- |');
  const kb = (n: number) => (n / 1024).toFixed(1);
  for (const op of [...new Set(result.map((r) => r.operation))]) {
    const at = (n: number) => result.find((r) => r.operation === op && r.rows === n)!;
    console.log(`| ${op} | ${at(100).syncs} | ${at(5000).syncs} | ${kb(at(5000).maxRequestBytes)} | ${kb(at(5000).maxResponseBytes)} |`);
  }
}

(async () => {
  await officeBench();
  await fileBench();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
