/**
 * The claim engine: page text blocks in, claims with verdicts out. Pure (no DOM, no browser API).
 *
 * blocks → sentences → partnership claims (entity gate + context) → candidate facts (keyword index,
 * ranked with fuse.js) → verdict with per-source evidence (typed values compared). Indexes are
 * built once per engine; the work per scan grows with the page's text, not with the fact base.
 */
import type { FactPack } from '../facts/schema';
import type { Claim } from './claim';
import { detect, emptyContext, nextContext, type Detection, type PartyContext } from './detect';
import { eraAdmits, flowKey, judge, readFact, roleConflict, sourceMap, unverified, type FactReading } from './judge';
import { FactMatcher } from './match';
import { splitSentences } from './sentences';
import { findParties, namesOtherCompany, otherCompanyMention } from './parties';
import { CONTEXT_SPAN } from './candidate-blocks';
import { readSentence, type SentenceReading } from './values';

export type Sensitivity = 'strict' | 'balanced' | 'broad';

export interface ClaimEngineOptions {
  /**
   * `strict`: only sentences that a bundled fact speaks to. `balanced` (default): also sentences
   * naming both partners in partnership terms (unverified when no fact speaks to them). `broad`:
   * also sentences naming one partner in partnership terms.
   */
  sensitivity?: Sensitivity;
}

export interface ClaimEngine {
  scan(blocks: string[]): Claim[];
}

/** A sentence led by a subject that is neither party nor a word for them or their deal. */
const OTHER_SUBJECT =
  /^\W*(?:(?:but|and|meanwhile|separately|elsewhere),?\s+)?the (?:\w+[- ])?(?:chipmaker|carmaker|automaker|retailer|broadcaster|league|studio|bank|lender|insurer|airline|network|publisher|streamer|club|team|university|hospital|city|government|union|museum|court|chip designer|phone maker|social network|search giant|e-commerce giant|rival)\b/iu;

const PARTY_WORD = { amazon: 'AWS', microsoft: 'Azure' } as const;
const FLOW_VERB = /\b(?:pay\w*|paid|receiv\w*|collect\w*|shar(?:e|es|ed|ing) (?:its |their |a )?(?:\w+ )?(?:revenue|profits?|sales)|hand\w* over)\b/iu;


export function createClaimEngine(pack: FactPack, options: ClaimEngineOptions = {}): ClaimEngine {
  const sensitivity = options.sensitivity ?? 'balanced';
  const matcher = new FactMatcher(pack.facts);
  const readings = new Map<string, FactReading>(pack.facts.map((f) => [f.id, readFact(f)]));
  const sources = sourceMap(pack);
  const knownFlows = new Set<string>();
  for (const r of readings.values()) if (r.direction && r.fact.polarity === 'positive') knownFlows.add(flowKey(r.direction));

  function scan(blocks: string[]): Claim[] {
    const claims: Claim[] = [];
    let context: PartyContext = emptyContext();
    let age = 0;
    let namedIn = -1;
    blocks.forEach((block, b) => {
      if (!block || !/\p{L}/u.test(block)) return;
      for (const s of splitSentences(block)) {
        if (age > CONTEXT_SPAN) context = emptyContext();
        // Topic carry without a referring word only from the sentence just before, in the same block.
        const d = detect(s.text, context, age === 0 && namedIn === b);
        const named = d.parties.size > 0;
        // A sentence about another subject ("Google invested…", "The chipmaker holds…") ends the topic.
        if (!named && (namesOtherCompany(s.text) || OTHER_SUBJECT.test(s.text))) {
          context = emptyContext();
          age = CONTEXT_SPAN + 1;
          continue;
        }
        context = nextContext(s.text, d, context);
        age = named ? 0 : age + 1;
        if (named) namedIn = b;
        if (!named) continue;
        // The sentence as it reads on the page: white space collapsed, the way a claim's text is shown.
        const text = s.text.replace(/\s+/gu, ' ').trim();
        if (d.otherDeal) {
          const rival = rivalInRole(s.text);
          if (rival) claims.push({ text, block: b, start: s.start, end: s.end, ...rival });
          continue;
        }
        // Amazon alone is not the partnership: it needs OpenAI in the sentence or in context, or a
        // fact about Amazon's side of the deal that its words match ("Amazon stock slipped nearly
        // 1%"); such a sentence may be corroborated, never contradicted, nor reported unverified.
        const amazonAlone = !d.parties.has('microsoft') && !d.parties.has('openai');
        const matchText = `${d.carried.join(' ')} ${d.topic} ${d.named}`;
        const partial = new Set<string>();
        const solo = new Set<string>();
        const candidates = matcher.candidates(matchText, { figures: d.pair }).filter((c) => {
          const r = readings.get(c.fact.id)!;
          const reach = speaksTo(r, d);
          if (reach === 'partial') partial.add(c.fact.id);
          if (!d.pair && !d.partnership) solo.add(c.fact.id);
          return reach !== false;
        });
        const reading = withoutOtherCompanyFigures(readSentence(d.resolved.replace(/[\u2018\u2019\u02bc]/gu, "'").replace(/[\u201c\u201d]/gu, '"')));
        // A sentence whose parties come only from the topic before may be corroborated, never contradicted.
        if (d.implicit || amazonAlone) for (const c of candidates) partial.add(c.fact.id);
        // "It will keep paying a share of revenue" after naming both sides: who pays whom is unknown,
        // so facts about one direction of a flow neither confirm nor contradict it.
        const unknownFlow = d.carried.length > 0 && !reading.direction && FLOW_VERB.test(s.text);
        const judged = unknownFlow ? candidates.filter((c) => !readings.get(c.fact.id)!.direction) : candidates;
        const judgement = judged.length ? judge(reading, judged, readings, sources, partial, solo, knownFlows) : null;
        let result = judgement;
        if (!result) {
          const claimWorthy = sensitivity === 'strict' || d.implicit || amazonAlone ? false : (d.pair || sensitivity === 'broad') && d.vocabulary;
          if (!claimWorthy) continue;
          result = unverified();
        }
        claims.push({ text, block: b, start: s.start, end: s.end, ...result });
      }
    });
    return claims;
  }

  /**
   * A sentence giving another company the exclusive role a fact gives a party ("Oracle will be the
   * exclusive distributor of OpenAI's Frontier"): read with the party in its place, it must match
   * that exclusive fact on every keyword group, and claim exclusivity itself.
   */
  function rivalInRole(text: string): ReturnType<typeof unverified> | null {
    const other = otherCompanyMention(text);
    if (!other) return null;
    for (const party of ['amazon', 'microsoft'] as const) {
      const swapped = text.slice(0, other.start) + PARTY_WORD[party] + text.slice(other.end);
      const reading = readSentence(swapped);
      if (reading.polarity.exclusivity !== 1 || reading.contrast) continue;
      const fact = matcher
        .candidates(swapped)
        .map((c) => readings.get(c.fact.id)!)
        // A standing role only (not a past state such as the original Azure exclusivity).
        .find((r) => r.polarity.exclusivity === 1 && r.actors.has(party) && r.fact.era !== 'original' && eraAdmits(reading.era, r.fact.era));
      if (fact) return roleConflict(fact.fact, sources, PARTY_WORD[party], other.name);
    }
    return null;
  }

  return { scan };
}

