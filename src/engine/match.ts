/**
 * Finds the facts a sentence speaks to.
 *
 * 1. A cheap pre-filter: an inverted index from keyword terms to (fact, group). A sentence is looked
 *    up token by token (each token's prefixes, so stems like "invest" match "investment"), which
 *    costs the sentence's length, not the size of the fact base. A fact is a candidate only when the
 *    sentence holds a term of every one of its keyword groups (AND of OR).
 * 2. fuse.js token search over the candidates' statements and paraphrases ranks them (see
 *    notes/matching.md: ignoreLocation, never a whole sentence as a Bitap pattern). The fuzzy score
 *    only orders candidates; it never decides a verdict.
 */
import Fuse from 'fuse.js';
import type { Fact } from '../facts/schema';

export interface Candidate {
  fact: Fact;
  /** Lower is better: fuse.js score blended with how much of the fact's keywords the sentence covers. */
  rank: number;
  /** Share of the fact's keyword terms (one per group, best) found in the sentence, 0..1. */
  coverage: number;
}

interface TermRef {
  fact: number;
  group: number;
  words: string[];
}

const MIN_PREFIX = 4;

/** Lower-case word tokens; hyphens, apostrophes and possessives split off ("OpenAI's" → "openai"). */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export class FactMatcher {
  private readonly facts: readonly Fact[];
  private readonly index = new Map<string, TermRef[]>();
  private readonly texts: string[][];

  constructor(facts: readonly Fact[]) {
    this.facts = facts;
    facts.forEach((fact, f) => {
      fact.keywords.forEach((group, g) => {
        for (const term of group) {
          const words = tokens(term);
          if (!words.length) continue;
          const key = words[0]!.length >= MIN_PREFIX ? words[0]! : `=${words[0]!}`;
          let refs = this.index.get(key);
          if (!refs) this.index.set(key, (refs = []));
          refs.push({ fact: f, group: g, words });
        }
      });
    });
    this.texts = facts.map((f) => [f.statement, ...f.paraphrases]);
  }

  /** Facts whose every keyword group the text satisfies, best first. */
  candidates(text: string): Candidate[] {
    const toks = tokens(text);
    const hits = new Map<number, Set<number>>();
    for (let i = 0; i < toks.length; i++) {
      const tok = toks[i]!;
      const keys = [`=${tok}`];
      for (let len = MIN_PREFIX; len <= tok.length; len++) keys.push(tok.slice(0, len));
      for (const key of keys) {
        const refs = this.index.get(key);
        if (!refs) continue;
        for (const ref of refs) {
          if (!phraseAt(toks, i, ref.words)) continue;
          let groups = hits.get(ref.fact);
          if (!groups) hits.set(ref.fact, (groups = new Set()));
          groups.add(ref.group);
        }
      }
    }
    const passed: { f: number; coverage: number }[] = [];
    for (const [f, groups] of hits) {
      const fact = this.facts[f]!;
      if (fact.keywords.length > 0 && groups.size === fact.keywords.length) passed.push({ f, coverage: 1 });
    }
    if (passed.length === 0) return [];
    return this.rank(text, passed.map((p) => p.f));
  }

  private rank(text: string, ids: number[]): Candidate[] {
    // A tiny fuse.js index over the candidates only: the cost stays with the sentence.
    const docs = ids.map((f) => ({ f, text: this.texts[f]! }));
    const fuse = new Fuse(docs, {
      keys: ['text'],
      includeScore: true,
      ignoreLocation: true,
      useTokenSearch: true,
      threshold: 1,
    });
    const query = tokens(text)
      .filter((t) => t.length > 3 && !STOP.has(t))
      .join(' ');
    const scores = new Map<number, number>();
    if (query) for (const r of fuse.search(query)) scores.set(r.item.f, r.score ?? 1);
    return ids
      .map((f) => ({ fact: this.facts[f]!, rank: scores.get(f) ?? 1, coverage: 1 }))
      .sort((a, b) => a.rank - b.rank);
  }
}

function phraseAt(toks: string[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k];
    const w = words[k]!;
    if (t === undefined) return false;
    if (w.length < MIN_PREFIX ? t !== w : !t.startsWith(w)) return false;
  }
  return true;
}

const STOP = new Set([
  'that', 'this', 'with', 'from', 'have', 'will', 'would', 'which', 'their', 'there', 'they', 'been', 'were', 'what',
  'when', 'where', 'into', 'than', 'then', 'also', 'said', 'says', 'about', 'after', 'over', 'under', 'more', 'such',
]);
