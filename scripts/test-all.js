#!/usr/bin/env node
// npm test: type check, unit tests, LibreOffice recalculation, then the built add-in in Chromium.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { isStale } = require('./buildRule');

const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function step(title, cmd, args) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  console.log(`--- ${title}: ${r.status === 0 ? 'ok' : 'FEJL'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (r.status !== 0) ok = false;
  return r.status === 0;
}

function jest(title, args) {
  const out = path.join(os.tmpdir(), `dokark-jest-${process.pid}-${title.replace(/\W/g, '')}.json`);
  step(title, bin('jest'), [...args, '--json', `--outputFile=${out}`]);
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
    if (r.numTotalTests === 0 || r.numPendingTests + r.numTodoTests > 0) ok = false;
    fs.rmSync(out);
  } else ok = false;
}

// tsconfig.test.json is tsconfig.json (strict) over src, test and scripts together: the source is checked once.
for (const [title, config] of [
  ['Typetjek af kilden, testene og scripts (tsc --strict)', 'tsconfig.test.json'],
  ['Typetjek af domænet (noUncheckedIndexedAccess)', 'tsconfig.domain.json'],
]) {
  step(title, bin('tsc'), ['-p', config, '--noEmit']);
}
step('Lint (ESLint og Prettier)', 'npm', ['run', '--silent', 'lint']);
jest('Enhedstest', ['--selectProjects', 'unit']);
jest('LibreOffice-genberegning', ['--selectProjects', 'libreoffice', '--runInBand']);
// Built only when stale by the one build rule (scripts/buildRule.js), as npm start and the Chromium tests build.
const built = !isStale('web') || step('Byg tilføjelsesprogrammet (webpack)', bin('webpack'), ['--mode', 'production']);
if (built) jest('Chromium end-to-end', ['--selectProjects', 'e2e', '--runInBand']);

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (totals.skipped > 0) console.log('Sprungne test tæller som fejl: fjern .skip/.todo eller testen.');
process.exit(ok && totals.failed === 0 && totals.skipped === 0 ? 0 : 1);
