/**
 * Benchmark of the in-page pipeline on a long page, in real Chromium and Firefox: prints numbers, asserts
 * nothing. `npm run build && npx tsx tests/e2e/page.bench.ts [chromium|firefox]`
 *
 * Measures, for a page that grows by N paragraphs (1 in 10 a partnership claim): the time until all its
 * claims are highlighted, and (Chromium) the longest main-thread task meanwhile, which shows whether
 * scanning is sliced finely enough to keep the page responsive.
 */
import { BROWSERS, launch, type BrowserName } from './harness';

const SIZES = [200, 1000, 3000, 5000];
const names = (process.argv[2] ? [process.argv[2]] : BROWSERS) as BrowserName[];

for (const name of names) {
  const browser = await launch(name);
  try {
    for (const n of SIZES) {
      const page = await browser.newPage(`page-claims.html?bench=${n}`);
      await page.waitForFunction(() => CSS.highlights.has('claimlens-conflicting'), undefined, 20_000);
      const result = await page.evaluate(async (count) => {
        const longTasks: number[] = [];
        let observer: PerformanceObserver | null = null;
        try {
          if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) throw new Error('no long tasks here');
          observer = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) longTasks.push(e.duration);
          });
          observer.observe({ type: 'longtask', buffered: false });
        } catch {
          observer = null;
        }
        const plain = 'The weather in Redmond was mild on Tuesday, and the cafeteria served soup while engineers argued about tabs.';
        const expected = Math.floor(count / 10);
        const t0 = performance.now();
        const feed = document.querySelector('#feed')!;
        for (let i = 0; i < count; i++) {
          const p = document.createElement('p');
          p.textContent = i % 10 === 0 ? `In item ${i}, Microsoft has invested more than $13 billion in OpenAI since 2019.` : plain;
          feed.append(p);
        }
        let found = 0;
        for (;;) {
          found = 0;
          for (const [k, h] of CSS.highlights) {
            if (k.startsWith('claimlens-')) for (const r of h) if (r.toString().startsWith('In item')) found++;
          }
          if (found >= expected || performance.now() - t0 > 60_000) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        const elapsed = performance.now() - t0;
        observer?.disconnect();
        return { elapsed, found, expected, longest: observer ? Math.max(0, ...longTasks) : null };
      }, n);
      console.log(
        `${name}\t${n} paragraphs\tall ${result.found}/${result.expected} claims highlighted after ${result.elapsed.toFixed(0)} ms` +
          `\tlongest main-thread task ${result.longest === null ? 'n/a (no Long Tasks API)' : `${result.longest.toFixed(0)} ms`}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
