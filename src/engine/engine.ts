/**
 * The claim engine: page text blocks in, claims with verdicts out. Pure (no DOM, no browser API).
 *
 * blocks → sentences → partnership claims (entity gate + context) → candidate facts (keyword index,
 * ranked with fuse.js) → verdict with per-source evidence (typed values compared). Indexes are
 * built once per engine; the work per scan grows with the page's text, not with the fact base.
 */
import { wrongOwner } from './belongings';
import { packDetails } from './stated-otherwise';
import type { FactPack } from '../facts/schema';
import {
  alternatives,
  compiledFor,
  cuePattern,
  vocabularyInForce,
  extendVocabulary,
  withVocabulary,
  type Vocabulary,
} from '../facts/vocabulary';
import type { Claim } from './claim';
import { detect, emptyContext, mayFindParty, mayNameParty, nextContext, type Detection, type PartyContext } from './detect';
import type { Judgement } from './judge';
import {
  eraAdmits,
  factDirection,
  flowKey,
  judge,
  readFact,
  readFirst,
  roleConflict,
  sourceMap,
  unverified,
  type FactReading,
} from './judge';
import type { Fact } from '../facts/schema';
import { FactMatcher, type Candidate } from './match';
import { splitSentences } from './sentences';
import { findParties, namesOtherCompany, otherCompanyMention, partyNames, partySet } from './parties';
import { partyContrast } from './party-contrast';
import {
  REVISION_DATE,
  banOfAlternativesMeans,
  flowOf,
  paysInWords,
  readPercents,
  readPolarity,
  readSentence,
  type Direction,
  type Era,
  type SentenceReading,
} from './values';
import { splitClauses } from './clauses';
import { TopicWords, withSentenceTopic } from './ellipsis';
import { normaliser } from './normalise';
import { shortenAtWord } from './shorten';
import { packWithout, pageSource, quotesBySource } from './self-source';
import { changedSince, dated, timeOf, toldAsPast, type PageTime } from './time';
import { CONTEXT_SPAN } from './candidate-blocks';
import { quickPattern } from './quick-pattern';
import { assertsNothing } from './assertion';
import { withSpeaker } from './speaker';
import { DetailCheck, isPartyMove, isShareMove, sharesAsVerb } from './details';
import { figureAsides, withoutAsides } from './asides';
import { changeOf } from './time-bounds';
import { remembered } from './remembered';
import { AnsweredQuestions, questionKey } from './same-question';

export type Sensitivity = 'strict' | 'balanced' | 'broad';

export interface ClaimEngineOptions {
  /**
   * `strict`: only sentences that a bundled fact speaks to. `balanced` (default): also sentences
   * naming both partners in partnership terms (unverified when no fact speaks to them). `broad`:
   * also sentences naming one partner in partnership terms.
   */
  sensitivity?: Sensitivity;
  /** Look whether the page is itself a bundled source (default true; off for the engine that judges such a page). */
  selfSource?: boolean;
  /** The vocabulary to read with (default: the bundled one, extended by the pack's own `vocabulary` part). */
  vocabulary?: Vocabulary;
}

/**
 * A block the engine could not read whole: a sentence longer than `MAX_SENTENCE` characters (no
 * page sentence is; a run of figures or words is not read as one), or an error while reading it
 * (that block's claims are dropped, the rest of the page is scanned).
 */
export interface ScanProblem {
  block: number;
  reason: 'sentence-too-long' | 'error';
  detail: string;
}

export interface ScanOptions {
  /** When the page was written (YYYY-MM-DD, or YYYY-MM / YYYY), from its metadata; absent: today. */
  pageDate?: string | null;
  /** Told of each block (or sentence) the engine could not read. */
  report?: (problem: ScanProblem) => void;
  /**
   * The bundled source the page is (`sourceOf` over all its blocks), or null for none. Absent: read
   * from the blocks scanned. A caller scanning a page in parts passes what `sourceOf` said of the whole.
   */
  pageSource?: string | null;
}

export interface ClaimEngine {
  /** Never throws for a block's text: a problem costs that block (or sentence) only and is reported. */
  scan(blocks: string[], options?: ScanOptions): Claim[];
  /** The id of the bundled source a page is (its text holds many of that source's quotes), or null. */
  sourceOf(blocks: readonly string[]): string | null;
}

/** What reading a sentence in its context gives: whether it ends the topic, names a party, the context it
 * leaves (null: the one it found), and its verdict (null: no claim). */
interface SentenceOutcome {
  endsTopic: boolean;
  named: boolean;
  context: PartyContext | null;
  judgement: Judgement | null;
}

/** Sentences read in context remembered per engine, at most (then forgotten at once). */
const READINGS_LIMIT = 5_000;

/** The longest sentence read, in characters: ten times a long sentence of real reporting. */
export const MAX_SENTENCE = 4_000;

/**
 * The engine's own cue lists (the vocabulary's `cues`), compiled once per vocabulary. The grammar stays
 * here, the words are data: OTHER_SUBJECT is an opener, then "the", one optional word, then the noun.
 */
const cues = compiledFor(({ cues: c, axes }) => ({
  /** A sentence led by a subject that is neither party nor a word for them or their deal. */
  FLOW_VERB: cuePattern(c.flowVerbs.words),
  /** Words of a company's results or another day's trading: their figures are not the partnership's. */
  RESULTS: quickPattern(cuePattern(c.results.words)),
  /** Times a share move may be dated by: a move dated otherwise is another day's. */
  MOVE_TIME: cuePattern(c.moveTimes.words, 'giu'),
  /** A share of revenue ("a cut of its sales", "a percentage of its revenue", "royalties"). */
  SHARE: new RegExp(`\\b${alternatives(c.directions.heldShares)}`, 'iu'),
  /** What ties a share move to the partnership's news ("after the announcement", "the OpenAI deal"). */
  OCCASION: cuePattern(c.occasions.words),
  /** Money flowing one way only ("only from", "in one direction"). */
  ONE_WAY: cuePattern(c.flows.oneWay),
  /** A bar on doing something ("is barred from", "are prohibited from"): the permission axis's words against. */
  BAR: new RegExp(
    `\\b(?:(?:is|are|was|were|be|been|being|remains?|stays?)\\s+)?(?:still\\s+)?${alternatives(
      axes.find((a) => a.id === 'permission')?.against.cues ?? [],
    )}\\s+from\\s+`,
    'iu',
  ),
  /** A deal noun right after another company ("the Oracle tie-up", "Oracle's cloud deal"): the company is the deal's. */
  DEAL_AFTER: new RegExp(`^(?:['’]s)?(?: [\\w-]+)? ${alternatives(c.rivalRoles.deals)}\\b`, 'iu'),
  /** A deal noun and "with" right before another company ("a collaboration with Oracle"). */
  DEAL_BEFORE: new RegExp(`\\b${alternatives(c.rivalRoles.deals)} with (?:the )?$`, 'iu'),
  /** Words that set the company's deal apart from the matter in its stretch ("not over its Nvidia deal", "unlike its Oracle contract"). */
  DEAL_SET_ASIDE: cuePattern([...c.rivalRoles.setAside, ...c.denials.words, ...c.clauseEnds.relatives, ...c.partyContrasts.words]),
  /** The ratio axis's topic words ("same unchanged identical"): what a fact about the ratio is keyed by. */
  RATIO_TOPIC: (axes.find((a) => a.id === 'ratio')?.topicWords ?? []).join(' '),
  OTHER_SUBJECT: new RegExp(
    `^\\W*(?:${alternatives(c.otherSubjects.openers)},?\\s+)?the (?:\\w+[- ])?${alternatives(c.otherSubjects.nouns)}\\b`,
    'iu',
  ),
}));