/**
 * A fact speaks to a sentence only if the sentence is about the fact's parties: all of them, or
 * one of them in words of the partnership itself ("The revenue share will not be affected by
 * OpenAI's progress"), never a one-company sentence about something else ("Microsoft bought
 * Activision in 2023" is not the 2023 OpenAI investment). A fact reached through one party only
 * is `partial`: it may corroborate the sentence but never contradict it.
 */
function speaksTo(r: FactReading, d: Detection): boolean | 'partial' {
  if (r.actors.has('amazon') && !d.parties.has('amazon')) return false;
  if (r.parties.size === 0) return d.pair;
  let shared = 0;
  for (const p of r.parties) if (d.parties.has(p)) shared++;
  if (shared === r.parties.size) return true;
  return shared > 0 && d.partnership && !d.otherCompany ? 'partial' : false;
}

/**
 * An amount in a clause about another company and none of the parties ("which already backs
 * Anthropic with $8 billion") is that company's figure: the facts neither confirm nor contradict it.
 */
function withoutOtherCompanyFigures(reading: SentenceReading): SentenceReading {
  const text = reading.text;
  // No clause can name another company when the whole sentence names none.
  if (!reading.values.some((v) => v.kind === 'money') || !namesOtherCompany(text)) return reading;
  // Clause boundaries found once, and each clause judged once, however many amounts it holds.
  const cuts = [...text.matchAll(/[,;]|(?= while )/gu)].map((m) => m.index);
  const foreign = new Map<number, boolean>();
  const values = reading.values.filter((v) => {
    if (v.kind !== 'money') return true;
    // The first cut at or after the amount (binary search).
    let c = 0;
    for (let hi = cuts.length; c < hi; ) {
      const mid = (c + hi) >> 1;
      if (cuts[mid]! < v.at) c = mid + 1;
      else hi = mid;
    }
    let own = foreign.get(c);
    if (own === undefined) {
      const from = c > 0 ? cuts[c - 1]! + 1 : 0;
      const clause = text.slice(from, c < cuts.length ? cuts[c] : text.length);
      own = namesOtherCompany(clause) && findParties(clause).length === 0;
      foreign.set(c, own);
    }
    return !own;
  });
  return values.length === reading.values.length ? reading : { ...reading, values };
}
