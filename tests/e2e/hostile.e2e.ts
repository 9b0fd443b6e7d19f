/**
 * A hostile page, in real Chromium and Firefox: one that replays WXT's start-up message and event to switch
 * ClaimLens off and listens for the extension's id, one that took the card's element name and styles
 * ClaimLens's elements away. And no error from any extension context through the back/forward cache and
 * closing a tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, FIXTURES, launch, type ExtensionBrowser } from './harness';
import { claimPoint, highlightEveryVerdict, highlightTexts, waitForHighlight, warmUp } from './highlights';
import { setStoredSettings } from './stored-settings';

const ONLY = process.env.CLAIMLENS_BROWSER;
const CONFLICT = 'OpenAI will pay Microsoft 50% of its revenue forever.';
const LATER = 'Microsoft has invested more than $13 billion in OpenAI since 2019.';
const CARD = '[data-claimlens-ui="card"]';

/** The ids a page could use to address the extension: its runtime id (and in Firefox its internal UUID). */
function extensionIds(browser: ExtensionBrowser): string[] {
  const host = new URL(browser.extensionBase).host;
  return browser.name === 'chromium' ? [host] : ['claimlens@claimlens.dev', host];
}

describe.each(BROWSERS.filter((b) => !ONLY || b === ONLY))('a hostile page in %s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
    // The claims added later and those in frames agree with the sources: highlighted once the reader asks.
    await highlightEveryVerdict(browser);
    await warmUp(browser, 'page-claims.html', CONFLICT);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("hears neither a message nor an event with the extension's id", async () => {
    const ids = extensionIds(browser);
    const page = await browser.newPage(`hostile.html?id=${encodeURIComponent(ids[0]!)}`);
    await waitForHighlight(page, CONFLICT);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    for (const id of ids) expect(heard.filter((m) => m.includes(id))).toEqual([]);
    expect(heard.filter((m) => m.includes('wxt'))).toEqual([]);
    await page.close();
  });

  it("cannot switch ClaimLens off by replaying WXT's start-up message and event", async () => {
    const ids = extensionIds(browser);
    const page = await browser.newPage(`hostile.html?replay&id=${encodeURIComponent(ids[0]!)}`);
    const tabId = await browser.tabIdOf(page);
    await waitForHighlight(page, CONFLICT);
    // Replay what a newer script of the extension would say, with every id the page might know, and whatever it heard, as WXT's newer script would.
    await page.evaluate((names) => {
      for (const heardMessage of (window as unknown as { heard: string[] }).heard) {
        if (!heardMessage.startsWith('event ')) postMessage(JSON.parse(heardMessage), '*');
      }
      for (const id of names) {
        const type = `${id}:content:wxt:content-script-started`;
        const detail = { contentScriptName: 'content', messageId: 'page' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        postMessage({ type, ...detail }, '*');
      }
    }, ids);
    await new Promise((r) => setTimeout(r, 500));
    // Still reading the page: a new claim gets its highlight, the old one keeps its own, the popup has both.
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.getElementById('feed')!.append(p);
    }, LATER);
    await waitForHighlight(page, LATER);
    expect(Object.values(await highlightTexts(page)).flat()).toContain(CONFLICT);
    let result = await browser.tabResult(tabId);
    const texts = () => result?.claims.map((c) => c.text) ?? [];
    for (const deadline = Date.now() + 5000; !texts().includes(LATER) && Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 200));
      result = await browser.tabResult(tabId);
    }
    expect(texts()).toEqual(expect.arrayContaining([CONFLICT, LATER]));
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("shows the card on a page that took its element name and styles ClaimLens's elements away", async () => {
    const page = await browser.newPage('hostile.html?card');
    await waitForHighlight(page, CONFLICT);
    const point = await claimPoint(page, CONFLICT);
    expect(point).not.toBeNull();
    await page.mouseMove(point!.x, point!.y);
    await page.waitForFunction((sel) => !!document.querySelector(sel)?.shadowRoot?.querySelector('[role="dialog"]'), CARD);
    // Drawn, on top: the point in the middle of the card is the card's.
    const seen = await page.evaluate((sel) => {
      const host = document.querySelector(sel)!;
      const r = host.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
      const style = getComputedStyle(host);
      return {
        size: r.width > 100 && r.height > 40,
        onTop: document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === host,
        style: [style.display, style.visibility, style.opacity, style.transform, style.clipPath, style.filter].join(' '),
      };
    }, CARD);
    expect(seen).toEqual({ size: true, onTop: true, style: 'block visible 1 none none none' });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('reads srcdoc and about:blank frames like other frames of their origin', async () => {
    const page = await browser.newPage('frames-srcdoc.html');
    const inFrame = (id: string, text: string) =>
      page.waitForFunction(
        ([frame, t]) => {
          const win = (document.getElementById(frame) as HTMLIFrameElement).contentWindow as (Window & typeof globalThis) | null;
          let found = false;
          win?.CSS.highlights.forEach((h, n) => {
            if (n.startsWith('claimlens-') && [...h].some((r) => r.toString() === t)) found = true;
          });
          return found;
        },
        [id, text] as const,
      );
    await inFrame('srcdoc', CONFLICT);
    await inFrame('blank', "Microsoft's IP rights to OpenAI's models run through 2032.");
    const tabId = await browser.tabIdOf(page);
    let result = await browser.tabResult(tabId);
    for (const deadline = Date.now() + 5000; (result?.claims.length ?? 0) < 2 && Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 200));
      result = await browser.tabResult(tabId);
    }
    expect(result?.claims.map((c) => c.text)).toEqual(
      expect.arrayContaining([CONFLICT, "Microsoft's IP rights to OpenAI's models run through 2032."]),
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('the popup names why a page outside its host access cannot be read (what the tabs permission is for)', async () => {
    // Host access covers http(s) pages only: a file's URL is known to ClaimLens through `tabs` alone.
    const page = await browser.newPage(`file://${FIXTURES}/neutral.html`);
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-state="unreadable"]');
    expect(await popup.evaluate(() => document.querySelector('[data-state="unreadable"]')?.getAttribute('data-reason'))).toBe('file');
    await popup.close();
    await page.close();
  });

  it('reads settings and packs written by a newer ClaimLens as defaults, says so on the options page, and logs nothing on pages', async () => {
    const control = await browser.openExtensionPage('options.html');
    const newerPacks = { extraPacks: [{ format: 'from the future' }], extraPacks$: { v: 99 } };
    await setStoredSettings(
      control,
      { disabledSites: ['127.0.0.1'], highlightVerdicts: [], sensitivity: 'broad', highlightStyle: 'background' },
      { version: 99 },
    );
    await control.evaluate(async (items) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.local.set(items);
    }, newerPacks);
    try {
      // Pages are read with the defaults (the stored value would have turned this site off), and nothing
      // reaches the page's console.
      const page = await browser.newPage('page-claims.html?newer');
      await waitForHighlight(page, CONFLICT);
      await new Promise((r) => setTimeout(r, 500));
      expect(page.errors).toEqual([]);
      await page.close();
      const options = await browser.openExtensionPage('options.html?newer');
      await options.waitForSelector('[data-unread-settings]');
      await options.waitForSelector('[data-unread-packs]');
      await options.close();
      // What the newer version stored is still there.
      const stored = await control.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }
        ).chrome.storage.local.get(null),
      );
      expect(stored).toMatchObject({
        ...newerPacks,
        settings: { disabledSites: ['127.0.0.1'], highlightVerdicts: [], sensitivity: 'broad', highlightStyle: 'background' },
        settings$: { v: 99 },
      });
    } finally {
      await control.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear(),
      );
      await control.close();
    }
  });

  it('logs no error from any extension context through the back/forward cache and closing tabs', async () => {
    const page = await browser.newPage('page-claims.html');
    await waitForHighlight(page, CONFLICT);
    await page.goto(browser.server.url('neutral.html'));
    await page.evaluate(() => history.back());
    await page.waitForFunction(
      (url) => location.href === url && document.readyState === 'complete',
      browser.server.url('page-claims.html'),
    );
    await waitForHighlight(page, CONFLICT);
    await page.close();
    const second = await browser.newPage('hostile.html');
    await waitForHighlight(second, CONFLICT);
    await second.close();
    await new Promise((r) => setTimeout(r, 1500));
    expect(browser.extensionErrors().filter((e) => !/^console\.error: RSLoader/.test(e))).toEqual([]);
  });
});