/** Text as the engine reads it, with the capitalised party names of the vocabulary in force ("OpenAIs" → "OpenAI's"). */
const normaliseText = compiledFor((v) => normaliser(v.parties.flatMap((p) => p.capitalised ?? [])));

/** White space a claim's text collapses: a run, or a space other than " " (most sentences have neither). */
const SPACES_TO_COLLAPSE = /\s\s|[^\S ]/u;

/** The sentence dates a move by a time the fact's own words do not give ("fell 12% in January" is not the announcement day's fall). */
function otherDay(text: string, fact: Fact): boolean {
  const times = moveTimesIn(text);
  if (!times.length) return false;
  let own = factWords.get(fact);
  if (own === undefined) factWords.set(fact, (own = `${fact.statement} ${fact.paraphrases.join(' ')}`.toLowerCase()));
  for (const t of times) if (!own.includes(t)) return true;
  return false;
}
/** The times of a move a text gives ("in January"), read once per text, not once per fact compared. */
const moveTimesIn = remembered((text) => [...text.toLowerCase().matchAll(cues().MOVE_TIME)].map((m) => m[0]), 16);
/** Per fact, its statement and paraphrases in lower case. */
const factWords = new WeakMap<Fact, string>();

/**
 * The candidates with the facts reached besides them (by their amount, their place, the other way of a flow)
 * after them: a copy, as the matcher's lists are remembered and shared (read, never changed); the same list
 * when nothing is added. (Each caller adds only facts not among the candidates yet.)
 */
function withFacts<L extends readonly Candidate[]>(found: L, more: readonly Candidate[]): L {
  return more.length ? ([...found, ...more] as readonly Candidate[] as L) : found;
}

export function createClaimEngine(pack: FactPack, options: ClaimEngineOptions = {}): ClaimEngine {
  // The engine reads with its own vocabulary, put in force while it reads (its readers compile it once).
  const vocabulary = options.vocabulary ?? extendVocabulary(pack.vocabulary);
  const engine = withVocabulary(vocabulary, () => buildEngine(pack, { ...options, vocabulary }));
  return {
    scan: (blocks, scanOptions) => withVocabulary(vocabulary, () => engine.scan(blocks, scanOptions)),
    sourceOf: (blocks) => withVocabulary(vocabulary, () => engine.sourceOf(blocks)),
  };
}

