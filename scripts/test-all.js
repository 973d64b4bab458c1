#!/usr/bin/env node
// npm test: type check, unit tests, LibreOffice recalculation, then the built add-in in Chromium.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { isStale } = require('./buildRule');

const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;
const begun = Date.now();

function step(title, cmd, args) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  console.log(`--- ${title}: ${r.status === 0 ? 'ok' : 'FEJL'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (r.status !== 0) ok = false;
  return r.status === 0;
}

const jestOut = (title) => path.join(os.tmpdir(), `dokark-jest-${process.pid}-${title.replace(/\W/g, '')}.json`);

function count(title) {
  const out = jestOut(title);
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
    if (r.numTotalTests === 0 || r.numPendingTests + r.numTodoTests > 0) ok = false;
    fs.rmSync(out);
  } else ok = false;
}

function jest(title, args) {
  step(title, bin('jest'), [...args, '--json', `--outputFile=${jestOut(title)}`]);
  count(title);
}

// Steps side by side, each one process, their output printed when all have ended (the machine has two cores).
// tsconfig.test.json is tsconfig.json (strict) over src, test and scripts together: the source is checked once.
function together(steps) {
  const started = Date.now();
  const runs = steps.map(([title, cmd, args]) => {
    const r = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    r.stdout.on('data', (d) => (out += d));
    r.stderr.on('data', (d) => (out += d));
    return new Promise((done) =>
      r.on('close', (status) => done({ title, status, out, seconds: (Date.now() - started) / 1000 })),
    );
  });
  return Promise.all(runs).then((results) => {
    for (const { title, status, out, seconds } of results) {
      console.log(`\n=== ${title} ===\n${out.trimEnd()}`);
      console.log(`--- ${title}: ${status === 0 ? 'ok' : 'FEJL'} (${seconds.toFixed(1)} s)`);
      if (status !== 0) ok = false;
    }
    console.log(`--- I alt side om side: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return results;
  });
}

async function main() {
  // Built only when stale by the one build rule (scripts/buildRule.js), as npm start and the Chromium tests build.
  const build = isStale('web')
    ? [['Byg tilføjelsesprogrammet (webpack)', bin('webpack'), ['--mode', 'production']]]
    : [];
  const built = await together([
    ['Typetjek af kilden, testene og scripts (tsc --strict)', bin('tsc'), ['-p', 'tsconfig.test.json', '--noEmit']],
    ['Typetjek af domænet (noUncheckedIndexedAccess)', bin('tsc'), ['-p', 'tsconfig.domain.json', '--noEmit']],
    ['Lint (ESLint og Prettier)', 'npm', ['run', '--silent', 'lint']],
    ...build,
  ]).then((results) => results.every((r) => r.status === 0 || !r.title.startsWith('Byg')));
  // Two workers: the unit and LibreOffice tests are CPU-bound, and each LibreOffice worker has its own profile.
  jest('Enhedstest', ['--selectProjects', 'unit', '--maxWorkers=2']);
  // LibreOffice and Chromium side by side: each waits on its engine much of the time (together about 1.5 cores).
  const engines = [['LibreOffice-genberegning', bin('jest'), ['--selectProjects', 'libreoffice', '--maxWorkers=2']]];
  if (built) engines.push(['Chromium end-to-end', bin('jest'), ['--selectProjects', 'e2e', '--runInBand']]);
  await together(
    engines.map(([title, cmd, args]) => [title, cmd, [...args, '--json', `--outputFile=${jestOut(title)}`]]),
  );
  engines.forEach(([title]) => count(title));

  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  if (totals.skipped > 0) console.log('Sprungne test tæller som fejl: fjern .skip/.todo eller testen.');
  console.log(`Hele kørslen: ${((Date.now() - begun) / 1000).toFixed(0)} s`);
  process.exit(ok && totals.failed === 0 && totals.skipped === 0 ? 0 : 1);
}

main();
