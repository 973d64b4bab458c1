#!/usr/bin/env node
// npm test: type checks and lint beside the build; the add-in in Chromium beside the unit tests; then LibreOffice
// recalculation.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { isStale } = require('./buildRule');

const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const cache = (name) => path.join(root, 'node_modules/.cache', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;
const begun = Date.now();
const since = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

/** One step as its own process; its output is printed whole when it ends, so steps side by side do not interleave. */
function run(title, cmd, args) {
  const started = Date.now();
  const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((done) =>
    child.on('close', (status) => {
      console.log(`\n=== ${title} ===\n${out.trimEnd()}`);
      console.log(`--- ${title}: ${status === 0 ? 'ok' : 'FEJL'} (${since(started)})`);
      if (status !== 0) ok = false;
      done(status === 0);
    }),
  );
}

/** A Jest project as a step; its counts go into the run's total. */
async function jest(title, args) {
  const out = path.join(os.tmpdir(), `dokark-jest-${process.pid}-${title.replace(/\W/g, '')}.json`);
  await run(title, bin('jest'), [...args, '--json', `--outputFile=${out}`]);
  if (!fs.existsSync(out)) return (ok = false);
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
  if (r.numTotalTests === 0 || r.numPendingTests + r.numTodoTests > 0) ok = false;
  fs.rmSync(out);
}

async function main() {
  // The machine has two cores. The build (only when stale by scripts/buildRule.js, as npm start and the Chromium tests
  // build) runs beside the checks; only Chromium waits for it. tsconfig.test.json is tsconfig.json (strict) over src,
  // test and scripts together: the source is checked once. The checks keep their caches in node_modules/.cache, so a
  // second run checks only what changed.
  const built = isStale('web')
    ? run('Byg tilføjelsesprogrammet (webpack)', bin('webpack'), ['--mode', 'production'])
    : Promise.resolve(true);
  const tsc = (title, config, name) =>
    run(title, bin('tsc'), ['-p', config, '--noEmit', '--incremental', '--tsBuildInfoFile', cache(`tsc/${name}`)]);
  await Promise.all([
    tsc('Typetjek af kilden, testene og scripts (tsc --strict)', 'tsconfig.test.json', 'test.tsbuildinfo'),
    tsc('Typetjek af domænet (noUncheckedIndexedAccess)', 'tsconfig.domain.json', 'domain.tsbuildinfo'),
    run('Lint (ESLint og Prettier)', 'npm', ['run', '--silent', 'lint']),
  ]);
  // Chromium beside the unit tests, LibreOffice after them. With empty caches this took 231–238 s, against 245 s for
  // LibreOffice beside Chromium after the unit tests and 255 s for LibreOffice after whichever of the two ended first.
  await Promise.all([
    built.then((done) => done && jest('Chromium end-to-end', ['--selectProjects', 'e2e', '--runInBand'])),
    (async () => {
      await jest('Enhedstest', ['--selectProjects', 'unit', '--maxWorkers=2']);
      await jest('LibreOffice-genberegning', ['--selectProjects', 'libreoffice', '--maxWorkers=2']);
    })(),
  ]);

  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  if (totals.skipped > 0) console.log('Sprungne test tæller som fejl: fjern .skip/.todo eller testen.');
  console.log(`Hele kørslen: ${since(begun)}`);
  process.exit(ok && totals.failed === 0 && totals.skipped === 0 ? 0 : 1);
}

main();
