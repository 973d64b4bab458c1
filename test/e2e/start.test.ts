/**
 * `npm start` comes up on the port it is given, serves the built pages and office.js, rebuilds after an edit, and stops
 * on Ctrl+C, on SIGTERM, and when npm alone is killed.
 */
import fs from 'fs';
import path from 'path';
import { ensureBuilt, ROOT, startServer, type Started } from './server';

jest.setTimeout(240_000);
let server: Started;

beforeAll(async () => {
  ensureBuilt();
  server = await startServer('npm', ['start']);
});
afterAll(async () => {
  if (server) await server.stop();
});

test('serves taskpane.html and preview.html with 200', async () => {
  expect(server.base).toMatch(/^http:\/\/localhost:\d+$/);
  for (const page of ['taskpane.html', 'preview.html', 'commands.html']) {
    const res = await fetch(`${server.base}/${page}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // In Excel the pages load office.js from Microsoft's CDN (Microsoft's rule for add-ins); the preview, outside Office, the packaged copy.
    const office =
      page === 'preview.html' ? './office-js/office.js' : 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
    expect(await res.text()).toContain(office);
  }
});

test('serves office.js and the icons with their types, and nothing outside dist/', async () => {
  const js = await fetch(`${server.base}/office-js/office.js`);
  expect(js.status).toBe(200);
  expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  const png = await fetch(`${server.base}/assets/icon-80.png`);
  expect(png.headers.get('content-type')).toBe('image/png');
  expect((await fetch(`${server.base}/../package.json`)).status).toBe(404);
  expect((await fetch(`${server.base}/%2e%2e/package.json`)).status).toBe(404);
  expect((await fetch(`${server.base}/manifest.xml`)).status).toBe(404);
});

test('an edit of a source rebuilds dist/, and the new build is served', async () => {
  const page = path.join(ROOT, 'dist', 'preview.html');
  const before = fs.statSync(page).mtimeMs;
  const source = path.join(ROOT, 'src', 'taskpane', 'strings.ts');
  const now = new Date();
  fs.utimesSync(source, now, now);
  const deadline = Date.now() + 180_000;
  while (!server.output().includes('Bygget igen') && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 250));
  expect(server.output()).toContain('Ændring fundet: bygger igen');
  expect(server.output()).toContain('Bygget igen: genindlæs ruden.');
  expect(fs.statSync(page).mtimeMs).toBeGreaterThan(before);
  expect((await fetch(`${server.base}/preview.html`)).status).toBe(200);
});

test('says how to sideload, notices the missing office-addin-debugging, and stops cleanly', async () => {
  const out = server.output();
  expect(out).toContain('Indsæt → Tilføjelsesprogrammer → Upload mit tilføjelsesprogram');
  expect(out).toContain('manifest.xml');
  // office-addin-debugging is optional (it needs the native module keytar): whichever way npm ci went, start says so.
  const debugging = fs.existsSync(path.join(ROOT, 'node_modules', 'office-addin-debugging', 'package.json'));
  expect(out).toContain(
    debugging ? 'Excel på skrivebordet blev ikke fundet' : 'office-addin-debugging er ikke installeret',
  );
  expect(out).toContain('kører på http');
  // Ctrl+C in the terminal: npm and scripts/start.js both get SIGINT; the script closes the server and exits 0.
  // (npm itself then ends by the same signal; the script's own exit code 0 is checked in preview.test.ts.)
  const { code, signal } = await server.stop('SIGINT');
  expect(server.output()).toContain('SIGINT modtaget: stopper serveren.');
  expect(code === 0 || signal === 'SIGINT').toBe(true);
  await expect(fetch(`${server.base}/taskpane.html`)).rejects.toThrow();
});

test('killing npm alone (not its process group) also stops the server and frees the port', async () => {
  const own = await startServer('npm', ['start']);
  expect((await fetch(`${own.base}/taskpane.html`)).status).toBe(200);
  process.kill(own.child.pid!, 'SIGTERM');
  const deadline = Date.now() + 10_000;
  let open = true;
  while (open && Date.now() < deadline) {
    open = await fetch(`${own.base}/taskpane.html`).then(
      () => true,
      () => false,
    );
    if (open) await new Promise((r) => setTimeout(r, 200));
  }
  expect(open).toBe(false);
  expect(own.output()).toContain('npm er stoppet: stopper serveren.');
  await own.stop();
});
