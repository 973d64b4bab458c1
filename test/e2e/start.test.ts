/** `npm start` comes up on the port it is given, serves the built pages and office.js, and stops on SIGTERM. */
import { ensureBuilt, startServer, type Started } from './server';

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

test('says how to sideload, notices the missing office-addin-debugging, and stops cleanly', async () => {
  const out = server.output();
  expect(out).toContain('Indsæt → Tilføjelsesprogrammer → Upload mit tilføjelsesprogram');
  expect(out).toContain('manifest.xml');
  expect(out).toContain('office-addin-debugging er ikke installeret');
  expect(out).toContain('kører på http');
  // Ctrl+C in the terminal: npm and scripts/start.js both get SIGINT; the script closes the server and exits 0.
  // (npm itself then ends by the same signal; the script's own exit code 0 is checked in preview.test.ts.)
  const { code, signal } = await server.stop('SIGINT');
  expect(server.output()).toContain('SIGINT modtaget: stopper serveren.');
  expect(code === 0 || signal === 'SIGINT').toBe(true);
  await expect(fetch(`${server.base}/taskpane.html`)).rejects.toThrow();
});
