/**
 * What ClaimLens costs the pages readers open, in real Chromium and Firefox with the built extension: prints
 * numbers, asserts nothing.
 *
 *   npm run bench:page [-- chromium|firefox] [--runs N] [--output DIR] [--only neutral|claims|article] [--skip-floors]
 *                                         (builds the extension first; --output: measure another build, e.g. an
 *                                         older commit's .output/; --only: one of the pages, with its floors)
 *
 * Two local pages of 10,000 sentences: a neutral one (no party named: what nearly every page is) and the same
 * with 100 of its sentences replaced by partnership claims; and an ordinary page, a news article of about 1,000
 * words naming no party (tests/fixtures/ordinary-article.html: a masthead, links, the article, related links, a
 * footer), the page a reader opens most. Each page carries a small script of its own that,
 * in the same load, times a bare pass over its text (a TreeWalker joining every text node's data: the least
 * any reader of the page's text can do) and marks when all the claims the command-line scanner finds on it
 * are highlighted. Medians of N loads.
 *
 * Chromium: from a trace (CDP tracing through playwright-core, the V8 sampling profiler on): the extension's
 * CPU on the page's main thread is the profiler's samples whose stack holds extension code — the content
 * script's isolated world, its microtasks included, which a long-task observer in the page does not see —
 * its longest task the longest top-level task of that thread holding any such sample, and the time to all
 * highlights runs from the content script's first task to the page's mark. The background's CPU (samples of
 * extension code on other threads: the service worker) is printed beside it. For scale on the neutral page, the
 * same figures for two floor extensions measured in the same run (see `floorExtension`): one whose content script is
 * only the browser-API polyfill and one storage read (what any content script on this stack costs before it does
 * anything), and one whose content script reads the settings, the page's text once and tests one pattern (the
 * least a gate that reads the page can cost).
 * Firefox: no trace is reachable over WebDriver BiDi, so the benchmark builds a variant of the extension
 * (CLAIMLENS_BENCH=1, into a folder of its own) whose content script times its own pieces of work on the
 * page's thread (src/page/bench-marks.ts: its start-up from its first module's evaluation, each slice) and puts
 * the totals in the page's timeline. Compiling the script and what runs after an await outside those pieces are
 * not in them, and Firefox gives pages a coarse clock (1 ms steps or coarser): a lower bound. The
 * time to all highlights runs from DOMContentLoaded.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium as playwrightChromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM } from '../../src/cli/browsers';
import { launchChromiumWithExtension } from '../../src/cli/demo-chromium';
import { serveDirectory, type StaticServer } from '../../src/cli/demo-server';
import { scanHtml } from '../../src/cli/scan';
import { bundledPack } from '../../src/facts/bundled';
import { VERDICTS } from '../../src/engine/claim';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../src/settings';
import { BROWSERS, extensionDir, launch, type BrowserName } from './harness';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    sentences: { type: 'string', default: '10000' },
    claims: { type: 'string', default: '100' },
    /** Another build's output folder (with chrome-mv3/ and firefox-mv3/), e.g. an older commit's, to compare. */
    output: { type: 'string' },
    /** Only one of the pages (neutral, article: with their floors; claims: with its cold starts). */
    only: { type: 'string' },
    /** Leave out the floor extensions (comparing builds: the bare pass is still measured in every load). */
    'skip-floors': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const SENTENCES = Number(args.sentences);
const CLAIMS = Number(args.claims);
const names = (positionals.length > 0 ? positionals : BROWSERS) as BrowserName[];
const buildOf = (name: BrowserName) =>
  args.output ? join(args.output, name === 'chromium' ? 'chrome-mv3' : 'firefox-mv3') : extensionDir(name);

// ——— the pages ———

const SUBJECTS = [
  'The weather in the valley',
  'The cafeteria on the third floor',
  'The river near the old mill',
  'The county fair',
  'The school choir',
  'The bakery on Elm Street',
  'The night bus',
  'The garden club',
  'The public library',
  'The harbour ferry',
];
const VERBS = [
  'was mild',
  'stayed busy',
  'ran late',
  'drew a crowd',
  'closed early',
  'reopened',
  'looked calm',
  'got a new coat of paint',
  'served soup',
  'held a quiet meeting',
];
const WHENS = [
  'on Tuesday',
  'after the storm',
  'in the morning',
  'for the third week',
  'before the holiday',
  'at dusk',
  'despite the rain',
  'all weekend',
  'during the festival',
  'as expected',
];
const neutral = (i: number) =>
  `${SUBJECTS[i % 10]} ${VERBS[Math.floor(i / 10) % 10]} ${WHENS[Math.floor(i / 100) % 10]}, item ${i} of the log said.`;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page's own script: the bare text pass after load, and a mark once `expected` claims are highlighted. */
