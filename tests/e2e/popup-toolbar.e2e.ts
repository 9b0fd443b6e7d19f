/**
 * The real toolbar popup, in both browsers, opened as a click on ClaimLens's button opens it (not
 * popup.html?tab=ID in a tab, as the other popup tests do): it is about the active tab of its window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionBrowser } from './harness';
import { expectedVerdicts } from './ui-helpers';

/** What the open toolbar popup shows: its state message, if any, and the verdicts of the claims it lists. */
const shown = (doc: Document) => ({
  state: doc.querySelector('[data-state]')?.getAttribute('data-state') ?? null,
  // In page order (the popup lists those needing attention first; each row carries its page index).
  verdicts: [...doc.querySelectorAll('[data-claim]')]
    .sort((a, b) => Number(a.getAttribute('data-claim')) - Number(b.getAttribute('data-claim')))
    .map((el) => el.getAttribute('data-verdict')),
});

describe.each(BROWSERS)('toolbar popup in %s', (name) => {
  let browser: ExtensionBrowser;

  /** Polls the open popup until it shows `want` (or 10 s pass) and returns what it shows then. */
  async function popupShows(want: ReturnType<typeof shown>) {
    let last = await browser.inToolbarPopup(shown).catch(() => null);
    for (const deadline = Date.now() + 10_000; JSON.stringify(last) !== JSON.stringify(want) && Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 100));
      last = await browser.inToolbarPopup(shown).catch(() => null);
    }
    return last;
  }

  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the claims of the tab it was opened on', async () => {
    const page = await browser.newPage('popup-claims.html');
    await browser.tabResult(await browser.tabIdOf(page));
    await browser.openToolbarPopup(page);
    const expected = expectedVerdicts('popup-claims.html');
    expect(expected.length).toBeGreaterThan(1);
    expect(await popupShows({ state: null, verdicts: expected })).toEqual({ state: null, verdicts: expected });
    expect(await browser.inToolbarPopup((doc) => doc.querySelector('[data-count="conflicting"]') !== null)).toBe(true);
  });

  it('lists every claim of a page with more than a screenful (its first paint shows the first ones)', async () => {
    const page = await browser.newPage('popup-many.html');
    await browser.tabResult(await browser.tabIdOf(page));
    await browser.openToolbarPopup(page);
    const expected = expectedVerdicts('popup-many.html');
    expect(expected).toHaveLength(20);
    expect(await popupShows({ state: null, verdicts: expected })).toEqual({ state: null, verdicts: expected });
    expect(await browser.inToolbarPopup((doc) => doc.querySelector('[data-filter="all"]')?.textContent ?? '')).toMatch(/\b20\b/);
  });

  it('opened on another tab, is about that tab', async () => {
    const empty = await browser.newPage('popup-empty.html');
    await browser.tabResult(await browser.tabIdOf(empty));
    await browser.openToolbarPopup(empty);
    expect(await popupShows({ state: 'empty', verdicts: [] })).toEqual({ state: 'empty', verdicts: [] });
  });

  it('throws nothing into any console', () => {
    expect(browser.extensionErrors().filter((e) => !/^console\.error: RSLoader/.test(e))).toEqual([]);
  });
});
