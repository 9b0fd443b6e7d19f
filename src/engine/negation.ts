/**
 * Negation: where a sentence denies what it says ("has not yet been finalised", "did not invest",
 * "is not OpenAI's largest investor") or reverses it ("sold its stake", "gave up its holding").
 *
 * Each negator comes with its scope (the words after it, to the end of its clause): a fact is
 * denied only when the scope holds words of that fact, so "a cap that was not disclosed" denies
 * nothing about the cap. A negator in a later clause ("…, but it did not…") is not clear enough to
 * contradict a source; it only keeps the sentence from being corroborated. Contrasts ("until 2030,
 * not 2032", "Microsoft, not OpenAI,") are not negations: figures and parties are compared elsewhere.
 */
import { alternatives, compiledFor, cuePattern } from '../facts/vocabulary';
import { quickGlobal } from './quick-pattern';
import { banOfAlternativesSpan } from './values';
import { oneWordNames } from './parties';

export interface Negator {
  /** Where the negating words are, in the text read. */
  start: number;
  end: number;
  kind: 'not' | 'reversal';
  /** The words the negator governs: from it to the end of its clause. */
  scope: string;
  /** In the sentence's first clause: it denies the sentence's own claim. */
  clear: boolean;
  /** It denies that something is done yet ("has not yet been finalised", "has yet to"). */
  yet: boolean;
}

export interface NegationReading {
  negators: Negator[];
  /** The sentence says it is not known ("It is not clear whether…", "denied reports that…"). */
  uncertain: boolean;
}

/** The negation's cue lists (the vocabulary's `cues`), compiled once per vocabulary; the grammar stays here. */
const cues = compiledFor(({ cues: c, parties }) => ({
  /** The pattern to find the denials of a text with (quickGlobal: without `u` where that reads the same). */
  NOT: quickGlobal(cuePattern(c.denials.words, 'giu')),
  /** "not Microsoft but OpenAI": "not" before a party's one-word name or pattern (the parties' records) sets it aside, it denies nothing. */
  NOT_A_PARTY: new RegExp(
    `^not\\s+${alternatives([...parties.flatMap((p) => p.patterns), ...parties.flatMap(oneWordNames)])}\\b(?!['\u2019]s)`,
    'iu',
  ),
  /** "not only", "not least": no denial (at the negating word). */
  NOT_A_DENIAL: new RegExp(`^${alternatives(c.notDenials.words)}\\b`, 'iu'),
  /** Giving up what the sources say a party keeps (a stake, a licence, a seat): the verb, up to four words, then the holding. */
  REVERSAL: quickGlobal(
    new RegExp(
      `\\b${alternatives(c.reversals.verbs)}\\b(?=(?:\\s+[\\w'\\u2019%-]+){0,4}?\\s+${alternatives(c.reversals.holdings)}\\b)`,
      'giu',
    ),
  ),
  /** A cheap first look for a reversal's verb. */
  REVERSAL_WORD: new RegExp(`\\b${alternatives(c.reversals.firstLook)}`, 'iu'),
  /** The sentence says it is not known, and a cheap first look for it. */
  UNCERTAIN: cuePattern(c.uncertainty.words),
  UNCERTAIN_WORD: new RegExp(`\\b${alternatives(c.uncertainty.firstLook)}`, 'iu'),
  /** "sell part of its stake": what follows a reversal's verb when only a part of the holding is given up. */
  PARTIAL: new RegExp(`^\\s+(?:a |some |only )?${alternatives(c.reversals.partial)}\\b`, 'iu'),
  /** Where a clause ends: the scope of a negator stops there. */
  CLAUSE_END: new RegExp(
    `[,;:.!?()\\u2014\\u2013]|\\s${alternatives([...c.clauseEnds.conjunctions, ...c.clauseEnds.joining, ...c.clauseEnds.relatives, ...c.clauseEnds.questions])}\\s`,
    'iu',
  ),
  /** A noun phrase ends at a preposition or a clause. */
  NOUN_END: new RegExp(
    `[,;:.!?()\\u2014\\u2013]|\\s${alternatives([...c.clauseEnds.conjunctions, ...c.clauseEnds.joining, ...c.clauseEnds.relatives, ...c.clauseEnds.prepositions])}\\s`,
    'iu',
  ),
  /** Where the first clause ends (an opening phrase such as "Under the new terms," does not end it). */
  FIRST_CLAUSE_END: new RegExp(
    `[;:\\u2014]|,\\s*${alternatives([...c.clauseEnds.conjunctions, ...c.clauseEnds.joining, ...c.clauseEnds.afterComma])}\\b|,\\s*${alternatives(c.clauseEnds.appositives)}\\s+(?:[\\w'\\u2019-]+\\s+){1,3}?${alternatives(c.clauseEnds.relatives)}\\b|\\s${alternatives(c.clauseEnds.conjunctions)}\\s`,
    'iu',
  ),
}));

/** A negator governs the next few words only. */
const SCOPE_WORDS = 8;
/** The most negators read in one sentence: real sentences have a handful; the work stays linear. */
export const MAX_NEGATORS = 32;
/** Longer than any match of CLAUSE_END or NOUN_END: a scope's end is looked for this far past its words. */
const END_MARGIN = 16;

