#!/usr/bin/env node
// Runs the dokark command, compiling it first when the build is stale (scripts/buildRule.js).
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const { isStale } = require('./buildRule');

const root = path.join(__dirname, '..');
const entry = path.join(root, 'build/cli/cli/dokark.js');

if (isStale('cli')) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.cli.json')], {
    stdio: 'inherit',
  });
  fs.utimesSync(entry, new Date(), new Date());
}
const { main } = require(entry);
main(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s) }).then((code) => {
  process.exitCode = code;
});
