/**
 * Is a sentence a claim about the partnership?
 *
 * The entity gate: the sentence names Microsoft's side (Microsoft, Redmond, Nadella, Azure…) or
 * OpenAI's (OpenAI, ChatGPT, Altman, GPT…), or Amazon's together with OpenAI; or it opens with a
 * subject that refers back to a party named just before ("It", "The company", "Both companies").
 * A sentence naming both sides (or Amazon and OpenAI) and using partnership vocabulary is a claim
 * even when no fact speaks to it; one naming a single side is a claim only when a fact matches it
 * (decided by the engine). Deals of OpenAI with other companies are not the partnership.
 */
import { alternatives, compiledFor, cuePattern } from '../facts/vocabulary';
import { quickPattern } from './quick-pattern';
import {
  findParties,
  namesAnyParty,
  namesOtherCompany,
  otherCompanyLeads,
  otherCompanyMention,
  partySet,
  partyNames,
  referringSubject,
  type Party,
  type PartyMention,
} from './parties';

export interface PartyContext {
  /** The party most recently named as a subject (first named in its sentence). */
  lead: Party | null;
  /** All parties named in the most recent sentence that named any. */
  named: Set<Party>;
  /** The thing the most recent naming sentence was about ("Microsoft's licence to…"), which "It" may mean. */
  thing?: string;
}

export const emptyContext = (): PartyContext => ({ lead: null, named: new Set() });

/** The detector's cue lists (the vocabulary's `cues`), compiled once per vocabulary; the grammar stays here. */
const cues = compiledFor(({ cues: c }) => ({
  /** Partnership vocabulary in the broad sense. */
  VOCABULARY: quickPattern(cuePattern(c.partnershipVocabulary.words)),
  /** Words that make a one-party sentence speak of the partnership itself (not just of one company). */
  PARTNERSHIP_Q: quickPattern(cuePattern(c.partnershipWords.words)),
  /** Words that set a sentence beside the news just told ("Amazon also…", "…as well"). */
  ALONGSIDE: cuePattern(c.alongside.words),
  /** Words for the two partners together. */
  BOTH: cuePattern(c.bothParties.words),
  /** A subject that is the partnership itself: an opener, "the", a word of change, the deal's noun. */
  OWN_DEAL: new RegExp(
    `^\\W*(?:${alternatives(c.ownDeal.openers)}\\W+)?the ${alternatives(c.ownDeal.changed)} ${alternatives(c.ownDeal.nouns)}\\b`,
    'iu',
  ),
  THING: new RegExp(`^\\s*(?:[\\w.-]+['\\u2019]s|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(${alternatives(c.things.words)})\\b`, 'iu'),
}));

export interface Detection {
  /** The parties the sentence speaks of, after resolving a referring subject. */
  parties: Set<Party>;
  /** Both sides (Microsoft and OpenAI, or Amazon and OpenAI) are in play. */
  pair: boolean;
  /** Partnership vocabulary is present. */
  vocabulary: boolean;
  /** Vocabulary of the partnership itself (deal, revenue share, licence, stake…), a stricter test. */
  partnership: boolean;
  /** OpenAI is named with another company and neither Microsoft nor Amazon is, or another company leads. */
  otherDeal: boolean;
  /** Another company is named: a fact reached through one party only does not speak to it. */
  otherCompany: boolean;
  /** The thing a leading "It" stands for, from the sentence before ("licence"), or ''. */
  topic: string;
  /** The sentence's text with descriptions of parties ("the lab") replaced by their names, for matching. */
  named: string;
  /** The parties `named` names, where (read once per sentence; `nextContext` reuses them). */
  mentions: PartyMention[];
  /** The sentence's text with a referring subject replaced by the party's name, for reading values. */
  resolved: string;
  /** Names of carried parties, to add to the matched text. */
  carried: Party[];
  /** The parties come only from the topic of the sentences before (no name, no clear referring
   * subject): a claim only if a fact speaks to it, never reported as unverified. */
  implicit: boolean;
}

/**
 * Can `detect` find a party in the sentence? Not when it names none, none is in context and it does
 * not open with the partnership as its subject ("The reworked partnership…"): such a sentence (most
 * of a page's) is not read further, and leaves the context as it found it (empty). Keep in step with
 * `detect`'s rules for an empty context: tests/unit/engine/detect-gate.test.ts checks it on every
 * labelled sentence.
 */
