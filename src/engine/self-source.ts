/**
 * A page that is itself one of the bundled sources: it holds that source's own quoted words, many of
 * them. Such a page is not corroborated by itself; its claims are judged by the other
 * sources (a view of the pack without that source's evidence).
 */
import type { FactPack, Source } from '../facts/schema';

/** At least this many of a source's quotes, and this share of them, are on the page. */
const MIN_QUOTES = 3;
const MIN_SHARE = 1 / 3;
/** Shorter blocks (menus, captions) hold no quote worth reading. */
const MIN_BLOCK = 20;

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/gu, "'")
    .replace(/[\u201c\u201d]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim();

export interface SourceQuotes {
  source: Source;
  quotes: string[];
}

/** The sources' quotes, normalised once per engine, and indexed by their first two words. */
export interface QuoteIndex {
  sources: SourceQuotes[];
  byStart: Map<string, { source: number; quote: number; text: string }[]>;
}

const startKey = (a: string, b: string | undefined) => `${a} ${b ?? ''}`;

export function quotesBySource(pack: FactPack): QuoteIndex {
  const by = new Map<string, Set<string>>();
  for (const f of pack.facts) for (const e of f.evidence) (by.get(e.source) ?? by.set(e.source, new Set()).get(e.source)!).add(squash(e.quote));
  const sources = pack.sources.filter((s) => by.has(s.id)).map((source) => ({ source, quotes: [...by.get(source.id)!] }));
  const byStart = new Map<string, { source: number; quote: number; text: string }[]>();
  sources.forEach(({ quotes }, s) =>
    quotes.forEach((text, q) => {
      const [a, b] = text.split(' ');
      const key = startKey(a!, b);
      (byStart.get(key) ?? byStart.set(key, []).get(key)!).push({ source: s, quote: q, text });
    }),
  );
  return { sources, byStart };
}

/**
 * The bundled source the page is, or null: the source of which the page holds the most quotes, at
 * least 3 and at least a third of them. One pass over each block's words (quotes looked up by their
 * first two words): linear in the page's text.
 */
export function pageSource(blocks: readonly string[], index: QuoteIndex): Source | null {
  const found = index.sources.map(() => new Set<number>());
  for (const block of blocks) {
    if (block.length < MIN_BLOCK) continue;
    const t = squash(block);
    const starts: number[] = [];
    for (const m of t.matchAll(/\S+/gu)) starts.push(m.index);
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i]!;
      const a = t.slice(from, (starts[i + 1] ?? t.length + 1) - 1);
      const b = i + 1 < starts.length ? t.slice(starts[i + 1]!, (starts[i + 2] ?? t.length + 1) - 1) : undefined;
      // A quote of one word is keyed by it alone.
      for (const hits of [b === undefined ? undefined : index.byStart.get(startKey(a, b)), index.byStart.get(startKey(a, undefined))]) {
        if (hits) for (const h of hits) if (t.startsWith(h.text, from)) found[h.source]!.add(h.quote);
      }
    }
  }
  let best: { source: Source; n: number } | null = null;
  index.sources.forEach(({ source, quotes }, s) => {
    const n = found[s]!.size;
    if (n >= MIN_QUOTES && n >= quotes.length * MIN_SHARE && (!best || n > best.n)) best = { source, n };
  });
  return (best as { source: Source; n: number } | null)?.source ?? null;
}

/** The pack without one source's evidence (facts only it states are left out). */
export function packWithout(pack: FactPack, sourceId: string): FactPack {
  return {
    ...pack,
    sources: pack.sources.filter((s) => s.id !== sourceId),
    facts: pack.facts.flatMap((f) => {
      const evidence = f.evidence.filter((e) => e.source !== sourceId);
      return evidence.length ? [{ ...f, evidence }] : [];
    }),
  };
}
