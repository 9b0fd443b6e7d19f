/**
 * `npm start`: the extension at work on the five seed articles.
 *
 * Builds the extension, turns the source articles (src/facts/sources/*.txt) into local article pages (demo-output/site/), serves them
 * on 127.0.0.1 and opens Debian's Chromium with the extension loaded.
 * - With a display: a visible window on the article index; serves until Ctrl-C.
 * - Without one, or with `--headless`: prints each article's claims and verdicts as the extension found them,
 *   writes screenshots (highlights, a hover card, the popup) to demo-output/, and exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { VERDICTS, type Claim } from '../engine/claim';
import { shortenAtWord } from '../engine/shorten';
import type { Message, TabResult } from '../messages';
import { t } from '../ui/i18n';
import { pageSourceOf } from '../ui/what-sources-say';
import { claimWhy } from '../ui/why';
import { ensureBrowsers } from './browsers';
import { writeDemoSite, type DemoPage } from './demo-article';
import { launchChromiumWithExtension } from './demo-chromium';
import { sourcesDir } from './source-articles';
import { serveDirectory, type StaticServer } from './demo-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = resolve(ROOT, 'demo-output');
const SITE = join(OUT, 'site');
const EXTENSION = resolve(ROOT, '.output/chrome-mv3');

/** The part of the extension API the demo calls from an extension page (run there, not in Node). */
declare const chrome: {
  tabs: { query(q: { url?: string }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

async function main(): Promise<number> {
  const headless =
    process.argv.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  ensureBrowsers({ chromium: true });
  build();
  const pages = writeDemoSite(sourcesDir, SITE);
  const server = await serveDirectory(SITE);
  const { context, extensionBase } = await launchChromiumWithExtension({
    extensionDir: EXTENSION,
    headless,
    viewport: headless ? { width: 1280, height: 860 } : null,
  });
  console.log(`Serving ${pages.length} articles at ${server.origin}`);
  try {
    if (headless) return await report(context, extensionBase, server, pages);
    await browse(context, server);
    return 0;
  } finally {
    await context.close().catch(() => {});
    await server.close();
  }
}

function build(): void {
  console.log('Building the extension (wxt build)…');
  const wxt = resolve(ROOT, 'node_modules/.bin/wxt');
  const result = spawnSync(wxt, ['build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`wxt build failed (exit ${result.status ?? result.signal})`);
  }
  console.log(`Built ${relative(process.cwd(), EXTENSION) || EXTENSION}`);
}

/** A visible window: the index page, until Ctrl-C. */
async function browse(context: BrowserContext, server: StaticServer): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url('index.html'));
  console.log('Chromium is open with ClaimLens loaded. Press Ctrl-C to stop.');
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
    context.once('close', () => done());
  });
  console.log('Stopped.');
}

/** Headless: print what the extension found on each article and take screenshots. */
async function report(context: BrowserContext, extensionBase: string, server: StaticServer, pages: DemoPage[]): Promise<number> {
  const control = await context.newPage();
  await control.goto(`${extensionBase}options.html`);
  let failed = 0;
  // The screenshots show a page where sources conflict or disagree if there is one (the telling cases), else
  // the page with the most claims.
  let best: { page: Page; tabId: number; claims: number; score: number } | null = null;

  for (const demo of pages) {
    const page = await context.newPage();
    await page.goto(server.url(demo.file));
    const tabId = await control.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({ url });
      return tabs[0]?.id ?? -1;
    }, page.url());
    const result = await waitForResult(control, tabId);
    console.log(`\n${demo.title}\n  ${page.url()}`);
    if (!result || result.status !== 'done') {
      console.log(`  ✗ the extension did not finish reading this page (status: ${result?.status ?? 'none'})`);
      failed++;
      continue;
    }
    console.log(`  ${summary(result.claims)}`);
    const self = pageSourceOf(result.claims);
    if (self) console.log(`  ${t('pageIsSource', self.name)}`);
    for (const claim of result.claims) console.log(describe(claim));
    const has = (verdict: Claim['verdict']) => result.claims.some((c) => c.verdict === verdict);
    const score = result.claims.length + (has('conflicting') ? 20_000 : has('mixed') ? 10_000 : 0);
    if (!best || score > best.score) best = { page, tabId, claims: result.claims.length, score };
  }

  mkdirSync(OUT, { recursive: true });
  if (best && best.claims > 0) await screenshots(context, extensionBase, best.page, best.tabId);
  else console.log('\nNo claims found on any page: no screenshots.');
  return failed > 0 ? 1 : 0;
}