function buildEngine(pack: FactPack, options: ClaimEngineOptions): ClaimEngine {
  const sensitivity = options.sensitivity ?? 'balanced';
  const matcher = new FactMatcher(pack.facts);
  const topics = new TopicWords(pack.facts);
  const factsById = new Map(pack.facts.map((f) => [f.id, f]));
  const readings = new FactReadings(factsById);
  // The facts of a share price's move ("Microsoft shares fell nearly 1% at the open"): met only by a sentence telling a move.
  const shareMoveFacts = new Set(pack.facts.filter((f) => isShareMove(f.statement)).map((f) => f.id));
  const sources = sourceMap(pack);
  const details = new DetailCheck(pack.facts, matcher, sources, REVISION_DATE);
  /** Facts that say where something comes first, with that place ("Azure"). */
  const orderFacts = pack.facts.flatMap((f) => {
    const place = readFirst(f.statement);
    return place && !place.startsWith('not ') ? [[f, place] as const] : [];
  });
  /** Every detail the facts give, by kind, role and value (stated-otherwise.ts). */
  const told = packDetails(pack.facts);
  /** The facts' statements and quotes, lower-cased, one a line: read when a sentence names a company the sources may not (built once, when first asked). */
  let packText: string | null = null;
  const packWords = () =>
    (packText ??= pack.facts
      .flatMap((f) => [f.statement, ...f.evidence.map((e) => e.quote)])
      .join('\n')
      .toLowerCase());
  // The flows the facts affirm: each positive fact's direction (the rest of its reading waits until it is a candidate).
  const knownFlows = new Set<string>();
  for (const f of factsById.values()) {
    if (f.polarity !== 'positive') continue;
    const direction = factDirection(f);
    readings.directions.set(f.id, direction);
    if (direction) knownFlows.add(flowKey(direction));
  }

  const checkSelf = options.selfSource ?? true;
  const bySource = checkSelf ? quotesBySource(pack) : null;
  /** Engines without one source's evidence, built the first time a page is that source. */
  const without = new Map<string, ClaimEngine>();

  function sourceOf(blocks: readonly string[]): string | null {
    // Only text is read (a block that is not a string costs itself, as in scan).
    return bySource
      ? (pageSource(
          blocks.filter((b) => typeof b === 'string'),
          bySource,
        )?.id ?? null)
      : null;
  }

  function scan(blocks: string[], scanOptions: ScanOptions = {}): Claim[] {
    const selfId = !checkSelf ? null : scanOptions.pageSource !== undefined ? scanOptions.pageSource : sourceOf(blocks);
    const self = selfId ? (pack.sources.find((s) => s.id === selfId) ?? null) : null;
    if (!self) return scanPage(blocks, scanOptions);
    // The page is a bundled source: it does not corroborate itself; the other sources judge it.
    let others = without.get(self.id);
    if (!others) without.set(self.id, (others = createClaimEngine(packWithout(pack, self.id), { ...options, selfSource: false })));
    const name = self.publisher ?? self.title;
    return others.scan(blocks, { ...scanOptions, pageSource: null }).map((c) => ({
      ...c,
      pageSource: self.id,
      pageSourceName: name,
    }));
  }

  function scanPage(blocks: string[], scanOptions: ScanOptions): Claim[] {
    const report = scanOptions.report;
    const claims: Claim[] = [];
    const when = timeOf(scanOptions.pageDate);
    let context: PartyContext = emptyContext();
    let age = 0;
    let namedIn = -1;
    blocks.forEach((block, b) => {
      const kept = claims.length;
      try {
        scanBlock(block, b);
      } catch (error) {
        // One block's failure costs that block: its claims are dropped and the topic forgotten.
        claims.length = kept;
        context = emptyContext();
        age = CONTEXT_SPAN + 1;
        report?.({ block: b, reason: 'error', detail: String(error instanceof Error ? error.message : error).slice(0, 200) });
      }
    });
    return claims;

    function scanBlock(block: string, b: number): void {
      if (typeof block !== 'string' || !block || !/\p{L}/u.test(block)) return;
      for (const s of splitSentences(block)) {
        // Read normalised (hyphens, spaces, quotes, invisible characters); offsets and text stay the page's.
        // A party's quoted first person is read as the party ("“We will…,” OpenAI said").
        const read = withSpeaker(normaliseText()(s.text));
        if (age > CONTEXT_SPAN) context = emptyContext();
        if (s.text.length > MAX_SENTENCE) {
          // Not a sentence (a run of figures, a page's text without stops): not read, and it ends the topic.
          report?.({ block: b, reason: 'sentence-too-long', detail: `${s.text.length} characters at ${s.start}` });
          context = emptyContext();
          age = CONTEXT_SPAN + 1;
          continue;
        }
        // A sentence that names no party, with none in context, is not read further (the page's most).
        if (!mayNameParty(read, context)) {
          age++;
          continue;
        }
        // Topic carry without a referring word only from the sentence just before, in the same block.
        const adjacent = age === 0 && namedIn === b;
        // Nothing for detect to find or carry: the sentence names no party, as detect would say.
        if (!mayFindParty(read, context, adjacent)) {
          if (namesOtherCompany(read) || cues().OTHER_SUBJECT.test(read)) {
            context = emptyContext();
            age = CONTEXT_SPAN + 1;
          } else age++;
          continue;
        }
        const outcome = readInContext(read, context, adjacent, when);
        // A sentence about another subject ("Google invested…", "The chipmaker holds…") ends the topic.
        if (outcome.endsTopic) {
          context = emptyContext();
          age = CONTEXT_SPAN + 1;
          continue;
        }
        context = outcome.context ?? context;
        const named = outcome.named;
        age = named ? 0 : age + 1;
        if (named) namedIn = b;
        if (!outcome.judgement) continue;
        // The sentence as it reads on the page: white space collapsed, the way a claim's text is shown.
        const text = (SPACES_TO_COLLAPSE.test(s.text) ? s.text.replace(/\s+/gu, ' ') : s.text).trim();
        claims.push({ text, block: b, start: s.start, end: s.end, ...outcome.judgement });
      }
    }
  }

  /**
   * A sentence read in its context, remembered by its text and everything else the reading depends on
   * (the context's parties in order and its topic, adjacency, the page's time): the same sentence in the
   * same place reads the same, so a page's repeated sentences and a page scanned again are read once.
   */
  // By text, then by the rest (a short key): the sentence's text is not copied into a key of its own.
  const outcomes = new Map<string, Map<string, SentenceOutcome>>();
  let rememberedCount = 0;
  function readInContext(read: string, context: PartyContext, adjacent: boolean, when: PageTime): SentenceOutcome {
    const key = `${context.lead ?? ''}\u0000${[...context.named].join(',')}\u0000${context.thing ?? '\u0001'}\u0000${adjacent ? 1 : 0}\u0000${when.date ?? ''}\u0000${when.beforeRevision ? 1 : 0}`;
    let inContexts = outcomes.get(read);
    let outcome = inContexts?.get(key);
    if (!outcome) {
      outcome = readSentenceInContext(read, context, adjacent, when);
      if (rememberedCount >= READINGS_LIMIT) {
        outcomes.clear();
        rememberedCount = 0;
        inContexts = undefined;
      }
      if (!inContexts) outcomes.set(read, (inContexts = new Map()));
      inContexts.set(key, outcome);
      rememberedCount++;
    }
    return outcome;
  }

  function readSentenceInContext(read: string, context: PartyContext, adjacent: boolean, when: PageTime): SentenceOutcome {
    let d = detect(read, context, adjacent);
    const named = d.parties.size > 0;
    // One side named right after a sentence naming the other ("Microsoft, for its part, chose to
    // develop its own models"): the sentence is about the pair's story, as partnership words make it.
    if (adjacent && !d.pair && !d.partnership && d.parties.size === 1 && !d.otherCompany) {
      const [only] = d.parties;
      const counterpart = only === 'microsoft' ? 'openai' : only === 'openai' ? 'microsoft' : null;
      if (counterpart && context.named.has(counterpart)) d = { ...d, partnership: true };
    }
    // A sentence about another subject ("Google invested…", "The chipmaker holds…") ends the topic.
    if (!named && (namesOtherCompany(read) || cues().OTHER_SUBJECT.test(read)))
      return { endsTopic: true, named, context: null, judgement: null };
    const next = nextContext(read, d, context);
    const outcome = (judgement: Judgement | null): SentenceOutcome => ({
      endsTopic: false,
      named,
      context: next === context ? null : next,
      judgement,
    });
    if (!named) return outcome(null);
    // A question, an opinion or prediction, a headline announcing a topic: nothing to check (it keeps the topic).
    if (assertsNothing(read)) return outcome(null);
    // "Google, not Microsoft, remains OpenAI's main cloud partner": the claim is the kept name's.
    const contrasted = contrastedParty(read, context, adjacent, when);
    if (contrasted) return outcome(contrasted);
    if (d.otherDeal) return outcome(rivalInRole(read));
    // A company's results ("Azure revenue rose 40% in the latest quarter") are not the partnership.
    if ((!d.partnership || !d.pair) && cues().RESULTS.test(read) && /\d/u.test(read)) return outcome(null);
    const judged = withoutContrastedThirdParty(read, judgeSentence(read, d, when), context, adjacent, when);
    return outcome(rivalInNamedPlace(read, judged) ?? judged);
  }

  /**
   * Another company in the place of the outside party a confirming fact names ("Microsoft feared the Oracle tie-up
   * breached OpenAI's commitment… and weighed legal action" where the sources say the AWS collaboration): a fact whose
   * statement names Amazon and no other company, whose words the sentence meets without naming Amazon, and whose
   * quotes never name the sentence's company, where that company is named as a deal's (the vocabulary's rivalRoles.deals), gives that place to Amazon: disputed ("Sources say AWS, not Oracle").
   * A fact naming several outside companies ("any cloud, including rivals such as AWS and Google Cloud") names none
   * in particular; a sentence naming Amazon itself is read as it is.
   */
  function rivalInNamedPlace(text: string, judgement: Judgement | null): Judgement | null {
    if (judgement?.verdict !== 'corroborated') return null;
    const other = otherCompanyMention(text);
    if (!other || partySet(findParties(text)).has('amazon')) return null;
    // The company must be a deal's ("the Oracle tie-up", "a deal with Oracle"), not named for another matter.
    if (!cues().DEAL_AFTER.test(text.slice(other.end)) && !cues().DEAL_BEFORE.test(text.slice(0, other.start))) return null;
    // …in a stretch that does not set it apart ("not over its Nvidia deal", "which had shrugged off its Oracle deal").
    const from = Math.max(...[',', ';', ':', '—', '–', '('].map((p) => text.lastIndexOf(p, other.start)));
    const ends = [',', ';', ':', '—', '–', ')'].map((p) => text.indexOf(p, other.end)).filter((i) => i >= 0);
    if (cues().DEAL_SET_ASIDE.test(text.slice(from + 1, ends.length ? Math.min(...ends) : text.length))) return null;
    const word = vocabularyInForce().cues.rivalRoles.amazon[0];
    if (word === undefined) return null;
    const company = other.name.toLowerCase();
    // A company the sources speak of themselves ("Microsoft, fresh from its Mistral deal, …") has deals of its own.
    if (packWords().includes(company)) return null;
    // The clause naming the company meets the fact's words ("…feared the Oracle tie-up breached… and weighed legal action").
    const clause = splitClauses(text).find((c) => c.includes(other.name)) ?? text;
    const era = readSentence(text).era;
    const fact = matcher
      .candidates(clause)
      .filter((c) => c.strong)
      .map((c) => c.fact)
      .find((f) => partySet(findParties(f.statement)).has('amazon') && !namesOtherCompany(f.statement) && eraAdmits(era, f.era));
    return fact ? roleConflict(fact, sources, word, other.name) : null;
  }

  /**
   * A sentence setting aside a party the matter is not about ("It is Microsoft, not Amazon, that keeps a 27% stake in
   * OpenAI") is the kept name's claim: where it reads as disputed or unverified but the kept name's sentence ("Microsoft keeps a
   * 27% stake in OpenAI") is confirmed by facts none of which is about the party set aside, that is its verdict.
   * (A party of the facts set aside, "Microsoft, not OpenAI, keeps paying", is read with the contrast as it is.)
   */
  function withoutContrastedThirdParty(
    text: string,
    judgement: Judgement | null,
    context: PartyContext,
    adjacent: boolean,
    when: PageTime,
  ): Judgement | null {
    if (judgement?.verdict !== 'conflicting' && judgement?.verdict !== 'unverified') return judgement;
    const c = partyContrast(text);
    if (!c) return judgement;
    const kept = readSentenceInContext(c.kept, context, adjacent, when).judgement;
    if (!kept || kept.verdict === 'conflicting' || kept.verdict === 'unverified') return judgement;
    const facts = kept.facts.flatMap((m) => factsById.get(m.id) ?? []);
    return facts.some((f) => f.actor === c.asideParty || f.target === c.asideParty) ? judgement : kept;
  }

  /** Is a sentence a claim even when no fact speaks to it (reported as unverified)? */
  function claimWorthy(d: Detection): boolean {
    const amazonAlone = !d.parties.has('microsoft') && !d.parties.has('openai');
    if (sensitivity === 'strict' || d.implicit || amazonAlone) return false;
    return (d.pair || sensitivity === 'broad') && d.vocabulary;
  }

  /** One text (a sentence or one of its clauses) against the facts it speaks to, read in the era given. */
  function judgeText(
    raw: string,
    d: Detection,
    era?: Era,
    sentence: Detection = d,
    year = '',
    figures = d.pair,
    /** Topics whose facts met only through "another figure" count as met on every group (a state's figure on an old page). */
    byFigure: ReadonlySet<string> = new Set(),
  ): Judgement | null {
    // The same question asked again (a clause that is the sentence, a main claim read again without its asides) is answered once.
    return answered.answer(questionKey(raw, d, era, sentence, year, figures, byFigure), () =>
      judgeTextAnew(raw, d, era, sentence, year, figures, byFigure),
    );
  }
  const answered = new AnsweredQuestions<Judgement | null>();

  function judgeTextAnew(
    raw: string,
    d: Detection,
    era: Era | undefined,
    sentence: Detection,
    year: string,
    figures: boolean,
    byFigure: ReadonlySet<string>,
  ): Judgement | null {
    // Amazon alone is not the partnership: it needs OpenAI in the sentence or in context, or a
    // fact about Amazon's side of the deal that its words match ("Amazon stock slipped nearly
    // 1%"); such a sentence may be corroborated, never contradicted, nor reported unverified.
    // (A clause about Amazon in a sentence about Microsoft's side is not alone.)
    const amazonAlone = !sentence.parties.has('microsoft') && !sentence.parties.has('openai');
    // Read as of a page written before the revision, its present is "then": the facts of the original
    // terms that need a word of that time ("originally", "previous") are within reach.
    // (And its present is the page's year: "Microsoft is investing $1 billion" on a 2019 page is 2019's.)
    // (A ban of the alternatives, "cannot sell through clouds other than Azure", is then the exclusivity in force.)
    // (Told today, "OpenAI cannot sell its models through AWS", such a ban meets the exclusivity's facts of today, to be compared.)
    const banned = banOfAlternativesMeans(d.named);
    const then = era === 'original' ? ['original', ...banned].join(' ') : banned.join(' ');
    // (Such a ban is the partnership's exclusivity, whatever rival it names: "cannot sell through rival clouds such as AWS".)
    const speaker = banned.length ? { ...d, partnership: true, otherCompany: false } : d;
    // Money said to flow from one party to the other ("the money now flows only from OpenAI to Microsoft")
    // is paid; money of any kind may be an investment: the revenue-share facts then only confirm it.
    const flow = flowOf(d.named);
    // A paying verb of any wording ("kicks back", "remits", "turns over") reaches the facts a sentence saying
    // "pay" would: who pays whom was read from the vocabulary's paying verbs.
    const flowing = flow === 'money' ? ' pay revenue' : flow === 'revenue' || paysInWords(d.named) ? ' pay' : '';
    // A share's ratio said to change ("the revenue-share ratio was lowered") reaches the facts about the ratio (the
    // ratio axis's topic words), to be compared there.
    // (A rate paid between the parties, "the rate OpenAI hands Microsoft has been trimmed", is the revenue share's.)
    const ratio = readPolarity(d.named).ratio ? ` ${cues().RATIO_TOPIC}${flowing && !flowing.includes('revenue') ? ' revenue' : ''}` : '';
    const ownText = `${d.carried.join(' ')} ${d.topic} ${d.named}${then ? ` ${then}` : ''}${flowing}${ratio}`;
    const matchText = era === 'original' && year ? `${ownText} ${year}` : ownText;
    const partial = new Set<string>();
    const solo = new Set<string>();
    // A fact reached only through the page's year ("The partnership began in 2019" for "Microsoft and
    // OpenAI rewrite their deal" on a 2019 page) is reached by its figure or nothing: the sentence must
    // state an amount or a percentage of its own, the fact's specific content beside its year.
    const ownFacts = matchText === ownText ? null : new Set(matcher.candidates(ownText, { figures }).map((c) => c.fact.id));
    const statesFigure = ownFacts !== null && readSentence(d.named).values.some((v) => v.kind === 'money' || v.kind === 'percent');
    const ordered = new Set<string>();
    // (A share move with its figure: "Microsoft shares slid 4%".)
    const moveFigure = readPercents(d.named).some((v) => v.role === 'change');
    // (A sentence whose "shares" is the paying verb, telling no stock's move, is no share move's.)
    const sharesPaid = !isShareMove(raw) && !(moveFigure && isPartyMove(raw)) && sharesAsVerb(raw);
    const shareMove = moveFigure && isShareMove(raw);
    let movedPast = false;
    const reached = withOrderFacts(matcher.candidates(matchText, { figures }), matchText, d.named, figures, ordered)
      .map((c) => (!c.strong && byFigure.has(c.fact.topic) ? { ...c, strong: true } : c))
      .filter((c) => {
        if (ownFacts && !ownFacts.has(c.fact.id) && !statesFigure) return false;
        const r = readings.get(c.fact.id)!;
        if (r.changeFact && otherDay(raw, c.fact)) return false;
        // A share price's move is not met by a sentence whose "shares" is a paying verb and that tells no stock's move
        // (a stock noun moving, or a company moving by a figure): "the ratio at which OpenAI shares revenue … has been
        // lowered" speaks of no stock.
        if (sharesPaid && shareMoveFacts.has(c.fact.id)) return false;
        // A share move ("Microsoft shares slid 4%") reaches the facts of a move only, not the revenue share's.
        if (shareMove && !r.changeFact) {
          movedPast = true;
          return false;
        }
        // A fact on where something comes first speaks to a sentence on where its actor's things come first.
        const reach = ordered.has(c.fact.id) && [...r.parties].some((p) => d.parties.has(p)) ? true : speaksTo(r, speaker);
        if (reach === 'partial') partial.add(c.fact.id);
        // Parties guessed from the topic before tie a fact only through a figure or cue, as one company alone does.
        if ((!d.pair && !d.partnership) || d.implicit) solo.add(c.fact.id);
        return reach !== false;
      });
    // (A share move that reached only other facts is still a claim: no source speaks to it.)
    // (Unless it is dated by another time and not tied to the news: another day's move, not the partnership's.)
    const tied = !moveTimesIn(raw).length || cues().OCCASION.test(raw);
    if (reached.length === 0) return movedPast && tied && sensitivity !== 'strict' && !d.implicit ? unverified() : null;
    let reading = withoutOtherCompanyFigures(
      readSentence(d.resolved.replace(/[\u2018\u2019\u02bc]/gu, "'").replace(/[\u201c\u201d]/gu, '"')),
    );
    if (era !== undefined) reading = { ...reading, era };
    const candidates = withSameAmount(reached, reading, d);
    // A sentence whose parties come only from the topic before may be corroborated, never contradicted.
    // (So may one saying money flows: it may be an investment.)
    // (A fact of Amazon alone, its share move, is about no party the sentence leaves out: it may contradict it.)
    for (const c of candidates) if (d.implicit || (amazonAlone && !(c.fact.actor === 'amazon' && !c.fact.target))) partial.add(c.fact.id);
    // What money flowing one way only denies of the other way is not an investment: judged without this.
    const beyondMoney = new Set(partial);
    if (flow === 'money') for (const c of candidates) partial.add(c.fact.id);
    // "It will keep paying a share of revenue" after naming both sides: who pays whom is unknown,
    // so facts about one direction of a flow neither confirm nor contradict it.
    const unknownFlow = d.carried.length > 0 && !reading.direction && cues().FLOW_VERB.test(raw);
    const judged = unknownFlow ? candidates.filter((c) => !readings.get(c.fact.id)!.direction) : candidates;
    // The facts left speak of something other than the flow ("Microsoft holds a stake in OpenAI, which will pay
    // it 20% of revenue": the stake's 27% is not what is paid): they may confirm the sentence, never contradict it.
    if (unknownFlow) for (const c of judged) partial.add(c.fact.id);
    // A share passing between the two parties, who pays whom unread ("The Windows maker no longer forwards a
    // percentage of its sales to the ChatGPT maker" with a verb the vocabulary lacks): the facts about one
    // direction may confirm it, never contradict it.
    // (A fact about the share's ratio answers a sentence on the ratio whoever pays: "the revenue-share ratio was lowered".)
    if (!reading.direction && d.pair && (cues().FLOW_VERB.test(raw) || cues().SHARE.test(raw)))
      for (const c of judged) {
        const r = readings.get(c.fact.id)!;
        if (r.direction && !(reading.polarity.ratio && r.topical.has('ratio'))) partial.add(c.fact.id);
      }
    if (!judged.length) return null;
    const j = judge(reading, withRevisedFlow(judged, reading), readings, sources, partial, solo, knownFlows, told);
    // Money flowing one way only ("now flows only from OpenAI to Microsoft") also says the other way has
    // stopped: judged both ways, conflicting where either is, corroborated where either is.
    const one = reading.direction && reading.polarity.continuation !== -1 && cues().ONE_WAY.test(raw) ? reading.direction : null;
    if (!one || j?.verdict === 'conflicting') return j;
    // The facts of the other way's payments, from the index of the facts by their flow (a copy: the matcher's
    // list is shared).
    const have = new Set(judged.map((c) => c.fact.id));
    const worst = judged.reduce((m, c) => Math.max(m, c.rank), 0);
    // (A fact the sources dispute, "OpenAI no longer has to share its revenue" against "will continue to pay", speaks
    // against none of them.)
    const otherWay = factsOfFlow(flowKey({ ...one, actor: one.target, target: one.actor }))
      .filter((f) => !have.has(f.id) && !f.evidence.some((e) => e.stance === 'disputes'))
      .map((fact): Candidate => ({ fact, rank: worst + 1, strong: true }));
    const reverse = judge(
      { ...reading, direction: { ...one, actor: one.target, target: one.actor }, polarity: { ...reading.polarity, continuation: -1 } },
      withFacts(judged, otherWay),
      readings,
      sources,
      // "Only from Microsoft to OpenAI" denies every payment the other way, a revenue share among them.
      beyondMoney,
      solo,
      knownFlows,
      told,
    );
    if (reverse?.verdict === 'conflicting' || !j || j.verdict === 'unverified') return reverse ?? j;
    return j;
  }

  /**
   * A flow of money the sentence tells ("Microsoft hands OpenAI a slice of what it makes") that reached a fact of the
   * original terms about that flow ("Before the revision, Microsoft paid OpenAI a share…") also reaches the revised
   * terms' facts about the same flow ("Microsoft will no longer pay OpenAI…"), as wording that names the revenue
   * would: the terms then and now are both compared (undated: disputed by today's; on an old page: outdated). Only
   * where no revised fact of that flow was reached.
   */
  function withRevisedFlow(found: Candidate[], reading: SentenceReading): Candidate[] {
    // (Money said to flow one way only is judged by the other way's facts: its own rule, below.)
    if (!reading.direction || cues().ONE_WAY.test(reading.text)) return found;
    const key = flowKey(reading.direction);
    const ofFlow = (c: Candidate) => {
      const direction = readings.get(c.fact.id)!.direction;
      return direction !== null && flowKey(direction) === key;
    };
    // (Only where the wording reached the original terms' facts of the flow alone.)
    if (!found.some((c) => c.fact.era === 'original' && ofFlow(c)) || found.some((c) => c.fact.era === 'revised' && ofFlow(c)))
      return found;
    const have = new Set(found.map((c) => c.fact.id));
    const worst = found.reduce((m, c) => Math.max(m, c.rank), 0);
    const more = factsOfFlow(key)
      .filter((f) => f.era === 'revised' && !have.has(f.id))
      .map((fact): Candidate => ({ fact, rank: worst + 1, strong: true }));
    return withFacts(found, more);
  }

  /** The facts of each flow of money (who pays or invests in whom: `flowKey`), gathered the first time one is asked for. */
  let byFlow: Map<string, Fact[]> | null = null;
  function factsOfFlow(key: string): readonly Fact[] {
    if (!byFlow) {
      byFlow = new Map();
      // (Each fact's direction alone: the index does not read the rest of every fact.)
      for (const f of factsById.values()) {
        const direction = readings.directionOf(f);
        if (!direction) continue;
        const k = flowKey(direction);
        const list = byFlow.get(k);
        if (list) list.push(f);
        else byFlow.set(k, [f]);
      }
    }
    return byFlow.get(key) ?? [];
  }

  /** The facts that give each amount (on any topic), gathered once. */
  const byAmount = new Map<number, Fact[]>();
  for (const f of pack.facts)
    for (const v of f.values)
      if (v.kind === 'money') {
        const list = byAmount.get(v.amount);
        if (!list) byAmount.set(v.amount, [f]);
        else if (!list.includes(f)) list.push(f);
      }

  /**
   * A fact reached only through "another figure" ("Microsoft invested $1 billion in OpenAI" reaching the $10
   * billion of January 2023) is not the only fact of its topic: a fact on that topic giving the sentence's own
   * amount (the $1 billion of 2019), about the sentence's parties, is reached too, so the amount is answered
   * rather than disputed.
   */
  function withSameAmount(found: Candidate[], reading: SentenceReading, d: Detection): Candidate[] {
    const byFigure = found.filter((c) => !c.strong);
    if (!byFigure.length) return found;
    const topics = new Set(byFigure.map((c) => c.fact.topic));
    const have = new Set(found.map((c) => c.fact.id));
    const worst = found.reduce((m, c) => Math.max(m, c.rank), 0);
    const more: Candidate[] = [];
    for (const v of reading.values) {
      if (v.kind !== 'money') continue;
      for (const f of byAmount.get(v.amount) ?? []) {
        if (have.has(f.id) || !topics.has(f.topic) || speaksTo(readings.get(f.id)!, d) !== true) continue;
        have.add(f.id);
        more.push({ fact: f, rank: worst + 1, strong: false });
      }
    }
    return withFacts(found, more);
  }

  /**
   * A sentence saying where something comes first ("New OpenAI models will appear on AWS first") reaches
   * the facts that say where it comes first ("launch first on Azure") as if it named their place: the
   * order is then compared (judge.ts), not the place's name matched.
   */
  function withOrderFacts(
    found: readonly Candidate[],
    text: string,
    named: string,
    figures: boolean,
    ordered: Set<string>,
  ): readonly Candidate[] {
    const mine = readFirst(named);
    if (!mine || !orderFacts.length) return found;
    const have = new Set(found.map((c) => c.fact.id));
    const reachedToo: Candidate[] = [];
    for (const [fact, place] of orderFacts) {
      if (have.has(fact.id) || mine === place) continue;
      const reached = matcher.candidates(`${text} ${place}`, { figures }).find((c) => c.fact.id === fact.id);
      if (!reached) continue;
      reachedToo.push(reached);
      ordered.add(fact.id);
    }
    return withFacts(found, reachedToo);
  }

  /**
   * A text judged at the time it was written. On a page written before the revision, a claim the
   * revised terms contradict but the terms then in force confirm is `outdated`; a present-tense
   * statement of a then-current event ("Microsoft is investing $10 billion", January 2023) is read
   * in the original era.
   */
  function judgeInTime(raw: string, d: Detection, when: PageTime, sentence: Detection = d): Judgement | null {
    const now = judgeText(raw, d, undefined, sentence);
    if (!when.beforeRevision) return banToldToday(raw, d, sentence, now) ?? now;
    const then = judgeText(raw, d, 'original', sentence, when.date?.slice(0, 4) ?? '');
    // Told in the present of its day, what the terms then in force confirm and today's contradict is outdated.
    if (then?.verdict === 'corroborated' && !toldAsPast(d.resolved)) {
      let today = now?.verdict === 'conflicting' ? now : judgeText(raw, d, 'revised', sentence);
      // A state of that time stated by its figure alone ("OpenAI is valued at $29 billion"): today's
      // facts on it are reached by their figures too (a one-company sentence otherwise needs their words).
      if (today?.verdict !== 'conflicting' && !d.pair) {
        // (An investment made then is still made: only states of that time, a stake or a valuation, change.)
        const states = new Set(then.facts.filter((m) => m.topic !== 'investment' && dated(factsById.get(m.id)!)).map((m) => m.topic));
        if (states.size) today = judgeText(raw, d, 'revised', sentence, '', true, states);
      }
      if (today?.verdict === 'conflicting' && changedSince(then, today, factsById)) return outdated(then, today, when);
      // A bar of its day ("Microsoft is barred from developing its own frontier models") confirmed by a bar of the
      // original terms is outdated where today's facts say the barred thing is done ("Microsoft is accelerating the
      // development of its own models"): the bar was lifted.
      const lifted = liftedBan(raw, d, sentence, then);
      if (lifted) return outdated(then, lifted, when);
    }
    if (now?.verdict === 'corroborated' || now?.verdict === 'mixed') return now;
    return then?.verdict === 'corroborated' ? then : now;
  }

  /**
   * A ban of the alternatives told in the present on a page of today ("OpenAI cannot sell its models through AWS")
   * that only the original terms' facts confirm is judged by today's terms: the ban was lifted by the revision.
   */
  function banToldToday(raw: string, d: Detection, sentence: Detection, now: Judgement | null): Judgement | null {
    if (now?.verdict !== 'corroborated' || toldAsPast(d.resolved) || !banOfAlternativesMeans(d.named).length) return null;
    if (!now.facts.every((m) => factsById.get(m.id)?.era === 'original')) return null;
    const today = judgeText(raw, d, 'revised', sentence);
    return today?.verdict === 'conflicting' ? today : null;
  }

  /**
   * The sentence without its bar ("Microsoft is barred from developing X" read as "Microsoft developing X"),
   * judged by today's terms, where an original-era bar confirmed it then: corroborated by a fact of today, it
   * says the bar was lifted. The bar's words are the permission axis's (the vocabulary); the grammar is here.
   */
  function liftedBan(raw: string, d: Detection, sentence: Detection, then: Judgement): Judgement | null {
    if (!then.facts.some((m) => factsById.get(m.id)?.era === 'original' && readings.get(m.id)?.polarity.permission === -1)) return null;
    const bar = cues().BAR;
    if (!bar.test(d.named)) return null;
    const strip = (t: string) => t.replace(bar, ' ');
    // (A bar of the original terms is the partnership's: what it barred is read as the partnership's too.)
    const freed = { ...d, partnership: true, named: strip(d.named), resolved: strip(d.resolved) };
    const today = judgeText(strip(raw), freed, 'revised', sentence);
    return today?.verdict === 'corroborated' && today.facts.every((m) => factsById.get(m.id)?.era !== 'original') ? today : null;
  }

  /**
   * A sentence judged clause by clause where it carries several claims ("Microsoft stops paying…,
   * whereas OpenAI continues to pay…"): conflicting only where one clause conflicts on its own;
   * what the sources confirm stays confirmed when another clause adds what no source speaks to,
   * and the reason says which.
   */
  function judgeSentence(raw: string, d: Detection, when: PageTime): Judgement | null {
    const judgement = judgeMain(raw, d, when);
    // A detail the main claim's facts say nothing of ("which first backed OpenAI in 2021") is checked
    // against the facts that speak to it: contradicted only where one gives another value.
    // (The revision's announcement dated to another month is contradicted even where no fact met the claim.)
    if (!judgement)
      return (
        details.revisionMonth(d.named) ?? details.manner(d.named, null) ?? details.moveDay(d.named) ?? details.relativeOrder(d.named, null)
      );
    if (judgement.verdict === 'conflicting') return judgement;
    // (Whose a thing is was asked clause by clause, each of its own facts: judgeClauses.) A detail is asked
    // of its own clause: one clause's date, day or figure is never set against another clause's event.
    // (A relative clause stays with the clause it tells of: "…, which was then valued at $49bn" is dated by it.)
    const clauses = splitClauses(d.named).reduce<string[]>(
      (out, c) => (out.length && /^which\b/iu.test(c) ? [...out.slice(0, -1), `${out.at(-1)}, ${c}`] : [...out, c]),
      [],
    );
    for (const c of clauses.length < 2 ? [d.named] : clauses) {
      const wrong = details.conflict(c, judgement);
      if (wrong) return clauses.length < 2 ? wrong : inClause(wrong, c, clauses.length);
    }
    return judgement;
  }

  /**
   * A thing the sentence gives one partner that the facts confirming it give the other ("OpenAI's licence to
   * Microsoft's IP", "a Microsoft spokesperson said…" where the quote is OpenAI's): disputed (belongings.ts).
   */
  function ownerTurnedRound(text: string, judgement: Judgement): Judgement | null {
    if (judgement.verdict !== 'corroborated' && judgement.verdict !== 'outdated') return null;
    const facts = judgement.facts.flatMap((m) => factsById.get(m.id) ?? []);
    const wrong = wrongOwner(text, facts, partyNames());
    return wrong ? roleConflict(wrong.fact, sources, wrong.says, wrong.claimed) : null;
  }

  /**
   * A sentence whose asides tell of an earlier event with a figure of their own ("Microsoft, which wrote a $1bn
   * cheque to OpenAI in 2019, now holds 27% of the company"): where the whole sentence conflicts but no aside
   * conflicts on its own, the conflict is the aside's figures set against the main claim's facts (the 2019
   * against the stake's date): the main claim is judged without them, and the asides are checked as details
   * (details.ts). An aside that conflicts on its own is the sentence's conflict.
   */
  function judgeMain(raw: string, d: Detection, when: PageTime): Judgement | null {
    const whole = judgeClauses(raw, d, when);
    if (whole?.verdict !== 'conflicting') return whole;
    const asides = figureAsides(raw);
    if (!asides.length) return whole;
    // The sentence's parties are the main claim's and each aside's ("…, now holds 27% of the company").
    const withParties = (text: string): Detection => {
      const cd = detect(text, { lead: d.mentions[0]?.party ?? d.carried[0] ?? null, named: new Set(d.parties) }, true);
      const carried = [...d.parties].filter((p) => !cd.parties.has(p));
      const out = carried.length ? { ...cd, parties: new Set(d.parties), carried: [...cd.carried, ...carried], pair: d.pair } : cd;
      out.implicit = d.implicit;
      return out;
    };
    for (const a of asides) {
      const text = raw.slice(a.start, a.end).replace(/^,\s*/u, '');
      const ad = withParties(text);
      const own = ad.otherDeal ? null : judgeInTime(text, ad, when, d);
      if (own?.verdict === 'conflicting') return inClause(own, text, 2);
    }
    const main = withoutAsides(raw, asides);
    const md = withParties(main);
    const judgement = md.otherDeal ? null : judgeClauses(main, md, when);
    return judgement && judgement.verdict !== 'unverified' ? judgement : whole;
  }

  function judgeClauses(raw: string, d: Detection, when: PageTime): Judgement | null {
    const whole = judgeInTime(raw, d, when);
    const clauses = splitClauses(raw);
    if (clauses.length < 2) return whole ? (ownerTurnedRound(d.named, whole) ?? whole) : claimWorthy(d) ? unverified() : null;
    const lead = d.mentions[0]?.party ?? d.carried[0] ?? null;
    const context: PartyContext = { lead, named: new Set(d.parties) };
    const parts = clauses.map((c, i) => {
      let cd = detect(c, context, true);
      if (cd.otherDeal) return { text: c, judgement: null };
      // A clause naming no party speaks of the sentence's ("…, but the sharing ratio will be cut in half").
      if (cd.parties.size === 0) cd = { ...cd, parties: new Set(d.parties), carried: [...d.parties], pair: d.pair };
      // The sentence's own parties are no guess from the topic before.
      cd.implicit = d.implicit;
      let judgement = judgeInTime(c, cd, when, d);
      // A clause that leaves its topic to the sentence ("…, while OpenAI keeps paying until 2030") borrows it.
      if (!judgement || judgement.verdict === 'unverified') {
        const borrowed = withSentenceTopic(
          cd,
          d,
          clauses.filter((_, j) => j !== i),
          topics,
        );
        if (borrowed) judgement = judgeInTime(c, borrowed, when, d) ?? judgement;
      }
      // A clause opened by one of the sentence's pair that no fact answers on its own speaks of the partnership the
      // sentence names ("Microsoft sold down its equity stake as part of the revision, although OpenAI keeps paying…"):
      // it is read as the pair's. (Only where the party opens the clause as its subject: one named further on may be
      // anything's.)
      if ((!judgement || judgement.verdict === 'unverified') && d.pair && !cd.pair && cd.mentions[0]?.start === 0)
        if ([...cd.parties].every((p) => d.parties.has(p)))
          judgement = judgeInTime(c, { ...cd, parties: new Set(d.parties), pair: true }, when, d) ?? judgement;
      // A thing the clause gives one partner that the facts confirming this clause give the other: the clause's
      // conflict, whatever another clause confirms (and never a thing of another clause set against its facts).
      // (So is a detail of the clause the facts that speak to it give otherwise: its date, day, figure of a move…)
      if (judgement?.verdict === 'corroborated' || judgement?.verdict === 'outdated')
        judgement = ownerTurnedRound(cd.named, judgement) ?? details.conflict(cd.named, judgement) ?? judgement;
      return { text: c, judgement };
    });
    const conflicts = parts.filter((p) => p.judgement?.verdict === 'conflicting');
    const supports = parts.filter((p) => p.judgement && p.judgement.verdict !== 'conflicting' && p.judgement.verdict !== 'unverified');
    const silent = parts.filter((p) => !p.judgement || p.judgement.verdict === 'unverified');
    const conflict = () => (conflicts.length ? inClause(conflicts[0]!.judgement!, conflicts[0]!.text, parts.length) : null);
    const partly = () =>
      supports.length
        ? partialSupport(
            supports.map((p) => p.judgement!),
            silent.map((p) => p.text),
          )
        : null;
    // A clause that conflicts on its own first; then what the whole sentence or its clauses confirm.
    if (whole?.verdict === 'conflicting') return conflict() ?? partly() ?? unverified();
    if (whole && whole.verdict !== 'unverified') return conflict() ?? (supports.length ? null : ownerTurnedRound(d.named, whole)) ?? whole;
    return conflict() ?? partly() ?? whole ?? (claimWorthy(d) ? unverified() : null);
  }

  /**
   * A sentence setting a party aside for another name ("Google, not Microsoft, remains OpenAI's main cloud
   * partner", "it was AWS rather than Azure that…"): read with the party set aside in the pair's place, where
   * the sources confirm it by facts about that party and not the kept one, the sentence gives the kept name the
   * party's role: disputed ("Sources say Microsoft, not Google"). Otherwise null: the sentence is read as it is.
   */
  function contrastedParty(text: string, context: PartyContext, adjacent: boolean, when: PageTime): Judgement | null {
    const c = partyContrast(text);
    if (!c) return null;
    const aside = readSentenceInContext(c.aside, context, adjacent, when).judgement;
    if (aside?.verdict !== 'corroborated') return null;
    const facts = aside.facts.flatMap((m) => factsById.get(m.id) ?? []);
    const about = (f: Fact, p: string | null) => p !== null && (f.actor === p || f.target === p);
    const roles = facts.filter((f) => about(f, c.asideParty) && !about(f, c.keptParty));
    if (!roles.length || roles.length < facts.length) return null;
    // …unless the party set aside held its role only under the original terms and the kept name's sentence is confirmed
    // by standing facts about the kept party alone ("It was Amazon, not Microsoft, that OpenAI named as the exclusive
    // third-party cloud distributor for Frontier": the role is Amazon's; set aside, the sentence meets only Microsoft's
    // old exclusive cloud).
    if (roles.every((f) => f.era === 'original') && c.keptParty) {
      const kept = readSentenceInContext(c.kept, context, adjacent, when).judgement;
      const keptFacts = kept?.verdict === 'corroborated' ? kept.facts.flatMap((m) => factsById.get(m.id) ?? []) : [];
      if (keptFacts.length && keptFacts.every((f) => f.era !== 'original' && about(f, c.keptParty) && !about(f, c.asideParty))) return null;
    }
    return roleConflict(roles[0]!, sources, c.asideName, c.keptName);
  }

  /**
   * The parties another company's name may be read in place of: Amazon and Microsoft, save one the sentence names
   * itself. "Unlike Google, Microsoft holds about 27% of OpenAI" gives Microsoft its own figure; read with Microsoft
   * for Google it would set the true clause against itself.
   */
  function rivalsFor(text: string): ('amazon' | 'microsoft')[] {
    const named = partySet(findParties(text));
    return (['amazon', 'microsoft'] as const).filter((p) => !named.has(p));
  }

  /**
   * A sentence giving another company the exclusive role a fact gives a party ("Oracle will be the
   * exclusive distributor of OpenAI's Frontier"): read with the party in its place, it must match
   * that exclusive fact on every keyword group, and claim exclusivity itself.
   */
  function rivalInRole(text: string): ReturnType<typeof unverified> | null {
    const other = otherCompanyMention(text);
    if (!other) return null;
    const roles = vocabularyInForce().cues.rivalRoles;
    for (const party of rivalsFor(text)) {
      const word = roles[party][0];
      if (word === undefined) continue;
      const swapped = text.slice(0, other.start) + word + text.slice(other.end);
      const reading = readSentence(swapped);
      if (reading.polarity.exclusivity !== 1 || reading.contrast) continue;
      const fact = matcher
        .candidates(swapped)
        .map((c) => readings.get(c.fact.id)!)
        // A standing role only (not a past state such as the original Azure exclusivity).
        .find(
          (r) => r.polarity.exclusivity === 1 && r.actors.has(party) && r.fact.era !== 'original' && eraAdmits(reading.era, r.fact.era),
        );
      if (fact) return roleConflict(fact.fact, sources, word, other.name);
    }
    return rivalWithFigure(text, other);
  }

  /**
   * Another company given a party's own figure in the role a fact gives that party ("Google announced a $50 billion
   * investment in OpenAI", "Google holds roughly 27% of OpenAI"): read with the party's name in its place, a fact of
   * that party as the one who invests or holds matches it and gives that very figure. Disputed ("Sources say
   * Amazon, not Google"). A figure no such fact gives leaves the sentence another company's own matter.
   */
  function rivalWithFigure(text: string, other: { start: number; end: number; name: string }): ReturnType<typeof unverified> | null {
    const names = partyNames();
    for (const party of rivalsFor(text)) {
      const swapped = text.slice(0, other.start) + names[party] + text.slice(other.end);
      const reading = readSentence(swapped);
      if (reading.contrast) continue;
      const figures = reading.values.filter((v) => v.kind === 'money' || (v.kind === 'percent' && v.role === 'level'));
      if (!figures.length) continue;
      const fact = matcher
        .candidates(swapped)
        .filter((c) => c.strong && c.fact.actor === party && eraAdmits(reading.era, c.fact.era))
        .map((c) => c.fact)
        .find((f) =>
          figures.some((v) =>
            f.values.some((x) =>
              v.kind === 'money'
                ? x.kind === 'money' && Math.abs(x.amount - v.amount) <= x.amount * 0.025
                : x.kind === 'percent' && v.kind === 'percent' && !x.direction && Math.abs(x.value - v.value) <= 0.5,
            ),
          ),
        );
      if (fact) return roleConflict(fact, sources, names[party], other.name);
    }
    return null;
  }

  return { scan, sourceOf };
}

