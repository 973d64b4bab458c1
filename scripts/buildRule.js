/**
 * The one rule every build follows (npm start, the Chromium tests, dokark): a build is stale when any of its sources is
 * newer than the file it wrote last. No other rule decides whether to rebuild.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');

/** The web pages (dist/) and the command line (build/cli/): what each is built from, and the file that marks a build. */
const BUILDS = {
  web: {
    mark: 'dist/preview.html',
    sources: ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'package.json'],
  },
  cli: {
    mark: 'build/cli/cli/dokark.js',
    sources: ['src/domain', 'src/workbook', 'src/cli', 'tsconfig.json', 'tsconfig.cli.json'],
  },
};

function newestMtime(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** True when `build` ('web' or 'cli') is missing or older than one of its sources. */
function isStale(build) {
  const { mark, sources } = BUILDS[build];
  const markFile = path.join(ROOT, mark);
  if (!fs.existsSync(markFile)) return true;
  const newest = Math.max(
    ...sources
      .map((s) => path.join(ROOT, s))
      .filter(fs.existsSync)
      .map(newestMtime),
  );
  return fs.statSync(markFile).mtimeMs < newest;
}

module.exports = { BUILDS, ROOT, isStale };
