/**
 * A page's claims in the compact form they are stored in (per tab, in `storage.session`) and read by the
 * popup. Claims on one page share a handful of sources, facts and quotes: each claim's evidence repeats
 * its source in full (title, outlet, note…), so 100 claims are about 345 kB as they are and about 45 kB
 * with every source, fact and piece of evidence written once and referred to by index. Reading 345 kB
 * from session storage alone took the popup ~35 ms; this keeps its first paint inside its time budget.
 */
import type { Claim, MatchedFact, SourceEvidence } from './engine/claim';
import type { Source } from './facts/schema';

/** One claim, with its facts and evidence as indexes into the tables of `CompactClaims`. */
export interface CompactClaim extends Omit<Claim, 'facts' | 'evidence'> {
  facts: number[];
  evidence: number[];
}

/** Evidence with its source as an index into `CompactClaims.sources`. */
export interface CompactEvidence extends Omit<SourceEvidence, 'source'> {
  source: number;
}

export interface CompactClaims {
  sources: Source[];
  facts: MatchedFact[];
  evidence: CompactEvidence[];
  claims: CompactClaim[];
}

/**
 * Hands out one index per distinct key, in order of first appearance. An object met again (claims expanded by
 * `expandClaims` share their sources and evidence objects) gets its index without its key being built again.
 */
function table<T>() {
  const items: T[] = [];
  const index = new Map<string, number>();
  const seen = new Map<object, number>();
  return {
    items,
    add(of: object, key: () => string, make: () => T): number {
      let i = seen.get(of);
      if (i !== undefined) return i;
      const k = key();
      i = index.get(k);
      if (i === undefined) {
        i = items.push(make()) - 1;
        index.set(k, i);
      }
      seen.set(of, i);
      return i;
    },
  };
}

const NUL = '\u0000';

export function compactClaims(claims: readonly Claim[]): CompactClaims {
  const sources = table<Source>();
  const facts = table<MatchedFact>();
  const evidence = table<CompactEvidence>();
  // Sources and facts are keyed by their content, not only their id: two packs may reuse an id.
  const sourceIndex = (s: Source) =>
    sources.add(
      s,
      () => JSON.stringify(s),
      () => s,
    );
  const compact = claims.map(({ facts: matched, evidence: said, ...rest }): CompactClaim => ({
    ...rest,
    facts: matched.map((f) =>
      facts.add(
        f,
        () => [f.id, f.topic, f.statement].join(NUL),
        () => f,
      ),
    ),
    evidence: said.map((e) =>
      evidence.add(
        e,
        () => [sourceIndex(e.source), e.fact, e.stance, e.quote, e.note ?? NUL].join(NUL),
        () => {
          const { source: full, ...words } = e;
          return { ...words, source: sourceIndex(full) };
        },
      ),
    ),
  }));
  return { sources: sources.items, facts: facts.items, evidence: evidence.items, claims: compact };
}

/** The claims as the engine made them (the evidence entries of claims that share them are one object). */
export function expandClaims(compact: CompactClaims): Claim[] {
  const evidence = compact.evidence.map(({ source, ...words }): SourceEvidence => ({ ...words, source: compact.sources[source]! }));
  return compact.claims.map((c) => ({
    ...c,
    facts: c.facts.map((i) => compact.facts[i]!),
    evidence: c.evidence.map((i) => evidence[i]!),
  }));
}
