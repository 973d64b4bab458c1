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

test('the pane’s JavaScript has no network or browser-storage API and no address to send to', () => {
  const html = fs.readFileSync(dist('taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((u) => !/^https?:/.test(u));
  expect(scripts.length).toBeGreaterThan(0);
  const code = scripts.map((s) => fs.readFileSync(dist(s), 'utf8')).join('\n');
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
  expect(apis.filter((api) => code.includes(api))).toEqual([]);
  // The only absolute URLs are XML namespaces and React's error-decoder text, which nothing requests.
  const urls = [...new Set(code.match(/https?:\/\/[^"'`\s)]+/g) ?? [])];
  expect(
    urls.filter(
      (u) => !/^http:\/\/www\.w3\.org\//.test(u) && !/^https:\/\/reactjs\.org\/docs\/error-decoder\.html/.test(u),
    ),
  ).toEqual([]);
});