const pageScript = (expected: number) => `
addEventListener('load', () => setTimeout(() => {
  performance.mark('bench:bare-start');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.data);
  window.benchText = parts.join('').length;
  performance.measure('bench:bare-pass', 'bench:bare-start');
}, 0));
const expected = ${expected};
const poll = () => {
  let n = 0;
  if (window.CSS && CSS.highlights) CSS.highlights.forEach((h, k) => { if (k.startsWith('claimlens-') && !k.includes('focus')) n += h.size; });
  if (expected > 0 && n >= expected) { performance.mark('bench:all-highlights'); return; }
  setTimeout(poll, 10);
};
if (expected > 0) poll();
addEventListener('DOMContentLoaded', () => performance.mark('bench:dcl'));
`;

function html(sentences: string[], expected: number): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5)
    paragraphs.push(
      `<p>${sentences
        .slice(i, i + 5)
        .map(escapeText)
        .join(' ')}</p>`,
    );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><main>\n${paragraphs.join('\n')}\n</main><script>${pageScript(expected)}</script></body></html>`;
}

/** Claim sentences the engine reads as one claim each (paraphrases of bundled facts). */
function claimSentences(): string[] {
  const one = (s: string) => scanHtml(html([s], 0)).claims.length === 1;
  return bundledPack.facts.flatMap((f) => [f.statement, ...f.paraphrases]).filter(one);
}

/** The ordinary article (a fixture), with the page's own script. */
function articleHtml(): string {
  const fixture = readFileSync(resolve(import.meta.dirname, '../fixtures/ordinary-article.html'), 'utf8');
  return fixture.replace('</body>', `<script>${pageScript(0)}</script></body>`);
}

interface BenchPage {
  file: string;
  label: string;
  expected: number;
  kind: 'neutral' | 'claims' | 'article';
}

function makeSite(): { dir: string; pages: BenchPage[] } {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-page-bench-'));
  const base = Array.from({ length: SENTENCES }, (_, i) => neutral(i));
  writeFileSync(join(dir, 'neutral.html'), html(base, 0));
  const claims = claimSentences();
  const mixed = [...base];
  const step = Math.floor(SENTENCES / CLAIMS);
  for (let k = 0; k < CLAIMS; k++) mixed[k * step + Math.floor(step / 2)] = claims[k % claims.length]!;
  // What the command-line scanner finds on the page is what must be highlighted.
  const expected = scanHtml(html(mixed, 0)).claims.length;
  writeFileSync(join(dir, 'claims.html'), html(mixed, expected));
  const article = articleHtml();
  if (scanHtml(article).claims.length > 0) throw new Error('the ordinary article should hold no claim');
  writeFileSync(join(dir, 'article.html'), article);
  return {
    dir,
    pages: [
      { file: 'neutral.html', label: `neutral, ${SENTENCES.toLocaleString('en')} sentences`, expected: 0, kind: 'neutral' },
      { file: 'claims.html', label: `same with ${CLAIMS} claims (${expected} found by the CLI)`, expected, kind: 'claims' },
      { file: 'article.html', label: 'an ordinary news article, ~1,000 words, naming no party', expected: 0, kind: 'article' },
    ],
  };
}

/**
 * Every verdict highlighted (the default highlights only what needs attention): the time to all highlights
 * is the time to every claim the scanner finds. Written as the options page writes the settings.
 */
const EVERY_VERDICT = { settings: { ...DEFAULT_SETTINGS, highlightVerdicts: [...VERDICTS] }, settings$: { v: SETTINGS_VERSION } };

// ——— Chromium: traces ———

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url: string; functionName: string; lineNumber?: number; columnNumber?: number };
}

interface Figures {
  /** Extension CPU on the page's main thread, ms. */
  cpu: number;
  longest: number;
  /** The longest of its tasks after its start (the task that compiles and evaluates the script), ms. */
  afterStart: number;
  /** From the content script's first task to all highlights (claims page) or to its last task (neutral), ms. */
  done: number;
  bare: number;
  /** Extension CPU elsewhere (the background), ms; null when not measured. */
  background: number | null;
  /** The background's own measures (Chromium): the last scan's time and, when it built one, the engine's build. */
  scan?: number;
  built?: number;
}

async function traceLoad(context: BrowserContext, url: string, expected: number): Promise<TraceEvent[]> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordContinuously',
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'v8.execute',
        'blink.user_timing',
        'disabled-by-default-v8.cpu_profiler',
        '__metadata',
        // (BENCH_DEBUG: V8's own events too, to say what the longest task holds.)
        ...(process.env.BENCH_DEBUG ? ['v8', 'blink', 'disabled-by-default-devtools.timeline'] : []),
      ],
    },
  } as never);
  await page.goto(url, { waitUntil: 'load' });
  if (expected > 0)
    await page.waitForFunction(() => performance.getEntriesByName('bench:all-highlights').length > 0, undefined, {
      timeout: 60_000,
      polling: 100,
    });
  await page.waitForFunction(() => performance.getEntriesByName('bench:bare-pass').length > 0, undefined, {
    timeout: 60_000,
    polling: 100,
  });
  // Whatever the extension still does after (reports, the last slices) is in the trace too.
  await page.waitForTimeout(expected > 0 ? 1000 : 2500);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  return events;
}

function analyse(events: TraceEvent[]): Figures {
  const mark = (name: string) => events.find((e) => e.cat.includes('blink.user_timing') && e.name === name);
  const bareStart = mark('bench:bare-start');
  if (!bareStart) throw new Error('no bench:bare-start mark in the trace');
  const pid = bareStart.pid;
  const threadNames = events.filter((e) => e.ph === 'M' && e.name === 'thread_name');
  const main = threadNames.find((e) => e.pid === pid && e.args?.name === 'CrRendererMain')?.tid ?? bareStart.tid;
  const bareEvents = events.filter((e) => e.name === 'bench:bare-pass');
  const bareBegin = bareEvents.find((e) => e.ph === 'b' || e.ph === 'X');
  const bareEnd = bareEvents.find((e) => e.ph === 'e');
  const bare = bareBegin?.ph === 'X' ? bareBegin.dur! / 1000 : ((bareEnd?.ts ?? 0) - (bareBegin?.ts ?? 0)) / 1000;

  // The sampling profiler: one profile per isolate (thread), in chunks.
  const profiles = new Map<
    string,
    { pid: number; tid: number; start: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }
  >();
  for (const e of events) {
    if (e.name === 'Profile') {
      profiles.set(`${e.pid}:${e.id}`, {
        pid: e.pid,
        tid: e.tid,
        start: Number((e.args?.data as { startTime?: number })?.startTime ?? e.ts),
        nodes: new Map(),
        samples: [],
        deltas: [],
      });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    if (!p || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(data.cpuProfile?.samples ?? []));
    p.deltas.push(...(data.timeDeltas ?? []));
  }
  const isExtension = (url: string | undefined) => !!url?.startsWith('chrome-extension://');
  let background = 0;
  let samples: { t: number; w: number; ext: boolean; fn: string }[] = [];
  for (const p of profiles.values()) {
    const ext = new Map<number, boolean>();
    const extOf = (id: number): boolean => {
      const known = ext.get(id);
      if (known !== undefined) return known;
      const node = p.nodes.get(id);
      const value = !!node && (isExtension(node.callFrame.url) || (node.parent !== undefined && extOf(node.parent)));
      ext.set(id, value);
      return value;
    };
    const times: number[] = [];
    let t = p.start;
    for (const d of p.deltas) times.push((t += d));
    const own = p.samples.map((id, i) => ({
      t: times[i]!,
      w: i + 1 < times.length ? Math.min(times[i + 1]! - times[i]!, 5000) : 0,
      ext: extOf(id),
      fn: p.nodes.get(id)?.callFrame.functionName ?? '',
    }));
    if (p.pid === pid && p.tid === main) samples = own;
    else background += own.reduce((n, s) => n + (s.ext ? s.w : 0), 0);
    if (process.env.BENCH_DEBUG) {
      // Where the extension's time goes: self time by function (and script), largest first.
      const self = new Map<string, number>();
      p.samples.forEach((id, i) => {
        if (!own[i]!.ext) return;
        const f = p.nodes.get(id)!.callFrame;
        const k = `${f.functionName || '(anonymous)'} ${(f.url ?? '').replace(/^.*\//, '')}:${f.lineNumber ?? 0}:${f.columnNumber ?? 0}`;
        self.set(k, (self.get(k) ?? 0) + own[i]!.w);
      });
      // And inclusive time under each extension function, two levels below the first extension frame.
      const incl = new Map<string, number>();
      p.samples.forEach((id, i) => {
        if (!own[i]!.ext) return;
        const chain: string[] = [];
        for (let n = p.nodes.get(id); n; n = n.parent !== undefined ? p.nodes.get(n.parent) : undefined)
          chain.unshift(`${n.callFrame.functionName || '(anon)'}${isExtension(n.callFrame.url) ? '' : '*'}`);
        const at = chain.findIndex((c) => !c.endsWith('*'));
        const k = chain.slice(Math.max(0, at - 1), at + 3).join(' > ');
        incl.set(k, (incl.get(k) ?? 0) + own[i]!.w);
      });
      for (const [k, w] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    incl ${(w / 1000).toFixed(1)} ms  ${k}`);
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 12);
      console.log(
        `  [profile pid ${p.pid} tid ${p.tid}${p.pid === pid && p.tid === main ? ' (page main)' : ''}: ${p.samples.length} samples]`,
      );
      for (const [k, w] of top) console.log(`    ${(w / 1000).toFixed(1)} ms  ${k}`);
    }
  }
  const cpu = samples.reduce((n, s) => n + (s.ext ? s.w : 0), 0) / 1000;

  // Top-level tasks of the page's main thread, and which of them ran extension code.
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === main && e.ph === 'X' && e.cat.includes('toplevel') && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  for (const task of tasks) {
    const last = outer.at(-1);
    if (!last || task.ts >= last.ts + last.dur!) outer.push(task);
  }
  const extSamples = samples.filter((s) => s.ext);
  let j = 0;
  const extTasks: TraceEvent[] = [];
  for (const task of outer) {
    while (j < extSamples.length && extSamples[j]!.t < task.ts) j++;
    if (j < extSamples.length && extSamples[j]!.t <= task.ts + task.dur!) extTasks.push(task);
  }
  // The content script's start: its compile or evaluation event, else its first sample.
  const scriptEvents = events.filter(
    (e) =>
      e.pid === pid && e.tid === main && typeof e.args?.data?.url === 'string' && (e.args.data.url as string).includes('/content-scripts/'),
  );
  const first = Math.min(...scriptEvents.map((e) => e.ts), extSamples[0]?.t ?? Infinity);
  // A task mostly the extension's counts whole (its compile and style work are not JS samples); in a task
  // mostly the page's own, only the extension's samples count.
  const extIn = (t: TraceEvent) => {
    const inside = samples.filter((x) => x.t >= t.ts && x.t <= t.ts + t.dur!);
    const ext = inside.reduce((n, x) => n + (x.ext ? x.w : 0), 0);
    const all = inside.reduce((n, x) => n + x.w, 0);
    return ext >= all / 2 ? t.dur! : ext;
  };
  const longest = Math.max(0, ...extTasks.map((t) => extIn(t) / 1000));
  const startTask = extTasks.find((t) => scriptEvents.some((e) => e.name === 'EvaluateScript' && e.ts >= t.ts && e.ts <= t.ts + t.dur!));
  const afterStart = Math.max(0, ...extTasks.filter((t) => t !== startTask).map((t) => extIn(t) / 1000));
  if (process.env.BENCH_DEBUG) {
    const t0 = first;
    console.log(
      `  [extension tasks: ${extTasks.map((t) => `+${((t.ts - t0) / 1000).toFixed(0)}:${(t.dur! / 1000).toFixed(1)}`).join(' ')}]`,
    );
    const allMark = mark('bench:all-highlights');
    if (allMark) console.log(`  [all highlights at +${((allMark.ts - t0) / 1000).toFixed(0)}]`);
    for (const t of [...extTasks].sort((a, b) => b.dur! - a.dur!).slice(0, 4)) {
      const inside = samples.filter((x) => x.t >= t.ts && x.t <= t.ts + t.dur!);
      const ext = inside.filter((x) => x.ext).reduce((n, x) => n + x.w, 0);
      const fns = new Map<string, number>();
      for (const x of inside) fns.set(`${x.fn}${x.ext ? '' : '*'}`, (fns.get(`${x.fn}${x.ext ? '' : '*'}`) ?? 0) + x.w);
      console.log(
        `    ${[...fns]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([f, w]) => `${f || '(anon)'} ${(w / 1000).toFixed(1)}`)
          .join(', ')}`,
      );
      console.log(
        `  [task at +${((t.ts - (extTasks[0]?.ts ?? 0)) / 1000).toFixed(0)} ms: ${(t.dur! / 1000).toFixed(1)} ms, extension samples ${(ext / 1000).toFixed(1)} ms, all samples ${(inside.reduce((n, x) => n + x.w, 0) / 1000).toFixed(1)} ms]`,
      );
      // What the trace says is inside it: the main thread's events within the task, 0.3 ms or longer, nested.
      const within = events
        .filter((e) => e.pid === pid && e.tid === main && e.ph === 'X' && e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur!)
        .filter((e) => (e.dur ?? 0) >= 300)
        .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      const open: TraceEvent[] = [];
      for (const e of within) {
        while (open.length && e.ts >= open.at(-1)!.ts + open.at(-1)!.dur!) open.pop();
        const data = e.args?.data as { url?: string; functionName?: string } | undefined;
        const what = (data?.functionName || data?.url?.replace(/^.*\//, '') || '').slice(0, 40);
        console.log(
          `      ${'  '.repeat(open.length)}+${((e.ts - t.ts) / 1000).toFixed(1)} ${(e.dur! / 1000).toFixed(1)} ms ${e.name}${what ? ` (${what})` : ''}`,
        );
        open.push(e);
      }
      // The samples in time order, in 1 ms bins: the top extension function (or the page's, starred) of each.
      const bins: string[] = [];
      for (let b = t.ts; b < t.ts + t.dur!; b += 1000) {
        const fns = new Map<string, number>();
        for (const x of inside)
          if (x.t >= b && x.t < b + 1000)
            fns.set(`${x.fn || '(anon)'}${x.ext ? '' : '*'}`, (fns.get(`${x.fn || '(anon)'}${x.ext ? '' : '*'}`) ?? 0) + x.w);
        bins.push([...fns].sort((p, q) => q[1] - p[1])[0]?.[0].slice(0, 16) ?? '-');
      }
      console.log(`      per ms: ${bins.join(' | ')}`);
    }
  }
  const lastTask = extTasks.at(-1);
  const all = mark('bench:all-highlights');
  const done = ((all ? all.ts : lastTask ? lastTask.ts + lastTask.dur! : first) - first) / 1000;
  return { cpu, longest, afterStart, done, bare, background: background / 1000 };
}

/** The background's measures since the last call (the engine's build, the last scan), then cleared. */
async function highlightEveryVerdict(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  await worker?.evaluate(
    (items) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(items),
    EVERY_VERDICT,
  );
}

async function backgroundMeasures(context: BrowserContext): Promise<{ scan?: number; built?: number }> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) return {};
  // (No named functions inside: the driver sends the source as it is.)
  return worker.evaluate(() => {
    const out = {
      scan: performance.getEntriesByName('claimlens:scan').at(-1)?.duration,
      built: performance.getEntriesByName('claimlens:engine-built').at(-1)?.duration,
    };
    performance.clearMeasures();
    return out;
  });
}

/** When the background's start-up finished (its script evaluated, listeners on), from its own time origin. */
async function backgroundStart(context: BrowserContext): Promise<number | null> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return worker ? worker.evaluate(() => performance.getEntriesByName('claimlens:background-started').at(-1)?.startTime ?? null) : null;
}

/**
 * Cold starts: a browser launched afresh, so the page's scan is the background's first (no engine built
 * yet), as after the browser stopped an idle background. One launch per load.
 */
async function coldStarts(site: StaticServer, p: BenchPage): Promise<void> {
  const cold: Figures[] = [];
  const starts: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const { context } = await launchChromiumWithExtension({ extensionDir: buildOf('chromium'), headless: !process.env.CLAIMLENS_HEADED });
    try {
      await highlightEveryVerdict(context);
      const started = await backgroundStart(context);
      if (started !== null) starts.push(started);
      const figures = analyse(await traceLoad(context, site.url(p.file), p.expected));
      cold.push({ ...figures, ...(await backgroundMeasures(context)) });
    } finally {
      await context.close();
    }
  }
  if (starts.length)
    console.log(`\nchromium — the background's own start-up (script evaluated, listeners on): ${median(starts).toFixed(1)} ms`);
  print(
    'chromium',
    { ...p, label: `${p.label}, the first scan of a freshly started background (cold start; browser's first page load, too)` },
    cold,
  );
}

