/**
 * A clause that leaves its topic to the sentence: in "Microsoft will no longer pay OpenAI a share of
 * revenue, while OpenAI keeps paying until 2030" the second clause names what is paid, and to whom,
 * only in the first. Such a clause borrows the sentence's topic: the words of the other clauses that
 * are the facts' keyword terms (what is paid, owned, licensed…; never a figure, a party's name or a
 * polarity cue, which stay the clause's own), and the party the sentence names that the clause leaves
 * out, read as its object ("OpenAI keeps paying … Microsoft").
 */
import type { Fact } from '../facts/schema';
import type { Detection } from './detect';
import { tokens } from './match';
import { namesAnyParty, partyNames } from './parties';
import { readPolarity, readSentence } from './values';
import { axesInForce, compiledFor, vocabularyInForce, type Vocabulary } from '../facts/vocabulary';

/** Every polarity cue, either side of every axis (the vocabulary's `axes`), to blank out. */
const cuesInForce = compiledFor(() => [...axesInForce().values()].flatMap((a) => [a.negAll, new RegExp(a.pos.source, 'gu')]));

/** Texts whose topic words are remembered, at most (then forgotten at once). */
const KNOWN_LIMIT = 2_000;

/** The facts' one-word keyword terms: whole words (under 4 letters) and stems. */
export class TopicWords {
  private readonly whole = new Set<string>();
  /** The stems (4 letters or more): a word is a topic when one of its prefixes is one, whatever their number. */
  private readonly stems = new Set<string>();
  private readonly longestStem: number;
  /** Each text's topic words, remembered (a clause is read as its own and as the others' of each other clause). */
  private readonly known = new Map<string, string[]>();
  /** Each word's answer (a keyword term, not a party's name nor a polarity cue), remembered: a page's words repeat. */
  private readonly topicWord = new Map<string, boolean>();
  /** The vocabulary they were read with (its cues and names decide them): under another, they are read again. */
  private readWith: Vocabulary | null = null;

  constructor(facts: readonly Fact[]) {
    let longest = 0;
    for (const f of facts)
      for (const term of f.keywords.flat()) {
        const words = tokens(term);
        if (words.length !== 1 || /\d/u.test(words[0]!)) continue;
        if (words[0]!.length < 4) this.whole.add(words[0]!);
        else {
          this.stems.add(words[0]!);
          longest = Math.max(longest, words[0]!.length);
        }
      }
    this.longestStem = longest;
  }

  /** Is the word a keyword term: a whole short term, or begun by a stem? */
  private isTerm(w: string): boolean {
    if (this.whole.has(w)) return true;
    for (let n = 4, top = Math.min(w.length, this.longestStem); n <= top; n++) if (this.stems.has(w.slice(0, n))) return true;
    return false;
  }

  /** The words of a text that are a topic: a keyword term, not a figure, a party's name or a polarity cue. */
  of(text: string): string[] {
    const v = vocabularyInForce();
    if (v !== this.readWith) {
      this.known.clear();
      this.topicWord.clear();
      this.readWith = v;
    }
    let out = this.known.get(text);
    if (!out) {
      if (this.known.size >= KNOWN_LIMIT) this.known.clear();
      this.known.set(text, (out = this.read(text)));
    }
    return out;
  }

  private isTopicWord(w: string): boolean {
    let is = this.topicWord.get(w);
    if (is === undefined) {
      is = this.isTerm(w) && !namesAnyParty(w) && Object.keys(readPolarity(w)).length === 0;
      if (this.topicWord.size >= KNOWN_LIMIT) this.topicWord.clear();
      this.topicWord.set(w, is);
    }
    return is;
  }

  private read(text: string): string[] {
    const out: string[] = [];
    // A polarity cue stays its clause's own, every word of it ("non-exclusive", "no longer").
    let bare = text.toLowerCase();
    for (const cue of cuesInForce()) bare = bare.replace(cue, ' ');
    for (const w of tokens(bare)) {
      if (w.length < 3 || /\d/u.test(w) || out.includes(w)) continue;
      if (this.isTopicWord(w)) out.push(w);
    }
    return out;
  }
}

/**
 * The clause read with its sentence's topic, or null when it has nothing to borrow. `clause` is the
 * clause's detection, `sentence` the whole sentence's; `others` the sentence's other clauses.
 */
export function withSentenceTopic(clause: Detection, sentence: Detection, others: readonly string[], topics: TopicWords): Detection | null {
  const own = new Set(topics.of(clause.named));
  const borrowed = others.flatMap((o) => topics.of(o)).filter((w) => !own.has(w));
  const missing = [...sentence.parties].filter((p) => !clause.parties.has(p) && p !== 'amazon');
  if (borrowed.length === 0 || (clause.parties.size > 0 && missing.length > 1)) return null;
  const parties = new Set([...clause.parties, ...sentence.parties]);
  // The party left out is the clause's object: "OpenAI keeps paying until 2030" pays Microsoft.
  const object = clause.parties.size > 0 && missing.length === 1 ? partyNames()[missing[0]!] : undefined;
  return {
    ...clause,
    parties,
    pair: sentence.pair,
    carried: [...new Set([...clause.carried, ...missing])],
    topic: `${clause.topic} ${[...new Set(borrowed)].join(' ')}`.trim(),
    resolved: object ? `${clause.resolved} ${object}` : clause.resolved,
    // Read through borrowed words, a clause is contradicted only on a figure of its own ("until 2040");
    // without one it may be confirmed, never contradicted.
    implicit: clause.implicit || readSentence(clause.resolved).values.length === 0,
  };
}
