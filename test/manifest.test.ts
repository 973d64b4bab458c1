/** The add-in manifest: what Microsoft's own tool reads from it, plus the checks the tool does not make offline. */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { manifestSchemaErrors } from './support/manifestSchema';

const root = path.join(__dirname, '..');
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const attr = (name: string) => [...xml.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

test('office-addin-manifest info reads it (offline)', () => {
  const bin = path.join(root, 'node_modules', '.bin', 'office-addin-manifest');
  const out = execFileSync(bin, ['info', 'manifest.xml'], { cwd: root, encoding: 'utf8' });
  expect(out).toMatch(/Name: Dokumentationsark/);
  expect(out).toMatch(/Type: TaskPaneApp/);
  expect(out).toMatch(/Hosts: Workbook/);
  expect(out).toMatch(/Permissions: ReadWriteDocument/);
  expect(out).toMatch(/Default Locale: da-DK/);
  expect(out).toMatch(/Source Location: https:\/\/localhost:3000\/taskpane\.html/);
  expect(out).toMatch(/AppDomains: *\n/);
});

test('the id is a GUID, and the pane needs ExcelApi 1.8', () => {
  expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/i);
  expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.8"\/>/);
  expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  expect(xml).toMatch(/<OfficeTab id="TabHome">/);
  expect(xml).toMatch(/<Override Locale="en-US"/);
  expect(xml).not.toMatch(/<AppDomain>/);
});

test('every URL points to https://localhost:3000', () => {
  const urls = [...xml.matchAll(/"(https?:\/\/[^"]+)"/g)]
    .map((m) => m[1])
    .filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org'));
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
});

test('every icon exists with the pixel size the manifest says', () => {
  const images = [
    ...xml.matchAll(/<bt:Image id="Icon\.(\d+)x(\d+)" DefaultValue="https:\/\/localhost:3000\/([^"]+)"/g),
  ];
  expect(images.map((m) => m[1])).toEqual(['16', '32', '80']);
  const checks: [string, number][] = images.map((m) => [m[3], Number(m[1])]);
  checks.push(['assets/icon-32.png', 32], ['assets/icon-64.png', 64]);
  expect(xml).toContain('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>');
  expect(xml).toContain('<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>');
  for (const [file, size] of checks) expect(pngSize(path.join(root, file))).toEqual({ width: size, height: size });
});

test('every resid resolves to a resource, and every resource is used', () => {
  const resources = xml.slice(xml.indexOf('<Resources>'), xml.indexOf('</Resources>'));
  const ids = new Set([...resources.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
  const resids = new Set(attr('resid'));
  expect(ids.size).toBe(11);
  for (const r of resids) expect(ids).toContain(r);
  for (const id of ids) expect(resids).toContain(id);
});

test('the pages the manifest names are the ones webpack builds', () => {
  const config = fs.readFileSync(path.join(root, 'webpack.config.js'), 'utf8');
  for (const page of ['taskpane.html', 'commands.html']) {
    expect(xml).toContain(`https://localhost:3000/${page}`);
    expect(config).toContain(page);
  }
});

test('the manifest validates against Microsoft’s OfficeApp 1.1 schema (../shared/manifest-xsd)', () => {
  expect(manifestSchemaErrors(path.join(root, 'manifest.xml'))).toBe('');
});
