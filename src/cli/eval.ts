/**
 * `npm run eval`: how well the engine judges labelled sentences, on article pages scanned as the extension
 * scans them. Prints six metrics per set and fails when one falls below its floor.
 *
 *   npm run eval                              every set in tests/fixtures/eval/sets.json, with its floors
 *   npm run eval -- --set real-dev            one of them
 *   npm run eval -- --cases FILE [--min detect_recall=0.9,...]   any JSON-lines file
 *   npm run eval:shared                       every ../shared/eval/*.jsonl (development only; no floors)
 *   options: --verbose (list every miss), --confusion (count each labelled verdict's outcomes: numbers only, safe
 *            on held-out sets), --keep DIR (write the pages and the claims found there)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { belowFloors, evalPages, formatConfusion, formatMetrics, METRIC_NAMES, parseCases, score, type MetricName } from './eval-score';
import { scanHtml } from './scan';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SETS_DIR = join(ROOT, 'tests/fixtures/eval');
const SHARED_DIR = resolve(ROOT, '../shared/eval');

type Floors = Partial<Record<MetricName, number>>;

/** A labelled set the project holds itself to (tests/fixtures/eval/sets.json). */
interface EvalSet {
  name: string;
  cases: string;
  about?: string;
  min: Floors;
}

interface Run {
  name: string;
  file: string;
  min: Floors;
}

function parseFloors(text: string): Floors {
  const floors: Floors = {};
  for (const pair of text.split(',').filter(Boolean)) {
    const [k, v] = pair.split('=');
    if (!METRIC_NAMES.includes(k as MetricName) || v === undefined || Number.isNaN(Number(v)))
      throw new Error(`--min: not a metric=number pair: ${pair}`);
    floors[k as MetricName] = Number(v);
  }
  return floors;
}

function projectSets(): EvalSet[] {
  return (JSON.parse(readFileSync(join(SETS_DIR, 'sets.json'), 'utf8')) as { sets: EvalSet[] }).sets;
}

function runOne(run: Run, verbose: boolean, confusion: boolean, keep: string | null): boolean {
  const cases = parseCases(readFileSync(run.file, 'utf8'), run.file);
  const pages = evalPages(cases);
  const found = pages.map((p, n) => {
    const out = scanHtml(p.html);
    if (keep) {
      const dir = join(keep, run.name);
      mkdirSync(dir, { recursive: true });
      const stem = join(dir, `page-${String(n + 1).padStart(2, '0')}`);
      writeFileSync(`${stem}.html`, p.html);
      writeFileSync(`${stem}.json`, JSON.stringify(out, null, 1));
    }
    return out.claims;
  });
  const { metrics, misses, confusion: table } = score(cases, pages, found);
  const below = belowFloors(metrics, run.min);
  if (verbose) for (const m of misses) console.log(`  ${m}`);
  const count = `${cases.length} cases, ${pages.length} pages`;
  console.log(
    `${below.length ? 'BELOW FLOOR ' : ''}${run.name} (${count}): ${formatMetrics(metrics)}${verbose ? '' : ` · ${misses.length} misses`}`,
  );
  if (below.length) console.log(`  below its floors: ${below.join(' ')}`);
  if (confusion) for (const line of formatConfusion(table)) console.log(line);
  return below.length === 0;
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  const confusion = argv.includes('--confusion');
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? (argv[i + 1] ?? null) : null;
  };
  const keep = value('--keep') ? resolve(value('--keep')!) : null;
  let runs: Run[];
  if (value('--cases')) {
    const file = resolve(value('--cases')!);
    runs = [{ name: basename(file, '.jsonl'), file, min: parseFloors(value('--min') ?? '') }];
  } else if (argv.includes('--shared')) {
    if (!existsSync(SHARED_DIR)) {
      console.error(`eval: no ${SHARED_DIR}. The extra development sets live in ../shared/eval beside the repository,`);
      console.error("which a plain clone does not have; `npm run eval` runs the project's own sets.");
      return 2;
    }
    runs = readdirSync(SHARED_DIR)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => ({ name: `shared/${basename(f, '.jsonl')}`, file: join(SHARED_DIR, f), min: {} }));
  } else {
    const only = value('--set');
    const sets = projectSets().filter((s) => !only || s.name === only);
    if (only && sets.length === 0) {
      console.error(`eval: no set named ${only} in tests/fixtures/eval/sets.json`);
      return 2;
    }
    runs = sets.map((s) => ({ name: s.name, file: join(SETS_DIR, s.cases), min: s.min }));
  }
  let ok = true;
  for (const run of runs) ok = runOne(run, verbose, confusion, keep) && ok;
  if (!verbose) console.log('(--verbose lists every miss)');
  return ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
