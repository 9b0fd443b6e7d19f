/**
 * Options changed on the options page apply at once to a tab that is already open, without reloading it
 * (both browsers): the highlight style (measured in the pixels of the claim's area), which verdicts are
 * highlighted, and the matching sensitivity. The options are changed from the keyboard, as a reader would.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanHtml } from '../../src/cli/scan';
import { bundledPack } from '../../src/facts/bundled';
import { HIGHLIGHT_COLOR } from '../../src/page/highlight-style';
import type { Sensitivity } from '../../src/engine/engine';
import { BROWSERS, FIXTURES, launch, screenshotPath, type Clip, type ExtensionBrowser, type TestPage } from './harness';
import { highlightEveryVerdict, highlightTexts, waitForHighlight, warmUp } from './highlights';
import { decodePng, pixel, type Image } from './png';

const FIXTURE = 'options-live.html';
const CLAIM = 'Microsoft has invested more than $13 billion in OpenAI since 2019.';
const CONFLICT = 'OpenAI will pay Microsoft 50% of its revenue forever.';
/** Reported under 'balanced' and 'broad', not under 'strict'. */
const BALANCED = 'Microsoft and OpenAI executives met again to discuss their relationship over dinner in Seattle.';
/** Reported under 'broad' only. */
const BROAD = 'OpenAI is hiring more engineers to work on cloud infrastructure in Texas.';

/** What the engine reports on the fixture at each sensitivity (the command-line scanner's reading). */
const EXPECTED = Object.fromEntries(
  (['strict', 'balanced', 'broad'] as const).map((s) => [
    s,
    scanHtml(readFileSync(resolve(FIXTURES, FIXTURE), 'utf8'), bundledPack, s).claims.map((c) => c.text),
  ]),
) as Record<Sensitivity, string[]>;

/**
 * Puts the keyboard focus on a control of the options page, as Tab would (Tab itself is covered by
 * options.e2e.ts; here it would depend on which window the browser last focused).
 */
async function focusOn(options: TestPage, selector: string): Promise<void> {
  await options.evaluate((s) => document.querySelector<HTMLElement>(s)?.focus(), selector);
  expect(await options.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)).toBe(true);
}

/** Chooses `value` in the radio group `name` from the keyboard: focus on the group's choice, arrow keys to the value. */
async function chooseRadio(options: TestPage, name: string, value: string): Promise<void> {
  await focusOn(options, `input[type="radio"][name="${name}"]:checked`);
  const values = await options.evaluate(
    (n) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${n}"]`)].map((r) => r.value),
    name,
  );
  const from = await options.evaluate(() => (document.activeElement as HTMLInputElement).value);
  const steps = values.indexOf(value) - values.indexOf(from);
  for (let i = 0; i < Math.abs(steps); i++) await options.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  await options.waitForFunction(
    ({ n, v }) => document.querySelector<HTMLInputElement>(`input[name="${n}"][value="${v}"]`)?.checked === true,
    { n: name, v: value },
  );
}

/** Ticks or unticks a verdict's checkbox from the keyboard (focus on it, Space). */
async function toggleVerdict(options: TestPage, verdict: string, on: boolean): Promise<void> {
  const selector = `input[name="verdict"][value="${verdict}"]`;
  await focusOn(options, selector);
  await options.press(' ');
  await options.waitForFunction(({ s, on }) => document.querySelector<HTMLInputElement>(s)?.checked === on, { s: selector, on });
}

/** Waits until the page's ClaimLens highlights hold exactly these texts. */
function waitForHighlightsOf(page: TestPage, texts: string[]): Promise<void> {
  return page.waitForFunction((want) => {
    const shown: string[] = [];
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('claimlens-')) for (const r of h) shown.push(r.toString());
    });
    return JSON.stringify(shown.sort()) === JSON.stringify([...want].sort());
  }, texts);
}

/** How far below the claim's line box the pictures reach (the page leaves a wide gap between lines). */
const BELOW = 10;

/** The claim's line box, widened below to take in its underline. */
function claimArea(page: TestPage, text: string): Promise<Clip | null> {
  return page.evaluate(
    ({ t, below }) => {
      let area: Clip | null = null;
      CSS.highlights.forEach((h, name) => {
        if (!name.startsWith('claimlens-')) return;
        for (const r of h) {
          const box = (r as Range).getClientRects()[0];
          if (r.toString() === t && box) {
            area = { x: Math.floor(box.left), y: Math.floor(box.top), width: Math.ceil(box.width), height: Math.ceil(box.height) + below };
          }
        }
      });
      return area;
    },
    { t: text, below: BELOW },
  );
}

/** What a reader notices in a picture of the claim's area. */
interface Look {
  /** Share of the line box's pixels that are page-white. */
  white: number;
  /** Share of the line box's pixels in the verdict's see-through tint over white. */
  tinted: number;
  /** The first row, from the top, most of whose pixels are the verdict colour (its line), or -1. */
  lineRow: number;
  /** Height of the line box (the top of the picture; the rest is the gap below it). */
  box: number;
}

