/**
 * The production task pane, read as shipped: its page loads only office.js from Microsoft's CDN and our own
 * files, and its JavaScript has no way to send data or keep state outside the workbook.
 */
import fs from 'fs';
import path from 'path';
import { ROOT, ensureBuilt } from './server';

beforeAll(() => ensureBuilt(), 300_000);

const dist = (f: string) => path.join(ROOT, 'dist', f);

test.each(['taskpane.html', 'commands.html'])(
  '%s loads office.js from the CDN and otherwise only its own files',
  (page) => {
    const html = fs.readFileSync(dist(page), 'utf8');
    const urls = [...html.matchAll(/\s(?:src|href)=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(urls.filter((u) => /^(https?:)?\/\//.test(u))).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    ]);
    for (const own of urls.filter((u) => !/^(https?:)?\/\//.test(u))) expect(fs.existsSync(dist(own))).toBe(true);
  },
);

/** The scripts taskpane.html loads, and every chunk they can fetch later (webpack's runtime names each by its hash). */
function paneScripts(): { first: string[]; later: string[] } {
  const html = fs.readFileSync(dist('taskpane.html'), 'utf8');
  const first = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((u) => !/^https?:/.test(u));
  const runtime = first.map((s) => fs.readFileSync(dist(s), 'utf8')).join('\n');
  const later = fs
    .readdirSync(path.join(ROOT, 'dist'))
    .filter((f) => !first.includes(f))
    .filter((f) => {
      const hash = /\.([0-9a-f]{8})\.js$/.exec(f)?.[1];
      return hash !== undefined && runtime.includes(`"${hash}"`);
    });
  return { first, later };
}

/**
 * Allowed, each for its reason. readable-stream's deprecation helper (util-deprecate, bundled into docx's own dist file,
 * so no alias can take it out) reads three debug flags from localStorage (noDeprecation, throwDeprecation,
 * traceDeprecation): a read of the browser's flags, nothing stored (swc writes its catch without a binding).
 * setImmediate's polyfill asks whether importScripts exists (to tell a worker), and calls nothing.
 */
const ALLOWED_USES = [
  /try\{if\(!\w+\.localStorage\)return!1\}catch(?:\(\w+\))?\{return!1\}var \w+=\w+\.localStorage\[\w+\];return null!=\w+&&"true"===String\(\w+\)\.toLowerCase\(\)/g,
  /!\w+\.importScripts\b/g,
];

/**
 * Absolute URLs nothing requests: XML namespaces (a Word or Excel file names its vocabularies by them), React's
 * error-decoder text, and links in three libraries' error texts (docx on list levels, JSZip on unreadable zips, Griffel on
 * CSS shorthands: swc leaves that warning's text built, though a production build never prints it).
 */
const ALLOWED_URLS = [
  /^http:\/\/www\.w3\.org\//,
  /^http:\/\/schemas\.openxmlformats\.org\//,
  /^http:\/\/schemas\.microsoft\.com\/office\//,
  /^http:\/\/purl\.org\/dc\//,
  /^https:\/\/reactjs\.org\/docs\/error-decoder\.html/,
  /^https:\/\/answers\.microsoft\.com\/en-us\/msoffice\/forum\/all\/does-word-support-more-than-9-list-levels\//,
  /^https:\/\/aka\.ms\/griffel-css-shorthands$/,
  /^https:\/\/github\.com\/microsoft\/griffel\/issues$/,
  /^https:\/\/stuk\.github\.io\/jszip\/documentation\/howto\/read_zip\.html$/,
];

test('the pane’s JavaScript, first load and every chunk it fetches later, has no network or browser-storage API and no address to send to', () => {
  const { first, later } = paneScripts();
  expect(first.length).toBeGreaterThan(0);
  // The tabs, Opret's code and the notat's Word library are fetched later: they are scanned too.
  expect(later.length).toBeGreaterThan(0);
  const scripts = [...first, ...later];
  const code = scripts.map((s) => fs.readFileSync(dist(s), 'utf8')).join('\n');
  expect(code).toContain('wordprocessingml');
  const apis = [
    'fetch(',
    'XMLHttpRequest',
    'sendBeacon',
    'WebSocket',
    'EventSource',
    'localStorage',
    'sessionStorage',
    'indexedDB',
    'importScripts',
  ];
  const rest = ALLOWED_USES.reduce((text, allowed) => text.replace(allowed, ''), code);
  expect(apis.filter((api) => rest.includes(api))).toEqual([]);
  const urls = [...new Set(code.match(/https?:\/\/[^"'`\s)]+/g) ?? [])];
  expect(urls.filter((u) => !ALLOWED_URLS.some((allowed) => allowed.test(u)))).toEqual([]);
});