/** Where the first `n` white-space separated words of `text` end (its length if it has fewer). */
function endOfWords(text: string, n: number): number {
  const word = /\S+/gu;
  let end = 0;
  let k = 0;
  for (let m = word.exec(text); m && k < n; m = word.exec(text), k++) end = m.index + m[0].length;
  return k < n ? text.length : end;
}

export function readNegation(text: string): NegationReading {
  const negators: Negator[] = [];
  let firstEnd = -1;
  const add = (start: number, end: number, kind: Negator['kind']) => {
    const rest = text.slice(end);
    // The scope's words and the clause end are looked for among the next few words only, so that a
    // long sentence is read once, not once per negator.
    const words = endOfWords(rest, SCOPE_WORDS);
    // "no" governs its noun ("no ceiling on what OpenAI pays…" denies a ceiling, not the payments).
    const { NOUN_END, CLAUSE_END } = cues();
    const stop = (/^no$/iu.test(text.slice(start, end)) ? NOUN_END : CLAUSE_END).exec(rest.slice(0, words + END_MARGIN));
    const scope = rest
      .slice(0, stop && stop.index <= words ? stop.index : words)
      .trim()
      .split(/\s+/u)
      .slice(0, SCOPE_WORDS)
      .join(' ');
    const yet =
      /\byet\b/iu.test(text.slice(start, end)) || /^yet\b|\byet$/iu.test(scope) || /^\s+yet\b/iu.test(rest.slice(scope.length + 1));
    if (firstEnd < 0) firstEnd = firstClauseEnd(text);
    negators.push({ start, end, kind, scope, clear: start < firstEnd, yet });
  };
  const { NOT_A_DENIAL, NOT_A_PARTY } = cues();
  const NOT = cues().NOT(text);
  // "may not sell through clouds other than Azure": the negating word is the ban's, read as exclusivity (values.ts).
  const ban = banOfAlternativesSpan(text);
  NOT.lastIndex = 0;
  for (let m = NOT.exec(text); m && negators.length < MAX_NEGATORS; m = NOT.exec(text)) {
    const at = m.index;
    if (NOT_A_DENIAL.test(text.slice(at))) continue;
    if (ban && at >= ban.start && at < ban.end) continue;
    const before = text.slice(Math.max(0, at - 12), at);
    // "if not", "whether or not", and a contrast after a comma ("2030, not 2032"; "Microsoft, not OpenAI,").
    if (/\b(?:if|or)\s+$/iu.test(before) || /,\s*$/u.test(before)) continue;
    // "the principle of not putting all its eggs in one basket": a gerund's negation, not the claim's.
    if (/\b(?:of|by|for|from|about|on|at|in|without)\s+$/iu.test(before)) continue;
    // "not Microsoft but OpenAI": a contrast of parties, not a denial.
    if (NOT_A_PARTY.test(text.slice(at))) continue;
    add(at, at + m[0].length, 'not');
  }
  const { REVERSAL_WORD } = cues();
  const REVERSAL = cues().REVERSAL(text);
  REVERSAL.lastIndex = 0;
  if (REVERSAL_WORD.test(text))
    for (let m = REVERSAL.exec(text); m && negators.length < MAX_NEGATORS; m = REVERSAL.exec(text)) {
      add(m.index, m.index + m[0].length, 'reversal');
      // "sell part of its stake" gives up some of it, the rest still held: no source speaks to that.
      if (cues().PARTIAL.test(text.slice(m.index + m[0].length))) negators[negators.length - 1]!.clear = false;
      // "has no plans to sell its stake", "did not sell its stake": the denial of a reversal governs
      // what the reversal governs, so the two cancel out.
      const reversal = negators[negators.length - 1]!;
      const denial = negators.find(
        (n) => n.kind === 'not' && n.end <= m!.index && m!.index - n.end <= 30 && !/[,;:.]/u.test(text.slice(n.end, m!.index)),
      );
      if (denial) denial.scope = text.slice(denial.end, m.index) + text.slice(m.index, reversal.end) + ' ' + reversal.scope;
    }
  return { negators, uncertain: cues().UNCERTAIN_WORD.test(text) && cues().UNCERTAIN.test(text) };
}

function firstClauseEnd(text: string): number {
  // An opening phrase ended by a comma ("Under the new terms, …", "In 2019, …") belongs to the first clause.
  const m = cues().FIRST_CLAUSE_END.exec(text);
  return m ? m.index : text.length;
}

/** The text with one negator taken out ("does not keep" → "does keep", "won't" → "will"). */
export function withoutNegator(text: string, n: Negator): string {
  const word = text
    .slice(n.start, n.end)
    .toLowerCase()
    .replace(/\u2019/gu, "'");
  const replacement =
    word === "won't" ? 'will' : word === "can't" || word === 'cannot' ? 'can' : word.endsWith("n't") ? text.slice(n.start, n.end - 3) : '';
  return text.slice(0, n.start) + replacement + text.slice(n.end);
}
