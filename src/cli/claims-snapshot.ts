/**
 * A before/after check for changes meant to change no claim (moving knowledge into data, speed work): every
 * claim, whole (verdict, facts, evidence, explanation), the engine makes on the labelled sets it may read
 * (tests/fixtures/eval: dev, heldout, real-dev, never the held-out fresh* sets; ../shared/eval when present), at
 * each sensitivity, page by page as `npm run eval` builds them and sentence by sentence (undated and dated
 * 2023-03-01), on the five source articles, on a bench page (the source sentences among filler) and on the
 * test fixture pages.
 *
 *   npx tsx src/cli/claims-snapshot.ts OUT.json [ROOT]   write the snapshot of the engine at ROOT (default: this
 *                                                        checkout; e.g. `git archive main` unpacked elsewhere)
 *   npx tsx src/cli/claims-snapshot.ts --compare A.json B.json   list the groups that differ (exit 1 if any)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SENSITIVITIES = ['strict', 'balanced', 'broad'] as const;

interface Engine {
  scan(blocks: string[], options?: { pageDate?: string | null }): unknown[];
}

async function snapshot(root: string): Promise<Record<string, string>> {
  const load = (path: string) => import(pathToFileURL(resolve(root, path)).href);
  const { createClaimEngine } = await load('src/engine/engine.ts');
  const { bundledPack } = await load('src/facts/bundled.ts');
  const { blocksOfHtml, dateOfHtml } = await load('src/cli/scan.ts');
  const { evalPages, parseCases, FILLER } = await load('src/cli/eval-score.ts');
  const { splitSentences } = await load('src/engine/sentences.ts');
  const engines = Object.fromEntries(SENSITIVITIES.map((s) => [s, createClaimEngine(bundledPack, { sensitivity: s }) as Engine]));
  const groups: Record<string, unknown[]> = {};
  const put = (group: string, claims: unknown) => (groups[group] ??= []).push(claims);
  const scanPage = (html: string, s: (typeof SENSITIVITIES)[number] = 'balanced') =>
    engines[s]!.scan(blocksOfHtml(html), { pageDate: dateOfHtml(html) });

  const sets = ['dev-claims.jsonl', 'heldout-claims.jsonl', 'real-dev.jsonl'].map((f) => [
    `fixtures ${f}`,
    resolve(root, 'tests/fixtures/eval', f),
  ]);
  // The shared sets next to this checkout (the same files whichever engine is snapshot).
  const shared = resolve(HERE, '../shared/eval');
  for (const f of ['dev-claims.jsonl', 'real-dev.jsonl']) sets.push([`shared ${f}`, resolve(shared, f)]);
  for (const [name, file] of sets.filter(([, f]) => existsSync(f!)) as [string, string][]) {
    const cases = parseCases(readFileSync(file, 'utf8'), file) as { text: string; ctx?: string; date?: string }[];
    for (const page of evalPages(cases) as { html: string }[])
      for (const s of SENSITIVITIES) put(`set ${name} ${s}`, scanPage(page.html, s));
    for (const c of cases) {
      const blocks = [...(c.ctx ? [c.ctx] : []), c.text];
      put(`sentences ${name}`, engines.balanced!.scan(blocks, c.date ? { pageDate: c.date } : {}));
      put(`sentences ${name} dated`, engines.balanced!.scan(blocks, { pageDate: '2023-03-01' }));
    }
  }
  const sources = resolve(root, 'src/facts/sources');
  const seeds: string[] = [];
  for (const f of readdirSync(sources)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const lines = readFileSync(resolve(sources, f), 'utf8').split('\n');
    for (const s of SENSITIVITIES) put(`source ${f} ${s}`, engines[s]!.scan(lines));
    for (const line of lines) for (const s of splitSentences(line) as { text: string }[]) if (s.text.length > 30) seeds.push(s.text);
  }
  // As bench:engine's distinct page: one source sentence in ten, each with its own attribution, among filler.
  const sentences = Array.from({ length: 4000 }, (_, i) =>
    i % 10 === 3
      ? `${seeds[((i - 3) / 10) % seeds.length]!.replace(/[.!?]+["\u201d]?\s*$/u, '')}, Analyst ${(i - 3) / 10} said.`
      : FILLER[i % FILLER.length],
  );
  const blocks: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) blocks.push(sentences.slice(i, i + 5).join(' '));
  put('bench page', engines.balanced!.scan(blocks));
  // As bench:page's claims: every fact's statement and paraphrases, each alone.
  for (const f of bundledPack.facts as { statement: string; paraphrases: string[] }[])
    for (const s of [f.statement, ...f.paraphrases]) put('fact sentences', engines.balanced!.scan([s]));
  const fixtures = resolve(root, 'tests/fixtures');
  for (const f of readdirSync(fixtures)
    .filter((f) => f.endsWith('.html'))
    .sort())
    put(`fixture ${f}`, scanPage(readFileSync(resolve(fixtures, f), 'utf8')));
  return Object.fromEntries(Object.entries(groups).map(([g, claims]) => [g, JSON.stringify(claims)]));
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--compare') {
    const [a, b] = argv.slice(1).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, string>);
    const differ = [...new Set([...Object.keys(a!), ...Object.keys(b!)])].filter((g) => a![g] !== b![g]);
    for (const g of differ)
      console.log(`differs: ${g}${a![g] === undefined ? ' (only in the second)' : b![g] === undefined ? ' (only in the first)' : ''}`);
    console.log(differ.length ? `${differ.length} groups differ` : 'identical');
    return differ.length ? 1 : 0;
  }
  const [out, root = HERE] = argv;
  if (!out) {
    console.error('usage: claims-snapshot.ts OUT.json [ROOT] | --compare A.json B.json');
    return 2;
  }
  const snap = await snapshot(resolve(root));
  writeFileSync(out, JSON.stringify(snap));
  const claims = Object.values(snap).reduce((n, g) => n + (JSON.parse(g) as unknown[][]).flat().length, 0);
  console.log(
    `${Object.keys(snap).length} groups, ${claims} claims, sha256 ${createHash('sha256').update(JSON.stringify(snap)).digest('hex').slice(0, 16)}`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