function look(image: Image, box: number, hex: string): Look {
  const n = Number.parseInt(hex.slice(1), 16);
  const colour = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  // The background style paints the verdict colour at 20% over the page (src/page/highlight-style.ts).
  const tint = colour.map((c) => 0.8 * 255 + 0.2 * c);
  const near = (p: number[], q: number[], tolerance: number) => p.every((v, i) => Math.abs(v - q[i]!) <= tolerance);
  let white = 0;
  let tinted = 0;
  let lineRow = -1;
  for (let y = 0; y < image.height; y++) {
    let inColour = 0;
    for (let x = 0; x < image.width; x++) {
      const p = pixel(image, x, y);
      if (y < box && Math.min(...p) >= 245) white++;
      if (y < box && near(p, tint, 14)) tinted++;
      if (near(p, colour, 45)) inColour++;
    }
    if (lineRow < 0 && inColour >= 0.6 * image.width) lineRow = y;
  }
  const all = image.width * Math.min(box, image.height);
  return { white: white / all, tinted: tinted / all, lineRow, box };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Takes pictures of the claim's area until one shows what `seen` wants (the page repaints on its own
 * time); fails with the last look. The picture is kept in test-output/<name>.png.
 */
async function waitForLook(page: TestPage, clip: Clip, hex: string, name: string, seen: (l: Look) => boolean): Promise<Look> {
  let last: Look | null = null;
  for (const deadline = Date.now() + 15_000; ; await sleep(200)) {
    const png = await page.screenshotClip(clip);
    const image = decodePng(png);
    // In image pixels (the same as CSS pixels unless the device scales).
    last = look(image, Math.round(((clip.height - BELOW) * image.height) / clip.height), hex);
    if (seen(last) || Date.now() > deadline) {
      writeFileSync(screenshotPath(name), png);
      break;
    }
  }
  expect(seen(last), `${name}: ${JSON.stringify(last)}`).toBe(true);
  return last;
}

describe.each(BROWSERS)('options applied live to an open tab in %s', (name) => {
  let browser: ExtensionBrowser;
  let page: TestPage;
  let options: TestPage;

  beforeAll(async () => {
    browser = await launch(name);
    // Every verdict highlighted (the default is only those needing attention: reader.e2e.ts).
    await highlightEveryVerdict(browser);
    await warmUp(browser, FIXTURE, CLAIM);
    page = await browser.newPage(FIXTURE);
    await waitForHighlightsOf(page, EXPECTED.balanced);
    // Gone if the tab were reloaded.
    await page.evaluate(() => ((window as unknown as { stillOpen: boolean }).stillOpen = true));
    // Opened last, so its window has the focus and takes the keys.
    options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-global-switch]');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the fixture reads differently at each sensitivity (the engine, as the scanner runs it)', () => {
    expect(EXPECTED.strict).toEqual([CLAIM, CONFLICT]);
    expect(EXPECTED.balanced).toEqual([CLAIM, CONFLICT, BALANCED]);
    expect(EXPECTED.broad).toEqual([CLAIM, CONFLICT, BALANCED, BROAD]);
  });

  it('highlight style: underline leaves the claim on page-white with a verdict line under it; background tints it', async () => {
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const clip = await claimArea(page, CLAIM);
    expect(clip).not.toBeNull();
    const hex = HIGHLIGHT_COLOR.corroborated;
    // The verdict's line runs under the text: in the lower part of the line box or just below it.
    const lineUnderText = (l: Look) => l.lineRow >= l.box / 2;

    const underline = await waitForLook(
      page,
      clip!,
      hex,
      `options-live-underline-${name}`,
      (l) => l.white > 0.5 && l.tinted < 0.05 && lineUnderText(l),
    );
    await chooseRadio(options, 'style', 'background');
    const background = await waitForLook(
      page,
      clip!,
      hex,
      `options-live-background-${name}`,
      (l) => l.tinted > 0.5 && l.white < 0.1 && lineUnderText(l),
    );
    expect(background.white).toBeLessThan(underline.white);

    await chooseRadio(options, 'style', 'underline');
    await waitForLook(
      page,
      clip!,
      hex,
      `options-live-underline-again-${name}`,
      (l) => l.white > 0.5 && l.tinted < 0.05 && lineUnderText(l),
    );
  });

  it('verdicts: unticking one takes its highlights off the open tab, ticking it brings them back', async () => {
    await toggleVerdict(options, 'corroborated', false);
    await page.waitForFunction(() => !CSS.highlights.has('claimlens-corroborated'));
    const left = await highlightTexts(page);
    expect(left['claimlens-conflicting']).toEqual([CONFLICT]);
    expect(left['claimlens-unverified']).toEqual([BALANCED]);

    await toggleVerdict(options, 'corroborated', true);
    await waitForHighlight(page, CLAIM);
    expect((await highlightTexts(page))['claimlens-corroborated']).toEqual([CLAIM]);
  });

  it('sensitivity: broad adds the one-party sentence, strict takes both unverified sentences away, balanced restores', async () => {
    await chooseRadio(options, 'sensitivity', 'broad');
    await waitForHighlightsOf(page, EXPECTED.broad);
    expect((await highlightTexts(page))['claimlens-unverified']).toEqual([BALANCED, BROAD]);

    await chooseRadio(options, 'sensitivity', 'strict');
    await waitForHighlightsOf(page, EXPECTED.strict);

    await chooseRadio(options, 'sensitivity', 'balanced');
    await waitForHighlightsOf(page, EXPECTED.balanced);
  });

  it('never reloaded the tab, and nothing was thrown into any console', async () => {
    expect(await page.evaluate(() => (window as unknown as { stillOpen?: boolean }).stillOpen)).toBe(true);
    expect(page.errors).toEqual([]);
    expect(options.errors).toEqual([]);
    expect(browser.extensionErrors().filter((e) => !/^console\.error: RSLoader/.test(e))).toEqual([]);
  });
});