export function mayNameParty(text: string, context: PartyContext): boolean {
  if (context.lead !== null || context.named.size > 0 || context.thing !== undefined) return true;
  return namesAnyParty(text) || (cues().OWN_DEAL.test(text) && referringSubject(text) !== null);
}

/**
 * Can `detect` find a party in the sentence, or carry one from the context? Not when the sentence names
 * none, holds no description of one ("the lab") or of its partner ("its backer"), does not open with a
 * referring subject ("It", "The two companies") and, right after a sentence naming both sides, holds no
 * partnership word: `detect` would give it no party and leave the context as it is. Such a sentence (most
 * of those read while a party is in context) is not read further. Keep in step with `detect`'s rules:
 * tests/unit/engine/detect-gate.test.ts checks it on every labelled sentence.
 */
export function mayFindParty(text: string, context: PartyContext, adjacent: boolean): boolean {
  if (namesAnyParty(text) || descriptions().ANY_DESCRIPTION.test(text) || referringSubject(text) !== null) return true;
  const contextPair = context.named.has('openai') && (context.named.has('microsoft') || context.named.has('amazon'));
  return adjacent && contextPair && cues().PARTNERSHIP_Q.test(text);
}

/**
 * @param adjacent the context comes from the sentence just before (not from further back).
 */
export function detect(original: string, context: PartyContext, adjacent = true): Detection {
  const NAME = partyNames();
  const { text, mentions } = describe(original, context);
  const parties = partySet(mentions);
  let resolved = text;
  const carried: Party[] = [];
  const ref = referringSubject(text);
  let implicit = false;
  const contextPair = context.named.has('openai') && (context.named.has('microsoft') || context.named.has('amazon'));
  if (ref && mentions.length === 0 && ref.kind === 'one' && contextPair) {
    // "It includes an initial tranche…" after a sentence naming both sides: "It" may be either side
    // or their deal; both are in play.
    carried.push(...context.named);
    implicit = true;
  } else if (!ref && mentions.length === 0 && adjacent && contextPair && cues().PARTNERSHIP_Q.test(text)) {
    // "Under the new terms, the licence becomes non-exclusive…": the deal named just before.
    carried.push(...context.named);
    implicit = true;
  } else if (ref && mentions.length === 0 && context.named.size === 0 && cues().OWN_DEAL.test(text)) {
    // "The reworked partnership brings … IP rights lengthened through 2032": the partnership these
    // facts are about, but only a fact may say so (never reported unverified, never contradicted).
    carried.push('microsoft', 'openai');
    implicit = true;
  } else if (ref) {
    // Only a subject that precedes any named party refers back ("It will no longer pay OpenAI").
    const firstNamed = mentions[0]?.start ?? Infinity;
    if (ref.end <= firstNamed) {
      if (ref.kind === 'one' && context.lead) {
        const lead = context.lead;
        // "It … OpenAI": the referent is the other side when the sentence names the lead itself.
        const referent = parties.has(lead) ? ([...context.named].find((p) => !parties.has(p)) ?? null) : lead;
        if (referent) {
          carried.push(referent);
          resolved = NAME[referent] + text.slice(ref.end);
        }
      } else if (ref.kind === 'both') {
        for (const p of context.named) if (!parties.has(p)) carried.push(p);
      }
    }
  }
  for (const p of carried) parties.add(p);
  // "…that both companies set up": one side named, the other by the pair they make.
  if (parties.size === 1 && (parties.has('microsoft') || parties.has('openai')) && cues().BOTH.test(text)) {
    const other: Party = parties.has('microsoft') ? 'openai' : 'microsoft';
    parties.add(other);
    carried.push(other);
  }
  // Amazon alone is the partnership's news only when tied to it: a partner named just before, or a
  // word that sets it beside that news ("Amazon stock also slipped nearly 1%"). "Amazon shares
  // declined about 1% on Monday" alone is market news, as it would be of Apple.
  if (
    parties.size === 1 &&
    parties.has('amazon') &&
    !(adjacent && (context.named.has('microsoft') || context.named.has('openai'))) &&
    !cues().ALONGSIDE.test(text)
  )
    parties.delete('amazon');
  const pair = parties.has('openai') && (parties.has('microsoft') || parties.has('amazon'));
  // OpenAI's deals with others (Nvidia, Oracle) and sentences about another company ("Anthropic, the
  // OpenAI rival backed by Amazon…") are not the partnership.
  const otherDeal =
    (parties.has('openai') && !parties.has('microsoft') && !parties.has('amazon') && namesOtherCompany(text)) || otherCompanyLeads(text);
  return {
    parties,
    pair,
    vocabulary: cues().VOCABULARY.test(text),
    partnership: cues().PARTNERSHIP_Q.test(text),
    otherDeal,
    otherCompany: namesOtherCompany(text),
    topic: ref?.kind === 'one' && /^\W*(?:\w+(?:\s*,)?\s+)?it\b/iu.test(text) ? (context.thing ?? '') : '',
    named: text,
    mentions,
    resolved,
    carried,
    implicit,
  };
}

