/** LibreOffice headless as the test engine: recalculates a workbook (ignoring cached values) and reads every sheet as CSV. */
import { execFileSync, spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));

/**
 * A LibreOffice user profile in `dir`: `always` recalculates every formula on load (cached results ignored), `never`
 * keeps the cached results (LibreOffice only loads the formulas). Pass `-env:UserInstallation=file://<dir>`.
 */
export function libreOfficeProfile(dir: string, mode: 'always' | 'never' = 'always'): string {
  const user = path.join(dir, 'user');
  fs.mkdirSync(user, { recursive: true });
  const value = mode === 'always' ? 0 : 1;
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>${value}</value></prop></item>`;
  fs.writeFileSync(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry">${item('OOXMLRecalcMode')}${item('ODFRecalcMode')}</oor:items>\n`,
  );
  return dir;
}

/**
 * A profile that recalculates on load: in a Jest run of the LibreOffice project one per test process for the whole run
 * (test/support/libreOfficeRun.ts removes them); elsewhere a throw-away one.
 */
function profile(): { dir: string; keep: boolean } {
  const run = process.env.DOKARK_LO_PROFILES;
  if (run && fs.existsSync(run)) {
    const dir = path.join(run, `p${process.pid}`);
    if (!fs.existsSync(dir)) libreOfficeProfile(dir);
    return { dir, keep: true };
  }
  return throwawayProfile();
}

const throwawayProfile = () => ({
  dir: libreOfficeProfile(fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-lo-'))),
  keep: false,
});

/** Debian's python3-uno: LibreOffice's bridge, which lets a test process keep one LibreOffice running. */
const UNO = fs.existsSync('/usr/lib/python3/dist-packages/uno.py') ? '/usr/bin/python3' : undefined;
const UNO_CONVERT = path.join(__dirname, 'unoConvert.py');
let office: { pipe: string } | null | undefined;
const unreachable = (run: string) => path.join(run, `unreachable-${process.pid}`);

/**
 * This test process's LibreOffice, started at its first conversion and listening on a pipe: a conversion then costs
 * its own work, not a start of about 4 s. Only in a Jest run of the LibreOffice project (the teardown stops it) and with
 * python3-uno; otherwise null, and each conversion starts LibreOffice itself.
 */
function runningOffice(): { pipe: string } | null {
  if (office !== undefined) return office;
  const run = process.env.DOKARK_LO_PROFILES;
  if (!UNO || !SOFFICE || !run || !fs.existsSync(run)) return (office = null);
  const pipe = `dokark-${process.pid}`;
  // Jest loads this module anew for each test file; the files say this process's LibreOffice runs already, or that it
  // could not be reached (then every conversion starts its own, without waiting for it again).
  if (fs.existsSync(unreachable(run))) return (office = null);
  const started = path.join(run, `office-${process.pid}`);
  if (fs.existsSync(started)) return (office = { pipe });
  const child = spawn(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile().dir}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--nodefault',
      `--accept=pipe,name=${pipe};urp;`,
    ],
    { detached: true, stdio: 'ignore' },
  );
  child.unref();
  fs.writeFileSync(started, String(child.pid));
  return (office = { pipe });
}

/** Parses LibreOffice's CSV (comma, double quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Every sheet of the recalculated workbook, by sheet name, as rows of cell texts: numbers unformatted, dates as
 * LibreOffice's MM/DD/YYYY; `asShown`: each cell as its number format shows it, as on the screen and on paper.
 */
export function recalculate(xlsx: string, options: { asShown?: boolean } = {}): Record<string, string[][]> {
  return recalculateAll([xlsx], options)[0];
}

/** Several workbooks in one LibreOffice run (it starts in seconds, converts in milliseconds); same order as given. */
export function recalculateAll(
  files: readonly string[],
  { asShown = false }: { asShown?: boolean } = {},
): Record<string, string[][]>[] {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-csv-'));
  try {
    convert(
      `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${asShown},false,false,-1`,
      out,
      files,
      120_000 + 10_000 * files.length,
    );
    const bases = files.map((f) => path.basename(f, '.xlsx'));
    // The longest base first, so "a-b-Ark1.csv" belongs to "a-b", not to "a".
    const byLength = [...bases].sort((a, b) => b.length - a.length);
    const results = bases.map(() => ({}) as Record<string, string[][]>);
    for (const f of fs.readdirSync(out)) {
      const base = byLength.find((b) => f.startsWith(`${b}-`));
      if (base === undefined || !f.endsWith('.csv')) continue;
      results[bases.indexOf(base)][f.slice(base.length + 1, -4)] = parseCsv(fs.readFileSync(path.join(out, f), 'utf8'));
    }
    return results;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/** LibreOffice prints the workbook to PDF with the page setup stored in it (recalculated first). */
export function printToPdf(xlsx: string, outDir: string): string {
  convert('pdf', outDir, [xlsx], 180_000);
  return path.join(outDir, `${path.basename(xlsx, '.xlsx')}.pdf`);
}

/**
 * A document LibreOffice Writer opens (.docx) converted with `filter` ('pdf', 'txt:Text (encoded):UTF8'); returns the
 * written file's path. Needs libreoffice-writer-nogui.
 */
export function convertDocument(file: string, filter: string, outDir: string): string {
  convert(filter, outDir, [file], 120_000);
  return path.join(outDir, `${path.parse(file).name}.${filter.split(':')[0]}`);
}

/** Converts `files` as `soffice --convert-to` does, in this process's running LibreOffice when there is one. */
function convert(filter: string, outDir: string, files: readonly string[], timeout: number): void {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) er ikke installeret: apt-get install libreoffice-calc-nogui');
  const running = runningOffice();
  if (running) {
    try {
      execFileSync(UNO!, [UNO_CONVERT, running.pipe, filter, outDir, ...files], { stdio: 'pipe', timeout });
      return;
    } catch (e) {
      const failure = e as { status?: number; stderr?: Buffer };
      if (failure.status === 3) {
        // Not reachable: this process converts on profiles of its own from now on.
        fs.writeFileSync(unreachable(process.env.DOKARK_LO_PROFILES!), '');
        office = null;
      } else {
        // Seen once, on a loaded machine, before its reason was printed: the running LibreOffice failed a conversion.
        // It is tried once more below, in a LibreOffice of its own; a workbook LibreOffice cannot read fails there.
        const said = failure.stderr?.toString().trim().split('\n').slice(-3).join(' | ');
        console.warn(`Den kørende LibreOffice konverterede ikke ${files.join(', ')}: ${said || String(e)}`);
      }
    }
  }
  // The running one holds the process's profile: a conversion without it takes a profile of its own.
  const prof = running ? throwawayProfile() : profile();
  try {
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${prof.dir}`,
        '--headless',
        '--norestore',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: 'pipe', timeout },
    );
  } finally {
    if (!prof.keep) fs.rmSync(prof.dir, { recursive: true, force: true });
  }
}
