/**
 * Engine throughput: sentences per second on pages of 1,000 and 10,000 sentences (seed sentences
 * among neutral filler), against the bundled fact base and against a 10,000-fact base built from
 * the CheckThat! 2020 verified claims (each claim a fact with automatic keywords).
 *
 *   npm run bench:engine [-- --checkthat PATH/verified_claims.docs.tsv]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createClaimEngine } from '../engine/engine';
import { splitSentences } from '../engine/sentences';
import { tokens } from '../engine/match';
import { bundledPack } from '../facts/bundled';
import type { Fact, FactPack } from '../facts/schema';
import { sourcesDir } from './source-articles';

const FILLER = [
  'The conference drew a record crowd this year, organisers said.',
  'Analysts will be watching the next quarterly reports closely.',
  'Readers can find more coverage in our technology section.',
  'The report was updated with additional context after publication.',
  'Several smaller startups are also competing for enterprise customers.',
  'Regulators in several countries have opened consultations on the topic.',
  'The company did not respond to a request for comment by press time.',
  'Industry observers expect more announcements in the coming months.',
];

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
    sources: [{ id: 'checkthat', title: 'CheckThat! 2020 verified claims', publisher: 'Snopes', author: null, date: '2020', url: null, translated: false, file: 'verified_claims.docs.tsv' }],
    facts,
  };
}

function seedSentences(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) for (const s of splitSentences(line)) if (s.text.length > 30) out.push(s.text);
  }
  return out;
}

/** Blocks of five sentences: one seed sentence in ten, the rest filler. */
function page(n: number, seeds: string[]): string[] {
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) sentences.push(i % 10 === 3 && seeds.length ? seeds[(i / 10) % seeds.length | 0]! : FILLER[i % FILLER.length]!);
  const blocks: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) blocks.push(sentences.slice(i, i + 5).join(' '));
  return blocks;
}

function bench(pack: FactPack, blocks: string[], sentences: number) {
  const t0 = performance.now();
  const engine = createClaimEngine(pack);
  const t1 = performance.now();
  engine.scan(blocks); // warm-up
  const runs = sentences >= 10_000 ? 3 : 10;
  let claims = 0;
  const cpu0 = process.cpuUsage();
  const t2 = performance.now();
  for (let r = 0; r < runs; r++) claims = engine.scan(blocks).length;
  const ms = (performance.now() - t2) / runs;
  const cpuMs = process.cpuUsage(cpu0).user / 1000 / runs;
  return { build: t1 - t0, ms, cpuMs, perSecond: Math.round((sentences / ms) * 1000), claims };
}

function main(argv: string[]) {
  const root = resolve(process.cwd(), '..', 'shared');
  const at = argv.indexOf('--checkthat');
  const tsvPath = at >= 0 ? argv[at + 1]! : join(root, 'bench', 'checkthat2020', 'verified_claims.docs.tsv');
  const seeds = seedSentences(sourcesDir);
  const packs: [string, FactPack][] = [[`bundled (${bundledPack.facts.length} facts)`, bundledPack]];
  if (existsSync(tsvPath)) {
    const ct = checkThatPack(readFileSync(tsvPath, 'utf8'));
    packs.push([`CheckThat + bundled (${ct.facts.length + bundledPack.facts.length} facts)`, { ...ct, sources: [...ct.sources, ...bundledPack.sources], facts: [...bundledPack.facts, ...ct.facts] }]);
  } else {
    process.stderr.write(`bench: ${tsvPath} not found; benchmarking the bundled base only\n`);
  }
  const rows: string[][] = [['fact base', 'sentences', 'blocks', 'index build ms', 'scan ms (wall)', 'scan ms (cpu)', 'sentences/s', 'claims']];
  // Warm the JIT on every code path before measuring.
  for (const [, pack] of packs) bench(pack, page(2_000, seeds), 2_000);
  for (const [name, pack] of packs) {
    for (const n of [1_000, 10_000]) {
      const blocks = page(n, seeds);
      const r = bench(pack, blocks, n);
      rows.push([name, String(n), String(blocks.length), r.build.toFixed(1), r.ms.toFixed(1), r.cpuMs.toFixed(1), r.perSecond.toLocaleString('en-US'), String(r.claims)]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  console.log(`ClaimLens engine benchmark — Node ${process.version}, one thread, ${seeds.length} seed sentences among filler`);
  console.log(line(rows[0]!));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows.slice(1)) console.log(line(r));
  // Worst cases: one 50,000-character block each, text no page sentence is shaped like.
  const engine = createClaimEngine(bundledPack);
  const fill = (s: string) => s.repeat(Math.ceil(50_000 / s.length)).slice(0, 50_000);
  const worst: [string, string][] = [
    ['one sentence of 3,300 amounts', `Microsoft invested ${fill('$1 billion and ')} in OpenAI.`],
    ['3,500 short sentences naming both parties', fill('Microsoft. OpenAI. It. The stake. ')],
    ['one unbroken word', fill('a')],
    ['one 50,000-digit number in a partnership sentence', `Microsoft and OpenAI share revenue ${fill('1')}.`],
    ['one 50,000-character run of "1," in a partnership sentence', `Microsoft and OpenAI share revenue ${fill('1,')}.`],
    ['50,000 question marks before a letter', `Microsoft and OpenAI ${fill('?')}a`],
    ["'But' and 50,000 spaces after a sentence naming both parties", `Microsoft and OpenAI signed. But${fill(' ')}x end`],
  ];
  for (const [name, text] of worst) {
    const t = performance.now();
    engine.scan([text]);
    console.log(`worst case, ${name}: ${(performance.now() - t).toFixed(0)} ms`);
  }
}

main(process.argv.slice(2));
