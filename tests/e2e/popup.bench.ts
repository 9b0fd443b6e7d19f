/**
 * How long the toolbar popup takes to show a page's claims, in real Chromium and Firefox with the built
 * extension: prints numbers, asserts nothing.
 *
 *   npm run bench:popup [-- chromium|firefox] [--claims N] [--runs N]      (builds the extension first)
 *
 * A local page whose text makes 100 claims (paraphrases of bundled facts) is scanned by the content script;
 * then the real toolbar popup is opened on it again and again (`action.openPopup()`, as a click on the
 * toolbar button does), and each time the popup's own performance marks (src/ui/popup/marks.ts) give the
 * time from its navigation start to the tab's result being read, to the counts and first claims being in the
 * document and painted (the frame after), and to all claims being in the document, and the browser's own
 * first-contentful-paint entry the time to the first frame that showed anything: the popup's static first
 * screen (its header, in the HTML), which its first render (the counts and the first screenful of claims)
 * replaces; the rest of the claims are listed right after that. For scale, the same is
 * measured for a static page set as the popup in between (the floor: what any popup costs in that browser),
 * and how long the browser took to create the popup's window before its navigation started.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveDirectory } from '../../src/cli/demo-server';
import { scanHtml } from '../../src/cli/scan';
import { bundledPack } from '../../src/facts/bundled';
import { FIRST_SCREEN_MARK, FIRST_SCREEN_PAINTED_MARK, RENDERED_MARK, RESULT_MARK } from '../../src/ui/popup/marks';
import { BROWSERS, extensionDir, launch, type BrowserName } from './harness';

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
  first: number;
  rendered: number;
  painted: number;
  /** The frame after the first render (counts, first claims) painted. */
  claimsPainted: number;
  listed: number;
  agent: string;
  marks: string;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const fmt = (xs: number[]) => `median ${quantile(xs, 0.5).toFixed(1)} ms, p90 ${quantile(xs, 0.9).toFixed(1)} ms`;

