/**
 * How long the toolbar popup takes to show a page's claims, measured in real Chromium with the built
 * extension: a local page whose text makes 100 claims (paraphrases of bundled facts) is scanned by the
 * content script; then popup.html?tab=ID is opened again and again, and each time the popup's own
 * performance marks give the time from navigation start to the tab's result being read, to all
 * claims in the document, and to the frame that shows them having been painted.
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
    const result: number[] = [];
    const rendered: number[] = [];
    const painted: number[] = [];
    const loaded: number[] = [];
    let listed = 0;
    for (let i = 0; i < RUNS + 2; i++) {
      const popup = await context.newPage();
      await popup.goto(`${extensionBase}popup.html?tab=${tabId}`);
      await popup.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, PAINTED_MARK, { timeout: 30_000 });
      const m = await popup.evaluate(
        ([a, b, c]) => ({
          result: performance.getEntriesByName(a!)[0]!.startTime,
          rendered: performance.getEntriesByName(b!)[0]!.startTime,
          painted: performance.getEntriesByName(c!)[0]!.startTime,
          listed: document.querySelectorAll('[data-claim]').length,
          loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        }),
        [RESULT_MARK, RENDERED_MARK, PAINTED_MARK],
      );
      await popup.close();
      listed = m.listed;
      if (process.env.BENCH_DEBUG) console.log(m);
      if (i < 2) continue; // warm-up: first opens compile the popup's scripts
      result.push(m.result);
      rendered.push(m.rendered);
      painted.push(m.painted);
      loaded.push(m.loaded);
    }
    const fmt = (xs: number[]) => `median ${quantile(xs, 0.5).toFixed(1)} ms, p90 ${quantile(xs, 0.9).toFixed(1)} ms`;
    console.log(`popup benchmark (Chromium ${context.browser()?.version() ?? ''}, headless), ${listed} claims listed (engine: ${claims}), ${RUNS} opens`);
    console.log(`  navigation start → document loaded:        ${fmt(loaded)}`);
    console.log(`  navigation start → the tab's result read:  ${fmt(result)}`);
    console.log(`  navigation start → all claims in the page: ${fmt(rendered)}`);
    console.log(`  navigation start → that frame painted:     ${fmt(painted)}`);
    console.log(`  render after the result was read:        median ${(quantile(rendered, 0.5) - quantile(result, 0.5)).toFixed(1)} ms`);
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
