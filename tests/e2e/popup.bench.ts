/**
 * How long the toolbar popup takes to show a page's claims, in real Chromium and Firefox with the built
 * extension: prints numbers, asserts nothing.
 *
 *   npm run bench:popup [-- chromium|firefox] [--claims N] [--runs N]      (builds the extension first)
 *
 * A local page whose text makes 100 claims (paraphrases of bundled facts) is scanned by the content script;
 * then the real toolbar popup is opened on it again and again (`action.openPopup()`, as a click on the
 * toolbar button does), and each time the popup's own performance marks (src/ui/popup/marks.ts) give the
 * time from its navigation start to the tab's result being read and to all claims being in the document,
 * and the browser's own first-contentful-paint entry the time to the first frame that showed anything: the
 * popup paints nothing before its first render, which lists every claim at once. Also printed: how long
 * the browser took to create the popup's window before that navigation started (the browser's own work,
 * the same for any popup).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveDirectory } from '../../src/cli/demo-server';
import { scanHtml } from '../../src/cli/scan';
import { bundledPack } from '../../src/facts/bundled';
import { RENDERED_MARK, RESULT_MARK } from '../../src/ui/popup/marks';
import { BROWSERS, launch, type BrowserName } from './harness';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { claims: { type: 'string', default: '100' }, runs: { type: 'string', default: '15' } },
});
const WANT = Number(args.claims);
const RUNS = Number(args.runs);
const names = (positionals.length > 0 ? positionals : BROWSERS) as BrowserName[];

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const page = (paragraphs: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><main>${paragraphs
    .map((p) => `<p>${escapeText(p)}</p>`)
    .join('\n')}</main></body></html>`;

/** Sentences that the engine reads as one claim each, repeated until the page makes `want` claims. */
function claimPage(want: number): { html: string; claims: number } {
  const kept = bundledPack.facts
    .flatMap((f) => [f.statement, ...f.paraphrases])
    .filter((s) => scanHtml(page([s])).claims.length === 1)
    .slice(0, want);
  const html = page(Array.from({ length: want }, (_, i) => kept[i % kept.length]!));
  return { html, claims: scanHtml(html).claims.length };
}

/** One opening of the popup, in ms: `created` from openPopup() to the popup's navigation start, the rest from there. */
interface Open {
  created: number;
  loaded: number;
  result: number;
  rendered: number;
  painted: number;
  listed: number;
  agent: string;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const fmt = (xs: number[]) => `median ${quantile(xs, 0.5).toFixed(1)} ms, p90 ${quantile(xs, 0.9).toFixed(1)} ms`;

const { html, claims } = claimPage(WANT);
const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
writeFileSync(join(dir, 'claims.html'), html);
const server = await serveDirectory(dir);
try {
  for (const name of names) {
    const browser = await launch(name);
    try {
      const tab = await browser.newPage(server.url('claims.html'));
      await browser.tabResult(await browser.tabIdOf(tab), 60_000);
      const opens: Open[] = [];
      for (let i = 0; i < RUNS + 2; i++) {
        const asked = await browser.openToolbarPopup(tab);
        let open: Open | null = null;
        for (const deadline = Date.now() + 15_000; !open; ) {
          // Self-contained: sent to the browser as source text.
          open = await browser
            .inToolbarPopup(
              (doc, [resultMark, renderedMark]) => {
                const perf = doc.defaultView!.performance;
                // The browser's own entry for the first frame that painted content: the popup paints nothing
                // before its first render, which lists every claim at once.
                const paint = perf.getEntriesByName('first-contentful-paint')[0];
                if (!paint || perf.getEntriesByName(renderedMark).length === 0) return null;
                const nav = perf.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
                return {
                  created: perf.timeOrigin,
                  loaded: nav.domContentLoadedEventEnd,
                  result: perf.getEntriesByName(resultMark)[0]?.startTime ?? NaN,
                  rendered: perf.getEntriesByName(renderedMark)[0]?.startTime ?? NaN,
                  painted: paint.startTime,
                  listed: doc.querySelectorAll('[data-claim]').length,
                  agent: doc.defaultView!.navigator.userAgent,
                };
              },
              [RESULT_MARK, RENDERED_MARK] as const,
            )
            .catch(() => null);
          if (!open && Date.now() > deadline) throw new Error(`${name}: the popup did not show the claims within 15 s`);
          if (!open) await new Promise((r) => setTimeout(r, 20));
        }
        open.created -= asked;
        if (process.env.BENCH_DEBUG) console.log(name, open);
        if (i >= 2) opens.push(open); // warm-up: the first opens compile the popup's scripts
      }
      const col = (pick: (o: Open) => number) => fmt(opens.map(pick));
      console.log(`popup benchmark, ${/(HeadlessChrome|Chrome|Firefox)\/[\d.]+/.exec(opens.at(-1)?.agent ?? '')?.[0] ?? name}, headless, the real toolbar popup: ${opens.at(-1)?.listed} claims listed (engine: ${claims}), ${RUNS} opens`);
      console.log(`  the browser creating the popup (openPopup → its navigation start): ${col((o) => o.created)}`);
      console.log(`  navigation start → document loaded:        ${col((o) => o.loaded)}`);
      console.log(`  navigation start → the tab's result read:  ${col((o) => o.result)}`);
      console.log(`  navigation start → all claims in the page: ${col((o) => o.rendered)}`);
      console.log(`  navigation start → first paint (with all claims): ${col((o) => o.painted)}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
