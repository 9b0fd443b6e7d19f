/**
 * The dark scheme in real Chromium and Firefox: with the system set to dark, the popup, the options and
 * Facts pages and the hover card on a page are dark (and light with it set to light), and every piece of
 * text a reader sees there is readable (WCAG AA, ≥ 4.5 : 1 against the background it is drawn on, from the
 * browser's computed colours); the per-site switch's track stands out from its background (≥ 3 : 1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, screenshotPath, type ExtensionBrowser, type TestPage } from './harness';
import { highlightEveryVerdict } from './highlights';

interface Reading {
  /** Luminance of the page's (or card's) own background, 0 black … 1 white. */
  background: number;
  /** How many visible pieces of text were measured. */
  texts: number;
  /** Texts below 4.5 : 1, as `what: ratio (colour on background)`. */
  unreadable: string[];
  /** The switch tracks' contrast with their background. */
  tracks: number[];
}

/**
 * Runs in the page: measures every visible element with text of its own under `rootSelector` (inside the
 * open shadow root of `host` when given). Self-contained: drivers serialise it.
 */
function read({ host, rootSelector }: { host: string | null; rootSelector: string }): Reading | null {
  const scope: ParentNode | null = host ? (document.querySelector(host)?.shadowRoot ?? null) : document;
  const root = scope?.querySelector(rootSelector);
  if (!root) return null;
  const rgba = (c: string): [number, number, number, number] => {
    const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(c);
    if (!m) throw new Error(`Unknown colour ${c}`);
    return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  };
  const lum = ([r, g, b]: number[]) => {
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
  };
  const ratio = (a: number[], b: number[]) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  /** The colour actually behind `el`: its own background or the nearest ancestor's that is not see-through. */
  const behind = (el: Element): [number, number, number, number] => {
    for (let e: Element | null = el; e;) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0.99) return c;
      e = e.parentElement ?? (e.parentNode as ShadowRoot | null)?.host ?? null;
    }
    return [255, 255, 255, 1];
  };
  const unreadable: string[] = [];
  let texts = 0;
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!ownText) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    // Screen-reader-only text (1 px boxes) and closed parts are not seen.
    if (box.width <= 1 || box.height <= 1 || style.visibility !== 'visible') continue;
    const fg = rgba(el instanceof SVGElement ? style.fill : style.color);
    const bg = el instanceof SVGElement ? behind(el.closest('svg')!) : behind(el);
    const r = ratio(fg, bg);
    texts++;
    if (r < 4.5)
      unreadable.push(
        `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').trim().slice(0, 30)}": ${r.toFixed(2)} (${style.color} on ${bg.join(',')})`,
      );
  }
  const tracks = [...root.querySelectorAll('.switch .track')].map((t) =>
    ratio(rgba(getComputedStyle(t).backgroundColor), behind(t.parentElement!)),
  );
  return { background: lum(behind(root)), texts, unreadable, tracks };
}

async function reading(page: TestPage, rootSelector: string, host: string | null = null): Promise<Reading> {
  const r = await page.evaluate(read, { host, rootSelector });
  if (!r) throw new Error(`Nothing at ${rootSelector}`);
  return r;
}

type Scheme = 'light' | 'dark';

function expectSchemeAndReadable(scheme: Scheme, r: Reading, minTexts: number): void {
  if (scheme === 'dark') expect(r.background).toBeLessThan(0.05);
  else expect(r.background).toBeGreaterThan(0.9);
  expect(r.texts).toBeGreaterThanOrEqual(minTexts);
  expect(r.unreadable).toEqual([]);
}

const RUNS = BROWSERS.flatMap((name) => (['dark', 'light'] as const).map((scheme) => ({ name, scheme })));

describe.each(RUNS)('$scheme scheme in $name', ({ name, scheme }) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launch(name, { colorScheme: scheme });
    // The card tests focus a link in a claim the sources agree with: that verdict highlighted (not by default).
    await highlightEveryVerdict(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the popup in the scheme, with every claim, count and link readable and a visible switch', async () => {
    const page = await browser.newPage('popup-claims.html');
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-claim][data-verdict="conflicting"]');
    // Open the conflicting claim's sources: its quotes, outlets and links are read too.
    await popup.evaluate(() => (document.querySelector('[data-claim][data-verdict="conflicting"] .claim-row') as HTMLElement).click());
    await popup.waitForFunction(
      () => !document.querySelector('[data-claim][data-verdict="conflicting"] .claim-details')?.hasAttribute('hidden'),
    );
    const r = await reading(popup, 'body');
    expectSchemeAndReadable(scheme, r, 15);
    expect(r.tracks.length).toBe(1);
    expect(r.tracks[0]).toBeGreaterThanOrEqual(3);
    await popup.screenshot(screenshotPath(`popup-${scheme}-${name}`));
    await popup.close();
    await page.close();
  });

  it('shows the options and Facts pages in the scheme, readable', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('fieldset');
    expectSchemeAndReadable(scheme, await reading(options, 'body'), 10);
    await options.close();
    const facts = await browser.openExtensionPage('facts.html');
    await facts.waitForSelector('[data-fact]');
    // The timeline's own labels (SVG text) included.
    await facts.waitForSelector('.timeline svg text');
    expectSchemeAndReadable(scheme, await reading(facts, 'body'), 50);
    await facts.close();
  });

  it('shows the hover card on a page in the scheme, readable, whatever the page', async () => {
    const page = await browser.newPage(`page-claims.html?${scheme}`);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('claimlens-')));
    // Keyboard focus on a link inside a claim shows its card.
    await page.press('Tab');
    await page.waitForFunction(() => !!document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
    const r = await reading(page, '[role="dialog"]', '[data-claimlens-ui="card"]');
    expectSchemeAndReadable(scheme, r, 5);
    await page.screenshot(screenshotPath(`card-${scheme}-${name}`));
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
