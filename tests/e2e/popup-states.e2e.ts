/**
 * The popup while a page is still loading, in both browsers: it says it is still reading the page, and
 * once the page finishes it lists the page's claims (and the badge counts them). The page's response is
 * held open by the test server (`StaticServer.hold`), so "still loading" lasts exactly until the test
 * releases it: no timing involved.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';
import { expectedVerdicts } from './ui-helpers';

const LOADING = 'popup-loading.html';
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
  const state = (popup: TestPage) => popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state') ?? null);
  const listed = (popup: TestPage) =>
    popup.evaluate(() => [...document.querySelectorAll('[data-claim]')].map((el) => el.getAttribute('data-verdict')));

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
      expect(await state(popup)).toBe('scanning');

      held.release();
      await page.waitForFunction(() => document.readyState === 'complete');
      // The same popup, left open, turns into the page's claims.
      await popup.waitForFunction((n) => document.querySelectorAll('[data-claim]').length === n, expected.length);
      expect(await listed(popup)).toEqual(expected);
      expect(await state(popup)).toBeNull();
      expect(await popup.evaluate(() => document.body.textContent ?? '')).not.toContain(LOCALE.stillScanning?.message);
      expect(await until(() => browser.badgeText(tabId), String(expected.length))).toBe(String(expected.length));
      await popup.close();
      expect(page.errors).toEqual([]);
    } finally {
      held.release();
      await page.close();
    }
  });

  it('throws nothing into any console', () => {
    expect(browser.extensionErrors()).toEqual([]);
  });
});
