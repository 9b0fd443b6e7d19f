/**
 * The content script's own time on the page's thread, for `npm run bench:page` in Firefox (where no trace
 * is reachable): only in a build made with CLAIMLENS_BENCH=1, which the benchmark makes for itself. Every
 * other build compiles this to nothing, so no page ever sees a trace of ClaimLens in its timeline.
 */
declare const __CLAIMLENS_BENCH__: string | undefined;
const ON = typeof __CLAIMLENS_BENCH__ !== 'undefined' && __CLAIMLENS_BENCH__ === '1';

/**
 * The totals, kept on the isolated world's global object: the page session's file (src/page/session-loader.ts)
 * has its own copy of this module, and adds to the same totals. `evaluated`: when the first copy was evaluated,
 * the content script's first module (entrypoints/content.ts imports it first).
 */
const KEY = Symbol.for('claimlens.bench-marks');
type Totals = { evaluated: number; total: number; longest: number; longestWhat: string };
const totals: Totals = ON
  ? ((globalThis as { [KEY]?: Totals })[KEY] ??= { evaluated: performance.now(), total: 0, longest: 0, longestWhat: '' })
  : { evaluated: 0, total: 0, longest: 0, longestWhat: '' };

/**
 * Run `work`, adding its time to the content script's total (bench builds only). With `fromEvaluation`, the
 * time counts from the script's first module's evaluation (its start-up: the modules' evaluation and `work`
 * run in one task; compiling the script, before that, is not seen).
 */
export function timed<T>(work: () => T, what = '', fromEvaluation = false): T {
  if (!ON) return work();
  const started = fromEvaluation ? totals.evaluated : performance.now();
  try {
    return work();
  } finally {
    const took = performance.now() - started;
    totals.total += took;
    if (took > totals.longest) {
      totals.longest = took;
      totals.longestWhat = what;
    }
  }
}

/** Put the totals so far where the page can read them: two measures, their durations the figures. */
export function benchReport(): void {
  if (!ON) return;
  performance.clearMeasures('claimlens-bench:cpu');
  performance.clearMeasures('claimlens-bench:longest');
  performance.measure('claimlens-bench:cpu', { start: 0, duration: totals.total });
  performance.measure('claimlens-bench:longest', { start: 0, duration: totals.longest, detail: totals.longestWhat });
}
