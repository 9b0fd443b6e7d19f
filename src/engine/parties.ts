/**
 * The parties of the partnership as a sentence names them: Microsoft (Redmond, Nadella, Azure…),
 * OpenAI (ChatGPT, Altman, GPT…) and Amazon (AWS, Trainium…), plus other companies whose deals
 * with OpenAI are not the partnership (Nvidia, Oracle, Anthropic…). The names are data: the
 * vocabulary's `parties` and `otherCompanies` (src/facts/vocabulary.json).
 */
import { alternatives, compiledFor, escapeRegExp, wordsPattern } from '../facts/vocabulary';
import { quickGlobal, quickPattern } from './quick-pattern';
import { remembered } from './remembered';

export type Party = 'microsoft' | 'openai' | 'amazon';

/** Each party's name (the vocabulary's: "Microsoft"), for text written in its place and for reasons. */
export const partyNames = compiledFor((v) => Object.fromEntries(v.parties.map((p) => [p.id, p.name])) as Record<Party, string>);

/** A party's one-word names (of letters and digits: "Microsoft", "MSFT"), as patterns: read beside its `patterns`
 * where a party's name stands as one word (a clause's new subject, "not Microsoft", a fact's term). */
export function oneWordNames(party: { names: readonly string[] }): string[] {
  return party.names.filter((n) => /^[\p{L}\p{N}]+$/u.test(n)).map(escapeRegExp);
}

export interface PartyMention {
  party: Party;
  start: number;
  end: number;
}

/** Each party's names, from the vocabulary (src/facts/vocabulary.json), as one pattern per party. */
const names = compiledFor((v) => ({
  PATTERNS: v.parties.map((p) => [p.id, quickGlobal(wordsPattern(p.names, p.patterns))] as [Party, (text: string) => RegExp]),
  /** Companies whose own dealings with OpenAI or Microsoft are not the partnership. */
  OTHERS: quickPattern(wordsPattern(v.otherCompanies, [], 'iu')),
  /** Every party's names as one pattern: is any party named anywhere in the text? */
  ANY_PARTY: quickPattern(
    wordsPattern(
      v.parties.flatMap((p) => p.names),
      v.parties.flatMap((p) => p.patterns),
      'iu',
    ),
  ),
  ONE_SUBJECT: subjectPattern(v.referringSubjects.one),
  BOTH_SUBJECT: subjectPattern(v.referringSubjects.both),
}));

/** Companies whose own dealings with OpenAI or Microsoft are not the partnership. */

/** The parties a text names, where, in order (read once per text; each caller gets its own list). */
export function findParties(text: string): PartyMention[] {
  return partiesIn(text).slice();
}

const partiesIn = remembered(findPartiesOf);

function findPartiesOf(text: string): PartyMention[] {
  const out: PartyMention[] = [];
  // A text that names no party at all (one pattern of every name, run without the `u` flag where that
  // reads the same) is not read party by party: the union matches wherever one party's pattern does.
  if (!namesAnyParty(text)) return out;
  for (const [party, patternFor] of names().PATTERNS) {
    const re = patternFor(text);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "GPT" must be the model family, not part of another acronym.
      out.push({ party, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The text asked last and its answer: a sentence is asked by the page's gates, then by `detect`. */
let askedText: string | null = null;
let askedAnswer = false;
let askedOf: unknown = null;

export function namesAnyParty(text: string): boolean {
  const compiled = names();
  if (text !== askedText || compiled !== askedOf) {
    askedAnswer = compiled.ANY_PARTY.test(text);
    askedText = text;
    askedOf = compiled;
  }
  return askedAnswer;
}

export function partySet(mentions: PartyMention[]): Set<Party> {
  return new Set(mentions.map((m) => m.party));
}

/** The first other company a text names (clouds such as Google Cloud blanked out), read once per text. */
const otherIn = remembered((text: string): { blanked: string; mention: { start: number; end: number; name: string } | null } => {
  const blanked = withoutClouds(text);
  const m = names().OTHERS.exec(blanked);
  return { blanked, mention: m ? { start: m.index, end: m.index + m[0].length, name: text.slice(m.index, m.index + m[0].length) } : null };
});

export const namesOtherCompany = (text: string): boolean => otherIn(text).mention !== null;

/** The sentence's subject is another company: it names one before any party ("Anthropic, the OpenAI rival…"). */
export function otherCompanyLeads(text: string): boolean {
  const { blanked, mention } = otherIn(text);
  if (!mention) return false;
  const first = findParties(blanked)[0];
  return !first || mention.start < first.start;
}

// "rival platforms like AWS and Google Cloud" names a cloud, not a deal partner.
const withoutClouds = (text: string) => text.replace(/\bgoogle cloud\b/giu, '            ');

/** Normalises a free-text party name ("OpenAI", "Microsoft Corp.") to a party, if it is one. */
export function partyOf(name: string | undefined): Party | null {
  if (!name) return null;
  const m = findParties(name)[0];
  return m ? m.party : null;
}

/** A referring subject as the vocabulary's `referringSubjects` spell it, compiled once: openers, then the subject. */
function subjectPattern({ openers, subjects }: { openers: string[]; subjects: string[] }): RegExp {
  return new RegExp(`^\\s*(?:${alternatives(openers)}(?:\\s*,)?\\s*)?(${alternatives(subjects)})\\b`, 'iu');
}

/**
 * A subject that refers back to a party named earlier: "It", "The company", "The firm", "The
 * ChatGPT maker" (named above already), "The two companies", "Both sides". Returns how it refers:
 * to one company, to both parties, or null when the sentence does not open with such a subject.
 */
export function referringSubject(text: string): { kind: 'one' | 'both'; end: number } | null {
  const { BOTH_SUBJECT, ONE_SUBJECT } = names();
  const b = BOTH_SUBJECT.exec(text);
  if (b) return { kind: 'both', end: b[0].length };
  const o = ONE_SUBJECT.exec(text);
  if (o) return { kind: 'one', end: o[0].length };
  return null;
}

/** The first other company the text names, where it is. */
export function otherCompanyMention(text: string): { start: number; end: number; name: string } | null {
  const m = otherIn(text).mention;
  return m ? { ...m } : null;
}
