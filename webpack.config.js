/**
 * Builds the three pages into dist/: taskpane.html (the add-in), commands.html (ribbon function file)
 * and preview.html (the pane beside an in-browser workbook). In Office the pages load office.js from Microsoft's
 * CDN, as Microsoft requires; the preview, outside Office, loads the packaged copy from dist/office-js/.
 * No IE11 polyfills: Office's supported browsers are evergreen.
 *
 * Deploy build: `npm run build -- --env url=https://server/path/` also writes dist/manifest.xml pointing at that address
 * (https only, no localhost left) with the version from package.json. `--env out=DIR` writes somewhere else than dist/.
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MinimizerPlugin = require('minimizer-webpack-plugin');

const OFFICE_JS = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
/** office.js and what it fetches beside itself in Excel: the host scripts, the file map, strings and telemetry. */
const OFFICE_JS_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'excel-*.js',
  'excelwebapp-*.js',
  'excelios-*.js',
  'da-dk/*.js',
  'en-us/*.js',
  'telemetry/*.js',
  'ariatelemetry/*.js',
];

/** Fluent's token object, replaced by src/taskpane/fluentTokens.ts (see there why). */
const FLUENT_TOKENS = path.join(path.dirname(require.resolve('@fluentui/tokens/package.json')), 'lib', 'tokens.js');

const DEV_URL = 'https://localhost:3000/';

/** The deploy address, checked: https, ends in '/', no query or fragment. */
function deployUrl(raw) {
  let url;
  try {
    url = new URL(raw.endsWith('/') ? raw : `${raw}/`);
  } catch {
    throw new Error(`--env url=${raw}: ikke en gyldig adresse.`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`--env url=${raw}: Office indlæser kun tilføjelsesprogrammer over https.`);
  if (url.search || url.hash) throw new Error(`--env url=${raw}: adressen må ikke have ? eller #.`);
  if (url.hostname === 'localhost') throw new Error(`--env url=${raw}: en udrulning peger ikke på localhost.`);
  return url.href;
}

/** manifest.xml for the deploy address: every dev URL replaced, <Version> from package.json (four parts). */
function deployManifest(url) {
  const { version } = require('./package.json');
  const parts = version.split(/[.-]/).slice(0, 3).map(Number);
  if (parts.some((n) => !Number.isInteger(n))) throw new Error(`package.json: version ${version} er ikke a.b.c.`);
  return (content) =>
    content
      .toString('utf8')
      .split(DEV_URL)
      .join(url)
      .replace(/<Version>[^<]*<\/Version>/, `<Version>${[...parts, 0].join('.')}</Version>`);
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const url = env.url ? deployUrl(String(env.url)) : null;
  const outDir = path.resolve(__dirname, env.out ? String(env.out) : 'dist');
  /** Marks the build as made now, also when webpack left unchanged files alone: the one build rule (scripts/buildRule.js) reads this mark. */
  const markBuilt = {
    apply: (compiler) =>
      compiler.hooks.done.tap('markBuilt', (stats) => {
        const mark = path.join(outDir, 'preview.html');
        if (!stats.hasErrors() && fs.existsSync(mark)) fs.utimesSync(mark, new Date(), new Date());
      }),
  };
  const page = (chunk, template, filename) =>
    new HtmlWebpackPlugin({ filename, template, chunks: [chunk], scriptLoading: 'defer', inject: 'head' });
  return {
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands.ts',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: outDir,
      filename: '[name].[contenthash:8].js',
      // Chunks loaded on first use (the notat's Word library) sit beside the page: a fixed relative path, so webpack's
      // runtime does not probe for workers (importScripts) to find its own address.
      publicPath: '',
      clean: true,
    },
    target: ['web', 'es2020'],
    // Modules compiled once are kept in node_modules/.cache/webpack: a second build (the deploy build, a rebuild after
    // an edit, the Chromium tests after the unit tests) compiles only what changed.
    cache: { type: 'filesystem', buildDependencies: { config: [__filename] } },
    devtool: production ? false : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      alias: { [FLUENT_TOKENS]: path.resolve(__dirname, 'src/taskpane/fluentTokens.ts') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; here ES modules so webpack can drop unused Fluent code.
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'es2020', target: 'es2020', sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      markBuilt,
      page('taskpane', './src/taskpane/taskpane.html', 'taskpane.html'),
      page('commands', './src/taskpane/commands.html', 'commands.html'),
      page('preview', './src/preview/preview.html', 'preview.html'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          ...OFFICE_JS_FILES.map((from) => ({
            from,
            context: OFFICE_JS,
            to: 'office-js/',
            globOptions: { ignore: ['**/*.debug.js'] },
            // Served exactly as Microsoft ships them: not minified again, no license files split off.
            info: { minimized: true },
          })),
          ...(url ? [{ from: 'manifest.xml', to: 'manifest.xml', transform: deployManifest(url) }] : []),
        ],
      }),
    ],
    performance: { hints: false },
    // swc minifies (one of the minifiers webpack's own minimizer plugin offers): a build without cache took 33–39 s beside
    // npm test's checks, where terser (webpack's default, two passes) took 89 s; the first load is 0.2 KB smaller.
    optimization: { minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify })] },
  };
};
