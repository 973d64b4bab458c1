/**
 * Builds the three pages into dist/: taskpane.html (the add-in), commands.html (ribbon function file)
 * and preview.html (the pane beside an in-browser workbook). In Office the pages load office.js from Microsoft's
 * CDN, as Microsoft requires; the preview, outside Office, loads the packaged copy from dist/office-js/.
 * No IE11 polyfills: Office's supported browsers are evergreen.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

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

module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  const page = (chunk, template, filename) =>
    new HtmlWebpackPlugin({ filename, template, chunks: [chunk], scriptLoading: 'defer', inject: 'head' });
  return {
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands.ts',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    target: ['web', 'es2020'],
    devtool: production ? false : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
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
        ],
      }),
    ],
    performance: { hints: false },
  };
};
