/** WCAG 2.1 AA in the task pane, checked by axe-core in Chromium on every tab, and every tab reachable by keyboard. */
import { previewWithSamples } from './server';
import { loadAxe, paneViolations } from './axe';

jest.setTimeout(300_000);

const preview = previewWithSamples(loadAxe);

test.each(['Kom i gang', 'Brugsmønster', 'Række', 'Tjek', 'Visninger'])(
  'tab %s has no WCAG 2.1 AA violations and is reached by keyboard',
  async (name) => {
    const pane = preview.page.getByRole('complementary', { name: 'Opgaverude' });
    await pane.getByRole('tab').first().focus();
    const tab = pane.getByRole('tab', { name });
    for (let i = 0; i < 6 && !(await tab.evaluate((el) => el === document.activeElement)); i++)
      await preview.page.keyboard.press('ArrowRight');
    expect(await tab.evaluate((el) => el === document.activeElement)).toBe(true);
    await preview.page.keyboard.press('Enter');
    await expect(tab.getAttribute('aria-selected')).resolves.toBe('true');
    await preview.page.waitForTimeout(300);
    expect(await paneViolations(preview.page)).toEqual([]);
  },
);

/**
 * Visible focus (WCAG 2.4.7): from the tab, Tab walks every control of the panel; each one must look different
 * focused than blurred (pixels compared around it), and carry an accessible name.
 */
test.each(['Kom i gang', 'Brugsmønster', 'Række', 'Tjek', 'Visninger'])(
  'tab %s: every control shows its focus and has a name',
  async (name) => {
    const pane = preview.page.getByRole('complementary', { name: 'Opgaverude' });
    const tab = pane.getByRole('tab', { name });
    await tab.click();
    await tab.focus();
    const seen: string[] = [];
    for (let i = 0; i < 80; i++) {
      await preview.page.keyboard.press('Tab');
      const focused = await preview.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest('aside') || el.hasAttribute('data-tabster-dummy') || el.hasAttribute('data-focus-seen'))
          return null;
        el.setAttribute('data-focus-probe', '1');
        el.setAttribute('data-focus-seen', '1');
        const r = el.getBoundingClientRect();
        const label =
          el.getAttribute('aria-label') ||
          (el.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
            .trim() ||
          (el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '') ||
          el.textContent ||
          '';
        return {
          key: `${el.tagName}:${label.trim().slice(0, 40)}`,
          box: { x: r.x - 4, y: r.y - 4, width: r.width + 8, height: r.height + 8 },
        };
      });
      if (!focused) break;
      seen.push(focused.key);
      expect({ control: focused.key, named: /:.+/.test(focused.key) }).toEqual({ control: focused.key, named: true });
      const clip = { ...focused.box, x: Math.max(0, focused.box.x), y: Math.max(0, focused.box.y) };
      const withFocus = await preview.page.screenshot({ clip });
      await preview.page.evaluate(() => (document.querySelector('[data-focus-probe]') as HTMLElement).blur());
      const without = await preview.page.screenshot({ clip });
      expect({ control: focused.key, visible: !withFocus.equals(without) }).toEqual({
        control: focused.key,
        visible: true,
      });
      await preview.page.evaluate(() => {
        const el = document.querySelector('[data-focus-probe]') as HTMLElement;
        el.removeAttribute('data-focus-probe');
        el.focus();
      });
    }
    // The walk reached every enabled control in the tab's panel.
    const controls = await preview.page.evaluate(() => {
      const panel = document.querySelector('aside [role="tabpanel"]');
      const all = panel
        ? [...panel.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex="0"]')]
        : [];
      return all.filter((el) => !(el as HTMLButtonElement).disabled && el.offsetParent !== null && el.tabIndex >= 0)
        .length;
    });
    await preview.page.evaluate(() =>
      document.querySelectorAll('[data-focus-seen]').forEach((el) => el.removeAttribute('data-focus-seen')),
    );
    expect(controls).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThanOrEqual(controls);
  },
);

test('nothing left localhost', () => expect(preview.outside).toEqual([]));
