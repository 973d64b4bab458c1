#!/usr/bin/env node
/**
 * npm start: builds dist/ when it is stale (scripts/buildRule.js, the rule the tests and dokark follow too), serves it
 * on https://localhost:3000 (http when no developer certificate can be had without asking), rebuilds when a source
 * changes, and either sideloads into Excel desktop (when office-addin-debugging is installed and Excel is there) or says
 * how to sideload manifest.xml. Ctrl+C, SIGTERM, or npm going away stops the server, the rebuild and the sideload.
 * Serves only dist/; makes no other network connections. PORT overrides the port (0 = any free port).
 */
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const { BUILDS, ROOT, isStale } = require('./buildRule');

const DIST = path.join(ROOT, 'dist');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const MANIFEST_PORT = 3000;
/** The process that started this one (npm's shell); checked while serving, since it can go away before us. */
const PARENT = process.ppid;
const port = process.env.PORT === undefined || process.env.PORT === '' ? MANIFEST_PORT : Number(process.env.PORT);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function say(line = '') {
  process.stdout.write(`${line}\n`);
}

const WEBPACK_CLI = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });

/** Builds dist/ when stale; webpack's own report (its module list) is shown only when the build fails. */
function buildIfStale() {
  if (!isStale('web')) return;
  say('Bygger tilføjelsesprogrammet (første gang tager det omkring et minut) …');
  const result = spawnSync(process.execPath, [WEBPACK_CLI, '--mode', 'production'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout || '');
    process.stderr.write(result.stderr || '');
    say('Bygningen fejlede; se fejlene ovenfor.');
    process.exit(result.status || 1);
  }
}

/**
 * Rebuilds dist/ when a source of the web build changes (one build at a time; a change during a build queues one more).
 * Returns the stopper, which also ends a build under way.
 */