/** A popup with nothing to do: a static page of the same width and heading. What any popup costs. */
const FLOOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head>
<body style="margin:0;width:400px;font:14px system-ui"><h1 style="font-size:16px">ClaimLens</h1><p>A static page.</p></body></html>`;

/** Reads one open popup's timings once it has painted (and, for ClaimLens's, listed its claims); else null. */
function readOpen(
  doc: Document,
  [resultMark, firstMark, renderedMark, paintedMark, ours]: readonly [string, string, string, string, boolean],
) {
  // Self-contained: sent to the browser as source text.
  const perf = doc.defaultView!.performance;
  // The browser's own entry for the first frame that painted content (ClaimLens's: its static header).
  const paint = perf.getEntriesByName('first-contentful-paint')[0];
  if (!paint || (ours && (perf.getEntriesByName(renderedMark).length === 0 || perf.getEntriesByName(paintedMark).length === 0)))
    return null;
  const nav = perf.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return {
    created: perf.timeOrigin,
    loaded: nav.domContentLoadedEventEnd,
    result: perf.getEntriesByName(resultMark)[0]?.startTime ?? NaN,
    first: perf.getEntriesByName(firstMark)[0]?.startTime ?? NaN,
    rendered: perf.getEntriesByName(renderedMark)[0]?.startTime ?? NaN,
    painted: paint.startTime,
    claimsPainted: perf.getEntriesByName(paintedMark)[0]?.startTime ?? NaN,
    listed: doc.querySelectorAll('[data-claim]').length,
    agent: doc.defaultView!.navigator.userAgent,
    marks: perf
      .getEntriesByType('mark')
      .map((m) => m.name + '@' + m.startTime.toFixed(0))
      .join(' '),
  };
}

const { html, claims } = claimPage(WANT);
const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
writeFileSync(join(dir, 'claims.html'), html);
const server = await serveDirectory(dir);
try {
  for (const name of names) {
    // A copy of the build with the floor page added (the build itself stays as it is).
    const extension = join(dir, name);
    cpSync(extensionDir(name), extension, { recursive: true });
    writeFileSync(join(extension, 'floor.html'), FLOOR_PAGE);
    const browser = await launch(name, { extensionDir: extension });
    try {
      const tab = await browser.newPage(server.url('claims.html'));
      await browser.tabResult(await browser.tabIdOf(tab), 60_000);
      const control = await browser.openExtensionPage('options.html');
      const opens: Record<'ours' | 'floor', Open[]> = { ours: [], floor: [] };
      // Alternately ClaimLens's popup and the floor page, so that both meet the same machine load.
      for (let i = 0; i < 2 * (RUNS + 2); i++) {
        const which = i % 2 === 0 ? 'ours' : 'floor';
        await control.evaluate(
          (popup) =>
            (globalThis as unknown as { chrome: { action: { setPopup(d: { popup: string }): Promise<void> } } }).chrome.action.setPopup({
              popup,
            }),
          which === 'ours' ? 'popup.html' : 'floor.html',
        );
        const asked = await browser.openToolbarPopup(tab);
        let open: Open | null = null;
        for (const deadline = Date.now() + 15_000; !open;) {
          open = await browser
            .inToolbarPopup(readOpen, [RESULT_MARK, FIRST_SCREEN_MARK, RENDERED_MARK, FIRST_SCREEN_PAINTED_MARK, which === 'ours'] as const)
            .catch(() => null);
          if (!open && Date.now() > deadline) throw new Error(`${name}: the popup did not show within 15 s`);
          if (!open) await new Promise((r) => setTimeout(r, 20));
        }
        open.created -= asked;
        if (process.env.BENCH_DEBUG)
          console.log(name, which, `loaded@${open.loaded.toFixed(0)}`, open.marks, `paint@${open.painted.toFixed(0)}`);
        if (i >= 4) opens[which].push(open); // warm-up: the first opens compile the popup's scripts
      }
      const col = (which: 'ours' | 'floor', pick: (o: Open) => number) => fmt(opens[which].map(pick));
      const last = opens.ours.at(-1);
      console.log(
        `popup benchmark, ${/(HeadlessChrome|Chrome|Firefox)\/[\d.]+/.exec(last?.agent ?? '')?.[0] ?? name}, headless, the real toolbar popup: ${last?.listed} claims listed (engine: ${claims}), ${RUNS} opens`,
      );
      console.log(`  the browser creating the popup (openPopup → its navigation start): ${col('ours', (o) => o.created)}`);
      console.log(`  navigation start → document loaded:        ${col('ours', (o) => o.loaded)}`);
      console.log(`  navigation start → the tab's result read:  ${col('ours', (o) => o.result)}`);
      console.log(`  navigation start → counts and first claims in the page (first render): ${col('ours', (o) => o.first)}`);
      console.log(`  navigation start → all claims in the page: ${col('ours', (o) => o.rendered)}`);
      console.log(`  navigation start → first paint (browser's first-contentful-paint): ${col('ours', (o) => o.painted)}`);
      console.log(`  navigation start → counts and first claims painted (the frame after): ${col('ours', (o) => o.claimsPainted)}`);
      // The first screen's paint: the first paint itself when the first render (counts, first claims) was in the
      // document before it (that frame showed them), else the frame after the first render.
      const firstScreen = (o: Open) => (o.first <= o.painted ? o.painted : o.claimsPainted);
      const shown = opens.ours.filter((o) => o.first <= o.painted).length;
      console.log(
        `  navigation start → the first screen painted (counts and first claims): ${col('ours', firstScreen)}; the first paint showed them in ${shown} of ${opens.ours.length} opens`,
      );
      console.log(`  the floor, a static page as the popup (same opens, alternating):`);
      console.log(`    navigation start → document loaded:      ${col('floor', (o) => o.loaded)}`);
      console.log(`    navigation start → first paint:          ${col('floor', (o) => o.painted)}`);
      const over = (pick: (o: Open) => number) =>
        quantile(opens.ours.map(pick), 0.5) -
        quantile(
          opens.floor.map((o) => o.painted),
          0.5,
        );
      console.log(
        `  the first screen painted, median, beside the floor's first paint: ${quantile(opens.ours.map(firstScreen), 0.5).toFixed(1)} ms against ${quantile(
          opens.floor.map((o) => o.painted),
          0.5,
        ).toFixed(1)} ms (${over(firstScreen) >= 0 ? '+' : ''}${over(firstScreen).toFixed(1)} ms)`,
      );
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
