/**
 * Popup and badge states that follow what happens on the page, in both browsers:
 * - while a page is still loading the popup says it is still reading it, and once the page finishes it
 *   lists the page's claims (and the badge counts them). The page's response is held open by the test
 *   server (`StaticServer.hold`), so "still loading" lasts exactly until the test releases it;
 * - the claims of an iframe leave the popup and the badge when the page removes the iframe or the frame
 *   goes elsewhere, also after the extension's background was stopped and started again.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';
import { BADGE_CLAIMS, BADGE_CONFLICT } from '../../src/background/badge';
import { backgroundControl, badgeColor, badgeFor, expectedVerdicts, listedVerdicts, popupState } from './ui-helpers';

const LOADING = 'popup-loading.html';
const FRAMES = 'popup-frames.html';
const HOLD_MARKER = '<!--claimlens:hold-->';
const LOCALE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../assets/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

/** Polls `read` until it gives `want` (the badge is browser state, not a page's: nothing to wait on inside a page). */
async function until<T>(read: () => Promise<T>, want: T, timeoutMs = 10_000): Promise<T> {
  let last = await read();
  for (const deadline = Date.now() + timeoutMs; last !== want && Date.now() < deadline; last = await read()) {
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

describe.each(BROWSERS)('popup states in %s', (name) => {
  let browser: ExtensionBrowser;

  const openPopup = (id: number) => browser.openExtensionPage(`popup.html?tab=${id}`);

  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says it is still reading a page that is loading, then lists its claims once the page finishes', async () => {
    const expected = expectedVerdicts(LOADING);
    expect(expected.length).toBeGreaterThan(1);
    const held = browser.server.hold(LOADING, HOLD_MARKER);
    const page = await browser.newPage(LOADING, { waitUntil: 'commit' });
    try {
      await held.sent;
      // The reader already sees the page's first claim, but the page has not finished loading.
      await page.waitForSelector('#first');
      expect(await page.evaluate(() => [document.readyState, document.getElementById('last')])).toEqual(['loading', null]);
      const tabId = await browser.tabIdOf(page);

      const popup = await openPopup(tabId);
      await popup.waitForSelector('[data-state="scanning"]');
      expect(await popup.text('[data-state="scanning"]')).toBe(LOCALE.scanning?.message);
      expect(await popup.evaluate(() => document.querySelectorAll('[data-claim]').length)).toBe(0);
      expect(await browser.badgeText(tabId)).toBe('');
      // The browser calls the tab loading, so the popup waits for it (never "the page didn't answer").
      const tabStatus = await popup.evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: { tabs: { get(id: number): Promise<{ status?: string }> } } }).chrome;
        return (await api.tabs.get(id)).status;
      }, tabId);
      expect(tabStatus).toBe('loading');
      expect(await page.evaluate(() => document.readyState)).toBe('loading');
      expect(await popupState(popup)).toBe('scanning');

      held.release();
      await page.waitForFunction(() => document.readyState === 'complete');
      // The same popup, left open, turns into the page's claims.
      await popup.waitForFunction((n) => document.querySelectorAll('[data-claim]').length === n, expected.length);
      expect(await listedVerdicts(popup)).toEqual(expected);
      expect(await popupState(popup)).toBeNull();
      expect(await popup.evaluate(() => document.body.textContent ?? '')).not.toContain(LOCALE.stillScanning?.message);
      expect(await until(() => browser.badgeText(tabId), badgeFor(expected))).toBe(badgeFor(expected));
      await popup.close();
      expect(page.errors).toEqual([]);
    } finally {
      held.release();
      await page.close();
    }
  });

  it('a reload takes the old claims away until the page, read again, reports them', async () => {
    const expected = expectedVerdicts(LOADING);
    const page = await browser.newPage(`${LOADING}?reload`);
    const tabId = await browser.tabIdOf(page);
    // The page has reported all its claims before the popup opens (what follows happens while it is open).
    expect((await browser.tabResult(tabId))?.claims.map((c) => c.verdict)).toEqual(expected);
    const popup = await openPopup(tabId);
    await popup.waitForFunction((n) => document.querySelectorAll('[data-claim]').length === n, expected.length);
    // Reloaded, the page's response is held again: the old document is gone, the new one still loading.
    const held = browser.server.hold(LOADING, HOLD_MARKER);
    try {
      await page.evaluate(() => {
        setTimeout(() => location.reload(), 0);
      });
      await held.sent;
      await popup.waitForSelector('[data-state="scanning"]');
      expect(await popup.evaluate(() => document.querySelectorAll('[data-claim]').length)).toBe(0);
      expect(await until(() => browser.badgeText(tabId), '')).toBe('');
      held.release();
      await popup.waitForFunction((n) => document.querySelectorAll('[data-claim]').length === n, expected.length);
      expect(await listedVerdicts(popup)).toEqual(expected);
      expect(await until(() => browser.badgeText(tabId), badgeFor(expected))).toBe(badgeFor(expected));
    } finally {
      held.release();
      await popup.close();
      await page.close();
    }
  });

  describe('claims in frames', () => {
    // The top page's claim (corroborated), the claim of the frame the page removes (conflicting), and that
    // of the frame it sends elsewhere (corroborated).
    const top = expectedVerdicts(FRAMES);
    const removed = expectedVerdicts('popup-frame-conflict.html');
    const navigated = expectedVerdicts('page-frame-inner.html');
    const sorted = (verdicts: (string | null)[]) => [...verdicts].sort();
    const count = (popup: TestPage, n: number) => popup.waitForFunction((k) => document.querySelectorAll('[data-claim]').length === k, n);

    it("the fixture has a claim in each frame, and only the removed frame's conflicts", () => {
      expect([top.length, removed.length, navigated.length]).toEqual([1, 1, 1]);
      expect([...top, ...navigated]).not.toContain('conflicting');
      expect(removed).toEqual(['conflicting']);
    });

    it("an iframe's claims leave the popup and the badge when the page removes it or it goes elsewhere", async () => {
      const page = await browser.newPage(FRAMES);
      const tabId = await browser.tabIdOf(page);
      const all = [...top, ...removed, ...navigated];
      expect(await until(() => browser.badgeText(tabId), badgeFor(all))).toBe(badgeFor(all));
      expect(await badgeColor(browser, tabId)).toBe(BADGE_CONFLICT);
      const popup = await openPopup(tabId);
      await count(popup, all.length);
      expect(sorted(await listedVerdicts(popup))).toEqual(sorted(all));

      // The page removes the frame whose claim conflicts: its claim leaves the open popup, the badge turns blue.
      await page.evaluate(() => document.getElementById('removed')?.remove());
      const left = [...top, ...navigated];
      await count(popup, left.length);
      expect(sorted(await listedVerdicts(popup))).toEqual(sorted(left));
      expect(await until(() => browser.badgeText(tabId), badgeFor(left))).toBe(badgeFor(left));
      expect(await badgeColor(browser, tabId)).toBe(BADGE_CLAIMS);

      // The other frame goes to a page ClaimLens does not read: its claim leaves too.
      await page.evaluate(() => document.getElementById('navigated')?.setAttribute('src', 'about:blank'));
      await count(popup, top.length);
      expect(await listedVerdicts(popup)).toEqual(top);
      expect(await until(() => browser.badgeText(tabId), badgeFor(top))).toBe(badgeFor(top));
      expect(page.errors).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('does the same after the background was stopped and started again', async () => {
      const page = await browser.newPage(`${FRAMES}?restart`);
      const tabId = await browser.tabIdOf(page);
      const all = [...top, ...removed, ...navigated];
      expect(await until(() => browser.badgeText(tabId), badgeFor(all))).toBe(badgeFor(all));
      const background = await backgroundControl(browser);
      try {
        // Stopped, the background has lost every port (and the frames' claims stay: see `navigated` below).
        await background.stop();
        expect(await background.running()).toBe(false);
        await page.evaluate(() => document.getElementById('removed')?.remove());
        // Chrome starts its service worker for the removed frame's last message; Firefox's event page starts
        // on the next event (here: a request for the tab's results) and finds the frame gone.
        const left = [...top, ...navigated];
        expect(await until(async () => (await browser.tabResult(tabId))?.claims.length, left.length)).toBe(left.length);
        await background.started();
        const popup = await openPopup(tabId);
        await count(popup, left.length);
        expect(sorted(await listedVerdicts(popup))).toEqual(sorted(left));
        expect(await until(() => browser.badgeText(tabId), badgeFor(left))).toBe(badgeFor(left));
        // The frame that stayed is followed again by the restarted background.
        await page.evaluate(() => document.getElementById('navigated')?.setAttribute('src', 'about:blank'));
        await count(popup, top.length);
        expect(await until(() => browser.badgeText(tabId), badgeFor(top))).toBe(badgeFor(top));
        expect(page.errors).toEqual([]);
        await popup.close();
      } finally {
        await background.close();
        await page.close();
      }
    });
  });

  it('throws nothing into any console', () => {
    // Firefox's about:debugging (which stops the background above) logs Remote Settings noise.
    expect(browser.extensionErrors().filter((e) => !/^console\.error: RSLoader/.test(e))).toEqual([]);
  });
});
