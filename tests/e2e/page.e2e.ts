/**
 * The in-page experience in real Chromium and Firefox: exact highlights, the hover card (pointer and
 * keyboard focus), pages that change, single-page navigation, sites turned off, strict CSP.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../src/cli/demo-server';
import { scanHtml } from '../../src/cli/scan';
import { BROWSERS, launch, screenshotPath, type ExtensionBrowser, type TestPage } from './harness';
import type { Verdict } from '../../src/engine/claim';
import { claimPoint, highlightEveryVerdict, highlightTexts, waitForHighlight, warmUp } from './highlights';
import { setStoredSettings } from './stored-settings';

const ONLY = process.env.CLAIMLENS_BROWSER;

/** The card's dialog as the page sees it: verdict, text and box. */
function cardState(page: TestPage) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-claimlens-ui="card"]');
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const r = dialog.getBoundingClientRect();
    return {
      verdict: dialog.getAttribute('data-verdict'),
      text: dialog.textContent ?? '',
      label: dialog.getAttribute('aria-labelledby'),
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      focused: document.activeElement === host && host?.shadowRoot?.activeElement !== null,
      links: [...dialog.querySelectorAll('a')].map((a) => ({ target: a.target, rel: a.rel, href: a.href })),
    };
  });
}

/** A long page: one claim in its first paragraph, then `fillers` paragraphs that name no one. */
function longPage(claim: string, fillers: number): string {
  const filler = Array.from(
    { length: fillers },
    (_, i) => `<p>Filler paragraph ${i + 1}: the weather stayed mild and the river ran slowly past the old mill.</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long page</title></head><body><main><p>${claim}</p>\n${filler.join('\n')}</main></body></html>`;
}

const INLINE_CLAIM = 'Microsoft has invested more than $13 billion in OpenAI since 2019.';
const CONFLICT_CLAIM = 'OpenAI will pay Microsoft 50% of its revenue forever.';

describe.each(BROWSERS.filter((b) => !ONLY || b === ONLY))('in-page experience in %s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
    await highlightEveryVerdict(browser);
    await warmUp(browser, 'page-claims.html', CONFLICT_CLAIM);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('highlights claims exactly, across links and bold text, and skips hidden text', async () => {
    const page = await browser.newPage('page-claims.html');
    await waitForHighlight(page, INLINE_CLAIM);
    const texts = await highlightTexts(page);
    expect(texts['claimlens-corroborated']).toContain(INLINE_CLAIM);
    expect(texts['claimlens-conflicting']).toEqual([CONFLICT_CLAIM]);
    const all = Object.values(texts).flat();
    expect(all.some((t) => t.includes('27%'))).toBe(false);
    // The page's own text and elements are untouched.
    expect(await page.text('#inline')).toBe(`${INLINE_CLAIM} Analysts shrugged.`);
    expect(await page.evaluate(() => document.querySelectorAll('#inline *').length)).toBe(2);
    expect(page.errors).toEqual([]);
  });

  it('shows the card on hover beside the claim, never over it, and closes it on Escape', async () => {
    const page = await browser.newPage('page-claims.html');
    await waitForHighlight(page, CONFLICT_CLAIM);
    const point = await claimPoint(page, CONFLICT_CLAIM);
    expect(point).not.toBeNull();
    const layout = () =>
      page.evaluate(() => ({
        boxes: [...document.querySelectorAll('body *')].map((e) => JSON.stringify(e.getBoundingClientRect())),
        height: document.documentElement.scrollHeight,
        scroll: scrollY,
      }));
    const before = await layout();
    await page.mouseMove(point!.x, point!.y);
    await page.waitForFunction(() => !!document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
    const card = await cardState(page);
    // Nothing on the page moved; the card's host sits out of the flow.
    expect(await layout()).toEqual(before);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-claimlens-ui="card"]')!).position)).toBe('fixed');
    expect(card?.verdict).toBe('conflicting');
    expect(card?.text).toContain('Disputed by sources');
    expect(card?.text).toContain(CONFLICT_CLAIM);
    expect(card?.label).toBeTruthy();
    const lineBox = await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.querySelector('#conflict')!);
      return [...r.getClientRects()].map((b) => b.toJSON());
    });
    const coversText = lineBox.some(
      (b) => card!.box.top < b.bottom && card!.box.bottom > b.top && card!.box.left < b.right && card!.box.right > b.left,
    );
    expect(coversText).toBe(false);
    for (const link of card!.links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    await page.screenshot(screenshotPath(`card-${name}`));
    await page.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
    expect(page.errors).toEqual([]);
  });

  // Chromium: the card's UI file and the page session's are reachable only at a per-session address, so a page
  // cannot tell that ClaimLens is installed by fetching them at the extension's fixed id (Firefox's address is per install).
  it.runIf(name === 'chromium')('leaves nothing a page can fetch at the extension’s fixed address, even after a card opened', async () => {
    const page = await browser.newPage('page-claims.html');
    await waitForHighlight(page, CONFLICT_CLAIM);
    const point = await claimPoint(page, CONFLICT_CLAIM);
    await page.mouseMove(point!.x, point!.y);
    await page.waitForFunction(() => !!document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
    for (const file of ['card-ui.js', 'page-session.js']) {
      const fetched = await page.evaluate(
        (url) =>
          fetch(url).then(
            (r) => r.status,
            () => 'refused',
          ),
        `${browser.extensionBase}${file}`,
      );
      expect(fetched, file).toBe('refused');
    }
  });

  it('opens the card when keyboard focus lands inside a claim, and closes it when focus leaves', async () => {
    const page = await browser.newPage('page-claims.html?focus');
    await waitForHighlight(page, INLINE_CLAIM);
    await page.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inline-link');
    await page.waitForFunction(() => !!document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
    const card = await cardState(page);
    expect(card?.verdict).toBe('corroborated');
    expect(card?.text).toContain(INLINE_CLAIM);
    // Focus stays on the page's link: the card only shows.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inline-link');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.evaluate(() => document.body.focus());
    await page.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
  });

  it('steps to the next claim on the keyboard command: scrolls to it, opens its card, focus moves in and returns on Escape', async () => {
    const page = await browser.newPage('page-claims.html?step');
    await waitForHighlight(page, INLINE_CLAIM);
    const tabId = await browser.tabIdOf(page);
    const control = await browser.openExtensionPage('options.html');
    const step = (direction: 1 | -1) =>
      control.evaluate(
        async ({ tab, direction }) => {
          const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown, o: object): Promise<unknown> } } })
            .chrome;
          return api.tabs.sendMessage(tab, { type: 'step-claim', direction }, { frameId: 0 });
        },
        { tab: tabId, direction },
      );
    // From the top of the page: previous is the last claim in view, next goes on to the one far below.
    await step(-1);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('data-verdict') ===
        'conflicting',
    );
    await step(1);
    await page.waitForFunction(() =>
      document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent?.includes('2032'),
    );
    await page.waitForFunction(() => {
      const r = document.querySelector('#late')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    const card = await cardState(page);
    expect(card?.focused).toBe(true);
    await page.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
    expect(await page.evaluate(() => document.activeElement === document.querySelector('[data-claimlens-ui="card"]'))).toBe(false);
    await control.close();
  });

  it('highlights text added after load, and drops highlights of text that goes away', async () => {
    const page = await browser.newPage('page-claims.html');
    await waitForHighlight(page, CONFLICT_CLAIM);
    const added = 'Under the new deal, Microsoft holds a stake of roughly 27% in OpenAI Group PBC.';
    await page.evaluate((text) => {
      const p = document.createElement('p');
      const em = document.createElement('em');
      em.textContent = text.slice(0, 19);
      p.append(em, text.slice(19));
      document.querySelector('#feed')!.append(p);
    }, added);
    await waitForHighlight(page, added);
    await page.evaluate(() => document.querySelector('#conflict')!.remove());
    await page.waitForFunction(() => !CSS.highlights.has('claimlens-conflicting'));
    // Editing a text node in place: the old sentence goes, the new one is read.
    await page.evaluate(() => {
      const t = document.querySelector('#late')!.firstChild as Text;
      t.data = 'The weather stayed mild all week.';
    });
    await page.waitForFunction(() => {
      let found = false;
      CSS.highlights.forEach((h, n) => {
        if (n.startsWith('claimlens-') && [...h].some((r) => r.toString().includes('2032'))) found = true;
      });
      return !found;
    });
    expect(page.errors).toEqual([]);
  });

  it('reads the page again after a single-page navigation', async () => {
    const page = await browser.newPage('page-claims.html');
    await waitForHighlight(page, CONFLICT_CLAIM);
    const next = 'Microsoft and OpenAI said the partnership will continue to evolve.';
    await page.evaluate((text) => {
      history.pushState({}, '', '/page-claims.html?view=2');
      const main = document.querySelector('main')!;
      main.replaceChildren();
      const h = document.createElement('h1');
      h.textContent = 'A new view';
      const p = document.createElement('p');
      p.textContent = text;
      main.append(h, p);
    }, next);
    await waitForHighlight(page, next);
    const texts = await highlightTexts(page);
    expect(Object.values(texts).flat()).not.toContain(CONFLICT_CLAIM);
    expect(page.errors).toEqual([]);
  });

  it('leaves a page alone once its site is turned off, and comes back when turned on again', async () => {
    const page = await browser.newPage('page-claims.html');
    await waitForHighlight(page, CONFLICT_CLAIM);
    const control = await browser.openExtensionPage('options.html');
    const setDisabled = (disabledSites: string[]) => setStoredSettings(control, { disabledSites }, { overStored: true });
    await setDisabled(['127.0.0.1']);
    await page.waitForFunction(() => [...CSS.highlights.keys()].every((k) => !k.startsWith('claimlens-')));
    expect(await page.evaluate(() => document.querySelector('[data-claimlens-ui="card"]'))).toBeNull();
    await setDisabled([]);
    await waitForHighlight(page, CONFLICT_CLAIM);
    await control.close();
    expect(page.errors).toEqual([]);
  });

  it('works under a strict CSP: highlights, a styled card, no console errors', async () => {
    const page = await browser.newPage('page-csp.html');
    await waitForHighlight(page, INLINE_CLAIM);
    const point = await claimPoint(page, INLINE_CLAIM);
    await page.mouseMove(point!.x, point!.y);
    await page.waitForFunction(() => !!document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
    const style = await page.evaluate(() => {
      const dialog = document.querySelector('[data-claimlens-ui="card"]')!.shadowRoot!.querySelector('[role="dialog"]')!;
      const cs = getComputedStyle(dialog);
      return { position: cs.position, borderLeftWidth: cs.borderLeftWidth };
    });
    expect(style).toEqual({ position: 'fixed', borderLeftWidth: '6px' });
    // The page's own CSP refusing its favicon (Firefox reports it) is not ours.
    expect(page.errors.filter((e) => !e.includes('favicon.ico'))).toEqual([]);
  });

  it('closes a hover card shortly after the pointer leaves, but not while the pointer is in the card', async () => {
    const page = await browser.newPage('page-claims.html?leave');
    await waitForHighlight(page, CONFLICT_CLAIM);
    const point = await claimPoint(page, CONFLICT_CLAIM);
    await page.mouseMove(point!.x, point!.y);
    await page.waitForFunction(() => !!document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
    const card = await cardState(page);
    // Into the card (across the gap): it stays.
    await page.mouseMove(card!.box.left + 30, card!.box.top + 20);
    await new Promise((r) => setTimeout(r, 700));
    expect(await cardState(page)).not.toBeNull();
    // Away to empty space: it goes.
    await page.mouseMove(5, 5);
    await page.waitForFunction(
      () => !document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'),
      undefined,
      3000,
    );
  });

  it('reveals a claim the popup picked: scrolls to it and marks it for a moment', async () => {
    const page = await browser.newPage('page-claims.html?reveal');
    await waitForHighlight(page, CONFLICT_CLAIM);
    const tabId = await browser.tabIdOf(page);
    const control = await browser.openExtensionPage('options.html');
    // The popup's way: find the claim in the tab's results, then ask its frame to reveal it by its index there.
    const revealed = await control.evaluate(async (tab) => {
      type Api = {
        runtime: { sendMessage(m: unknown): Promise<unknown> };
        tabs: { sendMessage(t: number, m: unknown, o: object): Promise<unknown> };
      };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      type View = { claims: { text: string }[]; origins: { frameId: number; index: number }[] };
      let view: View | null = null;
      for (let i = 0; i < 50 && !view?.claims.length; i++) {
        view = (await api.runtime.sendMessage({ type: 'get-result', tabId: tab })) as View | null;
        await new Promise((r) => setTimeout(r, 100));
      }
      const at = view?.claims.findIndex((c) => c.text.includes('2032')) ?? -1;
      const origin = view?.origins[at];
      if (!origin) return `no claim about 2032 in ${JSON.stringify(view)}`;
      return api.tabs.sendMessage(tab, { type: 'reveal-claim', index: origin.index }, { frameId: origin.frameId });
    }, tabId);
    expect(revealed).toBe(true);
    await page.waitForFunction(() => {
      const h = CSS.highlights.get('claimlens-focus');
      return !!h && [...h].some((r) => r.toString().includes('2032'));
    });
    await page.waitForFunction(() => {
      const r = document.querySelector('#late')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    await page.waitForFunction(() => !CSS.highlights.has('claimlens-focus'), undefined, 5000);
    await control.close();
  });

  it('highlights only the verdicts the reader chose, applied at once to open tabs', async () => {
    const page = await browser.newPage('page-claims.html?verdicts');
    await waitForHighlight(page, INLINE_CLAIM);
    const control = await browser.openExtensionPage('options.html');
    const setVerdicts = (highlightVerdicts: Verdict[]) => setStoredSettings(control, { highlightVerdicts, highlightStyle: 'background' });
    await setVerdicts(['conflicting']);
    await page.waitForFunction(() => !CSS.highlights.has('claimlens-corroborated') && CSS.highlights.has('claimlens-conflicting'));
    await setVerdicts(['corroborated', 'conflicting', 'mixed', 'unverified']);
    await waitForHighlight(page, INLINE_CLAIM);
    await control.close();
  });

  it('reads frames too: each frame highlights its own claims and reports them with its frame id', async () => {
    const page = await browser.newPage('page-frame.html');
    await waitForHighlight(page, CONFLICT_CLAIM);
    await page.waitForFunction(() => {
      const win = (document.querySelector('#frame') as HTMLIFrameElement).contentWindow as (Window & typeof globalThis) | null;
      let found = false;
      win?.CSS.highlights.forEach((h, n) => {
        if (n.startsWith('claimlens-') && [...h].some((r) => r.toString().includes('2032'))) found = true;
      });
      return found;
    });
    const tabId = await browser.tabIdOf(page);
    const control = await browser.openExtensionPage('options.html');
    let frames: number[] = [];
    for (let i = 0; i < 50 && new Set(frames).size < 2; i++) {
      const view = (await control.evaluate(async (tab) => {
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
        return api.runtime.sendMessage({ type: 'get-result', tabId: tab });
      }, tabId)) as { origins?: { frameId: number }[] } | null;
      frames = view?.origins?.map((o) => o.frameId) ?? [];
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(new Set(frames).size).toBe(2);
    expect(frames).toContain(0);
    await control.close();
  });

  it('reads, highlights and shows cards for claims inside open shadow roots of the page', async () => {
    const page = await browser.newPage('page-shadow.html');
    await waitForHighlight(page, CONFLICT_CLAIM);
    const point = await claimPoint(page, CONFLICT_CLAIM);
    await page.mouseMove(point!.x, point!.y);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('data-verdict') ===
        'conflicting',
    );
    expect(page.errors).toEqual([]);
  });

  it('finds the claim at the top of a page of 4,000 paragraphs, as the command-line scanner does', async () => {
    const claim = 'Microsoft will no longer pay OpenAI a revenue share.';
    const html = longPage(claim, 4000);
    const expected = scanHtml(html).claims.map((c) => [c.text, c.verdict]);
    expect(expected).toEqual([[claim, 'corroborated']]);
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-long-'));
    writeFileSync(join(dir, 'long.html'), html);
    const server = await serveDirectory(dir);
    try {
      const page = await browser.newPage(server.url('long.html'));
      await waitForHighlight(page, claim, 30_000);
      const tabId = await browser.tabIdOf(page);
      const result = await browser.tabResult(tabId, 30_000);
      expect(result?.status).toBe('done');
      expect(result!.claims.map((c) => [c.text.replace(/\s+/g, ' ').trim(), c.verdict])).toEqual(expected);
      expect(page.errors).toEqual([]);
      await page.close();
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads text a class, hidden or aria-hidden change shows, and drops text such a change hides', async () => {
    const page = await browser.newPage('page-claims.html?restyle');
    await waitForHighlight(page, CONFLICT_CLAIM);
    const hasStake = () =>
      page.evaluate(() => {
        let found = false;
        CSS.highlights.forEach((h, n) => {
          if (n.startsWith('claimlens-') && [...h].some((r) => r.toString().includes('27%'))) found = true;
        });
        return found;
      });
    expect(await hasStake()).toBe(false);
    // A stylesheet class stops hiding the paragraph: its claim is read.
    await page.evaluate(() => document.querySelector('#hidden')!.classList.remove('gone'));
    await page.waitForFunction(() => {
      let found = false;
      CSS.highlights.forEach((h, n) => {
        if (n.startsWith('claimlens-') && [...h].some((r) => r.toString().includes('27%'))) found = true;
      });
      return found;
    });
    // The hidden attribute, then aria-hidden on a container, take claims away; removing them brings them back.
    await page.evaluate(() => document.querySelector('#conflict')!.setAttribute('hidden', ''));
    await page.waitForFunction(() => !CSS.highlights.has('claimlens-conflicting'));
    await page.evaluate(() => document.querySelector('#conflict')!.removeAttribute('hidden'));
    await waitForHighlight(page, CONFLICT_CLAIM);
    await page.evaluate(() => document.querySelector('main')!.setAttribute('aria-hidden', 'true'));
    await page.waitForFunction(() => [...CSS.highlights.keys()].every((k) => !k.startsWith('claimlens-')));
    await page.evaluate(() => document.querySelector('main')!.removeAttribute('aria-hidden'));
    await waitForHighlight(page, CONFLICT_CLAIM);
    expect(await hasStake()).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('reads a page that named no party at load once one is named: in a widget it watched, or in new text', async () => {
    const page = await browser.newPage('page-neutral-widget.html');
    // The gate has tested the page (it reports its page, with no claim) and watches it: the widget's shadow root too.
    expect((await browser.tabResult(await browser.tabIdOf(page)))?.claims).toEqual([]);
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.querySelector('#widget')!.shadowRoot!.replaceChildren(p);
    }, CONFLICT_CLAIM);
    await waitForHighlight(page, CONFLICT_CLAIM);
    await page.close();
    const again = await browser.newPage('page-neutral-widget.html');
    expect((await browser.tabResult(await browser.tabIdOf(again)))?.claims).toEqual([]);
    await again.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.querySelector('#feed')!.append(p);
    }, INLINE_CLAIM);
    await waitForHighlight(again, INLINE_CLAIM);
    expect(page.errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });

  it('follows changes inside open shadow roots of the page', async () => {
    const page = await browser.newPage('page-shadow.html?changes');
    await waitForHighlight(page, CONFLICT_CLAIM);
    const added = 'Microsoft has invested more than $13 billion in OpenAI since 2019.';
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.querySelector('#card')!.shadowRoot!.append(p);
    }, added);
    await waitForHighlight(page, added);
    await page.evaluate(() => {
      const t = document.querySelector('#card')!.shadowRoot!.querySelector('#inside')!.firstChild as Text;
      t.data = 'The weather stayed mild all week.';
    });
    await page.waitForFunction(() => !CSS.highlights.has('claimlens-conflicting'));
    await waitForHighlight(page, added);
    expect(page.errors).toEqual([]);
  });
});
