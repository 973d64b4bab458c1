/**
 * The deploy build a kommune's IT runs: `npm run build -- --env url=https://…/` gives a folder to host as it is, whose
 * manifest points at that address only, carries package.json's version, and passes Microsoft's tool and schema.
 */
import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { manifestSchemaErrors } from '../support/manifestSchema';
import { ROOT } from './server';

jest.setTimeout(240_000);
const URL_BASE = 'https://dokark.kommune.example/tilfoejelse/';
const webpack = (...args: string[]) =>
  spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
let out: string;
let manifest: string;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-deploy-'));
  // Given without the trailing slash, as people type it.
  const r = webpack('--env', `url=${URL_BASE.slice(0, -1)}`, '--env', `out=${out}`);
  if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
  manifest = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
});
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

test('every address in the manifest is under the deploy URL, and each names a file in the folder', () => {
  expect(manifest).not.toMatch(/localhost/);
  const urls = [...manifest.matchAll(/"(https?:\/\/[^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org'));
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) {
    expect(url.startsWith(URL_BASE)).toBe(true);
    expect(fs.existsSync(path.join(out, url.slice(URL_BASE.length)))).toBe(true);
  }
});

test('the version is package.json’s, and Microsoft’s tool and schema accept the manifest', () => {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  expect(manifest).toContain(`<Version>${version}.0</Version>`);
  const info = execFileSync(
    path.join(ROOT, 'node_modules', '.bin', 'office-addin-manifest'),
    ['info', 'manifest.xml'],
    {
      cwd: out,
      encoding: 'utf8',
    },
  );
  expect(info).toContain(`Source Location: ${URL_BASE}taskpane.html`);
  expect(info).toMatch(/Permissions: ReadWriteDocument/);
  expect(manifestSchemaErrors(path.join(out, 'manifest.xml'))).toBe('');
});

test('the folder holds only what a static server hosts: pages, scripts, icons, office.js for the preview, the manifest', () => {
  const files = fs.readdirSync(out, { recursive: true }).map(String);
  expect(files).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html', 'manifest.xml']));
  expect(files.every((f) => /\.(html|js|png|xml|txt)$/.test(f) || fs.statSync(path.join(out, f)).isDirectory())).toBe(
    true,
  );
});

test('an address that is not https, or is localhost, stops the build with a Danish reason', () => {
  const http = webpack('--env', 'url=http://dokark.kommune.example/', '--env', `out=${out}-http`);
  expect(http.status).not.toBe(0);
  expect(`${http.stdout}${http.stderr}`).toContain('Office indlæser kun tilføjelsesprogrammer over https');
  const local = webpack('--env', 'url=https://localhost:3000/', '--env', `out=${out}-local`);
  expect(local.status).not.toBe(0);
  expect(`${local.stdout}${local.stderr}`).toContain('en udrulning peger ikke på localhost');
});
