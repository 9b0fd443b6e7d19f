/**
 * Orders a sentence's candidate facts by fuse.js's token search, without building a fuse.js index
 * per sentence.
 *
 * The score is fuse.js 7's token search (`useTokenSearch`, `ignoreLocation`, threshold 0.15) over
 * the candidates' statements and paraphrases, as if they alone were indexed: each query word is
 * weighted by its rarity among the candidates' texts (inverse document frequency) and fuzzily found
 * in each text by fuse.js's Bitap search; a fact's score multiplies its texts' scores, each raised to
 * the text's length norm. What fuse.js would compute per sentence from scratch is kept per fact here:
 * each text lower-cased, its words and its norm, read once; a word's Bitap score in a text it holds
 * whole is known without a search, and a fuzzy search's result is remembered. The scores equal
 * fuse.js's to the last bit (tests/unit/engine/fuzzy-rank.test.ts compares them with a fuse.js
 * index built per sentence); they only order candidates, never decide a verdict.
 */
import Fuse from 'fuse.js';

interface Text {
  /** Lower-cased, as Bitap reads it. */
  lower: string;
  /** Its words as fuse.js's analyzer splits them, or null when it has none (it then counts in no statistics). */
  words: Set<string> | null;
  /** fuse.js's field-length norm: 1 / √(white-space separated tokens), to three decimals. */
  norm: number;
  /** The Bitap score of each query word searched in this text (0: the text itself, 0.001: held whole, -1: no match). */
  known: Map<string, number>;
  /** The text's pairs of adjacent characters, as bits of a filter (`pairsOf`), read the first time a word is searched in it. */
  pairs: Uint32Array | null;
}

/** As fuse.js's default token analyzer. */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;
const THRESHOLD = 0.15;
/** A word of up to this many letters can match with no error at all (1 error / 7 letters ≤ 0.15). */
const EXACT_ONLY = Math.ceil(1 / THRESHOLD) - 1;
/** The longest pattern Bitap searches in one piece (a longer one is cut into chunks: not prefiltered). */
const BITAP_BITS = 32;
/** Fuzzy results remembered, at most (then forgotten at once). */
const MEMO_LIMIT = 50_000;
/** Queries whose scores are remembered, at most (then forgotten at once). */
const ASKED_LIMIT = 2_000;

export class FuzzyRank {
  private readonly sources: readonly (readonly string[])[];
  private readonly texts: (Text[] | undefined)[];
  /** Texts with scores remembered, and how many in all: past MEMO_LIMIT every text forgets them at once. */
  private readonly remembering: Text[] = [];
  private remembered = 0;

  /** @param sources per fact, its texts (statement and paraphrases) */
  constructor(sources: readonly (readonly string[])[]) {
    this.sources = sources;
    this.texts = new Array<Text[] | undefined>(sources.length);
  }

  /** The scores of the queries asked last, by query and candidates (a page's sentences on one fact ask the same). */
  private readonly asked = new Map<string, ReadonlyMap<number, number>>();

  /**
   * fuse.js's score of each candidate the query matches (lower is better); the others are absent. The
   * map is remembered for the same query over the same candidates: read it, never change it.
   */
  scores(candidates: readonly number[], query: string): ReadonlyMap<number, number> {
    const key = `${query}\u0000${candidates.join(',')}`;
    let out = this.asked.get(key);
    if (!out) {
      out = this.score(candidates, query);
      if (this.asked.size >= ASKED_LIMIT) this.asked.clear();
      this.asked.set(key, out);
    }
    return out;
  }

  private score(candidates: readonly number[], query: string): Map<number, number> {
    const out = new Map<number, number>();
    const terms = query.toLowerCase().match(WORD) ?? [];
    if (terms.length === 0) return out;
    // Document frequencies over the candidates' texts only, as a fuse.js index of them would count.
    let fieldCount = 0;
    const df = terms.map(() => 0);
    for (const f of candidates) {
      for (const t of this.textsOf(f)) {
        if (!t.words) continue;
        fieldCount++;
        for (let i = 0; i < terms.length; i++) if (t.words.has(terms[i]!)) df[i]!++;
      }
    }
    const idf = df.map((d) => Math.log(1 + (fieldCount - d + 0.5) / (d + 0.5)));
    for (const f of candidates) {
      let total = 1;
      let matched = false;
      for (const t of this.textsOf(f)) {
        let weighted = 0;
        let max = 0;
        let count = 0;
        for (let i = 0; i < terms.length; i++) {
          const score = this.bitap(terms[i]!, t);
          max += idf[i]!;
          if (score !== null) {
            count++;
            weighted += idf[i]! * (1 - score);
          }
        }
        if (count === 0) continue;
        const normalized = max > 0 ? 1 - weighted / max : 0;
        const score = Math.max(0.001, normalized);
        matched = true;
        total *= Math.pow(score === 0 ? Number.EPSILON : score, t.norm);
      }
      if (matched) out.set(f, total);
    }
    return out;
  }