async function waitForResult(control: Page, tabId: number): Promise<TabResult | null> {
  const deadline = Date.now() + 20_000;
  let result: TabResult | null = null;
  while (Date.now() < deadline) {
    result = await control.evaluate(async (id) => {
      const message: Message = { type: 'get-result', tabId: id };
      return (await chrome.runtime.sendMessage(message)) as TabResult | null;
    }, tabId);
    if (result && result.status !== 'scanning') return result;
    await new Promise((r) => setTimeout(r, 200));
  }
  return result;
}

/** How much of a claim's sentence the printout shows. */
const CLAIM_CHARS = 140;

function summary(claims: Claim[]): string {
  if (claims.length === 0) return 'no claims about the partnership';
  const counts = VERDICTS.map((v) => [v, claims.filter((c) => c.verdict === v).length] as const).filter(([, n]) => n > 0);
  return `${claims.length} claim${claims.length === 1 ? '' : 's'}: ${counts.map(([v, n]) => `${n} ${v}`).join(', ')}`;
}

/** A claim's lines: its verdict and sentence, why (as the card says it), its sources. */
function describe(claim: Claim): string {
  const sources = [...new Set(claim.evidence.map((e) => e.source.publisher ?? e.source.title))];
  return [
    `  • [${claim.verdict}] ${shortenAtWord(claim.text, CLAIM_CHARS)}`,
    `      ${claimWhy(claim)}`,
    sources.length ? `      sources: ${sources.join('; ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

async function screenshots(context: BrowserContext, extensionBase: string, page: Page, tabId: number): Promise<void> {
  await page.bringToFront();
  // The first claim of the most telling verdict (conflicts first), scrolled to the upper third of the window.
  const target = await page.evaluate(() => {
    const order = ['claimlens-conflicting', 'claimlens-mixed', 'claimlens-corroborated', 'claimlens-unverified'];
    for (const name of order) {
      let first: Range | null = null;
      CSS.highlights.get(name)?.forEach((range) => {
        if (range instanceof Range && (!first || range.compareBoundaryPoints(Range.START_TO_START, first) < 0)) first = range;
      });
      const range = first as Range | null;
      if (!range) continue;
      const top = range.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, Math.max(0, top - window.innerHeight / 3));
      const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: r.left + Math.min(r.width / 2, 60), y: r.top + r.height / 2 };
    }
    return null;
  });
  const shots: string[] = [];
  const shot = async (p: Page, name: string) => {
    const file = join(OUT, name);
    await p.screenshot({ path: file });
    shots.push(relative(process.cwd(), file) || file);
  };
  await shot(page, 'highlights.png');
  if (target) {
    await page.mouse.move(target.x, target.y);
    const opened = await page
      .waitForFunction(() => document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'), null, {
        timeout: 5_000,
      })
      .then(() => true)
      .catch(() => false);
    if (opened) await shot(page, 'hover-card.png');
    else console.log('(the hover card did not open: no hover-card.png)');
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`${extensionBase}popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-claim], [data-state]', { timeout: 5_000 }).catch(() => {});
  await shot(popup, 'popup.png');
  console.log(`\nScreenshots in ${OUT}:\n  ${shots.join('\n  ')}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
