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

/** Each source's quotes, normalised once per engine. */
export function quotesBySource(pack: FactPack): SourceQuotes[] {
  const by = new Map<string, Set<string>>();
  for (const f of pack.facts) for (const e of f.evidence) (by.get(e.source) ?? by.set(e.source, new Set()).get(e.source)!).add(squash(e.quote));
  return pack.sources.filter((s) => by.has(s.id)).map((source) => ({ source, quotes: [...by.get(source.id)!] }));
}

/**
 * The bundled source the page is, or null: the source of which the page holds the most quotes, at
 * least 3 and at least a third of them. Only blocks of some length are read; linear in the page's text
 * times the number of quotes.
 */
export function pageSource(blocks: readonly string[], sources: SourceQuotes[]): Source | null {
  const texts = blocks.filter((b) => b.length >= MIN_BLOCK).map(squash);
  if (texts.length === 0) return null;
  let best: { source: Source; n: number } | null = null;
  for (const { source, quotes } of sources) {
    let n = 0;
    for (const q of quotes) if (texts.some((t) => t.includes(q))) n++;
    if (n >= MIN_QUOTES && n >= quotes.length * MIN_SHARE && (!best || n > best.n)) best = { source, n };
  }
  return best?.source ?? null;
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
