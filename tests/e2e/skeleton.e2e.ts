/**
 * The walking skeleton, in both browsers: a page makes a claim about the partnership; it is highlighted,
 * hovering it shows the card with the sources, the popup lists it. (Its claim is corroborated: every verdict
 * is highlighted here; by default only those needing attention are, and the badge counts only those: see
 * reader.e2e.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';
import { highlightEveryVerdict } from './highlights';
import { bundledPack } from '../../src/facts/bundled';
import { createClaimEngine } from '../../src/engine/engine';

const SENTENCE = 'Microsoft will no longer pay OpenAI a revenue share.';

/** The highlight names and texts of every `claimlens-*` range on the page, as the page's main world sees them. */
function highlightedTexts(): { name: string; text: string }[] {
  const found: { name: string; text: string }[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('claimlens-')) return;
    highlight.forEach((range) => found.push({ name, text: range.toString() }));
  });
  return found;
}

/** What the engine says about the fixture's sentence: the card must name these sources. */
function expectedSources(): string[] {
  const claims = createClaimEngine(bundledPack).scan([SENTENCE]);
  const claim = claims.find((c) => c.text.includes('revenue share'));
  if (!claim) throw new Error(`The engine finds no claim in "${SENTENCE}"`);
  return [...new Set(claim.evidence.map((e) => e.source.publisher ?? e.source.title))];
}

describe.each(BROWSERS)('walking skeleton in %s', (name) => {
  let browser: ExtensionBrowser;
  let page: TestPage;
  let tabId: number;

  beforeAll(async () => {
    browser = await launch(name);
    await highlightEveryVerdict(browser);
    page = await browser.newPage('skeleton.html');
    tabId = await browser.tabIdOf(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('highlights the claim, and only the claim', async () => {
    await page.waitForFunction(() => {
      let n = 0;
      CSS.highlights.forEach((h, key) => {
        if (key.startsWith('claimlens-')) n += h.size;
      });
      return n > 0;
    });
    const found = await page.evaluate(highlightedTexts);
    expect(found.map((f) => f.text).join(' ')).toContain(SENTENCE.slice(0, -1));
    expect(found.every((f) => !f.text.includes('weather'))).toBe(true);
    expect(found.find((f) => f.text.includes('revenue share'))?.name).toBe('claimlens-corroborated');
  });

  it('shows the card with its sources when the pointer rests on the claim', async () => {
    const box = await page.evaluate((sentence) => {
      const p = document.getElementById('claim')!;
      const text = p.firstChild!;
      const range = document.createRange();
      const start = (text.textContent ?? '').indexOf(sentence);
      range.setStart(text, start + 4);
      range.setEnd(text, start + 12);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, SENTENCE);
    await page.mouseMove(5, 5);
    await page.mouseMove(box.x, box.y);
    await page.waitForFunction(
      () => document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'),
      undefined,
      5_000,
    );
    const card = await page.evaluate(() => {
      const dialog = document.querySelector('[data-claimlens-ui="card"]')!.shadowRoot!.querySelector('[role="dialog"]')!;
      return {
        verdict: dialog.getAttribute('data-verdict'),
        text: dialog.textContent ?? '',
        labelled: !!(dialog.getAttribute('aria-label') || dialog.getAttribute('aria-labelledby')),
      };
    });
    expect(card.verdict).toBe('corroborated');
    expect(card.labelled).toBe(true);
    const sources = expectedSources();
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(card.text).toContain(source);
  });

  it('lists the claim in the popup for the tab; the badge, counting what needs attention, stays empty', async () => {
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-claim]');
    const items = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-claim]')].map((el) => ({
        verdict: el.getAttribute('data-verdict'),
        text: el.textContent ?? '',
      })),
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.verdict).toBe('corroborated');
    expect(items[0]?.text).toContain('revenue share');
    expect(await popup.text('[data-count="corroborated"]')).toContain('1');
    expect(await browser.badgeText(tabId)).toBe('');
    await popup.close();
  });

  it('throws nothing into any console', async () => {
    expect(page.errors).toEqual([]);
    expect(browser.extensionErrors()).toEqual([]);
  });
});
