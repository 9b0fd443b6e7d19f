/**
 * A party's own things: whose licence, whose spokesperson, whose chief revenue officer, whose for-profit arm.
 *
 * A sentence gives a thing to a party by its name, possessive ("OpenAI's licence", "Microsoft's chief revenue
 * officer") or after a determiner ("a Microsoft spokesperson"): read as the party and the thing's first word. The
 * facts that confirm a sentence say whose each such thing is in their own words (statement, paraphrases, quotes).
 * Where they give a thing only to one of the two partners and the sentence gives it only to the other ("OpenAI's
 * licence to Microsoft's IP" against "Microsoft's licence to OpenAI's models"), the sentence has the roles the wrong
 * way round: disputed. A thing both partners have (their partnership, deal: the vocabulary's `belongings.joint`)
 * and a thing the facts give no one are no difference.
 */
import type { Fact } from '../facts/schema';
import { alternatives, compiledFor, vocabularyInForce, type Vocabulary } from '../facts/vocabulary';
import { findParties, type Party } from './parties';
import { remembered } from './remembered';

const cues = compiledFor(({ cues: { belongings: b } }) => ({
  /** Right after a party's name: a possessive, then the thing's first word. */
  POSSESSIVE: /^['’]s\s+([\p{L}][\p{L}-]*)/u,
  /** Right after a party's name without a possessive: the thing's first word (read only after a determiner). */
  ATTRIBUTIVE: /^\s+([\p{Ll}][\p{L}-]*)/u,
  /** A determiner right before a party's name ("a Microsoft spokesperson"). */
  DETERMINER: new RegExp(`\\b${alternatives(b.determiners)}\\s+$`, 'iu'),
  JOINT: new RegExp(`^${alternatives(b.joint)}$`, 'iu'),
  /** The rest of a thing's words: up to two more, to the first of `ends` ("licence to…", "spokesperson said"). */
  THING_REST: new RegExp(`^(?:\\s+(?!${alternatives(b.ends)}\\b)[\\p{L}][\\p{L}-]*){0,2}`, 'iu'),
  /** A thing's word written more than one way ("licence|license"): any of them, at the word's start, is the first. */
  SPELLINGS: b.spellings.map((p) => [new RegExp(`^(?:${p})`, 'u'), p.split('|')[0]!] as const),
}));

/** The partners whose things are compared (a third company's things are its own matter). */
const PARTNERS: ReadonlySet<Party> = new Set(['microsoft', 'openai']);

export interface Belonging {
  party: Party;
  /** The thing's first two words (or one), lower-case, one spelling ("licence"), without a plural s. */
  thing: string;
  /** The words as the text gives them ("OpenAI's license"). */
  words: string;
}

/** One spelling of a thing's word: lower-case, the first of its vocabulary `spellings` ("licence"), no plural s. */
function thingWord(w: string): string {
  let lower = w.toLowerCase();
  for (const [re, one] of cues().SPELLINGS) lower = lower.replace(re, one);
  return lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}

/** The things a text gives the two partners, in order (read once per text). */
export const belongingsOf = remembered((text: string): Belonging[] => {
  const { POSSESSIVE, ATTRIBUTIVE, DETERMINER, JOINT, THING_REST } = cues();
  const out: Belonging[] = [];
  for (const m of findParties(text)) {
    if (!PARTNERS.has(m.party)) continue;
    const after = text.slice(m.end);
    const own = POSSESSIVE.exec(after) ?? (DETERMINER.test(text.slice(Math.max(0, m.start - 8), m.start)) ? ATTRIBUTIVE.exec(after) : null);
    if (!own || JOINT.test(own[1]!)) continue;
    // The thing's words as a reason names them: up to three, to the first word that ends them.
    const rest = THING_REST.exec(after.slice(own[0].length))![0];
    // The thing is its first two words where it has two ("IP licence" is no "IP", "primary cloud partner" is "primary cloud").
    const second = /^\s+([\p{L}][\p{L}-]*)/u.exec(rest)?.[1];
    out.push({
      party: m.party,
      thing: second ? `${thingWord(own[1]!)} ${thingWord(second)}` : thingWord(own[1]!),
      words: text.slice(m.start, m.end + own[0].length + rest.length).trim(),
    });
  }
  return out;
}, 64);

/** Whose each thing is in a fact's own words (its statement, paraphrases and quotes): thing → its owners; per vocabulary. */
const ownersUnder = new WeakMap<Vocabulary, WeakMap<Fact, Map<string, Set<Party>>>>();
function owners(fact: Fact): Map<string, Set<Party>> {
  const v = vocabularyInForce();
  let ownersIn = ownersUnder.get(v);
  if (!ownersIn) ownersUnder.set(v, (ownersIn = new WeakMap()));
  let map = ownersIn.get(fact);
  if (map) return map;
  map = new Map();
  for (const text of [fact.statement, ...fact.paraphrases, ...fact.evidence.map((e) => e.quote)])
    for (const b of belongingsOf(text)) {
      const set = map.get(b.thing) ?? new Set<Party>();
      set.add(b.party);
      map.set(b.thing, set);
    }
  ownersIn.set(fact, map);
  return map;
}

export interface WrongOwner {
  /** The sentence's words ("OpenAI's licence"). */
  claimed: string;
  /** The owner the facts give it ("Microsoft's licence"). */
  says: string;
  /** The fact that gives it so. */
  fact: Fact;
}

/**
 * A thing the sentence gives one partner that the facts confirming it give only to the other, or null. `names`: how a
 * reason names each party ("Microsoft").
 */
export function wrongOwner(text: string, facts: readonly Fact[], names: Record<Party, string>): WrongOwner | null {
  const mine = belongingsOf(text);
  if (!mine.length) return null;
  for (const b of mine) {
    // The sentence gives the thing to the other partner too: no role turned round.
    if (mine.some((x) => x.thing === b.thing && x.party !== b.party)) continue;
    const theirs = facts.map((f) => ({ f, who: owners(f).get(b.thing) }));
    if (theirs.some((t) => t.who?.has(b.party))) continue;
    const other = theirs.find((t) => t.who && [...t.who].some((p) => p !== b.party && PARTNERS.has(p)));
    if (!other) continue;
    const owner = [...other.who!].find((p) => p !== b.party && PARTNERS.has(p))!;
    const thing = b.words.slice(b.words.search(/['’]s\s|\s/u)).replace(/^['’]s/u, '');
    return { claimed: b.words, says: `${names[owner]}’s${thing}`, fact: other.f };
  }
  return null;
}