/**
 * The page's JS heap once loaded and settled (its isolate's: the page's own world and the content script's
 * isolated world share it), after a full garbage collection: CDP Performance.getMetrics' JSHeapUsedSize, bytes.
 */
async function heapAfterLoad(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('bench:bare-pass').length > 0, undefined, {
      timeout: 60_000,
      polling: 100,
    });
    await page.waitForTimeout(2500);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  } finally {
    await page.close();
  }
}

/** The neutral page's heap with the extension (in `context`) and in the same browser without it, medians of N loads. */
async function heaps(context: BrowserContext, url: string): Promise<{ with: number; without: number }> {
  const plain = await playwrightChromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: !process.env.CLAIMLENS_HEADED,
    viewport: { width: 1200, height: 900 },
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const ours: number[] = [];
  const theirs: number[] = [];
  try {
    // Alternately, so both meet the same machine load; a first load of each warms the caches.
    for (let i = 0; i <= RUNS; i++) {
      const a = await heapAfterLoad(context, url);
      const b = await heapAfterLoad(plain, url);
      if (i > 0) {
        ours.push(a);
        theirs.push(b);
      }
    }
  } finally {
    await plain.close();
  }
  return { with: median(ours), without: median(theirs) };
}

/**
 * The least a content script costs a page, two floors made here: `polyfill`, an extension whose content script is
 * only the browser-API polyfill (which every entry point of ClaimLens's stack loads) and one storage read (the settings): what
 * any content script of this stack costs before it does anything; and `text`, one whose content script reads the
 * settings, then the page's text once (`textContent`, as ClaimLens's gate does) and tests one pattern on it: the
 * least a gate that reads the page can cost. Their CPU on the page's thread, longest task and heap share on the
 * neutral page are printed beside ClaimLens's: the floors under those goals on this machine, in the same run.
 */
