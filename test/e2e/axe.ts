/** axe-core in the preview's pane: WCAG 2.1 A and AA rules, Fluent's focus sentinels excluded (engines.md). */
import fs from 'fs';
import type { Page } from 'playwright-core';

/** For previewWithSamples: axe-core goes in through DevTools, as the page's CSP (rightly) refuses inline scripts. */
export async function loadAxe(page: Page): Promise<void> {
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
}

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; any: { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } }[] }[];
}

/** The pane's violations as readable lines; also checks the scan really looked at the pane (many rules passed). */
export async function paneViolations(page: Page): Promise<string[]> {
  const { found, passed } = await page.evaluate(async () => {
    // Colours settle first: a transition that has just begun (a button enabled again after its action, even with
    // reduced motion's 0.01 ms) shows its start colour until the next frame, and axe would read that. Endless
    // animations (a spinner) are not waited for.
    const ending = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[]; passes: unknown[] }> };
      }
    ).axe;
    // Fluent's focus manager (tabster) adds aria-hidden focus sentinels by design (fluentui #27517); Microsoft's
    // Accessibility Insights suppresses them too. Everything else in the pane is checked.
    const context = { include: [['aside']], exclude: [['[data-tabster-dummy]']] };
    const result = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return { found: result.violations, passed: result.passes.length };
  });
  expect(passed).toBeGreaterThan(10);
  // A contrast failure names its colours, so a colour caught mid-transition can be told from a wrong one.
  const colours = (n: Violation['nodes'][number]) =>
    n.any
      .map((c) => c.data)
      .filter((d) => d?.fgColor)
      .map((d) => ` (${d?.fgColor} på ${d?.bgColor}, ${d?.contrastRatio})`)
      .join('');
  return found.map(
    (v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ') + colours(n)).join(', ')}`,
  );
}
