/**
 * Pictures of what a reader sees, for a closing note: the card (disputed, mixed, self-sourced), the popup,
 * a seed article with its highlights and the Facts page, in Chromium and Firefox, at 1280×900 and 390×844.
 * Needs `npm run build` first. Run: `npx tsx tests/e2e/screenshots.ts [out-dir]` (default test-output/shots).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeDemoSite } from '../../src/cli/demo-article';
import { serveDirectory } from '../../src/cli/demo-server';
import { scanHtml } from '../../src/cli/scan';
import { sourcesDir } from '../../src/cli/source-articles';
import { NEEDS_ATTENTION } from '../../src/attention';
import { BROWSERS, launch, type TestPage } from './harness';
import { setStoredSettings } from './stored-settings';

const out = resolve(process.argv[2] ?? 'test-output/shots');
mkdirSync(out, { recursive: true });
const VIEWPORTS = [
  [1280, 900],
  [390, 844],
] as const;

const cardOpen = () => !!document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]');

/** Points at the paragraph's first words and waits for its card. */
async function hover(page: TestPage, id: string): Promise<void> {
  await page.mouseMove(1, 1);
  await page.waitForFunction(() => !document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
  const at = await page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    el.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getClientRects()[0]!;
    return { x: r.left + 8, y: r.top + r.height / 2 };
  }, `#${id}`);
  await page.mouseMove(at.x, at.y);
  await page.waitForFunction(cardOpen);
  await new Promise((r) => setTimeout(r, 300));
}

// The seed article with the most claims needing attention: the page with highlights.
const site = mkdtempSync(join(tmpdir(), 'claimlens-shots-'));
const article = writeDemoSite(sourcesDir, site)
  .map((p) => ({
    file: p.file,
    attention: scanHtml(readFileSync(join(site, p.file), 'utf8')).claims.filter((c) => NEEDS_ATTENTION.includes(c.verdict)).length,
  }))
  .sort((a, b) => b.attention - a.attention)[0]!.file;
const server = await serveDirectory(site);

const written: string[] = [];
try {
  for (const name of BROWSERS) {
    const browser = await launch(name);
    try {
      for (const [w, h] of VIEWPORTS) {
        const shot = async (page: TestPage, what: string) => {
          const path = join(out, `${name}-${w}x${h}-${what}.png`);
          await page.screenshot(path);
          written.push(path);
        };
        const control = await browser.openExtensionPage('options.html');
        await setStoredSettings(control, {});
        const page = await browser.newPage('reader.html');
        await page.setViewport(w, h);
        const tabId = await browser.tabIdOf(page);
        await browser.tabResult(tabId);
        await hover(page, 'disputed');
        await shot(page, 'card-disputed');
        await hover(page, 'mixed');
        await shot(page, 'card-mixed');
        await setStoredSettings(control, { highlightVerdicts: ['corroborated', 'conflicting', 'mixed'] });
        await page.waitForFunction(() => CSS.highlights.has('claimlens-corroborated'));
        await hover(page, 'self');
        await shot(page, 'card-self-sourced');
        await setStoredSettings(control, {});
        await page.mouseMove(1, 1);

        const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
        await popup.setViewport(Math.min(w, 420), Math.min(h, 600));
        await popup.waitForSelector('[data-claim]');
        await shot(popup, 'popup');
        await popup.close();

        const seed = await browser.newPage(server.url(article));
        await seed.setViewport(w, h);
        await browser.tabResult(await browser.tabIdOf(seed));
        await seed.waitForFunction(() => CSS.highlights.has('claimlens-conflicting') || CSS.highlights.has('claimlens-mixed'));
        // The first claim that needs attention, in view.
        await seed.evaluate(() => {
          const h = CSS.highlights.get('claimlens-conflicting') ?? CSS.highlights.get('claimlens-mixed');
          const range = h ? ([...h][0] as Range | undefined) : undefined;
          const node = range?.startContainer.parentElement;
          node?.scrollIntoView({ block: 'center' });
        });
        await new Promise((r) => setTimeout(r, 300));
        await shot(seed, 'page-highlights');
        await seed.close();

        const facts = await browser.openExtensionPage('facts.html');
        await facts.setViewport(w, h);
        await facts.waitForSelector('[data-fact]');
        await shot(facts, 'facts');
        await facts.evaluate(() => document.getElementById('timeline-h')?.scrollIntoView());
        await shot(facts, 'facts-timeline');
        await facts.close();
        await page.close();
        await control.close();
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  rmSync(site, { recursive: true, force: true });
}
console.log(written.join('\n'));
