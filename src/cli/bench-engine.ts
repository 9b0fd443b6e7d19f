/**
 * Engine throughput beside its floor, and its worst cases.
 *
 * Pages of 1,000 and 10,000 sentences (real partnership sentences, one in ten, among neutral filler;
 * the same with every partnership sentence made distinct; and filler alone, which names no party)
 * against fact bases of the bundled size, 400 and 10,000 facts. The 400-fact base is the bundled facts
 * plus near-duplicates of them (figures changed, or Google in Microsoft's place); the 10,000-fact base
 * is that plus CheckThat! 2020 verified claims (when ../shared/bench has them) or generated facts about
 * other companies. Each row is timed beside the floor, measured in the same run on the same text: the
 * blocks only split into sentences and lower-cased. "first scan": an engine that has read nothing yet
 * (a page's repeated sentences are read once, then remembered: the distinct page shows the cost without
 * repeats); "again": the same page scanned again by the same engine. Build: the engine's construction.
 * Times are CPU milliseconds of this one thread, the median of several runs.
 *
 * Then the worst cases: adversarial text (issue 13) as milliseconds per 100 KB of text, through
 * the whole engine and through the sentence readers alone (figures, negation, polarity: no bound
 * on the sentence's length there, so what they cost per character shows).
 *
 *   npm run bench:engine [-- --checkthat PATH/verified_claims.docs.tsv] [-- --quick]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClaimEngine, MAX_SENTENCE } from '../engine/engine';
import { sentenceNegation } from '../engine/judge';
import { tokens } from '../engine/match';
import { splitSentences } from '../engine/sentences';
import { readSentence } from '../engine/values';
import { bundledPack } from '../facts/bundled';
import type { Fact, FactPack } from '../facts/schema';
import { FILLER } from './eval-score';
import { readSourceArticle, sourceArticleFiles, sourcesDir } from './source-articles';

type FactValue = Fact['values'][number];

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const STOP = new Set(
  'the a an and or of to in on at for by with from that this is are was were be been has have had it its as not no but if than then so such which who whom what when where why how all any can will would should could may might do does did about after before over under into out up down more most other some only own same very just also there their they them he she his her we our you your i me my says said claims claim video photo shows show'.split(
    ' ',
  ),
);

/** A fact base of CheckThat! verified claims: statement = claim, keywords = its two rarest words. */
export function checkThatPack(tsv: string, limit = 10_000): FactPack {
  const rows = tsv
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((r) => r.length >= 2 && (r[1] ?? '').trim().length >= 10)
    .slice(0, limit);
  const df = new Map<string, number>();
  const words = rows.map((r) => [...new Set(tokens(r[1]!).filter((w) => w.length > 2 && !STOP.has(w)))]);
  for (const ws of words) for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
  const facts: Fact[] = rows.map((r, i) => {
    const rare = [...words[i]!].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0)).slice(0, 2);
    return {
      id: `ct-${i}`,
      statement: r[1]!.trim(),
      topic: 'market',
      era: 'any',
      polarity: 'positive',
      values: [],
      keywords: rare.map((w) => [w]),
      paraphrases: r[2] ? [r[2].trim()] : [],
      evidence: [{ source: 'checkthat', quote: r[1]!.trim(), stance: 'supports' }],
    };
  });
  return {
    version: 1,
    name: 'CheckThat! 2020 verified claims',
    sources: [
      {
        id: 'checkthat',
        title: 'CheckThat! 2020 verified claims',
        publisher: 'Snopes',
        author: null,
        date: '2020',
        url: null,
        translated: false,
        file: 'verified_claims.docs.tsv',
      },
    ],
    facts,
  };
}

/**
 * The `k`th near-duplicate of a fact: every figure moved by `k` (odd `k`), or Google named where
 * the fact names Microsoft (even `k`). Same keywords otherwise: a near-duplicate reaches the same
 * sentences as its original.
 */
