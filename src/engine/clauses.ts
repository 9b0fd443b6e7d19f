/**
 * The clauses of a sentence that carries several claims: "Microsoft stops paying a revenue share,
 * whereas OpenAI continues to pay until 2030" is two claims, each with its own parties, direction,
 * figures, polarity and time. Cuts are made where a new clause starts: a semicolon or a dash; a
 * contrasting conjunction (while, whereas, although, though, but); a relative clause with a verb of its
 * own (", which will pay it 20%…"); "and" or "with" before a new subject ("…, and OpenAI's payments…", "…, with Microsoft no longer paying…"). Linear in the sentence.
 */
import { alternatives, compiledFor } from '../facts/vocabulary';
import { oneWordNames } from './parties';
import { remembered } from './remembered';

/**
 * Where a new clause starts (the vocabulary's `cues.clauseCuts`, with the parties' one-word names and patterns
 * from its `parties`), compiled once per vocabulary; the grammar stays here.
 */
const cuts = compiledFor(({ parties, cues: { clauseCuts: c } }) => {
  const names = [...parties.flatMap((p) => p.patterns), ...parties.flatMap(oneWordNames)];
  const SUBJECT = String.raw`${alternatives([...names, ...c.subjects])}\b`;
  const COMPANY = alternatives([...names, ...c.companies]);
  const PARTY = String.raw`${COMPANY}(?:['\u2019]s)?`;
  // ", and" before a fronted phrase closed by a comma (a preposition's, or a word in -ing's), or before a
  // subject of one to four words and its finite verb: the words a subject never holds keep a bare verb
  // phrase ("…, and keeps what is left") whole.
  const FRONTED = String.raw`(?:${alternatives(c.fronted)}\s|[a-z]{3,}ing\s)[^,;()]{1,80},\s`;
  const WORD = String.raw`(?!${alternatives([...c.notInSubject, ...c.finite])}\s)[\p{L}\p{N}$'\u2019.%-]+\s+`;
  // An adverb between a subject and its verb ("Microsoft reportedly weighed", "Microsoft now keeps").
  const ADVERB = String.raw`(?:(?:\w+ly|${alternatives(c.adverbs)})\s+)?`;
  const NEW_SUBJECT = String.raw`${WORD}(?:${WORD}){0,3}${alternatives(c.finite)}\b`;
  // ", and" before a short fronted phrase left without its comma, then a company and its finite verb ("…, and in the
  // short term OpenAI will go on leaning on Azure").
  // A colon after a clause of three words or more, before a new clause (a subject and its finite or past verb: "…has
  // enjoyed a spectacular mark-up: the latest round priced the company at $850 billion").
  // A dash before a phrase opened by a preposition with no verb of its own up to the next dash or the end ("…flows one
  // way only — from the ChatGPT developer to Microsoft, at the same rate as before, until 2030") adds to the clause
  // before it: no cut.
  const VERBLESS = String.raw`${alternatives(c.fronted)}\s(?:(?!\b(?:${alternatives([...c.finite, ...c.verbs])}|\w+ed)\b)[^\u2014\u2013;])*(?:[\u2014\u2013;]|$)`;
  const BARE_FRONTED = String.raw`${alternatives(c.fronted)}\s(?:[\p{L}\p{N}'\u2019-]+\s+){1,4}?${PARTY}\s+${ADVERB}(?:${alternatives(c.finite)}|${alternatives(c.verbs)})\b`;
  // Every cut starts at white space, a comma, a semicolon or an em dash: the first lookahead fails at once
  // elsewhere; the "and" before a new subject is asked before looking behind for a company's name.
  return new RegExp(
    String.raw`(?=[\s,;:\u2014])(?:\s*;\s*(?:and\s+)?|\s+[\u2014\u2013]\s+(?!\s*${VERBLESS})(?:and\s+)?|\s*\u2014\s*(?!\s*${VERBLESS})(?:and\s+)?|,?\s+${alternatives(c.contrasts)}\s+|,\s+but\s+(?!also\b)|,\s+${alternatives(c.afterComma)}\s*,?\s+|,\s+(?:and|with)\s+(?=${SUBJECT})|,\s+(?:and\s+)?${alternatives(c.linking)}\s*,?\s+|,\s+and\s+(?=${FRONTED}|${NEW_SUBJECT}|${BARE_FRONTED})|(?<=\S+\s+\S+\s+\S+):\s+(?=${NEW_SUBJECT}|${WORD}(?:${WORD}){0,3}\w+ed\b|${PARTY}\s+${ADVERB}(?:\w+ed|${alternatives(c.verbs)})\b)|,\s+${alternatives(c.joining)}\s+(?=${PARTY}\s+${ADVERB}(?:\w+ed|${alternatives(c.verbs)})\b|${NEW_SUBJECT}|${FRONTED})|\s+and\s+(?=${alternatives(c.fronted)}\s[^,;()]{1,80},\s(?:${SUBJECT}|${COMPANY}|the\s|an?\s))|\s+but\s+(?=${SUBJECT})|,?\s+and\s+(?=${alternatives(c.then)}\s)|,\s+(?=which\s+(?:in turn\s+)?${alternatives(c.relative)}\b)|(?=\s+and\s)(?<!\b${COMPANY})\s+and\s+(?=${PARTY}(?:\s*\([^)]{0,30}\))?\s+${ADVERB}(?:\w+ed|${alternatives(c.verbs)})\b))`,
    'giu',
  );
});

