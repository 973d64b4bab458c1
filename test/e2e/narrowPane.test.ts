/**
 * The pane at Excel's narrowest width (320 px) and at 400 px: on every tab nothing sticks out past the pane's edge
 * and nothing scrolls sideways, Række included for a C row with its To-be fields, and axe-core finds no WCAG 2.1 AA
 * violation. Screenshots of each tab at 320 px
 * go to docs/ (UPDATE_SCREENSHOT=1).
 */
import path from 'path';
import { ROOT, previewWithSamples } from './server';
import { loadAxe, paneViolations } from './axe';
import type { FakeExcel } from '../../src/excelStandIn';

jest.setTimeout(300_000);

const preview = previewWithSamples(loadAxe);
const pane = () => preview.page.getByRole('complementary', { name: 'Opgaverude' });
const TABS = ['Kom i gang', 'Brugsmønster', 'Række', 'Tjek', 'Visninger'] as const;
const SHOT: Record<(typeof TABS)[number], string> = {
  'Kom i gang': 'start',
  Brugsmønster: 'brugsmoenster',
  Række: 'raekke',
  Tjek: 'tjek',
  Visninger: 'visninger',
};

async function setWidth(px: number): Promise<void> {
  await preview.page.evaluate((w) => {
    const aside = document.querySelector('aside')!;
    aside.style.width = `${w}px`;
  }, px);
}

