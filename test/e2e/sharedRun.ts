/**
 * Jest globalSetup of the Chromium project: one `scripts/start.js` (not watching sources, so start.test.ts's rebuild is
 * its own server's alone) and one Chromium for every test file of the run; sharedRunEnd.ts stops both.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBuilt, startServer, type Started } from './server';

interface SharedRun {
  browser: BrowserServer;
  server: Started;
}

export default async function setup(): Promise<void> {
  ensureBuilt();
  const server = await startServer(process.execPath, ['scripts/start.js'], 120_000, { DOKARK_NO_WATCH: '1' });
  const browser = await chromium.launchServer({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  (globalThis as { dokarkE2e?: SharedRun }).dokarkE2e = { browser, server };
  process.env.DOKARK_E2E_BASE = server.base;
  process.env.DOKARK_E2E_BROWSER = browser.wsEndpoint();
}

export async function teardown(): Promise<void> {
  const run = (globalThis as { dokarkE2e?: SharedRun }).dokarkE2e;
  if (!run) return;
  await run.browser.close();
  await run.server.stop();
}