/**
 * A cut's last words that open another event's time (the vocabulary's `eventDates.otherEvents` and `order`: "when",
 * "after"…) stay at the head of the clause they open: "…in January 2023, when ChatGPT had become a sensation in late
 * 2022" keeps "when ChatGPT…", so the clause's date is read as another event's (other-event-dates.ts), never as the
 * claim's.
 */
const opener = compiledFor(({ cues: { eventDates: e } }) => new RegExp(`\\b${alternatives([...e.otherEvents, ...e.order])}\\s*$`, 'iu'));

/** A clause worth judging on its own: a few words at least. */
const MIN_WORDS = 3;

/**
 * The sentence's clauses, in order (the sentence itself when it has one). Read once per text (a sentence's
 * clauses are asked for by the clause judging and the detail checks): a list shared by the callers, read, never changed.
 */
export const splitClauses: (sentence: string) => readonly string[] = remembered(clausesOf, 64);

function clausesOf(sentence: string): string[] {
  const out: string[] = [];
  let from = 0;
  const CUT = cuts();
  CUT.lastIndex = 0;
  for (let m = CUT.exec(sentence); m; m = CUT.exec(sentence)) {
    if (m[0].length === 0) {
      CUT.lastIndex++;
      continue;
    }
    out.push(sentence.slice(from, m.index));
    from = m.index + m[0].length - (opener().exec(m[0])?.[0].length ?? 0);
  }
  out.push(sentence.slice(from));
  // A piece too short to be a claim stays with the piece after it ("Microsoft" | "OpenAI agreed…").
  const clauses: string[] = [];
  let carry = '';
  for (const piece of out) {
    const c = (carry ? `${carry} ${piece}` : piece).trim();
    if (!holdsWords(c, MIN_WORDS)) carry = c;
    else {
      clauses.push(c);
      carry = '';
    }
  }
  if (carry && clauses.length) clauses[clauses.length - 1] += ` ${carry}`;
  return clauses.length ? clauses : [sentence];
}

const SPACE = /\s/u;
const LETTER = /\p{L}/u;

/**
 * Does the text hold at least `enough` words with a letter (pieces between white space)? Read up to the
 * `enough`th such word only; ASCII by its code, other characters by their patterns.
 */
function holdsWords(text: string, enough: number): boolean {
  let found = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    let space: boolean;
    let letter: boolean;
    if (c < 128) {
      space = c === 32 || (c >= 9 && c <= 13);
      letter = (c | 32) >= 97 && (c | 32) <= 122;
      i++;
    } else {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      space = SPACE.test(ch);
      letter = LETTER.test(ch);
      i += ch.length;
    }
    if (space) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (letter && !counted) {
      counted = true;
      if (++found >= enough) return true;
    }
  }
  return false;
}
