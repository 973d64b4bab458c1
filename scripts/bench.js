#!/usr/bin/env node
// Compiles the benchmark with tsc and runs it; `npm run bench -- --json` prints the same figures as JSON.
const { execFileSync } = require('child_process');
const path = require('path');
const root = path.join(__dirname, '..');
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.bench.json')], {
  stdio: 'inherit',
});
require(path.join(root, 'build/bench/scripts/bench.js'));