/**
 * Descriptions that stand for a party once that party is in play: "the lab", "the Windows maker" (the
 * vocabulary's `descriptions`, in order); "its partner", "their backer": the side the sentence does not name.
 */
const descriptions = compiledFor((v) => ({
  DESCRIPTIONS: v.descriptions.map((d) => [d.party, new RegExp(`\\b${alternatives(d.patterns)}\\b`, 'giu')] as [Party, RegExp]),
  PARTNER: new RegExp(`\\b(?:its|their) ${alternatives(v.partnerWords)}\\b`, 'giu'),
  /** Any description of any party, or a partner word: does the sentence hold one at all? */
  ANY_DESCRIPTION: quickPattern(
    new RegExp(
      `\\b${alternatives([...v.descriptions.flatMap((d) => d.patterns), `(?:its|their) ${alternatives(v.partnerWords)}`])}\\b`,
      'iu',
    ),
  ),
}));

/**
 * Replaces descriptions of a party by its name where the party is in play (named in the sentence
 * before, or its counterpart named here) and no other company is named; and "its partner" by the
 * side the sentence does not name ("The software giant will pay its partner…"). Gives the text with
 * the parties it names, read once, and again only after a replacement changed the text.
 */
function describe(text: string, context: PartyContext, after = ''): { text: string; mentions: PartyMention[] } {
  const NAME = partyNames();
  const { DESCRIPTIONS, PARTNER, ANY_DESCRIPTION } = descriptions();
  let out = text;
  let mentions = findParties(out);
  // With another company named, only descriptions before it can be a party ("Microsoft, which has put
  // $13 billion into the startup, is among the investors, as is Nvidia").
  const other = otherCompanyMention(text);
  if (other) {
    if (mentions.length === 0) return { text: out, mentions };
    const head = describe(text.slice(0, other.start), context, text.slice(other.start));
    if (head.text === text.slice(0, other.start)) return { text: out, mentions };
    out = head.text + text.slice(other.start);
    return { text: out, mentions: findParties(out) };
  }
  // No description and no partner word at all (most sentences): nothing to replace.
  if (!ANY_DESCRIPTION.test(out)) return { text: out, mentions };
  const counterpart: Record<Party, Party> = { microsoft: 'openai', openai: 'microsoft', amazon: 'openai' };
  for (const [party, re] of DESCRIPTIONS) {
    const here = partySet(mentions);
    if (!here.has(party) && !context.named.has(party) && !here.has(counterpart[party])) continue;
    const next = out.replace(re, (m, at: number, whole: string) => {
      // "the Paris-based AI startup Mistral": a description followed by a name is that name's.
      if (/^\s+\p{Lu}/u.test((whole + after).slice(at + m.length, at + m.length + 3))) return m;
      return m.length >= NAME[party].length ? NAME[party].padEnd(m.length, ' ') : m;
    });
    if (next !== out) mentions = findParties((out = next));
  }
  const here = new Set(mentions.map((m) => m.party).filter((p) => p !== 'amazon'));
  if (here.size === 1) {
    const other = counterpart[[...here][0]!];
    const next = out.replace(PARTNER, (m) => NAME[other].padEnd(m.length, ' '));
    if (next !== out) mentions = findParties((out = next));
  }
  return { text: out, mentions };
}

/** The context a sentence leaves for the next one. */
export function nextContext(text: string, detection: Detection, previous: PartyContext): PartyContext {
  // Read already when no description was replaced (almost always).
  const mentions = detection.named === text ? detection.mentions : findParties(text);
  if (mentions.length === 0 && detection.carried.length === 0) return previous;
  const lead = detection.carried.length && detection.resolved !== text ? detection.carried[0]! : (mentions[0]?.party ?? previous.lead);
  const thing = cues().THING.exec(text)?.[1];
  return { lead, named: new Set(detection.parties), ...(thing ? { thing } : {}) };
}