function floorExtension(kind: 'polyfill' | 'text'): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-floor-extension-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1',
      permissions: ['storage'],
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle', all_frames: true }],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  if (kind === 'polyfill') {
    const polyfill = readFileSync(
      resolve(import.meta.dirname, '../../node_modules/webextension-polyfill/dist/browser-polyfill.min.js'),
      'utf8',
    );
    writeFileSync(join(dir, 'content.js'), `${polyfill}\n;browser.storage.local.get('settings').then(() => undefined);\n`);
  } else {
    writeFileSync(
      join(dir, 'content.js'),
      `chrome.storage.local.get('settings').then(() => setTimeout(() => { globalThis.named = /\\b(?:microsoft|openai)/i.test(document.body.textContent); }, 0));\n`,
    );
  }
  return dir;
}

const FLOOR_LABELS = {
  polyfill: 'the floor extension (content script: the polyfill and one storage read)',
  text: "the text floor (content script: one storage read, the page's textContent and one pattern)",
} as const;

/** A floor extension on the pages that name no party (one browser for them all). */
async function floorOnNeutral(site: StaticServer, pages: BenchPage[], kind: 'polyfill' | 'text'): Promise<void> {
  const dir = floorExtension(kind);
  const { context } = await launchChromiumWithExtension({ extensionDir: dir, headless: !process.env.CLAIMLENS_HEADED });
  try {
    for (const p of pages) {
      await traceLoad(context, site.url(p.file), 0);
      const runs: Figures[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(analyse(await traceLoad(context, site.url(p.file), 0)));
      print('chromium', { label: `${p.label}, ${FLOOR_LABELS[kind]}`, expected: 0 }, runs);
      const heap = await heaps(context, site.url(p.file));
      console.log(`  the page's JS heap, this floor's share              ${share(heap.with - heap.without)}`);
      note(p, kind, runs, heap.with - heap.without);
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function chromium(site: StaticServer, pages: BenchPage[]): Promise<void> {
  const { context } = await launchChromiumWithExtension({ extensionDir: buildOf('chromium'), headless: !process.env.CLAIMLENS_HEADED });
  try {
    await highlightEveryVerdict(context);
    for (const p of pages) {
      const runs: Figures[] = [];
      // One load first to warm the browser's caches (not counted).
      await traceLoad(context, site.url(p.file), p.expected);
      await backgroundMeasures(context);
      for (let i = 0; i < RUNS; i++) {
        const figures = analyse(await traceLoad(context, site.url(p.file), p.expected));
        runs.push({ ...figures, ...(await backgroundMeasures(context)) });
      }
      print('chromium', p, runs);
      if (p.expected === 0) {
        const heap = await heaps(context, site.url(p.file));
        const mb = (b: number) => `${(b / 1048576).toFixed(2)} MB`;
        console.log(
          `  the page's JS heap after load and a GC           ${mb(heap.with)}; without the extension ${mb(heap.without)}: the extension's ${share(heap.with - heap.without)}`,
        );
        note(p, 'claimlens', runs, heap.with - heap.without);
      }
    }
  } finally {
    await context.close();
  }
  const neutralPages = pages.filter((p) => p.expected === 0);
  if (!args['skip-floors'] && neutralPages.length)
    for (const kind of ['polyfill', 'text'] as const) await floorOnNeutral(site, neutralPages, kind);
  summarise();
  for (const p of pages) if (p.expected > 0) await coldStarts(site, p);
}

/** A heap share: MB, and KB (steady to a KB or two from run to run, where the MB figure hides a step of 10). */
const share = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB (${Math.round(bytes / 1024)} KB)`;

/** Per page naming no party: ClaimLens's and each floor's CPU, longest task and heap share, for the summary. */
const noted = new Map<string, Map<string, { cpu: number; longest: number; heap: number; bare: number }>>();

function note(p: BenchPage, who: string, runs: Figures[], heap: number): void {
  const m = (k: keyof Figures) => median(runs.map((r) => (r[k] as number | undefined) ?? 0));
  if (!noted.has(p.label)) noted.set(p.label, new Map());
  noted.get(p.label)!.set(who, { cpu: m('cpu'), longest: m('longest'), heap, bare: m('bare') });
}

/**
 * The pages that name no party, side by side: ClaimLens beside the floors measured in the same run, and the goal
 * (issue 12: ≤ 5 ms CPU and ≤ 0.3 MB heap on a page that names no party; longest task ≤ 16 ms).
 */
function summarise(): void {
  if (noted.size === 0) return;
  console.log(`\nchromium — pages that name no party, side by side (medians; goal: CPU ≤ 5 ms, heap ≤ 0.3 MB, longest task ≤ 16 ms)`);
  const who = {
    claimlens: 'ClaimLens',
    polyfill: 'floor extension (polyfill + a storage read)',
    text: 'text floor (+ textContent, one pattern)',
  };
  for (const [label, rows] of noted) {
    const bare = rows.get('claimlens')?.bare ?? [...rows.values()][0]!.bare;
    console.log(`  ${label} (bare TreeWalker pass ${bare.toFixed(1)} ms)`);
    for (const [k, name] of Object.entries(who)) {
      const r = rows.get(k);
      if (r)
        console.log(
          `    ${name.padEnd(46)} CPU ${r.cpu.toFixed(1).padStart(5)} ms   longest ${r.longest.toFixed(1).padStart(5)} ms   heap ${share(r.heap)}`,
        );
    }
  }
}

// ——— Firefox: the page's own probe ———

interface Marks {
  /** The content script's own time on the page's thread, and its longest piece (bench builds only). */
  cpu: number | null;
  longest: number | null;
  /** From DOMContentLoaded to all highlights (claims page). */
  highlighted: number | null;
  bare: number;
  /** Which piece was the longest (for BENCH_DEBUG). */
  what: string;
}

async function markedLoad(browser: Awaited<ReturnType<typeof launch>>, url: string, expected: number): Promise<Marks> {
  const page = await browser.newPage(url);
  try {
    if (expected > 0) await page.waitForFunction(() => performance.getEntriesByName('bench:all-highlights').length > 0, undefined, 60_000);
    await page.waitForFunction(() => performance.getEntriesByName('bench:bare-pass').length > 0, undefined, 60_000);
    await new Promise((r) => setTimeout(r, expected > 0 ? 1000 : 2500));
    return await page.evaluate(() => {
      const all = performance.getEntriesByName('bench:all-highlights')[0];
      const dcl = performance.getEntriesByName('bench:dcl')[0]?.startTime ?? 0;
      return {
        cpu: performance.getEntriesByName('claimlens-bench:cpu').at(-1)?.duration ?? null,
        longest: performance.getEntriesByName('claimlens-bench:longest').at(-1)?.duration ?? null,
        what:
          ((performance.getEntriesByName('claimlens-bench:longest').at(-1) as PerformanceMeasure | undefined)?.detail as
            string | undefined) ?? '',
        highlighted: all ? all.startTime - dcl : null,
        bare: performance.getEntriesByName('bench:bare-pass')[0]!.duration,
      };
    });
  } finally {
    await page.close();
  }
}

/** The Firefox build that times its content script (src/page/bench-marks.ts), made apart from .output/. */
function firefoxBenchBuild(): string {
  const out = mkdtempSync(join(tmpdir(), 'claimlens-bench-build-'));
  const built = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: { ...process.env, CLAIMLENS_BENCH: '1', CLAIMLENS_OUT_DIR: out },
    stdio: 'ignore',
  });
  if (built.status !== 0) throw new Error('the Firefox bench build failed');
  return join(out, 'firefox-mv3');
}

async function firefox(site: StaticServer, pages: BenchPage[]): Promise<void> {
  const dir = args.output ? buildOf('firefox') : firefoxBenchBuild();
  const browser = await launch('firefox', { extensionDir: dir });
  try {
    const control = await browser.openExtensionPage('options.html');
    await control.evaluate(
      (items) =>
        (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(items),
      EVERY_VERDICT,
    );
    await control.close();
    for (const p of pages) {
      const runs: Marks[] = [];
      for (let i = 0; i <= RUNS; i++) {
        const figures = await markedLoad(browser, site.url(p.file), p.expected);
        if (i > 0) runs.push(figures); // the first load warms the caches
      }
      const m = (k: Exclude<keyof Marks, 'what'>) => {
        const xs = runs.flatMap((r) => (r[k] === null ? [] : [r[k]]));
        return xs.length ? median(xs) : null;
      };
      const bare = m('bare')!;
      const ms = (x: number | null, digits = 1) =>
        x === null
          ? 'n/a (not a bench build)'
          : // (A small page's bare pass can be under Firefox's clock step: 0 ms.)
            `${x.toFixed(digits)} ms  (${bare > 0 ? `${(x / bare).toFixed(1)}× the bare pass` : 'the bare pass: under the clock’s step'})`;
      console.log(`\nfirefox — ${p.label} — median of ${runs.length} loads (the content script's own timing: see the header)`);
      console.log(`  bare TreeWalker text pass (the floor)          ${bare.toFixed(1)} ms`);
      console.log(`  extension CPU on the page's main thread        ${ms(m('cpu'))}`);
      console.log(
        `  its longest piece of work                      ${m('longest') === null ? 'n/a' : `${m('longest')!.toFixed(1)} ms`}${process.env.BENCH_DEBUG ? ` (${runs.map((r) => r.what).join(', ')})` : ''}`,
      );
      if (p.expected > 0) console.log(`  DOMContentLoaded → all ${p.expected} claims highlighted   ${ms(m('highlighted'), 0)}`);
    }
  } finally {
    await browser.close();
    if (!args.output) rmSync(resolve(dir, '..'), { recursive: true, force: true });
  }
}

// ——— printing ———

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function print(name: string, p: { label: string; expected: number }, runs: Figures[]): void {
  const m = (k: keyof Figures) => median(runs.map((r) => r[k] ?? 0));
  const bare = m('bare');
  const ratio = (x: number) => `${(x / bare).toFixed(1)}×`;
  console.log(`\n${name} — ${p.label} — median of ${runs.length} loads`);
  console.log(`  bare TreeWalker text pass (the floor)          ${bare.toFixed(1)} ms`);
  console.log(`  extension CPU on the page's main thread        ${m('cpu').toFixed(1)} ms  (${ratio(m('cpu'))} the bare pass)`);
  console.log(
    `  its longest task on that thread                ${m('longest').toFixed(1)} ms  (loads: ${runs.map((r) => r.longest.toFixed(1)).join(', ')})`,
  );
  console.log(
    `  the longest after its start (its compile and evaluation)  ${m('afterStart').toFixed(1)} ms  (loads: ${runs.map((r) => r.afterStart.toFixed(1)).join(', ')})`,
  );
  console.log(
    p.expected > 0
      ? `  script start → all ${p.expected} claims highlighted        ${m('done').toFixed(0)} ms  (${ratio(m('done'))} the bare pass)`
      : Number.isFinite(m('done'))
        ? `  script start → its last task's end              ${m('done').toFixed(0)} ms  (${ratio(m('done'))} the bare pass)`
        : `  script start → its last task's end              none (no task of its own in the trace)`,
  );
  const scans = runs.flatMap((r) => (r.scan === undefined ? [] : [r.scan]));
  if (scans.length)
    console.log(`  the background's scan of the page's runs         ${median(scans).toFixed(1)} ms (not on the page's thread)`);
  const builds = runs.flatMap((r) => (r.built === undefined ? [] : [r.built]));
  if (builds.length)
    console.log(
      `  the background building the engine (cold start) ${median(builds).toFixed(1)} ms, in ${builds.length} of ${runs.length} loads`,
    );
}

const site0 = makeSite();
const dir = site0.dir;
const pages = site0.pages.filter((p) => !args.only || args.only === p.kind);
const site = await serveDirectory(dir);
try {
  for (const name of names) await (name === 'chromium' ? chromium(site, pages) : firefox(site, pages));
} finally {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
}
