/**
 * Scans a saved HTML page with the same pipeline as the extension: text blocks (linkedom DOM),
 * then the claim engine with the bundled fact pack. Why each verdict is worded as the card and the popup
 * word it (src/ui/why.ts, from the extension's English messages.json).
 *
 *   npm run --silent scan -- --json PAGE.html     one JSON object on stdout
 *   npm run --silent scan -- PAGE.html            a readable report
 *   options: --sensitivity strict|balanced|broad
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Claim, Explanation } from '../engine/claim';
import { createClaimEngine, type ClaimEngine, type Sensitivity } from '../engine/engine';
import { bundledPack } from '../facts/bundled';
import type { FactPack } from '../facts/schema';
import { extractBlocks } from '../page/extract';
import { readPageDate } from '../page/page-date';
import { t } from '../ui/i18n';
import { pageSourceOf } from '../ui/what-sources-say';
import { claimWhy } from '../ui/why';

export interface ScanOutput {
  /** The bundled source this page is (its claims are judged by the other sources), when it is one. */
  pageSource?: { id: string; name: string };
  claims: {
    text: string;
    verdict: Claim['verdict'];
    facts: string[];
    sources: {
      id: string;
      title: string;
      publisher: string | null;
      url: string | null;
      date: string | null;
      stance: string;
      quote: string;
    }[];
    /** Why, as the card and the popup say it. */
    reason: string;
    /** Why, as data (src/engine/claim.ts). */
    explanation: Explanation;
    /** Parts of the sentence no bundled source speaks to, where the rest is confirmed. */
    unverifiedDetails?: string[];
  }[];
}

/** Text blocks of an HTML document's body, as the content script reads them. */
export function blocksOfHtml(html: string): string[] {
  const { document } = parseHTML(html);
  const root = document.body ?? document.documentElement ?? document;
  return extractBlocks(root as unknown as Node).map((b) => b.text);
}

/** Engines already built, per pack and sensitivity: scanning many pages builds each once. */
const engines = new WeakMap<FactPack, Map<Sensitivity, ClaimEngine>>();

function engineFor(pack: FactPack, sensitivity: Sensitivity): ClaimEngine {
  const bySensitivity = engines.get(pack) ?? new Map<Sensitivity, ClaimEngine>();
  engines.set(pack, bySensitivity);
  let engine = bySensitivity.get(sensitivity);
  if (!engine) bySensitivity.set(sensitivity, (engine = createClaimEngine(pack, { sensitivity })));
  return engine;
}

/** When the page says it was written (meta tags, JSON-LD, <time>), or null. */
export function dateOfHtml(html: string): string | null {
  return readPageDate(parseHTML(html).document as unknown as Document);
}

export function scanHtml(html: string, pack: FactPack = bundledPack, sensitivity: Sensitivity = 'balanced'): ScanOutput {
  const engine = engineFor(pack, sensitivity);
  const claims = engine.scan(blocksOfHtml(html), { pageDate: dateOfHtml(html) });
  const self = pageSourceOf(claims);
  return {
    ...(self ? { pageSource: self } : {}),
    claims: claims.map((c) => ({
      text: c.text,
      verdict: c.verdict,
      facts: c.facts.map((f) => f.id),
      sources: c.evidence.map((e) => ({
        id: e.source.id,
        title: e.source.title,
        publisher: e.source.publisher,
        url: e.source.url,
        date: e.source.date,
        stance: e.stance,
        quote: e.quote,
      })),
      reason: claimWhy(c),
      explanation: c.explanation,
      ...(c.unverifiedDetails ? { unverifiedDetails: c.unverifiedDetails } : {}),
    })),
  };
}

/** The scan as a reader reads it: the counts, whether the page is a bundled source, each claim, why and its sources. */
export function readableReport(file: string, out: ScanOutput): string {
  const lines = [`${file}: ${out.claims.length} claim${out.claims.length === 1 ? '' : 's'}`];
  const counts = new Map<string, number>();
  for (const c of out.claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  if (counts.size) lines.push([...counts].map(([v, n]) => `${n} ${v}`).join(', '));
  if (out.pageSource) lines.push(t('pageIsSource', out.pageSource.name));
  for (const c of out.claims) {
    lines.push('', `[${c.verdict.toUpperCase()}] ${c.text}`, `  ${c.reason}`);
    for (const s of c.sources) lines.push(`  - ${s.stance} · ${s.publisher ?? s.title}${s.date ? ` (${s.date})` : ''}: "${s.quote}"`);
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  let json = false;
  let sensitivity: Sensitivity = 'balanced';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--sensitivity') {
      const v = argv[++i];
      if (v !== 'strict' && v !== 'balanced' && v !== 'broad') {
        process.stderr.write(`scan: --sensitivity must be strict, balanced or broad\n`);
        return 2;
      }
      sensitivity = v;
    } else if (a.startsWith('--')) {
      process.stderr.write(`scan: unknown option ${a}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length !== 1) {
    process.stderr.write('usage: npm run --silent scan -- [--json] [--sensitivity strict|balanced|broad] PAGE.html\n');
    return 2;
  }
  const file = files[0]!;
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`scan: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 1;
  }
  const out = scanHtml(html, bundledPack, sensitivity);
  process.stdout.write(json ? JSON.stringify(out) + '\n' : readableReport(file, out) + '\n');
  return 0;
}

const invokedDirectly = process.argv[1] && /scan\.ts$/u.test(process.argv[1]);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
