/**
 * The toolbar popup and the badge, in both browsers: the claims of the tab in page order with their
 * verdicts and sources, its states (empty, unreadable, disabled and back on), the badge count and colour,
 * and both still right after the background was stopped and started again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_CONFLICT } from '../../src/background/badge';
import { BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';
import { backgroundControl, badgeColor, badgeFor, expectedVerdicts, listedVerdicts, popupState, waitForBadge } from './ui-helpers';

const CLAIMS = 'popup-claims.html';

describe.each(BROWSERS)('popup in %s', (name) => {
  let browser: ExtensionBrowser;
  let page: TestPage;
  let tabId: number;
  const expected = expectedVerdicts(CLAIMS);

  const openPopup = (id: number) => browser.openExtensionPage(`popup.html?tab=${id}`);

  beforeAll(async () => {
    browser = await launch(name);
    page = await browser.newPage(CLAIMS);
    tabId = await browser.tabIdOf(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists every claim of the tab in page order, with counts by verdict', async () => {
    expect(expected.length).toBeGreaterThan(1);
    expect(expected).toContain('conflicting');
    const popup = await openPopup(tabId);
    await popup.waitForFunction((n) => document.querySelectorAll('[data-claim]').length === n, expected.length);
    expect(await listedVerdicts(popup)).toEqual(expected);
    for (const verdict of ['corroborated', 'conflicting', 'mixed', 'unverified']) {
      const n = expected.filter((v) => v === verdict).length;
      expect(await popup.text(`[data-count="${verdict}"]`)).toBe(String(n));
    }
    // The verdict is written out, not told by colour alone.
    const first = await popup.text('[data-claim][data-verdict="conflicting"] .verdict');
    expect(first).toMatch(/≠\s*Disputed by sources/);
    expect(await popupState(popup)).toBeNull();
    await popup.close();
  });

  it("the toolbar button's tooltip is the extension's name (the manifest's, localised), never the popup's page title", async () => {
    const popup = await openPopup(tabId);
    const title = await popup.evaluate(() => {
      type Action = { action: { getTitle(details: object): Promise<string> } };
      const g = globalThis as unknown as { browser?: Action; chrome?: Action };
      return (g.browser ?? g.chrome)!.action.getTitle({});
    });
    expect(title).toBe('ClaimLens');
    await popup.close();
  });

  it("opens a claim's sources from the keyboard: one Tab stop for the list, arrows to the claim, Enter; links to new tabs", async () => {
    const popup = await openPopup(tabId);
    await popup.waitForSelector('[data-claim][data-verdict="conflicting"]');
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focused = '';
    for (let i = 0; i < 20 && !focused.startsWith('row:'); i++) {
      await popup.press('Tab');
      focused = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.classList.contains('claim-row') ? `row:${el.closest('[data-claim]')!.getAttribute('data-claim')}` : (el?.tagName ?? '');
      });
    }
    expect(focused).toMatch(/^row:/);
    // The disputed claim is listed first; the arrow keys walk the list and come back.
    await popup.press('ArrowDown');
    await popup.press('ArrowUp');
    const index = await popup.evaluate(() => document.activeElement!.closest('[data-claim]')!.getAttribute('data-claim'));
    expect(await popup.evaluate(() => document.activeElement!.closest('[data-claim]')!.getAttribute('data-verdict'))).toBe('conflicting');
    await popup.press('Enter');
    const details = `[data-claim="${index}"] .claim-details`;
    await popup.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('hidden'), details);
    await popup.evaluate((sel) => (document.querySelector(`${sel} details`) as HTMLDetailsElement).setAttribute('open', ''), details);
    const shown = await popup.evaluate((sel) => {
      const root = document.querySelector(sel)!;
      return {
        expanded: root.closest('[data-claim]')!.querySelector('.claim-row')!.getAttribute('aria-expanded'),
        who: [...root.querySelectorAll('.who li')].map((li) => li.getAttribute('data-stance')),
        conflicting: root.querySelectorAll('.quoted[data-stance="conflicts"]').length,
        quotes: [...root.querySelectorAll('blockquote')].map((q) => q.textContent ?? ''),
        links: [...root.querySelectorAll('a')].map((a) => ({ target: a.target, rel: a.rel })),
        actions: [...root.querySelectorAll('[data-action]')].map((b) => b.getAttribute('data-action')),
      };
    }, details);
    expect(shown.expanded).toBe('true');
    expect(shown.who[0]).toBe('conflicts');
    expect(shown.conflicting).toBeGreaterThan(0);
    expect(shown.quotes.every((q) => q.length > 8)).toBe(true);
    expect(shown.actions).toEqual(['reveal', 'copy', 'looks-wrong']);
    for (const link of shown.links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
    }
    await popup.close();
  });

  it("clicking a claim's text scrolls the page to it", async () => {
    // A long page (the page pipeline's fixture): its last claim is far below the fold.
    const long = await browser.newPage('page-claims.html');
    const id = await browser.tabIdOf(long);
    const popup = await openPopup(id);
    await popup.waitForFunction(() => [...document.querySelectorAll('[data-claim]')].some((el) => (el.textContent ?? '').includes('2032')));
    expect(await long.evaluate(() => window.scrollY)).toBe(0);
    await popup.evaluate(() => {
      const claim = [...document.querySelectorAll('[data-claim]')].find((el) => (el.textContent ?? '').includes('2032'));
      (claim?.querySelector('.claim-row') as HTMLElement).click();
    });
    await long.waitForFunction(() => {
      const r = document.getElementById('late')!.getBoundingClientRect();
      return window.scrollY > 300 && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    await popup.close();
    await long.close();
  });

  it('counts the claims needing attention on the badge, red when one is disputed', async () => {
    expect(await browser.badgeText(tabId)).toBe(badgeFor(expected));
    expect(await badgeColor(browser, tabId)).toBe(BADGE_CONFLICT);
  });

  it('keeps the claims and badge when the page only jumps to a fragment (same document)', async () => {
    await page.evaluate(() => {
      location.hash = 'c';
    });
    await new Promise((r) => setTimeout(r, 800));
    expect(await browser.badgeText(tabId)).toBe(badgeFor(expected));
    const popup = await openPopup(tabId);
    await popup.waitForFunction((n) => document.querySelectorAll('[data-claim]').length === n, expected.length);
    await popup.close();
  });

  it('says so when the page has no claims (and shows no badge)', async () => {
    const empty = await browser.newPage('popup-empty.html');
    const id = await browser.tabIdOf(empty);
    const popup = await openPopup(id);
    await popup.waitForSelector('[data-state="empty"]');
    expect(await popup.evaluate(() => document.querySelectorAll('[data-claim]').length)).toBe(0);
    expect(await browser.badgeText(id)).toBe('');
    await popup.close();
    await empty.close();
  });

  it("says why a browser page can't be read", async () => {
    for (const url of ['about:blank#popup-test', name === 'chromium' ? 'chrome://version/' : 'about:robots']) {
      const other = await browser.newPage(url);
      const id = await browser.tabIdOf(other);
      const popup = await openPopup(id);
      await popup.waitForSelector('[data-state="unreadable"]').catch(async (e) => {
        console.log(url, id, await popup.evaluate(() => document.body.innerText));
        throw e;
      });
      expect(await popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-reason'))).toBe('browser-page');
      expect((await popup.text('[data-state]'))?.length).toBeGreaterThan(20);
      // Nothing to switch on a page that can't be read.
      expect(await popup.evaluate(() => document.querySelector('[data-site-switch]'))).toBeNull();
      await popup.close();
      await other.close();
    }
  });

  it('the per-site switch turns the site off (disabled state) and back on (claims again)', async () => {
    const popup = await openPopup(tabId);
    await popup.waitForSelector('[data-claim]');
    expect(await popup.evaluate(() => document.querySelector('[data-site-switch]')?.getAttribute('aria-checked'))).toBe('true');
    await popup.evaluate(() => (document.querySelector('[data-site-switch]') as HTMLElement).click());
    await popup.waitForSelector('[data-state="disabled"]');
    expect(await popup.text('[data-state="disabled"]')).toContain('127.0.0.1');
    // The page stops reporting claims: the badge empties.
    await page.waitForFunction(() => true);
    for (let i = 0; i < 50 && (await browser.badgeText(tabId)) !== ''; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await browser.badgeText(tabId)).toBe('');
    // Back on, with the switch shown in the disabled message.
    expect(
      await popup.evaluate(() => document.querySelector('[data-state="disabled"] [data-site-switch]')?.getAttribute('aria-checked')),
    ).toBe('false');
    await popup.evaluate(() => (document.querySelector('[data-site-switch]') as HTMLElement).click());
    await popup.waitForFunction((n) => document.querySelectorAll('[data-claim]').length === n, expected.length);
    expect(await listedVerdicts(popup)).toEqual(expected);
    await popup.close();
  });

  it('when off everywhere, says so and turns back on from the popup', async () => {
    const popup = await openPopup(tabId);
    await popup.waitForSelector('[data-claim]');
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-global-switch]');
    await options.evaluate(() => (document.querySelector('[data-global-switch]') as HTMLElement).click());
    await popup.waitForSelector('[data-state="disabled"][data-scope="global"]');
    await popup.evaluate(() => (document.querySelector('[data-enable-global]') as HTMLElement).click());
    await popup.waitForFunction((n) => document.querySelectorAll('[data-claim]').length === n, expected.length);
    expect(await options.evaluate(() => document.querySelector('[data-global-switch]')?.getAttribute('aria-checked'))).toBe('true');
    await options.close();
    await popup.close();
  });

  it('keeps results and badge when the background is stopped and started again', async () => {
    // The page's results are in (its badge shows them) before the background stops.
    await waitForBadge(browser, tabId, badgeFor(expected));
    const background = await backgroundControl(browser);
    await background.stop();
    expect(await background.running()).toBe(false);
    // The restarted background answers from session storage…
    expect((await browser.tabResult(tabId))?.claims.map((c) => c.verdict)).toEqual(expected);
    // …and the popup lists the claims.
    const popup = await openPopup(tabId);
    await popup.waitForFunction((n) => document.querySelectorAll('[data-claim]').length === n, expected.length);
    expect(await listedVerdicts(popup)).toEqual(expected);
    await background.started();
    await waitForBadge(browser, tabId, badgeFor(expected));
    expect(await badgeColor(browser, tabId)).toBe(BADGE_CONFLICT);
    await popup.close();
    // And the restarted background still follows the tab: a new page clears the old results.
    await background.stop();
    await page.goto(browser.server.url('popup-empty.html'));
    // (Restarted by the navigation, the background asks the old page whether it is still there while the
    // new one reports: the new page's report stands, background/main.ts checkFrames.)
    const after = await openPopup(tabId);
    await after.waitForSelector('[data-state="empty"]');
    await waitForBadge(browser, tabId, '');
    await after.close();
    await background.close();
  });

  it('a page with claims but nothing disputed shows no number; the tooltip says so', async () => {
    await page.goto(browser.server.url('skeleton.html'));
    const result = await browser.tabResult(tabId);
    expect(result?.claims.length).toBeGreaterThan(0);
    expect(badgeFor(result!.claims.map((c) => c.verdict))).toBe('');
    const control = await browser.openExtensionPage('options.html');
    const title = async () =>
      control.evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: { action: { getTitle(d: { tabId: number }): Promise<string> } } }).chrome;
        return api.action.getTitle({ tabId: id });
      }, tabId);
    for (let i = 0; i < 50 && !/nothing disputed/.test(await title()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await title()).toBe(`ClaimLens: nothing disputed (claims checked: ${result!.claims.length})`);
    expect(await browser.badgeText(tabId)).toBe('');
    await control.close();
  });

  // Firefox lets a user withdraw an extension's site access (extensions button); Chrome keeps a content script's
  // required hosts. Runs last of the functional tests: the access stays withdrawn for this browser.
  it.runIf(name === 'firefox')('says ClaimLens may not read a site whose access the user withdrew', async () => {
    const settingsPage = await browser.openExtensionPage('options.html');
    await settingsPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } } }).browser;
      await api.permissions.remove({ origins: ['http://*/*', 'https://*/*'] });
    });
    await settingsPage.close();
    const blocked = await browser.newPage(CLAIMS);
    const id = await browser.tabIdOf(blocked);
    const popup = await openPopup(id);
    await popup.waitForSelector('[data-state="unreadable"]');
    expect(await popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-reason'))).toBe('no-access');
    expect(await popup.text('[data-state]')).toMatch(/isn't allowed to read this site/);
    await popup.close();
    await blocked.close();
  });

  it('throws nothing into any console', async () => {
    expect(page.errors).toEqual([]);
    // Firefox's own about: pages opened above (about:debugging, about:robots) log Remote Settings noise.
    expect(browser.extensionErrors().filter((e) => !/^console\.error: RSLoader/.test(e))).toEqual([]);
  });
});
