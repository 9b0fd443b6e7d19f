/**
 * Going back to a page, in both browsers: the popup and the badge show its claims again, whether the
 * browser restores the page from its back/forward cache (the content script is not run again: it reports
 * its claims again on `pageshow`) or loads it anew.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionBrowser } from './harness';
import { badgeFor, expectedVerdicts, listedVerdicts } from './ui-helpers';

const CLAIMS = 'popup-claims.html';

describe.each(BROWSERS)('back to a page in %s', (name) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the page's claims again after going back to it", async () => {
    const expected = expectedVerdicts(CLAIMS);
    const page = await browser.newPage(CLAIMS);
    const tabId = await browser.tabIdOf(page);
    expect((await browser.tabResult(tabId))?.claims).toHaveLength(expected.length);
    // A mark in the page's own window: still there after going back only if the page came from the cache.
    await page.evaluate(() => {
      (window as unknown as { restored?: boolean }).restored = false;
      addEventListener('pageshow', (e) => ((window as unknown as { restored?: boolean }).restored = e.persisted));
    });
    await page.goto(browser.server.url('neutral.html'));
    await browser.tabResult(tabId);
    await page.evaluate(() => history.back());
    await page.waitForFunction((url) => location.href === url && document.readyState === 'complete', browser.server.url(CLAIMS));
    // Chromium restores the page from its cache (the content script is not run again); Firefox under
    // WebDriver BiDi loads it again.
    const restored = await page.evaluate(() => (window as unknown as { restored?: boolean }).restored === true);
    expect(restored).toBe(name === 'chromium');

    let result = await browser.tabResult(tabId, 500);
    for (const deadline = Date.now() + 10_000; result?.claims.length !== expected.length && Date.now() < deadline;) {
      result = await browser.tabResult(tabId, 500);
    }
    expect(result?.claims.map((c) => c.verdict)).toEqual(expected);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-claim]');
    expect(await listedVerdicts(popup)).toEqual(expected);
    expect(await browser.badgeText(tabId)).toBe(badgeFor(expected));
    await popup.close();
  });
});
