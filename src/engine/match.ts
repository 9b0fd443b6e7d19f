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
import type { Fact } from '../facts/schema';
import { FuzzyRank } from './fuzzy-rank';
import { alternatives, compiledFor, vocabularyInForce, type Vocabulary } from '../facts/vocabulary';

export interface Candidate {
  fact: Fact;
  /** Lower is better: fuse.js score blended with how much of the fact's keywords the sentence covers. */
  rank: number;
  /** Every keyword group was met by its own words (not by "some other figure"). */
  strong: boolean;
}

interface TermRef {
  fact: number;
  group: number;
  words: string[];
}

/**
 * The index entries a word reaches, in the index's order, as parallel arrays (a word reaches many facts
 * with a large or near-duplicate fact base: read in a tight loop, no object per entry).
 */
interface Reach {
  facts: Int32Array;
  groups: Int32Array;
  /** Per entry, the words of a term of several words, which must follow in the text (null: a term of one word); null when no entry has one. */
  phrases: (string[] | null)[] | null;
  /** Can the word imply others (`mayImply`)? */
  implies: boolean;
}

const NOTHING = new Int32Array(0);

function reachOf(refs: readonly TermRef[], implies = false): Reach {
  if (refs.length === 0) return { facts: NOTHING, groups: NOTHING, phrases: null, implies };
  const facts = new Int32Array(refs.length);
  const groups = new Int32Array(refs.length);
  let phrases: (string[] | null)[] | null = null;
  refs.forEach((ref, k) => {
    facts[k] = ref.fact;
    groups[k] = ref.group;
    if (ref.words.length !== 1) (phrases ??= new Array<string[] | null>(refs.length).fill(null))[k] = ref.words;
  });
  return { facts, groups, phrases, implies };
}

const MIN_PREFIX = 4;
const YEAR = /^(?:19|20)\d\d$/u;

const CURLY = /[\u2018\u2019\u02bc]/;
const CURLY_ALL = /[\u2018\u2019\u02bc]/g;
const DIGIT = /\d/;