export function nearDuplicate(fact: Fact, k: number): Fact {
  const swap = k % 2 === 0;
  const text = (s: string) =>
    swap
      ? s
          .replace(/\bMicrosoft\b/gu, 'Google')
          .replace(/\bRedmond\b/gu, 'Mountain View')
          .replace(/\bAzure\b/gu, 'Google Cloud')
      : s.replace(/\d+/gu, (d) => String(Number(d) + k));
  const value = (v: FactValue): FactValue => {
    if (swap) return v;
    switch (v.kind) {
      case 'money':
        return { ...v, amount: v.amount * (1 + k) };
      case 'percent':
        return { ...v, value: v.value + k };
      case 'year':
        return { ...v, value: v.value + k };
      case 'month':
        return { ...v, value: `${Number(v.value.slice(0, 4)) + k}${v.value.slice(4)}` };
      default:
        return v;
    }
  };
  const keyword = (t: string) => (swap ? (/^(?:microsoft|redmond|msft|nadella|azure)$/iu.test(t) ? 'google' : t) : text(t));
  return {
    ...fact,
    id: `${fact.id}-near-${k}`,
    statement: text(fact.statement),
    paraphrases: fact.paraphrases.map(text),
    values: fact.values.map(value),
    keywords: fact.keywords.map((g) => [...new Set(g.map(keyword))]),
    ...(swap && fact.actor && /microsoft/iu.test(fact.actor) ? { actor: 'Google' } : {}),
    ...(swap && fact.target && /microsoft/iu.test(fact.target) ? { target: 'Google' } : {}),
    evidence: fact.evidence.map((e) => ({ ...e, quote: text(e.quote) })),
  };
}

/** Facts about other companies, for a large base without ../shared: "Company 17 acquired Company 4…". */
function otherFacts(n: number): Fact[] {
  const verbs = ['acquired', 'sued', 'licensed patents from', 'signed a supply deal with', 'invested in'];
  return Array.from({ length: n }, (_, i) => {
    const statement = `Company${i} ${verbs[i % verbs.length]} Company${(i * 7919) % n} for $${(i % 90) + 10} million in ${2000 + (i % 25)}.`;
    return {
      id: `other-${i}`,
      statement,
      topic: 'market',
      era: 'any',
      polarity: 'positive',
      values: [],
      keywords: [[`company${i}`], [verbs[i % verbs.length]!.split(' ')[0]!]],
      paraphrases: [],
      evidence: [{ source: bundledPack.sources[0]!.id, quote: statement, stance: 'supports' }],
    } satisfies Fact;
  });
}

function packOf(name: string, facts: Fact[], extraSources: FactPack['sources'] = []): FactPack {
  return { version: 1, name, sources: [...bundledPack.sources, ...extraSources], facts };
}

function sharedDir(): string | null {
  const candidates = [process.env.CLAIMLENS_SHARED, resolve(REPO, '..', 'shared'), resolve(REPO, '..', '..', 'shared')];
  return candidates.find((d): d is string => !!d && existsSync(d)) ?? null;
}

/** The source articles' sentences (src/facts/sources/): real sentences about the partnership. */
function seedSentences(): { sentences: string[]; from: string; articles: string[][] } {
  const out: string[] = [];
  const articles: string[][] = [];
  for (const f of sourceArticleFiles()) {
    const lines = readSourceArticle(f).split('\n');
    articles.push(lines);
    for (const line of lines) for (const s of splitSentences(line)) if (s.text.length > 30) out.push(s.text);
  }
  return { sentences: out, from: sourcesDir, articles };
}

/** Blocks of five sentences: one seed sentence in ten (none with `seeds` empty), the rest filler. */
function page(n: number, seeds: string[], distinct = false): string[] {
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 10 !== 3 || !seeds.length) {
      sentences.push(FILLER[i % FILLER.length]!);
      continue;
    }
    const k = (i - 3) / 10;
    const seed = seeds[k % seeds.length]!;
    // Every partnership sentence its own text (a page's sentences are read once, then remembered): the
    // seed with an attribution no other sentence has ("…, Kavo Rilem said.").
    sentences.push(distinct ? `${seed.replace(/[.!?]+["\u201d]?\s*$/u, '')}, ${analyst(k)} said.` : seed);
  }
  const blocks: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) blocks.push(sentences.slice(i, i + 5).join(' '));
  return blocks;
}

