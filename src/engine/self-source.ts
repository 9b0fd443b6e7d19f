/**
 * A page that is itself one of the bundled sources: most of its checkable sentences hold that source's
 * own quoted words. Such a page is not corroborated by itself; its claims are judged by the other
 * sources (a view of the pack without that source's evidence).
 */
import type { FactPack, Source } from '../facts/schema';
import type { Claim } from './claim';

/** At least this many claims, and this share of them, hold the source's quotes. */
const MIN_CLAIMS = 3;
const MIN_SHARE = 1 / 3;

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

/** The bundled source the page is, judged from its claims' sentences, or null. */
export function pageSource(claims: Claim[], sources: SourceQuotes[]): Source | null {
  if (claims.length < MIN_CLAIMS) return null;
  const texts = claims.map((c) => squash(c.text));
  let best: { source: Source; n: number } | null = null;
  for (const { source, quotes } of sources) {
    const n = texts.filter((t) => quotes.some((q) => t.includes(q))).length;
    if (n >= MIN_CLAIMS && n >= claims.length * MIN_SHARE && (!best || n > best.n)) best = { source, n };
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
