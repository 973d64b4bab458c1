#!/usr/bin/env node
// Runs the dokark command, compiling it first when the build is missing or older than the sources.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const entry = path.join(root, 'build/cli/cli/dokark.js');

function newestMtime(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

const sources = ['src/domain', 'src/workbook', 'src/cli'].map((d) => newestMtime(path.join(root, d)));
if (!fs.existsSync(entry) || fs.statSync(entry).mtimeMs < Math.max(...sources)) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.cli.json')], {
    stdio: 'inherit',
  });
  fs.utimesSync(entry, new Date(), new Date());
}
const { main } = require(entry);
main(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s) }).then((code) => {
  process.exitCode = code;
});