  private textsOf(f: number): Text[] {
    let texts = this.texts[f];
    if (!texts) {
      texts = [];
      for (const source of this.sources[f]!) {
        if (!source.trim()) continue;
        const lower = source.toLowerCase();
        const words = lower.match(WORD);
        texts.push({ lower, words: words ? new Set(words) : null, norm: fieldNorm(source), known: new Map(), pairs: null });
      }
      this.texts[f] = texts;
    }
    return texts;
  }

  /** fuse.js's Bitap score of a word in a text (ignoring location), or null when it does not match. */
  private bitap(term: string, t: Text): number | null {
    // Every word's result is remembered per text (the text holding the word, or a fuzzy search): a
    // lookup, where finding the word in the text again costs a search of the whole text.
    let score = t.known.get(term);
    if (score === undefined) {
      const text = t.lower;
      if (text === term) score = 0;
      else if (text.includes(term)) score = 0.001;
      else if (term.length <= EXACT_ONLY || farFrom(term, t)) score = -1;
      else {
        const r = Fuse.match(term, text, { threshold: THRESHOLD, ignoreLocation: true });
        score = r.isMatch ? r.score : -1;
      }
      if (this.remembered >= MEMO_LIMIT) {
        for (const r of this.remembering) r.known.clear();
        this.remembering.length = 0;
        this.remembered = 0;
      }
      if (t.known.size === 0) this.remembering.push(t);
      t.known.set(term, score);
      this.remembered++;
    }
    return score < 0 ? null : score;
  }
}

/**
 * Can no part of the text be within Bitap's errors of the word? Bitap (ignoring location) matches where
 * a part of the text is at most `errors` edits (a letter changed, added or left out) from the word, with
 * errors / length within the threshold. An edit breaks at most two of the word's pairs of adjacent
 * letters, so such a part holds all but 2 × errors of them: a word fewer of whose pairs occur anywhere in
 * the text cannot match, and is known not to without running Bitap (most words searched: a text seldom
 * holds a word nearly but not exactly). Only ever says yes where fuse.js would find no match.
 */
function farFrom(term: string, t: Text): boolean {
  const m = term.length;
  if (m > BITAP_BITS) return false;
  let errors = 0;
  while ((errors + 1) / m <= THRESHOLD) errors++;
  const needed = m - 1 - 2 * errors;
  if (needed <= 0) return false;
  const pairs = (t.pairs ??= pairsOf(t.lower));
  let present = 0;
  for (let i = 0; i + 1 < m; i++) {
    const bit = pairBit(term, i);
    if (pairs[bit >>> 5]! & (1 << (bit & 31)) && ++present >= needed) return false;
  }
  return true;
}

/** Bits in a text's filter of pairs (a power of two: a text of a few hundred characters sets a few percent of them). */
const PAIR_BITS = 4096;
const PAIR_SHIFT = 32 - Math.log2(PAIR_BITS);

/** The filter bit of the pair of characters at `i`: the top bits of a multiplicative hash of their codes. */
const pairBit = (s: string, i: number) => Math.imul(s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1), 0x9e3779b1) >>> PAIR_SHIFT;

/**
 * The pairs of adjacent characters a text holds, as a filter: a pair it holds always has its bit set; a pair
 * it does not hold seldom does (then `farFrom` counts it present and Bitap is run: the same score, found by
 * searching). Cheaper to make than a set of the pairs, read once per text.
 */
function pairsOf(text: string): Uint32Array {
  const out = new Uint32Array(PAIR_BITS >>> 5);
  for (let i = 0; i + 1 < text.length; i++) {
    const bit = pairBit(text, i);
    out[bit >>> 5]! |= 1 << (bit & 31);
  }
  return out;
}

/** fuse.js's field norm (weight 1, three decimals) of a text. */
function fieldNorm(text: string): number {
  let tokens = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 9 && c <= 13) || c === 32 || c === 160) inWord = false;
    else if (!inWord) {
      tokens++;
      inWord = true;
    }
  }
  return Math.round(1000 / Math.pow(Math.max(tokens, 1), 0.5)) / 1000;
}