/**
 * Each fact's reading (its polarity, direction, parties, topics), made the first time the fact is a
 * candidate rather than for every fact when the engine is built: a sentence meets a handful of facts,
 * whatever their number. Read with the engine's vocabulary in force (it is while the engine scans).
 */
class FactReadings extends Map<string, FactReading> {
  /** The facts on each topic, gathered the first time a dated fact asks when its state changed. */
  private byTopic: Map<string, Fact[]> | null = null;
  /** Who pays or invests in whom, per fact, where read already (the positive facts' when the engine is built). */
  readonly directions = new Map<string, Direction | null>();

  constructor(private readonly facts: ReadonlyMap<string, Fact>) {
    super();
  }

  override get(id: string): FactReading | undefined {
    let reading = super.get(id);
    if (reading === undefined) {
      const fact = this.facts.get(id);
      if (fact) super.set(id, (reading = { ...readFact(fact, this.directions.get(id)), changed: this.changeOf(fact) }));
    }
    return reading;
  }

  /** Who pays or invests in whom by a fact, read alone (not the rest of its reading) where not read already. */
  directionOf(fact: Fact): Direction | null {
    const read = super.get(fact.id)?.direction ?? this.directions.get(fact.id);
    if (read !== undefined) return read;
    const direction = factDirection(fact);
    this.directions.set(fact.id, direction);
    return direction;
  }

