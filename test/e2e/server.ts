/** Helpers for the Chromium tests: a fresh build when it is stale, a free port, and `npm start` on it. */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import net from 'net';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.join(__dirname, '..', '..');
// The one build rule (scripts/buildRule.js), shared with npm start and dokark.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isStale } = require('../../scripts/buildRule.js') as { isStale: (build: 'web' | 'cli') => boolean };

/** Builds dist/ (production) when it is stale by the one build rule. */
export function ensureBuilt(): void {
  if (!isStale('web')) return;
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [cli, '--mode', 'production'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`webpack failed:\n${result.stdout}\n${result.stderr}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Started {
  child: ChildProcess;
  base: string;
  output: () => string;
  /** Signals the whole process group, then waits until it has exited and closed its output. */
  stop: (signal?: NodeJS.Signals) => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs a command with PORT set and waits until it prints the preview URL. */
export async function startServer(
  command: string,
  args: string[],
  timeoutMs = 120_000,
  env: Record<string, string> = {},
): Promise<Started> {
  const port = await freePort();
  // Own process group, so stop() can signal it as a terminal's Ctrl+C does (npm and its child together).
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, PORT: String(port), DOKARK_HTTP: '1', ...env },
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const check = () => {
      const m = /Uden Excel: +åbn (https?:\/\/localhost:\d+)\/preview\.html/.exec(out);
      if (m && /Stop med Ctrl\+C/.test(out)) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${out}`));
    });
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  const stop = (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
    }
    return closed;
  };
  return { child, base, output: () => out, stop };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export interface Preview {
  browser: Browser;
  page: Page;
  /** Every request the page made that did not go to the local server; each was refused, and tests expect none. */
  outside: string[];
}

/**
 * Debian's Chromium on the preview page. Nothing may leave localhost: such a request is recorded in `outside`
 * and aborted, so the test that checks the list fails rather than anything being sent.
 */
export async function openPreview(base: string, onRequest?: (url: string) => void): Promise<Preview> {
  // One Chromium for the whole run (test/e2e/sharedRun.ts), each file in its own context; closing only disconnects.
  const shared = process.env.DOKARK_E2E_BROWSER;
  const browser = shared
    ? await chromium.connect(shared)
    : await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: 1400, height: 860 },
    locale: 'da-DK',
    ignoreHTTPSErrors: true,
    // Fluent's transitions (a button's colours over 100 ms) then end at once, so axe's colour check reads the settled
    // colours even on a busy machine; the colours themselves are the same.
    reducedMotion: 'reduce',
  });
  const outside: string[] = [];
  context.on('request', (r) => {
    onRequest?.(r.url());
    if (!r.url().startsWith(`${base}/`) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
  });
  await context.route(
    (url) => !url.href.startsWith(`${base}/`),
    (route) => route.abort('blockedbyclient'),
  );
  // What the page's Content-Security-Policy refused, as the page itself sees it.
  await context.addInitScript(() => {
    const w = window as unknown as { cspRefused: string[] };
    w.cspRefused = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspRefused.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(`${base}/preview.html`);
  return { browser, page, outside };
}

/** The preview set up as a user would: Opret in the pane, then the page's 12 sample rows. */
export async function setUpWithSamples(page: Page): Promise<void> {
  const pane = page.getByRole('complementary', { name: 'Opgaverude' });
  await pane.getByRole('button', { name: 'Opret' }).click();
  await pane.getByText(/^Arket Dokumentation er klar/).waitFor();
  await page.getByRole('button', { name: 'Indsæt 12 eksempelrækker' }).click();
  await page
    .locator('table[data-sheet="Dokumentation"] td[data-address="B13"]')
    .filter({ hasText: 'Skoleindskrivning' })
    .waitFor();
}

export interface PreviewSession {
  page: Page;
  /** Requests that left localhost (refused); tests expect none. */
  outside: string[];
}

/**
 * For a test file: the preview served by `npm start`, in a Chromium context of its own, `prepare` (if any), then
 * Opret and the 12 sample rows; closed again after the file's tests. The fields are filled in beforeAll.
 */
export function previewWithSamples(prepare?: (page: Page) => Promise<void>): PreviewSession {
  const session = {} as PreviewSession;
  let server: Started | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    // The run's one server (test/e2e/sharedRun.ts), or one of the file's own when the run has none.
    let base = process.env.DOKARK_E2E_BASE;
    if (!base) {
      ensureBuilt();
      server = await startServer(process.execPath, ['scripts/start.js']);
      base = server.base;
    }
    let page: Page;
    ({ browser, page, outside: session.outside } = await openPreview(base));
    session.page = page;
    await prepare?.(page);
    await setUpWithSamples(page);
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await server.stop();
  });
  return session;
}
