/** WCAG 2.1 AA in the task pane, checked by axe-core in Chromium on every tab, and every tab reachable by keyboard. */
import fs from 'fs';
import type { Browser, Page } from 'playwright-core';
import { ensureBuilt, openPreview, setUpWithSamples, startServer, type Started } from './server';

jest.setTimeout(300_000);

let server: Started;
let browser: Browser;
let page: Page;
let outside: string[];

beforeAll(async () => {
  ensureBuilt();
  server = await startServer(process.execPath, ['scripts/start.js']);
  ({ browser, page, outside } = await openPreview(server.base));
  // Through DevTools, as the page's CSP (rightly) refuses inline scripts.
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  await setUpWithSamples(page);
});

afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(): Promise<string[]> {
  const { found, passed } = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[]; passes: unknown[] }> } }).axe;
    // Fluent's focus manager (tabster) adds aria-hidden focus sentinels by design (fluentui #27517); Microsoft's
    // Accessibility Insights suppresses them too. Everything else in the pane is checked.
    const context = { include: [['aside']], exclude: [['[data-tabster-dummy]']] };
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return { found: result.violations, passed: result.passes.length };
  });
  // The scan really looked at the pane: many rules applied and passed.
  expect(passed).toBeGreaterThan(10);
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.each(['Kom i gang', 'Brugsmønster', 'Række', 'Tjek', 'Visninger'])('tab %s has no WCAG 2.1 AA violations and is reached by keyboard', async (name) => {
  const pane = page.getByRole('complementary', { name: 'Opgaverude' });
  await pane.getByRole('tab').first().focus();
  const tab = pane.getByRole('tab', { name });
  for (let i = 0; i < 6 && !(await tab.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowRight');
  expect(await tab.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(tab.getAttribute('aria-selected')).resolves.toBe('true');
  await page.waitForTimeout(300);
  expect(await violations()).toEqual([]);
});

test('nothing left localhost', () => expect(outside).toEqual([]));