/** Lower-case word tokens; hyphens, apostrophes and possessives split off ("OpenAI's" → "openai"). */
export function tokens(text: string): string[] {
  // Each rewrite only where it can change something (most words have no quote, no %, no figure).
  let t = text.toLowerCase();
  if (CURLY.test(t)) t = t.replace(CURLY_ALL, "'");
  if (t.includes("'s")) t = t.replace(/'s\b/g, '');
  if (t.includes('%')) t = t.replace(/%/g, ' percent ');
  if (t.includes('per cent')) t = t.replace(/\bper cent\b/g, 'percent');
  if (DIGIT.test(t)) {
    const { SCALE_SHORT, scaleName } = matchWords();
    t = t.replace(SCALE_SHORT, (_, digit: string, short: string) => `${digit} ${scaleName.get(short)!}`);
  }
  return words(t);
}

const NOT_ASCII = /[\u0080-\uffff]/;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** The runs of letters and digits of a lower-cased text (ASCII text read by code, without a pattern: most text is). */
function words(t: string): string[] {
  if (NOT_ASCII.test(t)) return t.split(NOT_WORD).filter(Boolean);
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(t.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(t.slice(start));
  return out;
}

export class FactMatcher {
  private readonly facts: readonly Fact[];
  private readonly index = new Map<string, TermRef[]>();
  /** The longest key in the index: a token's longer prefixes cannot be keys (a 50,000-digit token is not cut 50,000 ways). */
  private longestKey = 0;
  /** The first `MIN_PREFIX` characters of every prefix key: a word opening otherwise reaches no key by its prefixes. */
  private readonly openings = new Set<string>();
  private readonly fuzzy: FuzzyRank;
  /** Per fact, its number of keyword groups. */
  private readonly groupCount: Int32Array;
  /** What any year, and any other lone number, reaches ("some other figure"). */
  private readonly anyYear: Reach;
  private readonly anyNumber: Reach;
  /** Per fact, the stems of its statement and paraphrases (read the first time it is a candidate): the query keeps only words they share. */
  private readonly stems: (Set<string> | undefined)[];
  /** Per fact, the keyword groups (below the 32nd) a lookup met by words and by "some other figure", and the
   * number of the lookup that last set them (a fact not stamped with the current one is met by nothing yet). */
  private readonly wordBits: Int32Array;
  private readonly wordAt: Uint32Array;
  private readonly figureBits: Int32Array;
  private readonly figureAt: Uint32Array;
  private lookup = 0;

  constructor(facts: readonly Fact[]) {
    this.facts = facts;
    this.wordBits = new Int32Array(facts.length);
    this.wordAt = new Uint32Array(facts.length);
    this.figureBits = new Int32Array(facts.length);
    this.figureAt = new Uint32Array(facts.length);
    facts.forEach((fact, f) => {
      fact.keywords.forEach((group, g) => {
        for (const term of group) {
          const words = tokens(term);
          if (!words.length) continue;
          const first = words[0]!;
          const keys = [first.length >= MIN_PREFIX ? first : `=${first}`];
          // A lone figure ("2030", "20") is met by itself, or by another figure of its shape.
          if (words.length === 1 && /^\d+$/u.test(first)) keys.push(YEAR.test(first) ? '#year' : '#number');
          for (const key of keys) {
            let refs = this.index.get(key);
            if (!refs) this.index.set(key, (refs = []));
            this.longestKey = Math.max(this.longestKey, key.length);
            if (key.length >= MIN_PREFIX) this.openings.add(key.slice(0, MIN_PREFIX));
            refs.push({ fact: f, group: g, words });
          }
        }
      });
    });
    this.fuzzy = new FuzzyRank(facts.map((f) => [f.statement, ...f.paraphrases]));
    this.groupCount = Int32Array.from(facts, (f) => f.keywords.length);
    this.anyYear = reachOf(this.index.get('#year') ?? []);
    this.anyNumber = reachOf(this.index.get('#number') ?? []);
    this.stems = new Array<Set<string> | undefined>(facts.length);
  }

  /**
   * The index's entries a token reaches, in the order of its keys (the whole short word, then its
   * prefixes from the shortest): read once per word (a page's words repeat), not once per sentence.
   */
  private readonly reached = new Map<string, Reach>();
  /** The vocabulary `reached` was read with (whether a word implies others is the vocabulary's). */
  private reachedWith: Vocabulary | null = null;

  /** One lookup per word: its index entries and whether it may imply others. */
  private refsOf(tok: string): Reach {
    let reach = this.reached.get(tok);
    if (reach) return reach;
    const refs: TermRef[] = [];
    // A short word is a key whole ("=ai"); a longer one by its prefixes, looked up only where a key opens as it does.
    if (tok.length < MIN_PREFIX) {
      const exact = this.index.get(`=${tok}`);
      if (exact) refs.push(...exact);
    } else if (this.openings.has(tok.slice(0, MIN_PREFIX)))
      for (let len = MIN_PREFIX, top = Math.min(tok.length, this.longestKey); len <= top; len++) {
        const found = this.index.get(tok.slice(0, len));
        if (found) refs.push(...found);
      }
    reach = reachOf(refs, mayImply(tok));
    if (this.reached.size >= REACHED_LIMIT) this.reached.clear();
    this.reached.set(tok, reach);
    return reach;
  }

  /**
   * The texts looked up last and their candidates, with figures and without: a text is looked up again when
   * judged in another era, as a clause, or by another step (one lookup in six of the distinct bench page's).
   */
  private readonly looked = [new Map<string, Candidate[]>(), new Map<string, Candidate[]>()] as const;

  /** Facts whose every keyword group the text satisfies, best first (a list shared by the callers that ask: read it, never change it). */
  candidates(text: string, options: { figures?: boolean } = {}): readonly Candidate[] {
    const looked = this.looked[options.figures ? 1 : 0];
    let found = looked.get(text);
    if (!found) {
      found = this.find(text, options);
      if (looked.size >= LOOKED_LIMIT) looked.clear();
      looked.set(text, found);
    }
    return found;
  }

  private find(text: string, options: { figures?: boolean }): Candidate[] {
    const toks = tokens(text);
    const base = [...toks];
    const IMPLIED = implied();
    if (this.reachedWith !== vocabularyInForce()) {
      this.reached.clear();
      this.reachedWith = vocabularyInForce();
    }
    const reaches = base.map((t) => this.refsOf(t));
    base.forEach((t, i) => {
      // Most words imply nothing (asked once per word).
      if (!reaches[i]!.implies) return;
      const implied = IMPLIED.get(t);
      const { FRACTION, FRACTION_BEFORE, MOVE, MOVE_DIRECTION, MOVE_BEFORE, DISPOSE, GIVING, HOLDING } = matchWords();
      if (implied) toks.push(...implied);
      // A fraction of something is a percentage ("a tenth of OpenAI", "half of its revenue"), a
      // quarter of a year or a third party is not.
      if (
        FRACTION.test(t) &&
        (FRACTION_BEFORE.test(base[i - 1] ?? '') || /^(?:of|stake|holding)$/u.test(base[i + 1] ?? '')) &&
        !/^part/u.test(base[i + 1] ?? '')
      )
        toks.push('percent');
      // (A changed ratio reaches the fact that it stays the same through the ratio axis's reading: engine.ts.)
      // A move either way reaches the facts about a move ("Amazon was up about 1%" reaches "Amazon
      // shares declined nearly 1%", to be compared there).
      if (MOVE.test(t) || (MOVE_DIRECTION.test(t) && MOVE_BEFORE.test(base[i + 1] ?? ''))) toks.push('fell', 'rose');
      // Giving up a holding reaches the facts that say it is kept ("sold its stake", "gave up its
      // stake" vs "keeps its stake"); "a game sold in the store" does not.
      const giveUp = GIVING.test(t) && base[i + 1] === 'up';
      if ((giveUp || DISPOSE.test(t)) && base.slice(i + 1, i + 6).some((w) => HOLDING.test(w))) toks.push('retain');
    });
    // Each fact's keyword groups met, as bits (a group past the 31st in `many`), by words and by "some other
    // figure": per fact in arrays kept by the matcher, valid for the facts stamped with this lookup's number.
    const look = ++this.lookup;
    const { wordBits, wordAt, figureBits, figureAt } = this;
    /** The facts met by a word, in the order first met. */
    const hits: number[] = [];
    /** Groups past the 31st met, per fact (words) and per -1 - fact (figures): rare, made when first needed. */
    let many = null as Map<number, Set<number>> | null;
    const wide = (key: number, group: number) => {
      many ??= new Map();
      let groups = many.get(key);
      if (!groups) many.set(key, (groups = new Set()));
      groups.add(group);
    };
    for (let i = 0; i < toks.length; i++) {
      const tok = toks[i]!;
      // Any figure satisfies a group that names a figure of the same shape (a year, or another
      // number): "25%" must reach the 20% fact to be found wrong, "2032" the "until 2030" fact.
      if (options.figures && DIGITS.test(tok)) {
        const { facts, groups } = YEAR.test(tok) ? this.anyYear : this.anyNumber;
        for (let k = 0; k < facts.length; k++) {
          const f = facts[k]!;
          const group = groups[k]!;
          if (figureAt[f] !== look) {
            figureAt[f] = look;
            figureBits[f] = 0;
          }
          if (group < 31) figureBits[f]! |= 1 << group;
          else wide(-1 - f, group);
        }
      }
      const { facts, groups, phrases } = i < reaches.length ? reaches[i]! : this.refsOf(tok);
      for (let k = 0; k < facts.length; k++) {
        if (phrases !== null) {
          const words = phrases[k]!;
          if (words !== null && !phraseAt(toks, i, words)) continue;
        }
        const f = facts[k]!;
        const group = groups[k]!;
        if (wordAt[f] !== look) {
          wordAt[f] = look;
          wordBits[f] = 0;
          hits.push(f);
        }
        if (group < 31) wordBits[f]! |= 1 << group;
        else wide(f, group);
      }
    }
    const passed: { f: number; strong: boolean }[] = [];
    const { groupCount } = this;
    for (const f of hits) {
      const bits = wordBits[f]!;
      // At most one group may be satisfied only by "some other figure"; the rest need their words.
      const byFigure = figureAt[f] === look;
      let wildOnly = 0;
      let met = popcount(bits);
      if (byFigure) wildOnly = popcount(figureBits[f]! & ~bits);
      if (many !== null) {
        const wideWords = many.get(f);
        if (wideWords) met += wideWords.size;
        const wideFigures = byFigure ? many.get(-1 - f) : undefined;
        if (wideFigures) for (const g of wideFigures) if (!wideWords?.has(g)) wildOnly++;
      }
      const groupsOfFact = groupCount[f]!;
      if (groupsOfFact > 0 && met + Math.min(wildOnly, 1) === groupsOfFact) passed.push({ f, strong: wildOnly === 0 });
    }
    if (passed.length === 0) return [];
    return this.rank(base, passed);
  }

  private stemsOf(f: number): Set<string> {
    let stems = this.stems[f];
    if (!stems) {
      const fact = this.facts[f]!;
      this.stems[f] = stems = new Set(tokens([fact.statement, ...fact.paraphrases].join(' ')).map(stem));
    }
    return stems;
  }

  /** @param words the text's tokens (before any implied word is added) */
  private rank(words: readonly string[], passed: { f: number; strong: boolean }[]): Candidate[] {
    const ids = passed.map((p) => p.f);
    if (ids.length === 1) return [{ fact: this.facts[ids[0]!]!, rank: 0, strong: passed[0]!.strong }];
    // The query: the sentence's content words that occur in some candidate (a handful), so that
    // fuse.js's per-word fuzzy search stays cheap.
    const kept: string[] = [];
    const seen = new Set<string>();
    const { STOP } = matchWords();
    let stemSets: Set<string>[] | null = null;
    for (const t of words) {
      if (kept.length === 6) break;
      if (t.length <= 3 || seen.has(t)) continue;
      seen.add(t);
      if (STOP.has(t)) continue;
      const s = stem(t);
      stemSets ??= ids.map((f) => this.stemsOf(f));
      for (const stems of stemSets)
        if (stems.has(s)) {
          kept.push(t);
          break;
        }
    }
    const query = kept.join(' ');
    // fuse.js's token search over the candidates only (no index built per sentence: see fuzzy-rank.ts).
    const scores: ReadonlyMap<number, number> = query ? this.fuzzy.scores(ids, query) : new Map<number, number>();
    return passed.map(({ f, strong }) => ({ fact: this.facts[f]!, rank: scores.get(f) ?? 1, strong })).sort((a, b) => a.rank - b.rank);
  }
}

const stem = (t: string) => t.slice(0, 5);
const DIGITS = /^\d+$/u;
/** Words whose index entries are remembered, at most (then forgotten at once). */
const REACHED_LIMIT = 20_000;
/** Texts whose candidates are remembered, at most, with figures and without (then forgotten at once). */
const LOOKED_LIMIT = 256;

function popcount(n: number): number {
  let c = 0;
  for (let x = n >>> 0; x; x &= x - 1) c++;
  return c;
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

/** A list of words as one test of a whole token. */
const tokenTest = (list: readonly string[]) => new RegExp(`^${alternatives(list)}$`, 'u');

/**
 * The matcher's word lists (the vocabulary's `fractions`, `numbers` and the cue records `moves`,
 * `disposals`, `stopWords`), compiled once per vocabulary.
 */
const matchWords = compiledFor(({ numbers, fractions, cues: c }) => {
  // A scale's short forms after a figure are read as its name ("15bn" is "15 billion"): the first word of each value.
  const scaleName = new Map<string, string>();
  const names = new Map<number, string>();
  for (const [word, value] of Object.entries(numbers.scales)) {
    const name = names.get(value);
    if (name === undefined) names.set(value, word);
    else scaleName.set(word, name);
  }
  return {
    SCALE_SHORT: new RegExp(`(\\d)\\s?(${alternatives([...scaleName.keys()])})\\b`, 'gu'),
    scaleName,
    FRACTION: tokenTest(fractions.words),
    FRACTION_BEFORE: tokenTest(fractions.counts),
    MOVE: tokenTest(c.moves.words),
    MOVE_DIRECTION: tokenTest(c.moves.directions),
    MOVE_BEFORE: tokenTest(c.moves.before),
    DISPOSE: tokenTest(c.disposals.verbs),
    GIVING: tokenTest(c.disposals.giving),
    HOLDING: tokenTest(c.disposals.holdings),
    STOP: new Set(c.stopWords.words),
  };
});
/** Can a word add an implied one below (any of the rules' words)? Remembered per word, per vocabulary. */
const implyingFor = compiledFor(() => new Map<string, boolean>());
function mayImply(t: string): boolean {
  const implying = implyingFor();
  let may = implying.get(t);
  if (may === undefined) {
    const { FRACTION, MOVE, MOVE_DIRECTION, GIVING, DISPOSE } = matchWords();
    may = implied().has(t) || FRACTION.test(t) || MOVE.test(t) || MOVE_DIRECTION.test(t) || GIVING.test(t) || DISPOSE.test(t);
    if (implying.size >= REACHED_LIMIT) implying.clear();
    implying.set(t, may);
  }
  return may;
}
/** Word forms and the keyword terms they reach ("owning" → own, stake; "azure" → cloud): the vocabulary's `wordForms`. */
const implied = compiledFor((v) => new Map<string, string[]>(Object.entries(v.wordForms)));
