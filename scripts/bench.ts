/**
 * npm run bench [-- --json] [-- --files | --bundle | --office]: the figures we report (--bundle: only item 4).
 * 1. Office.js adapter on the strict stand-in: context.sync() calls and operations queued per operation.
 * 2. `dokark upgrade` as a user runs it, beside LibreOffice merely converting the same file: time and peak memory.
 * 3. LibreOffice recalculating the upgraded workbook from scratch, beside converting the legacy file; the same workbook
 *    without formulas, conditional formats and validation, and cut to less than domain.md asks for (what-if floors,
 *    scripts/benchVariants.ts); and its own save opened without and with recalculation (loading against computing).
 * 4. The production task pane's JavaScript, raw and gzipped: what taskpane.html loads first, and in all (with the
 *    chunks it loads when they are needed).
 */
import { execFileSync, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { benchGrid, officeBench, OPERATION_LABELS, type OfficeBenchResult } from './officeBench';
import { SOFFICE, libreOfficeProfile } from '../test/support/libreoffice';
import { writeBare, writeSpecMinimum } from './benchVariants';

const ROOT = path.join(__dirname, '..', '..', '..');
const OFFICE_ROWS = [100, 1000, 5000];
const FILE_ROWS = [1000, 5000];
const SYNC_GOAL = 5;
/** What taskpane.html loads before the pane shows (issue 24; Microsoft's React template ships 165 KB doing nothing). */
const INITIAL_GOAL_KB = 120;
const json = process.argv.includes('--json');
const say = (line = '') => {
  if (!json) console.log(line);
};

interface UpgradeFigure {
  rows: number;
  fileKb: number;
  dokarkMs: number;
  /** Peak resident memory of the whole command (maxrss), MB. */
  dokarkPeakMb: number;
  libreOfficeMs: number | null;
  libreOfficePeakMb: number | null;
  ratio: number | null;
  memoryRatio: number | null;
}

interface RecalcFigure {
  rows: number;
  /** LibreOffice opening the upgraded workbook, recalculating every formula and saving it. */
  recalcMs: number;
  /** LibreOffice opening the legacy file and saving it. */
  convertMs: number;
  ratio: number;
  /** The same upgraded workbook with every formula, conditional format and validation taken out: what is left. */
  bareMs: number;
  bareRatio: number;
  /** A floor below what domain.md asks for (see writeSpecMinimum): the goal's room for our formulas (what-if). */
  minimumMs: number;
  minimumRatio: number;
  /** LibreOffice opening its own save of the upgraded workbook without recalculating (loading the formulas). */
  loadOnlyMs: number;
  /** The same save opened with recalculation, less loadOnlyMs: the formulas' evaluation. */
  evaluationMs: number;
}

/** Best of this many runs for each timed command, recalculation too (the machine is shared: ±1.5 s at 5,000 rows). */
const RUNS = 3;

interface BundleFigure {
  files: { name: string; initial: boolean; rawBytes: number; gzipBytes: number }[];
  /** All of the pane's JavaScript, the chunks loaded when needed included. */
  rawBytes: number;
  gzipBytes: number;
  /** What taskpane.html loads first. */
  initialGzipBytes: number;
  initialGoalGzipBytes: number;
}

async function officeFigures(): Promise<OfficeBenchResult[]> {
  const results = await officeBench(OFFICE_ROWS);
  say('Office.js-adapter mod den strenge stand-in (ExcelApi 1.12): context.sync() og operationer i kø');
  say(
    `| operation | ${OFFICE_ROWS.map((n) => `syncs ved ${n}`).join(' | ')} | ${OFFICE_ROWS.map((n) => `operationer ved ${n}`).join(' | ')} | skrivninger ved ${OFFICE_ROWS.at(-1)} | største request / response ved ${OFFICE_ROWS.at(-1)} (KB) |`,
  );
  say(
    `| --- | ${OFFICE_ROWS.map(() => '---').join(' | ')} | ${OFFICE_ROWS.map(() => '---').join(' | ')} | --- | --- |`,
  );
  const kb = (n: number) => (n / 1024).toFixed(1);
  for (const op of [...new Set(results.map((r) => r.operation))]) {
    const at = (n: number) => results.find((r) => r.operation === op && r.rows === n)!;
    const last = at(OFFICE_ROWS.at(-1)!);
    say(
      `| ${OPERATION_LABELS[op]} | ${OFFICE_ROWS.map((n) => at(n).syncs).join(' | ')} | ${OFFICE_ROWS.map((n) => at(n).queued).join(' | ')} | ${last.writes} | ${kb(last.maxRequestBytes)} / ${kb(last.maxResponseBytes)} |`,
    );
  }
  const worst = Math.max(...results.map((r) => r.syncs));
  const flat = results.every(
    (r) => r.syncs === results.find((x) => x.operation === r.operation && x.rows === OFFICE_ROWS[0])!.syncs,
  );
  say(`Mål: højst ${SYNC_GOAL} syncs og ens ved alle størrelser – højst ${worst}, ${flat ? 'ens' : 'IKKE ens'}.`);
  const READS = ['detect', 'snapshot', 'check', 'selection', 'selectionStart', 'selectionCheck', 'selectionViews'];
  const writingReads = results.filter((r) => READS.includes(r.operation) && r.writes > 0);
  say(
    `Læsninger, der skriver: ${writingReads.length ? writingReads.map((r) => `${r.operation} ved ${r.rows}`).join(', ') : 'ingen'}.`,
  );
  const bigSelection = Math.max(
    ...results
      .filter((r) => r.operation.startsWith('selection') && r.rows === OFFICE_ROWS.at(-1))
      .map((r) => r.maxResponseBytes),
  );
  say(`Markering: største svar ved ${OFFICE_ROWS.at(-1)} rækker ${kb(bigSelection)} KB (mål: højst 10 KB).`);
  return results;
}

/** An older dokumentationsark of `rows` rows, as a user brings it. */
async function writeOldSheet(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ark1');
  ws.addRows(benchGrid(rows));
  await wb.xlsx.writeFile(file);
}

/** A throw-away LibreOffice profile in the bench's directory, as the argument that selects it. */
const profileArgument = (dir: string, mode: 'always' | 'never' = 'always') =>
  `-env:UserInstallation=file://${libreOfficeProfile(path.join(dir, `lo-profile-${mode}`), mode)}`;

interface Run {
  ms: number;
  peakMb: number;
}

/** Wall time and peak resident memory (GNU time's maxrss, largest process of the command) of one command. */
function timed(command: string, args: string[]): Run {
  const start = Date.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', command, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  const ms = Date.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  const kb = Number(/maxrss=(\d+)/.exec(result.stderr)?.[1]);
  return { ms, peakMb: Math.round(kb / 1024) };
}

const best = (runs: Run[]): Run => ({
  ms: Math.min(...runs.map((r) => r.ms)),
  peakMb: Math.max(...runs.map((r) => r.peakMb)),
});
const repeat = (n: number, f: () => Run): Run => best(Array.from({ length: n }, f));

/** LibreOffice opening the file and saving it as .xlsx again (profile warmed beforehand). */
function libreOfficeConvert(profileArg: string, file: string, outDir: string): Run {
  return timed(SOFFICE!, [profileArg, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, file]);
}

const runDokark = (args: string[]): Run => timed(process.execPath, [path.join(ROOT, 'scripts', 'dokark.js'), ...args]);
const ratioOf = (a: number, b: number) => Math.round((a / b) * 100) / 100;

async function fileFigures(): Promise<{ upgrade: UpgradeFigure[]; recalc: RecalcFigure[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-bench-'));
  const upgrade: UpgradeFigure[] = [];
  const recalc: RecalcFigure[] = [];
  try {
    // Compiles dokark if needed, so the timings below are of the command alone.
    runDokark(['new', '-o', path.join(dir, 'warm.xlsx')]);
    const profileArg = SOFFICE ? profileArgument(dir) : '';
    const loadOnlyArg = SOFFICE ? profileArgument(dir, 'never') : '';
    if (SOFFICE) libreOfficeConvert(profileArg, path.join(dir, 'warm.xlsx'), path.join(dir, 'lo-warm'));
    if (SOFFICE) libreOfficeConvert(loadOnlyArg, path.join(dir, 'warm.xlsx'), path.join(dir, 'lo-warm'));
    for (const rows of FILE_ROWS) {
      const input = path.join(dir, `gammelt-${rows}.xlsx`);
      const output = path.join(dir, `nyt-${rows}.xlsx`);
      await writeOldSheet(input, rows);
      const dokark = repeat(RUNS, () => runDokark(['upgrade', input, '-o', output, '--overwrite']));
      const lo = SOFFICE
        ? repeat(RUNS, () => libreOfficeConvert(profileArg, input, path.join(dir, `lo-${rows}`)))
        : null;
      upgrade.push({
        rows,
        fileKb: Math.round(fs.statSync(input).size / 1024),
        dokarkMs: dokark.ms,
        dokarkPeakMb: dokark.peakMb,
        libreOfficeMs: lo?.ms ?? null,
        libreOfficePeakMb: lo?.peakMb ?? null,
        ratio: lo ? ratioOf(dokark.ms, lo.ms) : null,
        memoryRatio: lo ? ratioOf(dokark.peakMb, lo.peakMb) : null,
      });
      if (lo) {
        const again = repeat(RUNS, () => libreOfficeConvert(profileArg, output, path.join(dir, `lo-recalc-${rows}`)));
        const bareFile = path.join(dir, `bar-${rows}.xlsx`);
        writeBare(output, bareFile);
        const bare = repeat(RUNS, () => libreOfficeConvert(profileArg, bareFile, path.join(dir, `lo-bare-${rows}`)));
        const minimumFile = path.join(dir, `minimum-${rows}.xlsx`);
        writeSpecMinimum(output, minimumFile);
        const minimum = repeat(RUNS, () =>
          libreOfficeConvert(profileArg, minimumFile, path.join(dir, `lo-minimum-${rows}`)),
        );
        // The workbook as LibreOffice saved it (with results): opened with and without recalculation.
        const saved = path.join(dir, `lo-recalc-${rows}`, path.basename(output));
        const savedRecalc = repeat(RUNS, () =>
          libreOfficeConvert(profileArg, saved, path.join(dir, `lo-saved-${rows}`)),
        );
        const savedLoad = repeat(RUNS, () =>
          libreOfficeConvert(loadOnlyArg, saved, path.join(dir, `lo-saved-${rows}`)),
        );
        recalc.push({
          rows,
          recalcMs: again.ms,
          convertMs: lo.ms,
          ratio: ratioOf(again.ms, lo.ms),
          bareMs: bare.ms,
          bareRatio: ratioOf(bare.ms, lo.ms),
          minimumMs: minimum.ms,
          minimumRatio: ratioOf(minimum.ms, lo.ms),
          loadOnlyMs: savedLoad.ms,
          evaluationMs: Math.max(0, savedRecalc.ms - savedLoad.ms),
        });
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  say(
    `\n\`dokark upgrade\` (hele kommandoen, inkl. Node-opstart) ved siden af LibreOffice, der blot konverterer samme fil; bedste af ${RUNS} kørsler, største hukommelsesforbrug (maxrss)`,
  );
  say(
    '| rækker | fil KB | dokark upgrade ms | LibreOffice konvertering ms | forhold (mål < 1) | dokark MB | LibreOffice MB | forhold (mål ≤ 1) |',
  );
  say('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const dash = (v: number | null) => (v === null ? '–' : String(v));
  for (const f of upgrade)
    say(
      `| ${f.rows} | ${f.fileKb} | ${f.dokarkMs} | ${f.libreOfficeMs ?? '– (ingen LibreOffice)'} | ${dash(f.ratio)} | ${f.dokarkPeakMb} | ${dash(f.libreOfficePeakMb)} | ${dash(f.memoryRatio)} |`,
    );
  say(
    `\nLibreOffice genberegner den opgraderede projektmappe fra bunden ved siden af at konvertere den gamle fil, millisekunder, bedste af ${RUNS} kørsler`,
  );
  say(
    '| rækker | genberegning | konvertering | forhold (mål ≤ 2 ved 5000) | uden formler, betinget formatering og validering | forhold | mindre end domain.md kræver (kun måling) | forhold |',
  );
  say('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const f of recalc)
    say(
      `| ${f.rows} | ${f.recalcMs} | ${f.convertMs} | ${f.ratio} | ${f.bareMs} | ${f.bareRatio} | ${f.minimumMs} | ${f.minimumRatio} |`,
    );
  say(
    '\nHvor tiden går: LibreOffices egen gemte udgave af den opgraderede projektmappe (med resultater) åbnet uden genberegning (kun indlæsning af formlerne) og med; forskellen er formlernes beregning, millisekunder',
  );
  say('| rækker | kun indlæsning | beregning |');
  say('| --- | --- | --- |');
  for (const f of recalc) say(`| ${f.rows} | ${f.loadOnlyMs} | ${f.evaluationMs} |`);
  return { upgrade, recalc };
}

interface ChunkStats {
  id: string | number;
  files: string[];
  children: (string | number)[];
}

/**
 * Builds dist/ for production and measures the pane's JavaScript (office.js comes from Microsoft's CDN): the scripts
 * taskpane.html loads first, and every chunk the pane can load later (by webpack's chunk graph).
 */
function bundleFigures(): BundleFigure {
  const statsFile = path.join(os.tmpdir(), `dokark-bench-stats-${process.pid}.json`);
  let chunks: ChunkStats[];
  let entry: (string | number)[];
  try {
    execFileSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] }), '--mode', 'production', `--json=${statsFile}`],
      { cwd: ROOT, stdio: 'pipe' },
    );
    const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as {
      chunks: ChunkStats[];
      namedChunkGroups: Record<string, { chunks: (string | number)[] }>;
    };
    chunks = stats.chunks;
    entry = stats.namedChunkGroups.taskpane.chunks;
  } finally {
    fs.rmSync(statsFile, { force: true });
  }
  const reachable = new Set<string | number>(entry);
  for (const id of reachable) for (const child of chunks.find((c) => c.id === id)?.children ?? []) reachable.add(child);
  const html = fs.readFileSync(path.join(ROOT, 'dist', 'taskpane.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src)),
  );
  const names = new Set([...initial, ...chunks.filter((c) => reachable.has(c.id)).flatMap((c) => c.files)]);
  const files = [...names]
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = fs.readFileSync(path.join(ROOT, 'dist', name));
      const gzipBytes = zlib.gzipSync(bytes, { level: 9 }).length;
      return { name, initial: initial.has(name), rawBytes: bytes.length, gzipBytes };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzipBytes - a.gzipBytes);
  const sum = (list: typeof files, k: 'rawBytes' | 'gzipBytes') => list.reduce((n, f) => n + f[k], 0);
  const first = files.filter((f) => f.initial);
  const figure = {
    files,
    rawBytes: sum(files, 'rawBytes'),
    gzipBytes: sum(files, 'gzipBytes'),
    initialGzipBytes: sum(first, 'gzipBytes'),
    initialGoalGzipBytes: INITIAL_GOAL_KB * 1024,
  };
  const kb = (n: number) => (n / 1024).toFixed(1);
  say('\nProduktionsbygget: opgaverudens JavaScript (office.js hentes fra Microsofts CDN og tælles ikke med)');
  say('| fil | indlæses | rå KB | gzip KB |');
  say('| --- | --- | --- | --- |');
  for (const f of files)
    say(`| ${f.name} | ${f.initial ? 'først' : 'når den bruges'} | ${kb(f.rawBytes)} | ${kb(f.gzipBytes)} |`);
  say(
    `| først (mål ≤ ${INITIAL_GOAL_KB} KB gzip) | | ${kb(sum(first, 'rawBytes'))} | ${kb(figure.initialGzipBytes)} |`,
  );
  say(`| i alt, også det, der hentes, når det bruges | | ${kb(figure.rawBytes)} | ${kb(figure.gzipBytes)} |`);
  return figure;
}

(async () => {
  // --files: only the file figures (dokark and LibreOffice), for work on the file adapter.
  const only = process.argv.includes('--files');
  // --bundle: only the production build's figures, for work on the pane's size.
  const bundleOnly = process.argv.includes('--bundle');
  // --office: only the Office.js adapter's figures (syncs, writes, sizes), for work on the pane's reads.
  const officeOnly = process.argv.includes('--office');
  const office = only || bundleOnly ? [] : await officeFigures();
  const { upgrade, recalc } = bundleOnly || officeOnly ? { upgrade: [], recalc: [] } : await fileFigures();
  const bundle = only || officeOnly ? null : bundleFigures();
  if (json) console.log(JSON.stringify({ office, upgrade, recalc, bundle }, null, 2));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