/** What sticks out: the pane's sideways scroll, and every visible element whose box passes the pane's edges. */
async function overflow(): Promise<{ scroll: number; outside: string[] }> {
  return preview.page.evaluate(() => {
    const aside = document.querySelector('aside')!;
    const edge = aside.getBoundingClientRect();
    const left = edge.left + aside.clientLeft;
    const right = left + aside.clientWidth;
    const outside: string[] = [];
    for (const el of aside.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('[data-tabster-dummy]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.position === 'fixed') continue;
      if (r.left < left - 0.5 || r.right > right + 0.5)
        outside.push(
          `${el.tagName.toLowerCase()}.${el.className} «${(el.textContent ?? '').slice(0, 40)}» ${Math.round(r.left - left)}…${Math.round(r.right - left)} of ${Math.round(right - left)}`,
        );
    }
    return { scroll: aside.scrollWidth - aside.clientWidth, outside };
  });
}

async function openTab(name: string): Promise<void> {
  await pane().getByRole('tab', { name }).click();
  await preview.page.waitForTimeout(300);
}

beforeAll(async () => {
  // Row 5 (Sygedagpenge) becomes a C row through the Række tab, so its To-be fields show.
  await preview.page.locator('table[data-sheet="Dokumentation"] td[data-address="B5"]').click();
  await openTab('Række');
  await pane().getByRole('heading', { name: 'Række 5' }).waitFor();
  await pane()
    .getByRole('combobox', { name: /^Brugsmønster/ })
    .selectOption('C');
  await pane()
    .getByRole('group', { name: 'To-be' })
    .getByRole('combobox', { name: /^Løsningsscenarie/ })
    .waitFor();
  await pane()
    .getByRole('combobox', { name: /^Løsningsscenarie/ })
    .selectOption({ index: 4 });
});

describe.each([320, 400])('at %i px', (width) => {
  test.each(TABS)('%s: nothing past the edge, no sideways scrolling, no WCAG 2.1 AA violations', async (name) => {
    await setWidth(width);
    await openTab(name);
    if (name === 'Række') {
      await pane().getByRole('heading', { name: 'Række 5' }).waitFor();
      await pane().getByRole('group', { name: 'To-be' }).getByRole('textbox').first().waitFor();
    }
    const found = await overflow();
    expect(found.outside).toEqual([]);
    expect(found.scroll).toBe(0);
    // The tab row: every tab wholly inside the pane.
    const tabs = await pane()
      .getByRole('tab')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    const paneRight = await pane().evaluate((a) => a.getBoundingClientRect().left + a.clientWidth);
    expect(Math.max(...tabs)).toBeLessThanOrEqual(paneRight + 0.5);
    expect(await paneViolations(preview.page)).toEqual([]);
    if (width === 320 && process.env.UPDATE_SCREENSHOT === '1') {
      await pane().evaluate((a) => a.scrollTo(0, 0));
      await pane().screenshot({ path: path.join(ROOT, 'docs', `rude-320-${SHOT[name]}.png`) });
    }
  });
});

test('Brugsmønster: the result for a C row reads as separate sentences, no words run together', async () => {
  await setWidth(320);
  await openTab('Brugsmønster');
  const title = pane().getByText(/^Brugsmønster C: /);
  await title.waitFor();
  // innerText is what a reader sees and copies: paragraphs end in a line break.
  const text = await title.evaluate((p) => (p.parentElement as HTMLElement).innerText);
  const sentences = text.split(/\n+/).filter(Boolean);
  expect(sentences.length).toBeGreaterThanOrEqual(3);
  expect(text.match(/[a-zæøå.,:][A-ZÆØÅ]/g)).toBeNull();
});

test('Tjek: badges fit their text; a finding selects its cell and scrolls the preview grid to it', async () => {
  await setWidth(320);
  await openTab('Tjek');
  const badges = await pane()
    .locator('ul li .fui-Badge')
    .evaluateAll((els) =>
      els.map((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        const style = getComputedStyle(e);
        const inner = e.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { inner, text: range.getBoundingClientRect().width };
      }),
    );
  expect(badges.length).toBeGreaterThan(3);
  for (const b of badges) expect(b.inner).toBeGreaterThanOrEqual(b.text - 0.5);
  const finding = pane().getByRole('button', { name: /Række 5 \(Sygedagpenge\): \d+ To-be-felter mangler/ });
  await finding.click();
  const cell = preview.page.locator('table[data-sheet="Dokumentation"] td[aria-selected="true"]');
  await expect(cell.getAttribute('data-address')).resolves.toMatch(/^[R-Z]5$/);
  const seen = await cell.evaluate((td) => {
    const scroller = td.closest('table')!.parentElement!.getBoundingClientRect();
    const r = td.getBoundingClientRect();
    return r.left >= scroller.left && r.right <= scroller.right && r.top >= scroller.top && r.bottom <= scroller.bottom;
  });
  expect(seen).toBe(true);
});

/** States the tabs reach after a click: a question being asked, and an action's message beside its buttons. */
describe.each([320, 400])('after an action, at %i px', (width) => {
  test('Brugsmønster for a row without a pattern that says Ja: question 2, with the row’s answer above it', async () => {
    await setWidth(width);
    await preview.page.locator('table[data-sheet="Dokumentation"] td[data-address="B6"]').click();
    await openTab('Brugsmønster');
    await pane().getByText('Enkeltydelser').waitFor();
    await pane().getByText('Har I derudover et særskilt fagsystem på sagsområdet?').waitFor();
    await pane()
      .getByRole('list', { name: 'Svar indtil nu' })
      .getByText(/Anvender I KMD Sag på sagsområdet\? Ja \(står allerede i rækken/)
      .waitFor();
    const found = await overflow();
    expect(found.outside).toEqual([]);
    expect(found.scroll).toBe(0);
    expect(await paneViolations(preview.page)).toEqual([]);
  });

  test('Række: «Workshopark for rækken» says what it did, wrapped inside the pane; the decision under «Beslutning»', async () => {
    await setWidth(width);
    await preview.page.locator('table[data-sheet="Dokumentation"] td[data-address="B5"]').click();
    await openTab('Række');
    await pane().getByRole('heading', { name: 'Række 5' }).waitFor();
    await pane()
      .getByRole('group', { name: 'Beslutning' })
      .getByRole('combobox', { name: /^Besluttet løsningsscenarie/ })
      .waitFor();
    await pane().getByRole('button', { name: 'Workshopark for rækken' }).click();
    await pane()
      .getByText(/Arket Workshopark viser nu/)
      .waitFor();
    const found = await overflow();
    expect(found.outside).toEqual([]);
    expect(found.scroll).toBe(0);
    expect(await paneViolations(preview.page)).toEqual([]);
    // Back to the pane's own sheet for the tests after.
    await preview.page
      .getByRole('tab', { name: 'Dokumentation' })
      .click()
      .catch(() => undefined);
  });

  test('Række: «Lav workshopark til udskrift» by keyboard, its message wrapped inside the pane', async () => {
    await setWidth(width);
    await preview.page.locator('table[data-sheet="Dokumentation"] td[data-address="B5"]').click();
    await openTab('Række');
    await pane().getByRole('heading', { name: 'Række 5' }).waitFor();
    // The list and the button are reached and used from the keyboard alone.
    const list = pane().getByRole('combobox', { name: /^Workshopark for et helt fagområde/ });
    await list.focus();
    await preview.page.keyboard.press('Tab');
    const button = pane().getByRole('button', { name: 'Lav workshopark til udskrift' });
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await preview.page.keyboard.press('Enter');
    await pane()
      .getByText(/Arket Workshopark til udskrift har nu \d+ workshopark for /)
      .waitFor();
    const found = await overflow();
    expect(found.outside).toEqual([]);
    expect(found.scroll).toBe(0);
    expect(await paneViolations(preview.page)).toEqual([]);
    if (width === 320 && process.env.HANDOUTS_SHOT)
      await pane().screenshot({ path: path.join(process.env.HANDOUTS_SHOT, 'rude-320-handouts.png') });
    await preview.page
      .getByRole('tab', { name: 'Dokumentation' })
      .click()
      .catch(() => undefined);
  });

  test('Visninger: the sort and its way back, each message beside the buttons', async () => {
    await setWidth(width);
    await openTab('Visninger');
    await pane().getByRole('button', { name: 'Sortér efter prioritet' }).click();
    await pane()
      .getByRole('status')
      .filter({ hasText: /sorteret efter prioritet/ })
      .waitFor();
    let found = await overflow();
    expect(found.outside).toEqual([]);
    expect(found.scroll).toBe(0);
    expect(await paneViolations(preview.page)).toEqual([]);
    await pane().getByRole('button', { name: 'Tilbage til arkets rækkefølge' }).click();
    await pane()
      .getByRole('status')
      .filter({ hasText: /arkets rækkefølge igen/ })
      .waitFor();
    found = await overflow();
    expect(found.outside).toEqual([]);
    expect(found.scroll).toBe(0);
    expect(await paneViolations(preview.page)).toEqual([]);
  });
});

test('Tjek: a formula pasted into Prioritet is named, nothing changes until «Sæt kolonnens formel ind igen», at 320 px', async () => {
  await setWidth(320);
  // A colleague pastes =1000+1 over Prioritet in row 3, straight into the sheet (the stand-in parses it as Excel would).
  const before = await preview.page.evaluate(() => {
    const { fake } = (window as unknown as { dokark: { fake: FakeExcel } }).dokark;
    const head = fake.cells('Dokumentation')[0]!.map(String);
    const c = head.indexOf('Prioritet');
    const letter = String.fromCharCode(65 + (c % 26));
    const address = c < 26 ? `${letter}3` : `A${letter}3`;
    fake.put('Dokumentation', address, [['=1000+1']]);
    return { address, c };
  });
  await openTab('Kom i gang');
  await openTab('Tjek');
  await pane()
    .getByText(/Række 3: Prioritet har en anden formel end kolonnens \(«=1000\+1»\)\./)
    .waitFor();
  const found = await overflow();
  expect(found.outside).toEqual([]);
  expect(found.scroll).toBe(0);
  expect(await paneViolations(preview.page)).toEqual([]);
  const formulaAt = () =>
    preview.page.evaluate(
      ({ c }) => {
        const { fake } = (window as unknown as { dokark: { fake: FakeExcel } }).dokark;
        const t = fake.model.table('Dokumentation')!;
        return t.sheet.cell(t.rect.r0 + 2, t.rect.c0 + c)?.formula as string | undefined;
      },
      { c: before.c },
    );
  expect(await formulaAt()).toBe('=1000+1');
  if (process.env.UPDATE_SCREENSHOT === '1') {
    await pane().evaluate((a) => a.scrollTo(0, 0));
    await pane().screenshot({ path: path.join(ROOT, 'docs', 'rude-320-formler.png') });
  }
  await pane().getByRole('button', { name: 'Sæt kolonnens formel ind igen' }).click();
  await pane()
    .getByText(/Kolonnens formel er sat ind igen\./)
    .waitFor();
  expect(await formulaAt()).not.toBe('=1000+1');
  expect(await formulaAt()).toMatch(/^=/);
});