/** A made-up name, its own for each `k` (no figure, no party, no company). */
function analyst(k: number): string {
  const syllables = ['ka', 'vo', 'ri', 'lem', 'su', 'tan', 'mo', 'bel', 'di', 'ra', 'no', 'pez', 'li', 'gu', 'ter', 'fa'];
  const word = (n: number) => {
    let w = '';
    for (let x = n + 16; x > 0; x = Math.floor(x / 16)) w += syllables[x % 16];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return `${word(k)} ${word(k * 7 + 3)}`;
}

/** The floor: the same blocks only split into sentences and lower-cased. */
function floor(blocks: string[]): number {
  let n = 0;
  for (const b of blocks) for (const s of splitSentences(b)) n += s.text.toLowerCase().length;
  return n;
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Median CPU ms of `runs` calls of `f`, after one warm-up call. */
function time(f: () => unknown, runs: number): number {
  f();
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = cpu();
    f();
    ms.push(cpu() - t);
  }
  return median(ms);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  return [line(rows[0]!), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.slice(1).map(line)].join('\n');
}

const KB100 = 100 * 1024;
const fill = (s: string, size: number) => s.repeat(Math.ceil(size / s.length)).slice(0, size);

/**
 * Adversarial text: each item a list of blocks of about `size` characters in all. One sentence of
 * the whole size (which the engine skips as too long, and the readers read), and the same text cut
 * into sentences just under the engine's bound (which the engine reads whole).
 */
function worstCases(size: number): [string, string[]][] {
  const sentence = (body: string) => [`Microsoft and OpenAI ${fill(body, size)}.`];
  const bounded = (body: string) => {
    const one = `Microsoft and OpenAI ${fill(body, MAX_SENTENCE - 30)}.`;
    return [Array.from({ length: Math.ceil(size / one.length) }, () => one).join(' ')];
  };
  const atBound: [string, string][] = [
    ['"$1 " amounts', '$1 '],
    ['"gave up sold its stake "', 'gave up sold its stake '],
    ['"did not " negators', 'did not '],
    ['"no longer exclusive "', 'no longer exclusive '],
    ['"Microsoft pays Microsoft "', 'Microsoft pays Microsoft '],
    ['"20% in 2019 "', '20% in 2019 '],
  ];
  return [
    ...atBound.map(([name, body]): [string, string[]] => [
      `${MAX_SENTENCE.toLocaleString('en-US')}-character sentences of ${name}`,
      bounded(body),
    ]),
    ['one sentence of "$1 " amounts', sentence('$1 ')],
    ['one sentence of "$1 billion and "', [`Microsoft invested ${fill('$1 billion and ', size)} in OpenAI.`]],
    ['one sentence of "gave up sold its stake "', sentence('gave up sold its stake ')],
    ['one sentence of "not " negators', sentence('did not ')],
    ['one sentence of "no longer exclusive "', sentence('no longer exclusive ')],
    ['one sentence of "20% "', sentence('20% ')],
    ['one sentence of "in 2019 "', sentence('in 2019 ')],
    ['one sentence of "Microsoft pays OpenAI "', [fill('Microsoft pays OpenAI ', size) + '.']],
    ['short sentences naming both parties', [fill('Microsoft. OpenAI. It. The stake. ', size)]],
    ['one unbroken word', [fill('a', size)]],
    ['one number in a partnership sentence', sentence('1')],
    ['a run of "1," in a partnership sentence', sentence('1,')],
    ['question marks before a letter', [`Microsoft and OpenAI ${fill('?', size)}a`]],
    ["'But' and spaces after a partnership sentence", [`Microsoft and OpenAI signed. But${fill(' ', size)}x end`]],
    ['one block of ordinary sentences', [fill(FILLER.join(' ') + ' ', size)]],
    [
      'paragraphs of one short sentence each',
      Array.from({ length: Math.ceil(size / 40) }, (_, i) => `Paragraph ${i} says little of note here.`),
    ],
  ];
}

function main(argv: string[]) {
  const quick = argv.includes('--quick');
  const shared = sharedDir();
  const at = argv.indexOf('--checkthat');
  const tsvPath = at >= 0 ? argv[at + 1]! : shared ? join(shared, 'bench', 'checkthat2020', 'verified_claims.docs.tsv') : '';
  const seeds = seedSentences();

  // Fact bases: bundled; 400 = bundled + near-duplicates; 10,000 = the 400 + other facts.
  const near: Fact[] = [];
  for (let k = 1; bundledPack.facts.length + near.length < 400; k++)
    for (const f of bundledPack.facts) if (bundledPack.facts.length + near.length < 400) near.push(nearDuplicate(f, k));
  const base400 = [...bundledPack.facts, ...near];
  let others: Fact[];
  let othersName: string;
  let otherSources: FactPack['sources'] = [];
  if (tsvPath && existsSync(tsvPath)) {
    const ct = checkThatPack(readFileSync(tsvPath, 'utf8'), 10_000 - base400.length);
    others = ct.facts;
    otherSources = ct.sources;
    othersName = 'CheckThat! claims';
  } else {
    others = otherFacts(10_000 - base400.length);
    othersName = 'generated other-company facts';
  }
  const packs: [string, FactPack][] = [
    [`bundled (${bundledPack.facts.length})`, bundledPack],
    [`400 (${near.length} near-dup.)`, packOf('400', base400)],
    [`${base400.length + others.length} (400 + ${others.length})`, packOf('10k', [...base400, ...others], otherSources)],
  ];

  console.log(`ClaimLens engine benchmark — Node ${process.version}, one thread, CPU ms (median)`);
  console.log(`partnership sentences: ${seeds.sentences.length} from ${seeds.from}; 10,000-fact base: the 400 + ${othersName}`);
  const rows: string[][] = [['fact base', 'page', 'sentences', 'build ms', 'floor ms', 'first scan ms', '× floor', 'again ms', 'claims']];
  const pages: [string, number, string[]][] = [];
  for (const n of [1_000, 10_000]) {
    pages.push(['1 in 10 about the partnership', n, page(n, seeds.sentences)]);
    pages.push(['the same, each of them distinct', n, page(n, seeds.sentences, true)]);
    pages.push(['no party named', n, page(n, [])]);
  }
  for (const [name, pack] of packs) {
    const b0 = cpu();
    const engine = createClaimEngine(pack);
    const build = cpu() - b0;
    for (const [kind, n, blocks] of pages) {
      const runs = quick ? 3 : n >= 10_000 ? 7 : 15;
      const floorMs = time(() => floor(blocks), runs);
      // The first scan of the page by an engine that has read nothing of it yet (built beforehand, not
      // timed). The page holds many seed sentences, so it reads as a bundled source: the engine without that
      // source, which an engine builds the first time a page is that source, is built beforehand too (by
      // scanning that source's seed article, whose sentences the distinct page does not repeat).
      const firstRuns = pack.facts.length > 1_000 ? Math.min(runs, 3) : runs;
      const source = engine.sourceOf(blocks);
      const article = seeds.articles.find((a) => engine.sourceOf(a) === source);
      const fresh = Array.from({ length: firstRuns + 1 }, () => {
        const e = createClaimEngine(pack);
        if (source && article) e.scan(article);
        return e;
      });
      let claims = 0;
      const firstMs = time(() => (claims = fresh.pop()!.scan(blocks).length), firstRuns);
      // The page scanned again by the same engine (as when the page changes and is read again).
      engine.scan(blocks);
      const againMs = time(() => engine.scan(blocks), runs);
      rows.push([
        name,
        kind,
        n.toLocaleString('en-US'),
        build.toFixed(0),
        floorMs.toFixed(1),
        firstMs.toFixed(1),
        (firstMs / floorMs).toFixed(1),
        againMs.toFixed(1),
        String(claims),
      ]);
    }
  }
  console.log(table(rows));

  const size = quick ? 20 * 1024 : KB100;
  const engine = createClaimEngine(bundledPack);
  const worst: string[][] = [['worst case (about 100 KB of text)', 'engine ms / 100 KB', 'readers ms / 100 KB']];
  for (const [name, blocks] of worstCases(size)) {
    const chars = blocks.reduce((n, b) => n + b.length, 0);
    const engineMs = time(() => engine.scan(blocks), 1);
    // The sentence readers alone, on each block as one sentence: figures, polarity, direction, era, negation.
    const readersMs = blocks.length === 1 ? time(() => (readSentence(blocks[0]!), sentenceNegation(blocks[0]!)), 1) : NaN;
    worst.push([name, ((engineMs * KB100) / chars).toFixed(1), Number.isNaN(readersMs) ? '–' : ((readersMs * KB100) / chars).toFixed(1)]);
  }
  console.log(table(worst));
}

// Run when invoked (not when imported for its pack builders).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