  /** When a later fact changed this dated fact's state (time-bounds.ts). */
  private changeOf(fact: Fact): string | undefined {
    if (!fact.values.some((v) => v.kind === 'month' || v.kind === 'year')) return undefined;
    if (!this.byTopic) {
      this.byTopic = new Map();
      for (const f of this.facts.values()) {
        const list = this.byTopic.get(f.topic);
        if (list) list.push(f);
        else this.byTopic.set(f.topic, [f]);
      }
    }
    return changeOf(fact, this.byTopic.get(fact.topic) ?? []);
  }
}

/** The verdict of the clause that conflicts, its reason naming that clause. */
function inClause(j: Judgement, clause: string, clauses: number): Judgement {
  if (clauses < 2) return j;
  const e = j.explanation;
  const explanation = e.kind === 'differs' || e.kind === 'otherwise' ? { ...e, clause: namedClause(clause) } : e;
  return { ...j, explanation };
}

/** What the sources confirm, and the clauses no source speaks to. */
function partialSupport(supports: Judgement[], silent: string[]): Judgement {
  const first = supports.find((j) => j.verdict === 'mixed') ?? supports.find((j) => j.verdict === 'outdated') ?? supports[0]!;
  const facts = [...new Map(supports.flatMap((j) => j.facts).map((f) => [f.id, f])).values()];
  const evidence = [...new Map(supports.flatMap((j) => j.evidence).map((e) => [`${e.source.id}\u0000${e.quote}`, e])).values()];
  return {
    verdict: first.verdict,
    explanation: first.explanation,
    facts,
    evidence,
    ...(silent.length ? { unverifiedDetails: silent.map(namedClause) } : {}),
  };
}

/** A claim true when its page was written that the revised terms have changed since. */
function outdated(then: Judgement, now: Judgement, when: PageTime): Judgement {
  const facts = [...new Map([...then.facts, ...now.facts].map((f) => [f.id, f])).values()];
  return {
    verdict: 'outdated',
    explanation: { kind: 'outdated', ...(when.date ? { written: when.date } : {}), now: now.explanation },
    facts,
    evidence: [...then.evidence, ...now.evidence],
  };
}

/** A clause as a reason names it: one line, without the punctuation around it, at most CLAUSE_CHARS long. */
const CLAUSE_CHARS = 80;
const namedClause = (s: string) =>
  shortenAtWord(
    s
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/^[,;:\u2014\u2013\s]+|[,;:.\s]+$/gu, ''),
    CLAUSE_CHARS,
  );

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
    for (let hi = cuts.length; c < hi;) {
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
