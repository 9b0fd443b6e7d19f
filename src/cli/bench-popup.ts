/**
 * How long the toolbar popup takes to show a page's claims, measured in real Chromium with the built
 * extension: a local page whose text makes 100 claims (paraphrases of bundled facts) is scanned by the
 * content script; then the real toolbar popup is opened on it again and again (`action.openPopup()`, as a
 * click on the toolbar button does), and each time the popup's own performance marks give the time from
 * its navigation start to the tab's result being read, to all claims in the document, and to the frame
 * that shows them having been painted. (An extension page reads another of its own pages' marks through
 * `extension.getViews`.) The time the browser takes to create the popup's window before that navigation
 * starts is printed too: it is the browser's, the same for any popup.
 *
 *   npm run bench:popup            (builds the Chrome extension first)
 *   options: --claims N (default 100), --runs N (default 15); BENCH_DEBUG=1 prints each open's marks
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundledPack } from '../facts/bundled';
import { PAINTED_MARK, RENDERED_MARK, RESULT_MARK } from '../ui/popup/marks';
import { launchChromiumWithExtension } from './demo-chromium';
import { serveDirectory } from './demo-server';
import { scanHtml } from './scan';

const { values: args } = parseArgs({
  options: { claims: { type: 'string', default: '100' }, runs: { type: 'string', default: '15' } },
});
const WANT = Number(args.claims);
const RUNS = Number(args.runs);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const page = (paragraphs: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><main>${paragraphs
    .map((p) => `<p>${escapeText(p)}</p>`)
    .join('\n')}</main></body></html>`;

/** Sentences that the engine reads as claims, until the page makes `want` claims. */
function claimPage(want: number): { html: string; claims: number } {
  const sentences = bundledPack.facts.flatMap((f) => [f.statement, ...f.paraphrases]);
  const kept: string[] = [];
  for (const s of sentences) {
    if (scanHtml(page([s])).claims.length !== 1) continue;
    kept.push(s);
    if (kept.length === want) break;
  }
  // Repeat the list if the pack has fewer usable sentences than wanted.
  const paragraphs = Array.from({ length: want }, (_, i) => kept[i % kept.length]!);
  const html = page(paragraphs);
  return { html, claims: scanHtml(html).claims.length };
}

/** One opening of the popup, in ms; all but `navigationStart` from the popup's navigation start. */
interface Open {
  navigationStart: number;
  loaded: number;
  result: number;
  rendered: number;
  painted: number;
  listed: number;
}

/**
 * Runs in an extension page: opens the toolbar popup, waits for its painted mark, reads its marks, closes it.
 * Self-contained (it is serialised into the page), and without named inner functions: tsx would wrap
 * them in a helper the page does not have.
 */
async function openPopupOnce([resultMark, renderedMark, paintedMark]: readonly [string, string, string]): Promise<Open> {
  type View = Window & typeof globalThis;
  const api = (globalThis as unknown as {
    chrome: { action: { openPopup(): Promise<void> }; extension: { getViews(q: { type: string }): View[] } };
  }).chrome;
  const asked = performance.timeOrigin + performance.now();
  await api.action.openPopup();
  const deadline = performance.now() + 10_000;
  for (;;) {
    const view = api.extension.getViews({ type: 'popup' })[0];
    if (view?.performance.getEntriesByName(paintedMark).length) {
      const nav = view.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const open: Open = {
        navigationStart: view.performance.timeOrigin - asked,
        loaded: nav.domContentLoadedEventEnd,
        result: view.performance.getEntriesByName(resultMark)[0]?.startTime ?? NaN,
        rendered: view.performance.getEntriesByName(renderedMark)[0]?.startTime ?? NaN,
        painted: view.performance.getEntriesByName(paintedMark)[0]?.startTime ?? NaN,
        listed: view.document.querySelectorAll('[data-claim]').length,
      };
      view.close();
      // Wait until the popup is gone, so that the next open is a fresh one.
      while (api.extension.getViews({ type: 'popup' }).length > 0) await new Promise((r) => setTimeout(r, 10));
      return open;
    }
    if (performance.now() > deadline) throw new Error('The popup did not show the claims within 10 s.');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function main() {
  const { html, claims } = claimPage(WANT);
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
  writeFileSync(join(dir, 'claims.html'), html);
  const server = await serveDirectory(dir);
  const { context, extensionBase } = await launchChromiumWithExtension({
    extensionDir: resolve(import.meta.dirname, '../../.output/chrome-mv3'),
    headless: true,
  });
  try {
    const tab = await context.newPage();
    await tab.goto(server.url('claims.html'));
    const control = await context.newPage();
    await control.goto(`${extensionBase}options.html`);
    const tabId = await control.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
      return (await api.tabs.query({ url }))[0]?.id ?? -1;
    }, tab.url());
    // Wait until the content script's scan is done and the background holds the claims.
    await control.waitForFunction(
      async ({ id }) => {
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
        const r = (await api.runtime.sendMessage({ type: 'get-result', tabId: id })) as { status: string } | null;
        return r?.status === 'done';
      },
      { id: tabId },
      { timeout: 60_000, polling: 200 },
    );
    const opens: Open[] = [];
    for (let i = 0; i < RUNS + 2; i++) {
      await tab.bringToFront(); // the popup is the active tab's
      const open = await control.evaluate(openPopupOnce, [RESULT_MARK, RENDERED_MARK, PAINTED_MARK] as const);
      if (process.env.BENCH_DEBUG) console.log(open);
      if (i >= 2) opens.push(open); // warm-up: the first opens compile the popup's scripts
    }
    const listed = opens.at(-1)?.listed ?? 0;
    const fmt = (pick: (o: Open) => number) => {
      const xs = opens.map(pick);
      return `median ${quantile(xs, 0.5).toFixed(1)} ms, p90 ${quantile(xs, 0.9).toFixed(1)} ms`;
    };
    console.log(`popup benchmark (Chromium ${context.browser()?.version() ?? ''}, headless, the real toolbar popup), ${listed} claims listed (engine: ${claims}), ${RUNS} opens`);
    console.log(`  the browser creating the popup (openPopup → navigation start): ${fmt((o) => o.navigationStart)}`);
    console.log(`  navigation start → document loaded:        ${fmt((o) => o.loaded)}`);
    console.log(`  navigation start → the tab's result read:  ${fmt((o) => o.result)}`);
    console.log(`  navigation start → all claims in the page: ${fmt((o) => o.rendered)}`);
    console.log(`  navigation start → that frame painted:     ${fmt((o) => o.painted)}`);
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
