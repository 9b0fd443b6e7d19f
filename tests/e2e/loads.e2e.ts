import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionBrowser } from './harness';

const EXTENSION_PAGES = ['popup.html', 'options.html', 'facts.html'];

describe.each(BROWSERS)('the built extension in %s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is installed, and each of its pages opens without an error in the console', async () => {
    expect(browser.extensionBase).toMatch(/^(chrome|moz)-extension:\/\/[\w-]+\/$/);
    for (const path of EXTENSION_PAGES) {
      const page = await browser.openExtensionPage(path);
      expect(await page.title(), path).toContain('ClaimLens');
      await new Promise((done) => setTimeout(done, 300)); // let late errors surface
      expect(page.errors, path).toEqual([]);
      await page.close();
    }
    expect(browser.extensionErrors()).toEqual([]);
  });

  it('knows the tab of a page it reads; a page without claims gets no badge', async () => {
    const page = await browser.newPage('neutral.html');
    expect(await page.title()).toBe('Gardening notes');
    const tabId = await browser.tabIdOf(page);
    expect(tabId).toBeGreaterThanOrEqual(0);
    expect(await browser.badgeText(tabId)).toBe('');
    expect(page.errors).toEqual([]);
  });
});
