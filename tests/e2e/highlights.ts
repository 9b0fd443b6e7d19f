/**
 * Reading ClaimLens's highlights in a page (the `claimlens-<verdict>` entries of CSS.highlights), shared by
 * the in-page and options e2e tests.
 */
import { VERDICTS } from '../../src/engine/claim';
import type { ExtensionBrowser, TestPage } from './harness';
import { setStoredSettings } from './stored-settings';

/** Texts of the ranges in each claimlens-* highlight, read in the page. */
export function highlightTexts(page: TestPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('claimlens-')) out[name] = [...h].map((r) => r.toString());
    });
    return out;
  });
}

/** Waits until some claimlens-* highlight holds a range whose text is exactly `text`. */
export function waitForHighlight(page: TestPage, text: string, timeoutMs = 10_000): Promise<void> {
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

/**
 * The first tab can open before a freshly installed add-on's content script is registered (seen in
 * Firefox): warm up with one page showing `text`, reloaded once if it was too early.
 */
export async function warmUp(browser: ExtensionBrowser, fixture: string, text: string): Promise<void> {
  const warm = await browser.newPage(fixture);
  await waitForHighlight(warm, text, 8000).catch(async () => {
    await warm.goto(warm.url());
    await waitForHighlight(warm, text, 15_000);
  });
  await warm.close();
}

/**
 * Highlight every verdict, not just those needing attention (the default): for the tests of how highlights
 * are drawn and follow the page, whatever a claim's verdict. What is highlighted by default: reader.e2e.ts.
 */
export async function highlightEveryVerdict(browser: ExtensionBrowser): Promise<void> {
  const control = await browser.openExtensionPage('options.html');
  await setStoredSettings(control, { highlightVerdicts: [...VERDICTS] });
  await control.close();
}

/** Where the claim's first line box is, in viewport coordinates. */
export function claimPoint(page: TestPage, text: string): Promise<{ x: number; y: number } | null> {
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
