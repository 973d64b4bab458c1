/**
 * npm run bench [-- --json]: the figures we report.
 * 1. Office.js adapter on the strict stand-in: context.sync() calls and operations queued per operation.
 * 2. `dokark upgrade` as a user runs it, beside LibreOffice merely converting the same file.
 * 3. The production task pane's JavaScript, raw and gzipped.
 */
import { execFileSync, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { benchGrid, officeBench, OPERATION_LABELS, type OfficeBenchResult } from './officeBench';
import { SOFFICE } from '../test/support/libreoffice';

const ROOT = path.join(__dirname, '..', '..', '..');
const OFFICE_ROWS = [100, 1000, 5000];
const FILE_ROWS = [1000, 5000];
const SYNC_GOAL = 5;
const BUNDLE_GOAL_KB = 165;
const json = process.argv.includes('--json');
const say = (line = '') => {
  if (!json) console.log(line);
};

interface UpgradeFigure {
  rows: number;
  fileKb: number;
  dokarkMs: number;
  libreOfficeMs: number | null;
  ratio: number | null;
}

interface BundleFigure {
  files: { name: string; rawBytes: number; gzipBytes: number }[];
  rawBytes: number;
  gzipBytes: number;
  goalGzipBytes: number;
}

async function officeFigures(): Promise<OfficeBenchResult[]> {
  const results = await officeBench(OFFICE_ROWS);
  say('Office.js-adapter mod den strenge stand-in (ExcelApi 1.12): context.sync() og operationer i kø');
  say(
    `| operation | ${OFFICE_ROWS.map((n) => `syncs ved ${n}`).join(' | ')} | ${OFFICE_ROWS.map((n) => `operationer ved ${n}`).join(' | ')} | største request / response ved ${OFFICE_ROWS.at(-1)} (KB) |`,
  );
  say(`| --- | ${OFFICE_ROWS.map(() => '---').join(' | ')} | ${OFFICE_ROWS.map(() => '---').join(' | ')} | --- |`);
  const kb = (n: number) => (n / 1024).toFixed(1);
  for (const op of [...new Set(results.map((r) => r.operation))]) {
    const at = (n: number) => results.find((r) => r.operation === op && r.rows === n)!;
    const last = at(OFFICE_ROWS.at(-1)!);
    say(
      `| ${OPERATION_LABELS[op]} | ${OFFICE_ROWS.map((n) => at(n).syncs).join(' | ')} | ${OFFICE_ROWS.map((n) => at(n).queued).join(' | ')} | ${kb(last.maxRequestBytes)} / ${kb(last.maxResponseBytes)} |`,
    );
  }
  const worst = Math.max(...results.map((r) => r.syncs));
  const flat = results.every(
    (r) => r.syncs === results.find((x) => x.operation === r.operation && x.rows === OFFICE_ROWS[0])!.syncs,
  );
  say(`Mål: højst ${SYNC_GOAL} syncs og ens ved alle størrelser – højst ${worst}, ${flat ? 'ens' : 'IKKE ens'}.`);
  return results;
}

/** An older dokumentationsark of `rows` rows, as a user brings it. */
async function writeOldSheet(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ark1');
  ws.addRows(benchGrid(rows));
  await wb.xlsx.writeFile(file);
}

function libreOfficeProfile(dir: string): string {
  const profile = path.join(dir, 'lo-profile');
  fs.mkdirSync(profile, { recursive: true });
  return `-env:UserInstallation=file://${profile}`;
}

/** Milliseconds LibreOffice takes to open the file and save it as .xlsx again (profile warmed beforehand). */
function libreOfficeConvert(profileArg: string, file: string, outDir: string): number {
  const start = Date.now();
  execFileSync(SOFFICE!, [profileArg, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, file], {
    stdio: 'pipe',
    timeout: 300_000,
  });
  return Date.now() - start;
}

function runDokark(args: string[]): number {
  const start = Date.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'dokark.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`dokark ${args.join(' ')} failed:\n${result.stderr}`);
  return Date.now() - start;
}

async function upgradeFigures(): Promise<UpgradeFigure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-bench-'));
  const figures: UpgradeFigure[] = [];
  try {
    // Compiles dokark if needed, so the timings below are of the command alone.
    runDokark(['new', '-o', path.join(dir, 'warm.xlsx')]);
    const profileArg = SOFFICE ? libreOfficeProfile(dir) : '';
    if (SOFFICE) libreOfficeConvert(profileArg, path.join(dir, 'warm.xlsx'), path.join(dir, 'lo-warm'));
    for (const rows of FILE_ROWS) {
      const input = path.join(dir, `gammelt-${rows}.xlsx`);
      await writeOldSheet(input, rows);
      const dokarkMs = runDokark(['upgrade', input, '-o', path.join(dir, `nyt-${rows}.xlsx`)]);
      const libreOfficeMs = SOFFICE ? libreOfficeConvert(profileArg, input, path.join(dir, `lo-${rows}`)) : null;
      const ratio = libreOfficeMs ? Math.round((dokarkMs / libreOfficeMs) * 100) / 100 : null;
      figures.push({ rows, fileKb: Math.round(fs.statSync(input).size / 1024), dokarkMs, libreOfficeMs, ratio });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  say(
    '\n`dokark upgrade` (hele kommandoen, inkl. Node-opstart) ved siden af LibreOffice, der blot konverterer samme fil, millisekunder',
  );
  say('| rækker | fil KB | dokark upgrade | LibreOffice konvertering | forhold (mål < 1) |');
  say('| --- | --- | --- | --- | --- |');
  for (const f of figures)
    say(
      `| ${f.rows} | ${f.fileKb} | ${f.dokarkMs} | ${f.libreOfficeMs ?? '– (ingen LibreOffice)'} | ${f.ratio ?? '–'} |`,
    );
  return figures;
}

/** Builds dist/ for production and measures the scripts taskpane.html loads (office.js comes from Microsoft's CDN). */
function bundleFigures(): BundleFigure {
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] }), '--mode', 'production'],
    { cwd: ROOT, stdio: 'pipe' },
  );
  const html = fs.readFileSync(path.join(ROOT, 'dist', 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const files = scripts.map((src) => {
    const bytes = fs.readFileSync(path.join(ROOT, 'dist', src));
    return { name: src, rawBytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  const figure = {
    files,
    rawBytes: files.reduce((n, f) => n + f.rawBytes, 0),
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    goalGzipBytes: BUNDLE_GOAL_KB * 1024,
  };
  const kb = (n: number) => (n / 1024).toFixed(1);
  say('\nProduktionsbygget: opgaverudens JavaScript (office.js hentes fra Microsofts CDN og tælles ikke med)');
  say('| fil | rå KB | gzip KB |');
  say('| --- | --- | --- |');
  for (const f of files) say(`| ${f.name} | ${kb(f.rawBytes)} | ${kb(f.gzipBytes)} |`);
  say(`| i alt (mål ≤ ${BUNDLE_GOAL_KB} KB gzip) | ${kb(figure.rawBytes)} | ${kb(figure.gzipBytes)} |`);
  return figure;
}

(async () => {
  const office = await officeFigures();
  const upgrade = await upgradeFigures();
  const bundle = bundleFigures();
  if (json) console.log(JSON.stringify({ office, upgrade, bundle }, null, 2));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