function watchSources() {
  let timer = null;
  let building = null;
  let again = false;
  const build = () => {
    if (building) {
      again = true;
      return;
    }
    if (!isStale('web')) return;
    say('Ændring fundet: bygger igen …');
    let report = '';
    building = spawn(process.execPath, [WEBPACK_CLI, '--mode', 'production'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    building.stdout.on('data', (d) => (report += d));
    building.stderr.on('data', (d) => (report += d));
    building.on('exit', (code) => {
      building = null;
      if (code !== 0 && code !== null) process.stdout.write(report);
      say(code === 0 ? 'Bygget igen: genindlæs ruden.' : 'Bygningen fejlede; ret fejlen, så bygges der igen.');
      if (again) {
        again = false;
        build();
      }
    });
  };
  const watchers = BUILDS.web.sources
    .map((s) => path.join(ROOT, s))
    .filter(fs.existsSync)
    .map((p) =>
      fs.watch(p, { recursive: fs.statSync(p).isDirectory() }, () => {
        clearTimeout(timer);
        timer = setTimeout(build, 300);
      }),
    );
  return () => {
    clearTimeout(timer);
    watchers.forEach((w) => w.close());
    if (building) building.kill('SIGTERM');
  };
}

function isInstalled(pkg) {
  try {
    require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

function excelDesktopPresent() {
  if (process.platform === 'darwin') return fs.existsSync('/Applications/Microsoft Excel.app');
  if (process.platform !== 'win32') return false;
  const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
  return roots.some((r) =>
    ['root\\Office16', 'Office16'].some((d) => fs.existsSync(path.join(r, 'Microsoft Office', d, 'EXCEL.EXE'))),
  );
}

/** https options when the developer certificates are already trusted; null rather than prompting for an install. */
async function httpsOptions() {
  if (process.env.DOKARK_HTTP === '1') return null;
  try {
    const certs = require('office-addin-dev-certs');
    if (!certs.verifyCertificates()) return null;
    return await certs.getHttpsServerOptions();
  } catch {
    return null;
  }
}

/** Only files under dist/, by exact path; everything else is 404. */
function handler(req, res) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (pathname.endsWith('/')) pathname += 'taskpane.html';
  const file = path.join(DIST, path.normalize(pathname));
  if (!file.startsWith(DIST + path.sep) || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 404 : 405).end();
    return;
  }
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Ikke fundet');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
}

function debuggingCli() {
  const pkgFile = require.resolve('office-addin-debugging/package.json', { paths: [ROOT] });
  const { bin } = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  return path.join(path.dirname(pkgFile), typeof bin === 'string' ? bin : Object.values(bin)[0]);
}

function sideload(cli) {
  say('Excel på skrivebordet fundet: sideloader manifest.xml med office-addin-debugging …');
  const child = spawn(
    process.execPath,
    [cli, 'start', MANIFEST, 'desktop', '--app', 'excel', '--no-debug', '--no-live-reload'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  child.on(
    'exit',
    (code) => code && say(`office-addin-debugging sluttede med kode ${code}. Sideload manuelt, se ovenfor.`),
  );
  return () => spawnSync(process.execPath, [cli, 'stop', MANIFEST], { cwd: ROOT, stdio: 'inherit' });
}

async function main() {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    say(`PORT skal være et tal mellem 0 og 65535, ikke «${process.env.PORT}».`);
    process.exit(2);
  }
  buildIfStale();
  const options = await httpsOptions();
  const server = options ? https.createServer(options, handler) : http.createServer(handler);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', resolve);
  });
  const actualPort = server.address().port;
  const base = `${options ? 'https' : 'http'}://localhost:${actualPort}`;

  let stopSideload = null;
  const debuggingInstalled = isInstalled('office-addin-debugging');
  const excelDesktop = excelDesktopPresent();
  say('');
  say(`Dokumentationsark kører på ${base}/`);
  say('');
  say(`  Uden Excel:         åbn ${base}/preview.html – ruden ved siden af en projektmappe i browseren.`);
  if (debuggingInstalled && excelDesktop && options) {
    say('  Excel på skrivebordet: tilføjelsesprogrammet sideloades nu (office-addin-debugging).');
    stopSideload = sideload(debuggingCli());
  } else {
    say('  I Excel på nettet:  Indsæt → Tilføjelsesprogrammer → Upload mit tilføjelsesprogram,');
    say(`                      vælg ${MANIFEST}, og klik «Dokumentationsark» på fanen Hjem.`);
    const why = !debuggingInstalled
      ? 'office-addin-debugging er ikke installeret'
      : !excelDesktop
        ? 'Excel på skrivebordet blev ikke fundet'
        : 'Excel på skrivebordet kræver https';
    say(`                      (${why}, så der sideloades ikke automatisk.)`);
  }
  if (!options) say('  Bemærk: uden betroet udviklercertifikat kører den på http, og Excel kræver https; kør én gang');
  if (!options) say('          «npx office-addin-dev-certs install» og start igen. Forhåndsvisningen virker på http.');
  if (actualPort !== MANIFEST_PORT)
    say(`  Bemærk: manifest.xml peger på port ${MANIFEST_PORT}; Excel finder kun tilføjelsesprogrammet på den.`);
  const stopWatching = process.env.DOKARK_NO_WATCH === '1' ? () => undefined : watchSources();
  if (process.env.DOKARK_NO_WATCH !== '1') say('  Retter du i src/, bygges der igen af sig selv; genindlæs så siden.');
  say('');
  say('Stop med Ctrl+C.');

  let stopping = false;
  const stop = (reason) => {
    if (stopping) return;
    stopping = true;
    say(`\n${reason}: stopper serveren.`);
    stopWatching();
    if (stopSideload) stopSideload();
    server.close(() => process.exit(0));
    if (server.closeAllConnections) server.closeAllConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT modtaget'));
  process.on('SIGTERM', () => stop('SIGTERM modtaget'));
  // npm does not always pass its own SIGTERM on to the script: when npm is gone, this process is re-parented.
  const watchParent = () => {
    if (process.ppid !== PARENT) stop('npm er stoppet');
  };
  watchParent();
  setInterval(watchParent, 500).unref();
}

main().catch((err) => {
  say(`npm start fejlede: ${err && err.message ? err.message : err}`);
  if (err && err.code === 'EADDRINUSE') say('Porten er optaget. Start med en anden port, fx PORT=3001 npm start.');
  process.exit(1);
});
