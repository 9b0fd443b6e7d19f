/**
 * Lists the fact base: `npm run --silent facts -- --json` prints one JSON object
 * `{"sources":[…],"facts":[…]}` (the pack's own entries, every field); without `--json`, a readable
 * listing grouped by topic. `--pack FILE` (repeatable) validates extra packs against the bundled one and
 * lists the merged result; an invalid pack exits 1 with the field and the problem on stderr.
 */
import { readFileSync } from 'node:fs';
import { bundledPack } from '../facts/bundled';
import { mergePacks, parsePack } from '../facts/pack-io';
import { TOPICS, type Fact, type FactPack, type Source } from '../facts/schema';

interface Options {
  json: boolean;
  packs: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, packs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--pack') {
      const file = argv[++i];
      if (!file) throw new Error('--pack needs a file');
      options.packs.push(file);
    } else if (arg === '--help' || arg === '-h') {
      process.stderr.write('usage: npm run --silent facts -- [--json] [--pack extra.json ...]\n');
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  return options;
}

function loadPacks(files: string[]): FactPack {
  const extras: FactPack[] = [];
  let base = bundledPack;
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not readable JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const parsed = parsePack(json, { base });
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
    extras.push(parsed.pack);
    base = mergePacks(base, parsed.pack);
  }
  return extras.length ? mergePacks(bundledPack, ...extras) : bundledPack;
}

function describeSource(source: Source): string {
  const parts = [source.publisher ?? '(no outlet named)'];
  if (source.author) parts.push(source.author);
  parts.push(source.date ?? 'undated');
  if (source.translated) parts.push('translated');
  return `${source.title} — ${parts.join(', ')}`;
}

function listing(pack: FactPack): string {
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const lines: string[] = [`${pack.name}: ${pack.sources.length} sources, ${pack.facts.length} facts`, '', 'Sources'];
  for (const source of pack.sources) {
    lines.push(`  ${source.id}`, `    ${describeSource(source)}`);
    if (source.url) lines.push(`    ${source.url}`);
  }
  const byTopic = new Map<string, Fact[]>();
  for (const fact of pack.facts) byTopic.set(fact.topic, [...(byTopic.get(fact.topic) ?? []), fact]);
  for (const topic of TOPICS) {
    const facts = byTopic.get(topic);
    if (!facts) continue;
    lines.push('', `${topic} (${facts.length})`);
    for (const fact of facts) {
      const disputed = fact.evidence.some((e) => e.stance === 'disputes');
      lines.push(`  ${fact.statement}  [${fact.id}, ${fact.era}${disputed ? ', sources disagree' : ''}]`);
      for (const evidence of fact.evidence) {
        const source = sources.get(evidence.source);
        const outlet = source ? (source.publisher ?? source.title) : evidence.source;
        const mark = evidence.stance === 'supports' ? '+' : '✗';
        lines.push(`    ${mark} ${outlet}: “${evidence.quote}”`);
        if (evidence.note) lines.push(`      (${evidence.note})`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

function main(): void {
  let options: Options;
  let pack: FactPack;
  try {
    options = parseArgs(process.argv.slice(2));
    pack = loadPacks(options.packs);
  } catch (error) {
    process.stderr.write(`facts: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  if (options.json) process.stdout.write(JSON.stringify({ sources: pack.sources, facts: pack.facts }) + '\n');
  else process.stdout.write(listing(pack));
}

main();
