/**
 * The content script's own time on the page's thread, for `npm run bench:page` in Firefox (where no trace
 * is reachable): only in a build made with CLAIMLENS_BENCH=1, which the benchmark makes for itself. Every
 * other build compiles this to nothing, so no page ever sees a trace of ClaimLens in its timeline.
 */
declare const __CLAIMLENS_BENCH__: string | undefined;
const ON = typeof __CLAIMLENS_BENCH__ !== 'undefined' && __CLAIMLENS_BENCH__ === '1';

/** When this module was evaluated: the content script's first (entrypoints/content.ts imports it first). */
const EVALUATED = ON ? performance.now() : 0;

let total = 0;
let longest = 0;
let longestWhat = '';

/**
 * Run `work`, adding its time to the content script's total (bench builds only). With `fromEvaluation`, the
 * time counts from the script's first module's evaluation (its start-up: the modules' evaluation and `work`
 * run in one task; compiling the script, before that, is not seen).
 */
export function timed<T>(work: () => T, what = '', fromEvaluation = false): T {
  if (!ON) return work();
  const started = fromEvaluation ? EVALUATED : performance.now();
  try {
    return work();
  } finally {
    const took = performance.now() - started;
    total += took;
    if (took > longest) {
      longest = took;
      longestWhat = what;
    }
  }
}

/** Put the totals so far where the page can read them: two measures, their durations the figures. */
export function benchReport(): void {
  if (!ON) return;
  performance.clearMeasures('claimlens-bench:cpu');
  performance.clearMeasures('claimlens-bench:longest');
  performance.measure('claimlens-bench:cpu', { start: 0, duration: total });
  performance.measure('claimlens-bench:longest', { start: 0, duration: longest, detail: longestWhat });
}
