/**
 * Compares what a sentence says with the facts it matched, and gives the verdict.
 *
 * Each fact is compared dimension by dimension (money, percentages, years, months, the polarity
 * axes, who pays whom). The fuzzy match score plays no part here. A sentence is conflicting only
 * when no matched fact agrees with it and a fact clearly about the same thing disagrees; when in
 * doubt it is corroborated by what agrees, or left unverified.
 */
import { readHolding, type Holding } from './holding';
import type { Fact, FactPack, Hedge, Source } from '../facts/schema';
import { alternatives, axesInForce, compiledFor, cuePattern } from '../facts/vocabulary';
import type { Claim, DifferenceKind, Explanation, MatchedFact, SourceEvidence } from './claim';
import { tokens, type Candidate } from './match';
import { readNegation, withoutNegator, type Negator } from './negation';
import { findParties, oneWordNames, partyNames, partyOf, type Party } from './parties';
import { quickPattern } from './quick-pattern';
import { monthFit, yearFit } from './time-bounds';
import { remembered } from './remembered';
import { showsContradiction } from './conflict-evidence';
import { statedOtherwise } from './stated-otherwise';
import { otherEventDate } from './other-event-dates';
import { figureInWords, monthName, namesMonthElsewhere } from './figure-words';
import { whoSaidWhat } from './mixed-reason';
import { dated as datedFact, framedInOldEra } from './time';
import {
  REVISION_YEAR,
  readDirection,
  readPolarity,
  type Money,
  type Direction,
  type Polarity,
  type SentenceReading,
  type Era,
} from './values';

export interface FactReading {
  fact: Fact;
  polarity: Polarity;
  direction: Direction | null;
  /** Who holds a stake in whom, as the fact says it (holding.ts). */
  holding: Holding | null;
  /** Percentages in this fact are rises and falls rather than shares and stakes. */
  changeFact: boolean;
  /** The parties the fact is about: named in its statement, or its actor and target. */
  parties: Set<Party>;
  /** The fact's actor and target, where they are parties. */
  actors: Set<Party>;
  /** Polarity axes the fact is about (its keywords name them): a disagreement there is decisive. */
  topical: Set<keyof Polarity>;
  /** The words of the fact's keywords (no party names): what a negation must govern to deny the
   * fact. Read the first time the fact is compared with a sentence. */
  terms?: string[];
  /** The fact's own negators ("will not be affected by…", "does not control…", "no longer"), read
   * the first time the fact is compared with a sentence. */
  negation?: SentenceNegation;
  /** The fact's amounts are values (a valuation, a stake's worth), read the first time it matters. */
  valueFact?: boolean;
  /** When a later fact changed this dated fact's state (time-bounds.ts `changeOf`), set by the engine. */
  changed?: string | undefined;
  /** Which facts it reads and compares the same as (`likeness`: the same number within one engine), found the first time asked. */
  likeness?: number;
}

/** Does a fact's keyword make it about an axis? The vocabulary's `axes` topics (src/facts/vocabulary.json). */
const axisTopic = compiledFor(
  () => Object.fromEntries([...axesInForce()].map(([id, a]) => [id, a.topic])) as Record<keyof Polarity, RegExp>,
);

/** The judge's cue lists (the vocabulary's `cues`), compiled once per vocabulary; the grammar stays here. */
const cues = compiledFor(({ cues: c }) => ({
  /** Words that tie a share move to the partnership's news. */
  OCCASION: cuePattern(c.occasions.words),
  /** An amount in the role of a value ("valued at $29 billion", "worth $135 billion"), then up to two words. */
  VALUE_BEFORE: new RegExp(`\\b${alternatives(c.values.before)}\\s+(?:\\w+\\s+){0,2}$`, 'iu'),
  /** A fact whose amounts are values (a valuation, a stake's worth), not sums paid. */
  VALUE_FACT: cuePattern(c.values.facts),
  /** Words that give a figure as hearsay, just before it (then up to two words). */
  HEARSAY: new RegExp(`\\b${alternatives(c.hearsay.words)}\\s+(?:\\w+\\s+){0,2}$`, 'iu'),
  /** A date relative to another sentence ("that year"). */
  RELATIVE_DATE: cuePattern(c.relativeDates.words),
  /** Another occurrence of an event ("again", "a second time"; not "more than"): a sentence telling two may date either. */
  ANOTHER_TIME: new RegExp(`\\b${alternatives(c.eventDates.increments)}\\b(?!\\s+(?:than|of)\\b)`, 'iu'),
  /** Words of a running total. */
  TOTAL: quickPattern(cuePattern(c.totals.words)),
  /** Words of a rise or fall in a fact's statement. */
  CHANGE: cuePattern(c.factChanges.words),
  /** A scope opening with a word of exclusivity, after a determiner or a possessive ("OpenAI's only investor"). */
  // (Or after the verb it qualifies: "no longer depends solely on Azure".)
  ONLY_OF: new RegExp(
    `^\\s*(?:(?:the|an?|its|their|[\\w-]+['\\u2019]s|[\\w-]+)\\s+)?${alternatives(c.exclusiveQualifiers.words)}\\b`,
    'iu',
  ),
  /** A change told as done ("has completed its conversion"). */
  COMPLETED: cuePattern(c.completions.words),
  /** A condition under which something need not come first ("if Microsoft cannot support them"). */
  ORDER_EXCEPTION: cuePattern(c.orderExceptions.words),
  /** A fact's words of a payment or of an investment, from a word's start ("investment"), when no direction is read in it. */
  PAY_FACT: new RegExp(`\\b${alternatives(c.factFamilies.pay)}`, 'iu'),
  INVEST_FACT: new RegExp(`\\b${alternatives(c.factFamilies.invest)}`, 'iu'),
}));

/** Who pays or invests in whom, as a fact says it (its statement, a paraphrase, or its actor and target). */
export function factDirection(fact: Fact): Direction | null {
  let direction = readDirection(fact.statement);
  if (!direction) {
    for (const p of fact.paraphrases) {
      direction = readDirection(p);
      if (direction) break;
    }
  }
  if (!direction) {
    const actor = partyOf(fact.actor);
    const target = partyOf(fact.target);
    const { PAY_FACT, INVEST_FACT } = cues();
    const family = PAY_FACT.test(fact.statement) ? 'pay' : INVEST_FACT.test(fact.statement) ? 'invest' : null;
    if (actor && target && actor !== target && family) direction = { family, actor, target };
  }
  return direction;
}

/** Who holds a stake in whom, as a fact says it (its statement, else a paraphrase). */
function factHolding(fact: Fact): Holding | null {
  for (const text of [fact.statement, ...fact.paraphrases]) {
    const h = readHolding(text);
    if (h) return h;
  }
  return null;
}

/** @param known the fact's direction where read already (`factDirection`) */
export function readFact(fact: Fact, known?: Direction | null): FactReading {
  const direction = known === undefined ? factDirection(fact) : known;
  const actors = new Set<Party>();
  for (const p of [partyOf(fact.actor), partyOf(fact.target)]) if (p) actors.add(p);
  // Who the fact is about: its actor and target; failing those, the parties its statement names.
  const parties = actors.size ? new Set(actors) : new Set<Party>(findParties(fact.statement).map((m) => m.party));
  const polarity = readPolarity(fact.statement);
  const moves = fact.values.flatMap((v) => (v.kind === 'percent' && v.direction ? [v.direction] : []));
  if (moves.length) polarity.movement = moves[0] === 'up' ? 1 : -1;
  const terms = fact.keywords.flat().map((t) => t.toLowerCase());
  const AXIS_TOPIC = axisTopic();
  const topical = new Set((Object.keys(AXIS_TOPIC) as (keyof Polarity)[]).filter((a) => terms.some((t) => AXIS_TOPIC[a].test(t))));
  // A fact is about the axes its statement states ("will no longer", "non-exclusive", "continue").
  for (const a of Object.keys(polarity) as (keyof Polarity)[]) if (polarity[a]) topical.add(a);
  return {
    fact,
    polarity,
    direction,
    holding: factHolding(fact),
    changeFact: moves.length > 0 || cues().CHANGE.test(fact.statement),
    parties,
    actors,
    topical,
  };
}

/**
 * The words that name who a fact is about, not what it states, as whole tokens ("msft", "chatgpt"): each party's
 * one-word names and its patterns (the vocabulary's `parties`), and the people the facts are about who are not
 * parties (`cues.otherNames`: "musk"). Compiled once per vocabulary; a word's party is remembered (a Map: a page
 * word is never an object's property).
 */
const partyWords = compiledFor((v) => {
  const byParty = v.parties.map((p) => [p.id, new RegExp(`^${alternatives([...p.patterns, ...oneWordNames(p)])}$`, 'u')] as const);
  const others = new RegExp(`^${alternatives(v.cues.otherNames.words)}$`, 'u');
  const known = new Map<string, Party | null>();
  /** The party a word of a sentence names, if it names one. */
  const partyOfWord = (w: string): Party | null => {
    let party = known.get(w);
    if (party === undefined) {
      party = byParty.find(([, re]) => re.test(w))?.[0] ?? null;
      if (known.size >= 20_000) known.clear();
      known.set(w, party);
    }
    return party;
  };
  return { partyOfWord, isPartyTerm: (t: string) => partyOfWord(t) !== null || others.test(t) };
});

/**
 * Does a negator's scope name a party the fact is not about? Then it denies something of that party,
 * not the fact: "OpenAI is no longer tied to Azure and may … use AWS" does not deny OpenAI's ties with
 * AWS. Facts about no party in particular are never set aside this way.
 */
function aboutOtherParty(scope: string[], fact: Fact): boolean {
  const own = [fact.actor, fact.target].filter((p): p is string => !!p);
  if (own.length === 0) return false;
  return scope.some((w) => {
    const party = partyWords().partyOfWord(w);
    return party !== null && !own.includes(party);
  });
}

/**
 * Is a negator's subject one party's thing ("Microsoft's board did not oust Altman") that the fact gives another
 * party ("OpenAI's board briefly ousted Sam Altman")? Then it denies something of that thing's other owner, not the
 * fact. Only a possessive right before the negator (and its auxiliary) is read.
 */
function deniedOfOtherOwner(text: string, n: { start: number }, fact: Fact): boolean {
  const before = text.slice(Math.max(0, n.start - 48), n.start).toLowerCase();
  const m = OWNER_BEFORE_NEGATOR.exec(before);
  if (!m) return false;
  const { partyOfWord } = partyWords();
  const mine = partyOfWord(m[1]!);
  if (mine === null) return false;
  const theirs = fact.statement.toLowerCase().matchAll(/([\p{L}-]+)['’]s\s+([\p{L}-]+)/gu);
  for (const [, owner, thing] of theirs) {
    const party = partyOfWord(owner!);
    if (thing === m[2] && party !== null && party !== mine) return true;
  }
  return false;
}

/** "Microsoft's board did ", "Microsoft's board has ": a party's thing and an auxiliary right before a negator. */
const OWNER_BEFORE_NEGATOR = /([\p{L}-]+)['’]s\s+([\p{L}-]+)\s+(?:(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can)\s+)?$/u;

/** A sentence's negators, each with the polarity axes it carries ("no longer" → continuation). */
export interface SentenceNegation {
  /** Each negator with the axes it cues and the words of its scope (read once). */
  negators: (Negator & { axes: (keyof Polarity)[]; words: string[]; restates?: boolean })[];
  uncertain: boolean;
  /** The words of the whole text, read only when a fact's own negator needs them. */
  words?: string[];
}

export function sentenceNegation(text: string): SentenceNegation {
  const read = readNegation(text);
  if (read.negators.length === 0) return { negators: [], uncertain: read.uncertain };
  const base = readPolarity(text);
  const negators = read.negators.map((n) => {
    const words = tokens(n.scope);
    if (n.kind === 'reversal') return { ...n, axes: [] as (keyof Polarity)[], words };
    const without = readPolarity(withoutNegator(text, n));
    // A cue on an axis: taking it out changes the sentence's reading, or its own words read as a cue
    // the sentence gives anyway ("End of the revenue share: Microsoft will no longer pay…").
    const own = readPolarity(`${text.slice(n.start, n.end)} ${n.scope}`);
    const bare = readPolarity(n.scope);
    // A denial of one end of an axis that the rest of the sentence gives the other end of ("an exclusive licence, a
    // pillar no rival cloud can match"): the two cues cancel in the sentence's reading; the denial is that axis's.
    // (The other end may stand before the denial, after its scope, or in the two read together: "The end of exclusivity
    // doesn't mean the end of the partnership: Microsoft remains OpenAI's primary cloud partner".)
    const at = text.indexOf(n.scope, n.end);
    const rests =
      at >= 0
        ? [text.slice(0, n.start) + text.slice(at + n.scope.length), text.slice(0, n.start), text.slice(at + n.scope.length)].map((t) =>
            readPolarity(t),
          )
        : [];
    const restates = (a: keyof Polarity) => {
      const end = bare[a];
      return end !== undefined && base[a] === undefined && rests.some((r) => r[a] === -end);
    };
    const axes = (Object.keys(axisTopic()) as (keyof Polarity)[]).filter(
      (a) => base[a] !== without[a] || (own[a] !== undefined && own[a] !== bare[a] && own[a] === base[a]) || restates(a),
    );
    // (Such a denial says again what the sentence says: it denies no fact's words.)
    return { ...n, axes, words, restates: axes.some(restates) };
  });
  return { negators, uncertain: read.uncertain };
}

/**
 * The negators of one side that deny something of the fact: they govern words of the fact's
 * keywords (the fact's own negators only words the sentence also uses), and they are not a cue on a
 * polarity axis the other side also has (that axis is compared instead).
 */
function denials(neg: SentenceNegation, other: Polarity, terms: string[], within?: string[]): SentenceNegation['negators'] {
  return neg.negators.filter(
    (n) =>
      !n.axes.some((a) => other[a] !== undefined) &&
      !n.restates &&
      // "no longer OpenAI's only investor" denies that it is the only one, not that it is one.
      !cues().ONLY_OF.test(n.scope) &&
      terms.some((t) => n.words.some((w) => hits(w, t)) && (!within || within.some((w) => hits(w, t)))),
  );
}

/**
 * A clear denial right before a polarity cue turns the cue round ("does not keep its stake" is not
 * keeping it; "won't stop paying" keeps paying; "gives up its exclusive licence" leaves it
 * non-exclusive): the axis is read the other way, and the denial is then that axis's cue. A denial that
 * is itself a cue on one axis turns round the cues of the others in its scope: "no longer relies
 * exclusively on Azure" ends the exclusive reliance (continuation) and so is not exclusive.
 */
function withDeniedCues(s: SentenceReading, neg: SentenceNegation): SentenceReading {
  let polarity: Polarity | null = null;
  for (const n of neg.negators) {
    if (!n.clear) continue;
    const own = [...n.axes];
    const cued = readPolarity(n.scope);
    for (const a of Object.keys(cued) as (keyof Polarity)[]) {
      // A denial that is itself a cue of the axis, before that axis's other end ("no longer remains"): the two
      // cues cancel in the sentence's reading; read together they are the denial's end.
      if (own.includes(a) && s.polarity[a] === undefined && cued[a] !== undefined) {
        polarity ??= { ...s.polarity };
        polarity[a] = cued[a] === 1 ? -1 : 1;
        continue;
      }
      if (a === 'movement' || own.includes(a) || cued[a] === undefined || s.polarity[a] !== cued[a]) continue;
      polarity ??= { ...s.polarity };
      polarity[a] = cued[a] === 1 ? -1 : 1;
      n.axes.push(a);
    }
  }
  return polarity ? { ...s, polarity } : s;
}

const PROGRESSIVE = /\b(?:is|are) (?:\w+ )?\w+ing\b/u;

/** Every axis set: a fact negator that cues any axis is compared as polarity, never as a denial. */
const ALL_AXES: Polarity = { continuation: 1, exclusivity: 1, cap: 1, movement: 1, permission: 1, ratio: 1 };

const hits = (word: string, term: string) => (term.length < 4 ? word === term : word.startsWith(term));

type Interval = [number, number];

function interval(v: number, hedge: Hedge, kind: 'money' | 'percent'): Interval {
  const exact: Interval = kind === 'money' ? [v * 0.975, v * 1.025] : [v - 0.5, v + 0.5];
  switch (hedge) {
    case 'exact':
      return exact;
    case 'about':
      return kind === 'money' ? [v * 0.93, v * 1.07] : [v - 1.5, v + 1.5];
    case 'nearly':
      return kind === 'money' ? [v * 0.88, v * 1.001] : [Math.max(0, v - 3.5), v + 0.01];
    case 'over':
    case 'at-least':
      return kind === 'money' ? [v * 0.999, v * 1.6] : [v - 0.01, v + 15];
    case 'up-to':
      return [0, kind === 'money' ? v * 1.001 : v + 0.01];
  }
}

const overlaps = (a: Interval, b: Interval) => a[0] <= b[1] && b[0] <= a[1];
const isOpen = (h: Hedge) => h === 'over' || h === 'at-least';

interface Item {
  dim: string;
  label: string;
  /** The figure belongs to another act than the fact's ("a report put out in January 2025"), or the
   * page gives it as hearsay ("reportedly worth $135 billion"): it may agree, never disagree. */
  aside?: boolean;
  /** The fact's figures of the same kind (and role), and whether each agrees with this one. */
  theirs: { label: string; ok: boolean }[];
}

interface Comparison {
  reading: FactReading;
  candidate: Candidate;
  agree: string[];
  /** Agreements too coarse to tie the fact to the sentence (a year inside the fact's month). */
  loose: string[];
  /** Amounts agreed only through an open-ended fact figure ("more than $13 billion"). */
  open: string[];
  disagree: { dim: string; numeric: boolean; topical?: boolean; says: string; pageSays: string }[];
  /** Its anchors, counted the first time asked (a comparison is complete once made). */
  anchors?: number;
}

/** How a reason says each side of an axis (the vocabulary's `axes`). */
const axisWords = compiledFor(
  () => Object.fromEntries([...axesInForce()].map(([id, a]) => [id, a.says])) as Record<keyof Polarity, [string, string]>,
);

function compare(
  s: SentenceReading,
  reading: FactReading,
  candidate: Candidate,
  negation: SentenceNegation = { negators: [], uncertain: false },
): Comparison {
  const fact = reading.fact;
  const out: Comparison = { reading, candidate, agree: [], loose: [], open: [], disagree: [] };
  const fv = fact.values;
  const group = (r: string) => (r === 'until' || r === 'by' ? 'deadline' : r);
  const items: Item[] = [];
  const speaksOfTotal = speaksOfTotalIn(s.text);
  for (const v of s.values) {
    if (v.kind === 'money') {
      const mine = interval(v.amount, v.hedge, 'money');
      const fits = fv.filter(
        (x): x is Extract<typeof x, { kind: 'money' }> => x.kind === 'money' && overlaps(mine, interval(x.amount, x.hedge, 'money')),
      );
      if (fits.length && fits.every((x) => isOpen(x.hedge) || x.hedge === 'up-to')) out.open.push(`money:${v.amount}`);
      items.push({
        dim: `money:${v.amount}`,
        label: figureInWords(v),
        aside:
          roleOf('hearsay', s.text, v.at) ||
          (roleOf('value', s.text, v.at) && !(reading.valueFact ??= cues().VALUE_FACT.test(fact.statement))),
        // A smaller amount is part of a running total ("more than $13 billion in total"), unless the
        // sentence speaks of the total itself.
        theirs: fv.flatMap((x) =>
          x.kind === 'money' && !(isOpen(x.hedge) && mine[1] < x.amount && !speaksOfTotal)
            ? [{ label: figureInWords(x), ok: overlaps(mine, interval(x.amount, x.hedge, 'money')) }]
            : [],
        ),
      });
    } else if (v.kind === 'percent') {
      if ((v.role === 'change') !== reading.changeFact) continue;
      const mine = interval(v.value, v.hedge, 'percent');
      items.push({
        dim: `percent:${v.value}`,
        label: figureInWords(v),
        theirs: fv.flatMap((x) =>
          x.kind === 'percent' ? [{ label: figureInWords(x), ok: overlaps(mine, interval(x.value, x.hedge, 'percent')) }] : [],
        ),
      });
    } else if (v.kind === 'year') {
      const all = [
        ...fv.flatMap((x) => (x.kind === 'year' ? [{ value: x.value, relation: x.relation as string, fromMonth: false }] : [])),
        ...fv.flatMap((x) => (x.kind === 'month' ? [{ value: Number(x.value.slice(0, 4)), relation: 'in', fromMonth: true }] : [])),
      ];
      const fy = all.filter((x) => group(x.relation) === group(v.relation));
      // A bare year that only falls in the month of a fact ties it loosely: it confirms, not anchors.
      if (fy.some((x) => x.value === v.value) && fy.every((x) => x.fromMonth || x.value !== v.value)) out.loose.push(`year:${v.value}`);
      // Each fact date compared by what the two entail (time-bounds.ts); one the sentence is silent beside is left out.
      const theirs = all.flatMap((x) => {
        const fit = yearFit(v, x, reading.changed);
        return fit === 'agree' || fit === 'differ' ? [{ label: `${x.relation} ${x.value}`, ok: fit === 'agree' }] : [];
      });
      items.push({
        dim: `year:${v.value}`,
        label: `${v.relation} ${v.value}`,
        aside:
          !dateTied(s.text, v.at, reading) ||
          (v.relation === 'in' && (anotherTime(s.text) || otherEventDate(s.text, v.at) || otherPartysFigureDate(s.text, v.at, fact))),
        theirs,
      });
    } else if (v.kind === 'month') {
      items.push({
        dim: `month:${v.value}`,
        label: monthName(v.value),
        // (A sentence naming the fact's own month elsewhere, "Unlike the October 2025 arrangement, … the April revision",
        // gives this date to another occurrence.)
        aside:
          !dateTied(s.text, v.at, reading) ||
          anotherTime(s.text) ||
          otherEventDate(s.text, v.at) ||
          fv.some((x) => x.kind === 'month' && x.value !== v.value && namesMonthElsewhere(s.text, v.at, x.value)),
        theirs: fv.flatMap((x) => {
          if (x.kind !== 'month') return [];
          const fit = monthFit(v, x.value, reading.changed);
          return fit === 'agree' || fit === 'differ' ? [{ label: monthName(x.value), ok: fit === 'agree' }] : [];
        }),
      });
    }
  }
  // A figure disagrees only when the page gives a figure of that kind the fact cannot explain AND
  // the fact has a figure of that kind the page does not confirm: extra figures in a sentence (about
  // something else) and figures of the fact the sentence leaves out are no conflict.
  for (const kind of ['money', 'percent', 'year', 'month']) {
    const mine = items.filter((i) => i.dim.startsWith(kind + ':') && i.theirs.length > 0);
    if (!mine.length) continue;
    const unexplained = mine.filter((i) => !i.theirs.some((t) => t.ok) && !i.aside);
    const confirmed = new Set(mine.flatMap((i) => i.theirs.filter((t) => t.ok).map((t) => t.label)));
    const unconfirmed = [...new Set(mine.flatMap((i) => i.theirs.map((t) => t.label)))].filter((l) => !confirmed.has(l));
    for (const i of mine) if (i.theirs.some((t) => t.ok)) out.agree.push(i.dim);
    if (unconfirmed.length === 0) continue;
    // A fact figure of this kind is confirmed: the page's other figures of that kind usually stand in
    // other roles (a valuation beside the stake's worth): no conflict; unexplained, they leave it unverified.
    // Only a figure right after the fact's own words ("an initial tranche of $30 billion") stands in
    // the role of the unconfirmed one.
    const inRole = (i: Item) => {
      if (confirmed.size === 0) return true;
      if (kind !== 'money') return false;
      const m = s.values.find((v): v is Money => v.kind === 'money' && `money:${v.amount}` === i.dim);
      return !!m && nearKeyword(s.text, m.at, fact);
    };
    for (const i of unexplained.filter(inRole))
      out.disagree.push({ dim: i.dim, numeric: true, says: unconfirmed.join(' / '), pageSays: i.label });
  }
  const AXIS_WORDS = axisWords();
  for (const axis of Object.keys(AXIS_WORDS) as (keyof Polarity)[]) {
    const mine = s.polarity[axis];
    const theirs = reading.polarity[axis];
    if (!mine || !theirs) continue;
    if (mine === theirs) out.agree.push(`axis:${axis}`);
    else {
      const [pos, neg] = AXIS_WORDS[axis];
      // Then and now in one sentence make a cue ambiguous, except a ratio's: its change is a comparison of the two.
      if (s.contrast && axis !== 'ratio') continue;
      out.disagree.push({
        dim: `axis:${axis}`,
        numeric: false,
        topical: reading.topical.has(axis),
        says: theirs > 0 ? pos : neg,
        pageSays: mine > 0 ? pos : neg,
      });
    }
  }
  // Who gets it first ("debut on AWS before Azure" is not "first on Azure").
  const myFirst = readFirst(s.text);
  const theirFirst = readFirst(fact.statement);
  if (myFirst && theirFirst && !(myFirst.startsWith('not ') && myFirst !== `not ${theirFirst}`)) {
    if (myFirst === theirFirst) out.agree.push('first');
    // Another place first under a condition the fact makes ("…, unless Microsoft cannot…"): its exception.
    else if (cues().ORDER_EXCEPTION.test(s.text)) out.agree.push('first');
    else out.disagree.push({ dim: 'first', numeric: false, topical: true, says: `first on ${theirFirst}`, pageSays: firstSays(myFirst) });
  }
  const d = s.direction;
  const fd = reading.direction;
  // Denial: the sentence denies what the fact states ("has not been finalised", "sold its stake"),
  // or the fact denies what the sentence states. Decisive only for a clear denial in the sentence's
  // first clause; otherwise the fact does not vouch for the sentence. A sentence that says it is not
  // known ("It is not clear whether…") is vouched for by no fact.
  const terms = termsOf(reading);
  const allMine = denials(negation, reading.polarity, terms).filter((n) => !aboutOtherParty(n.words, fact));
  const mine = allMine.filter((n) => !deniedOfOtherOwner(s.text, n, fact));
  // (What it denies of another owner's thing the fact does not say: it vouches for nothing.)
  if (mine.length !== allMine.length)
    out.disagree.push({ dim: 'negation', numeric: false, topical: false, says: fact.statement, pageSays: 'not' });
  const denies = mine.length % 2 === 1;
  // The fact's own denials that cue a polarity axis are compared as polarity; they answer a denial of
  // the sentence only ("will not have to pay … anymore" and "will no longer pay").
  const own = (reading.negation ??= sentenceNegation(fact.statement));
  const denied =
    own.negators.length === 0
      ? false
      : denials(own, mine.length ? s.polarity : ALL_AXES, terms, (negation.words ??= tokens(s.text))).length % 2 === 1;
  // A change said to be done is not vouched for by a fact telling it as under way ("has completed its
  // conversion" and "is transitioning"), nor contradicted by it: the facts dating it as done answer it.
  if (PROGRESSIVE.test(fact.statement) && cues().COMPLETED.test(s.text) && !cues().COMPLETED.test(fact.statement))
    out.disagree.push({ dim: 'negation', numeric: false, topical: false, says: fact.statement, pageSays: 'done' });
  if (negation.uncertain)
    out.disagree.push({ dim: 'negation', numeric: false, topical: false, says: fact.statement, pageSays: 'not known' });
  else if (denies !== denied) {
    // "has not transitioned yet" does not deny "is transitioning": a thing under way is not done yet.
    const underWay = mine.some((n) => n.yet) && PROGRESSIVE.test(fact.statement);
    const clear =
      denies &&
      !underWay &&
      mine.every((n) => n.clear) &&
      !(d && fd && d.family === fd.family && (d.actor !== fd.actor || d.target !== fd.target));
    out.disagree.push({ dim: 'negation', numeric: false, topical: clear, says: fact.statement, pageSays: denies ? 'not' : 'so' });
  }
  // Who holds a stake in whom ("OpenAI owns 27% of Microsoft" is not Microsoft's stake in OpenAI).
  const sh = s.holding;
  const fh = reading.holding;
  if (sh && fh && sh.holder !== 'other' && fh.holder !== 'other') {
    // (The same holder is no agreement of its own: it ties nothing the figures and words do not.)
    if (sh.holder !== fh.holder || (sh.held !== null && sh.held !== fh.held))
      out.disagree.push({
        dim: 'holder',
        numeric: false,
        topical: true,
        says: `${partyNames()[fh.holder]} holds a stake in ${fh.held ? partyNames()[fh.held] : 'it'}`,
        pageSays: 'the other way round',
      });
  }
  // (A flow denied to another party than the fact's, "OpenAI pays Amazon no revenue share" against "OpenAI pays
  // Microsoft", is not the fact's flow turned round: what it denies the fact does not say.)
  // (Nor does it say it: the fact vouches for nothing.)
  const deniedElsewhere = denies && d && fd && d.family === fd.family && (d.actor === fd.actor) !== (d.target === fd.target);
  if (deniedElsewhere) out.disagree.push({ dim: 'negation', numeric: false, topical: false, says: fact.statement, pageSays: 'not' });
  else if (d && fd && d.family === fd.family) {
    if (d.actor === fd.actor && d.target === fd.target) out.agree.push('direction');
    else
      out.disagree.push({
        dim: 'direction',
        numeric: false,
        says: `${partyNames()[fd.actor]} ${fd.family === 'pay' ? 'pays' : 'invests in'} ${partyNames()[fd.target]}`,
        pageSays: 'the other way round',
      });
  }
  return out;
}

/** The likenesses met, per engine's readings (gone with the engine), each a number. */
/** A fact's terms (`FactReading.terms`): the words of its keywords that name no party, read once per fact. */
function termsOf(reading: FactReading): string[] {
  return (reading.terms ??= [...new Set(reading.fact.keywords.flat().flatMap((t) => tokens(t)))].filter(
    (t) => !partyWords().isPartyTerm(t),
  ));
}

const likenessesOf = new WeakMap<Map<string, FactReading>, Map<string, number>>();

/**
 * A fact's content apart from its id and evidence (which no comparison reads), and when a later fact changed
 * it, as a number: facts alike in these (near-duplicates of one another) read the same and compare the same
 * with a sentence. Found once per reading.
 */
function likeness(reading: FactReading, known: Map<string, number>): number {
  if (reading.likeness === undefined) {
    const { id: _id, evidence: _evidence, ...rest } = reading.fact;
    const key = `${reading.changed ?? ''}\n${JSON.stringify(rest)}`;
    let n = known.get(key);
    if (n === undefined) known.set(key, (n = known.size));
    reading.likeness = n;
  }
  return reading.likeness;
}

/** A sentence compared with a fact once per set of facts alike (`likeness`): the others take that comparison as theirs. */
function compareOnce(
  s: SentenceReading,
  reading: FactReading,
  candidate: Candidate,
  negation: SentenceNegation,
  alike: Map<number, Comparison>,
  known: Map<string, number>,
): Comparison {
  const key = likeness(reading, known);
  const made = alike.get(key);
  if (made) return { ...made, reading, candidate };
  const c = compare(s, reading, candidate, negation);
  alike.set(key, c);
  return c;
}

/**
 * Where something arrives first ("first on Azure", "on AWS ahead of…"): the places (the vocabulary's
 * `cues.firstPlaces`), each family as a reason names it, compiled once per vocabulary; the grammar stays here.
 */
const firstPlaces = compiledFor(({ cues: { firstPlaces: f } }) => {
  const families = (
    [
      ['Azure', f.azure],
      ['AWS', f.aws],
      ['Google Cloud', f.googleCloud],
    ] as const
  ).map(([family, names]) => [family, new RegExp(`^${alternatives(names)}$`, 'u')] as const);
  const PLACE = `(${alternatives([...f.azure, ...f.aws, ...f.googleCloud, ...f.others])})`;
  const FIRST = alternatives(f.first);
  const ARRIVAL = alternatives(f.arrivals);
  const BEFORE = alternatives(f.before);
  return {
    FIRST_AT: [
      new RegExp(String.raw`\b${FIRST} (?:on|to|through|via|in|with) (?:\w+'s )?${PLACE}\b`, 'iu'),
      new RegExp(String.raw`\b(?:on|to|through|via|in|with) ${PLACE},? ${alternatives(f.afterPlace)}\b`, 'iu'),
      new RegExp(String.raw`\b${ARRIVAL}\w* (?:\w+ ){0,2}(?:on|to|in|via|through) ${PLACE}\b[^.]{0,40}\b${BEFORE}\b`, 'iu'),
      new RegExp(String.raw`\b${BEFORE} (?:\w+ ){0,4}(?:on|to|in|via|through) ${PLACE}\b`, 'iu'),
    ],
    /** The family a place found belongs to ("amazon web services": AWS); another place is its own. */
    familyOf: (place: string) => families.find(([, re]) => re.test(place))?.[0] ?? place,
  };
});

/** Where something arrives first, as a place name family, if the text says (read once per text: a
 * sentence and a fact's statement are compared many times). */
export const readFirst = remembered(readFirstOf, 4_096);

function readFirstOf(text: string): string | null {
  const { FIRST_AT, familyOf } = firstPlaces();
  for (let i = 0; i < FIRST_AT.length; i++) {
    const m = FIRST_AT[i]!.exec(text);
    if (!m) continue;
    const family = familyOf(m[1]!.toLowerCase());
    // "before … on Azure": the other place came first; the place named is second.
    if (i === 3) return `not ${family}`;
    return family;
  }
  return null;
}

/** How a reason words where the page puts something first: "not Azure" (the place named came second) is
 * "elsewhere first" ("Sources say first on Azure, not elsewhere first"). */
function firstSays(first: string): string {
  return first.startsWith('not ') ? 'elsewhere first' : `first on ${first}`;
}

/** Agreements that tie a fact to the sentence's event: a shared figure, or a cue the fact is about (counted once per comparison). */
function anchors(c: Comparison): number {
  return (c.anchors ??= countAnchors(c));
}

function countAnchors(c: Comparison): number {
  return (
    c.agree.filter((a) => !a.startsWith('axis:') && a !== 'direction' && !c.loose.includes(a)).length +
    c.agree.filter((a) => a.startsWith('axis:') && c.reading.topical.has(a.slice(5) as keyof Polarity)).length
  );
}

/** A figure as a reader would write it ("$2 billion", "20%", "2021", "July 2019"). */
function valueLabel(v: SentenceReading['values'][number]): string {
  if (v.kind === 'money' || v.kind === 'percent') return figureInWords(v);
  if (v.kind === 'month') return monthName(v.value);
  return v.relation === 'in' ? String(v.value) : `${v.relation} ${v.value}`;
}

function dimOf(v: SentenceReading['values'][number]): string {
  return `${v.kind}:${v.kind === 'money' ? v.amount : v.value}`;
}

export function flowKey(d: Direction): string {
  return `${d.family}:${d.actor}>${d.target}`;
}

/** Does the sentence speak of a running total? (Read once per sentence, not once per fact compared with it.) */
const speaksOfTotalIn = remembered((text) => cues().TOTAL.test(text), 16);

/** What the words before each figure of a sentence make of it, read once per sentence (not per fact compared). */
const rolesIn = remembered(() => ({ value: new Map<number, boolean>(), hearsay: new Map<number, boolean>() }), 16);

/**
 * The roles the words just before a figure give it, each with its cue and how far before the figure it is
 * looked for: a value is not a sum invested or paid (it never contradicts a fact about such sums); hearsay
 * may agree with a fact, never disagree.
 */
const ROLES = { value: ['VALUE_BEFORE', 45], hearsay: ['HEARSAY', 50] } as const;

/** Do the words just before the figure at `at` give it this role? */
function roleOf(role: keyof typeof ROLES, text: string, at: number | undefined): boolean {
  if (at === undefined) return false;
  const known = rolesIn(text)[role];
  let is = known.get(at);
  if (is === undefined) {
    const [cue, reach] = ROLES[role];
    known.set(at, (is = cues()[cue].test(text.slice(Math.max(0, at - reach), at))));
  }
  return is;
}

/** Does the sentence tell an event a second time ("revised it in October 2025 and again on Monday")? Its dates may be
 * the other occurrence's: they confirm a fact's date, never contradict it. */
function anotherTime(text: string): boolean {
  return cues().ANOTHER_TIME.test(text);
}

/**
 * Is a date tied to the fact: does its clause, up to the date, name a party or a word of the fact's
 * keywords? "Staff put out a report in January 2025" dates the report, not the investment.
 */
function dateTied(text: string, at: number | undefined, reading: FactReading): boolean {
  if (at === undefined) return true;
  const words = dateClause(text, at);
  if (words === null) return true;
  const terms = termsOf(reading);
  return words.some((w) => terms.some((t) => t.length >= 4 && !/^\d+$/u.test(t) && w.startsWith(t)));
}

/**
 * Is the date at `at` in a clause told of a figure by a party the fact is not about ("dwarfs the $10 billion Microsoft
 * paid in 2023", against Amazon's fact)? A figure, then a party and its verb right before the date: that party's act
 * is dated, not the fact's.
 */
function otherPartysFigureDate(text: string, at: number | undefined, fact: Fact): boolean {
  if (at === undefined) return false;
  const m = FIGURE_PARTY_BEFORE_DATE.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return false;
  const party = findParties(m[1]!)[0]?.party;
  const own = [fact.actor, fact.target].filter((p): p is string => !!p);
  return party !== undefined && own.length > 0 && !own.includes(party);
}

/** "$10 billion Microsoft paid in ", "27% OpenAI had agreed to in ": a figure, a name, its verb (up to three more words), "in". */
const FIGURE_PARTY_BEFORE_DATE =
  /\d(?:\s*(?:billion|million|bn|%))?\s+(\p{Lu}[\p{L}-]*)\s+\p{Ll}+(?:\s+\p{Ll}+){0,3}\s+(?:in|during)\s+(?:(?:early|mid|late)[-\s])?$/u;

/** Per sentence, per date: null where the date is tied by its place or a party its clause names, else its clause's words. */
const dateClausesIn = remembered(() => new Map<number, string[] | null>(), 16);

/** The words of a date's clause up to the date, or null when the date is tied to the main clause whatever the fact (read once per sentence and date, not per fact compared). */
function dateClause(text: string, at: number): string[] | null {
  const known = dateClausesIn(text);
  let words = known.get(at);
  if (words !== undefined) return words;
  const head = text.slice(0, at);
  const from =
    Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('\u2014'), head.search(/\b(?:that|which|who)\s+\S*$/u)) + 1;
  const clause = head.slice(from);
  // A date opening the sentence ("In January 2024, Microsoft made…", "By 2030 OpenAI will have stopped…") dates its main
  // clause.
  if (from === 0 && (/^[^,;]{0,25},/u.test(text.slice(at)) || /^\s*\w+\s+$/u.test(head))) words = null;
  else if (findParties(clause).length > 0) words = null;
  else words = tokens(clause);
  known.set(at, words);
  return words;
}

/** Is there a term of the fact's keywords among the few words before the figure at `at`? */
function nearKeyword(text: string, at: number, fact: Fact): boolean {
  const known = wordsBeforeIn(text);
  let before = known.get(at);
  if (!before) known.set(at, (before = tokens(text.slice(0, at)).slice(-4)));
  let terms = keywordWords.get(fact);
  if (!terms)
    keywordWords.set(
      fact,
      (terms = fact.keywords
        .flat()
        .flatMap((t) => tokens(t))
        .filter((t) => !/^\d+$/u.test(t))),
    );
  return before.some((w) => terms.some((t) => (t.length < 4 ? w === t : w.startsWith(t))));
}

/** Per sentence, per figure: the last four words before it (read once, not per fact compared). */
const wordsBeforeIn = remembered(() => new Map<number, string[]>(), 16);
/** Per fact, the words of its keywords that are not figures. */
const keywordWords = new WeakMap<Fact, string[]>();

/** The fact is dated before the year of the revision (an event or a state of that time). */
function historical(fact: Fact): boolean {
  return fact.values.some(
    (v) =>
      (v.kind === 'month' ? Number(v.value.slice(0, 4)) : v.kind === 'year' && v.relation === 'in' ? v.value : Infinity) <
      REVISION_YEAR - 1,
  );
}

/**
 * Is a sentence's flow another than a fact's, sharing only one party in the other role ("Amazon gets no revenue share from
 * OpenAI" against "Microsoft paid OpenAI a share of its revenue")? Then the fact speaks to neither it nor it turned round.
 */
function crosswise(d: SentenceReading['direction'], fd: SentenceReading['direction']): boolean {
  if (!d || !fd || d.family !== fd.family) return false;
  return d.actor !== fd.actor && d.target !== fd.target && (d.actor !== fd.target || d.target !== fd.actor);
}

function eraFits(sentence: Era, fact: Fact['era']): boolean {
  if (!sentence || fact === 'any') return true;
  return sentence === fact;
}

/** A sentence's verdict and why: the claim the engine reports, without where the sentence stands on the page. */
export type Judgement = Pick<Claim, 'verdict' | 'explanation' | 'facts' | 'evidence' | 'unverifiedDetails'>;

export function judge(
  sentence: SentenceReading,
  candidates: Candidate[],
  readings: Map<string, FactReading>,
  sources: Map<string, Source>,
  /** Facts the sentence names only some parties of: they may corroborate it, never contradict it. */
  partial: Set<string> = new Set(),
  /** Facts reached by a one-company sentence without partnership words: only figures tie them. */
  solo: Set<string> = new Set(),
  /** Flows the fact base affirms somewhere ("pay:openai>microsoft"): a sentence stating one of them
   * is not contradicted on who pays whom by a fact about the opposite flow. */
  knownFlows: Set<string> = new Set(),
  /** Every detail the pack's facts give (stated-otherwise.ts packDetails). */
  told: ReadonlySet<string> = new Set(),
): Judgement | null {
  const flowKnown = sentence.direction ? knownFlows.has(flowKey(sentence.direction)) : false;
  // A present-tense, undated sentence ("Microsoft's stake is around 32%") is not about a state the
  // sources date before the revision ("bought nearly one-third in January 2023").
  const undatedNow = sentence.era === 'revised' && !sentence.values.some((v) => v.kind === 'year' || v.kind === 'month');
  const negation = sentenceNegation(sentence.text);
  sentence = withDeniedCues(sentence, negation);
  // A sentence that gives no time is read as today's: the terms of before the revision may confirm it
  // (as history), never contradict it ("Microsoft does not pay OpenAI a revenue share").
  if (!sentence.era) {
    const before = candidates.filter((c) => c.fact.era === 'original');
    if (before.length) partial = new Set([...partial, ...before.map((c) => c.fact.id)]);
  }
  // A sentence set in the old era ("Under the old contract…", "previously") is judged by that era's terms:
  // what the sources say of the partnership without a date may confirm it, never contradict it (time.ts).
  if (sentence.era === 'original' && framedInOldEra(sentence.text)) {
    const undated = candidates.filter((c) => c.fact.era !== 'original' && !datedFact(c.fact));
    if (undated.length) partial = new Set([...partial, ...undated.map((c) => c.fact.id)]);
  }
  // A present-tense sentence may restate an investment made then ("Microsoft is investing $10 billion"):
  // such a fact may confirm it, not contradict it (the sentence may be of another investment).
  if (undatedNow) {
    const then = candidates.filter((c) => historical(c.fact) && c.fact.topic === 'investment');
    if (then.length) partial = new Set([...partial, ...then.map((c) => c.fact.id)]);
  }
  // Another body's stake ("the OpenAI Foundation holds a minority stake") is not a party's: a fact about a
  // party's own stake neither confirms nor contradicts it.
  const otherHolder = sentence.holding?.holder === 'other';
  const alike = new Map<number, Comparison>();
  let known = likenessesOf.get(readings);
  if (!known) likenessesOf.set(readings, (known = new Map()));
  const compared = candidates
    .filter((c) => eraFits(sentence.era, c.fact.era))
    .filter((c) => !otherHolder || !(readings.get(c.fact.id) ?? readFact(c.fact)).holding)
    .filter((c) => !crosswise(sentence.direction, (readings.get(c.fact.id) ?? readFact(c.fact)).direction))
    // (An investment made then is still made: only states of that time, a stake or a valuation, are set aside.)
    .filter((c) => !(undatedNow && historical(c.fact) && c.fact.topic !== 'investment'))
    .map((c) => compareOnce(sentence, readings.get(c.fact.id) ?? readFact(c.fact), c, negation, alike, known!));
  const explained = new Set(compared.flatMap((c) => c.agree));
  const comps = compared
    // Two or more figures that all differ (and that no other fact explains) and none that agrees: a
    // different event, not a conflict.
    .filter((c) => !(anchors(c) === 0 && c.disagree.filter((d) => d.numeric && !explained.has(d.dim)).length >= 2))
    // A one-company sentence without partnership words speaks to a fact only through its figures
    // ("Microsoft's own Phi models are small" is not the fact about its own models).
    // A share move alone ("Microsoft finished up 3.64% on Monday") is the partnership's only where the
    // sentence ties it to the news ("after the announcement").
    .filter(
      (c) =>
        !solo.has(c.reading.fact.id) ||
        anchors(c) > 0 ||
        (c.disagree.some((d) => d.numeric) && (!c.reading.changeFact || cues().OCCASION.test(sentence.text))),
    );
  if (comps.length === 0) return null;
  // Figures: a page figure some matched fact confirms is answered, whatever other facts say.
  // …except an amount only an open-ended figure admits ("more than $13 billion" admits $20 billion)
  // when a fact pinned to the sentence's own date gives another amount.
  const dated = (c: Comparison) => c.agree.some((a) => (a.startsWith('year:') || a.startsWith('month:')) && !c.loose.includes(a));
  const firm = new Set(comps.flatMap((c) => c.agree.filter((a) => !c.open.includes(a))));
  // A running total ("has committed $13 billion since it first backed the company in 2019") is not pinned
  // to the date it runs from.
  const cumulative = speaksOfTotalIn(sentence.text) || /\bsince\b[^.;]{0,50}?\b(?:19|20)\d\d\b/iu.test(sentence.text);
  const pinned = new Set(
    comps.filter((c) => !cumulative && dated(c)).flatMap((c) => c.disagree.filter((d) => d.numeric && !firm.has(d.dim)).map((d) => d.dim)),
  );
  const agreedAll = new Set(comps.flatMap((c) => c.agree).filter((a) => !pinned.has(a)));
  // Without an agreeing figure or cue, only the best keyword match counts as clearly the same topic.
  // The leader: the best keyword match about the same flow (who pays whom); failing that, a candidate
  // met through "another figure" whose flow is the same ("Amazon will invest $75 billion in OpenAI",
  // the $50 billion fact); failing that, the best keyword match about the other flow.
  const flips = (c: Comparison) => c.disagree.some((d) => d.dim === 'direction');
  const best = (a: Comparison, b: Comparison) =>
    anchors(b) - anchors(a) || b.agree.length - a.agree.length || a.candidate.rank - b.candidate.rank;
  const strong = comps.filter((c) => c.candidate.strong);
  const leader =
    strong.filter((c) => !flips(c)).sort(best)[0] ??
    comps.filter((c) => !c.candidate.strong && !partial.has(c.reading.fact.id) && c.agree.includes('direction')).sort(best)[0] ??
    strong.sort(best)[0];
  // Per kind of figure, the best keyword match that speaks of that kind ("holds roughly 45%" in a
  // sentence that also gives the 2019 investment: the stake fact leads for percentages).
  // (Found once per kind, however many comparisons ask.)
  const leaders = new Map<string, Comparison | undefined>();
  const leaderFor = (dim: string) => {
    const kind = dim.slice(0, dim.indexOf(':') + 1);
    if (leaders.has(kind)) return leaders.get(kind);
    const found = strong
      .filter((c) => !flips(c) && [...c.agree, ...c.disagree.map((d) => d.dim)].some((x) => x.startsWith(kind)))
      .sort(best)[0];
    leaders.set(kind, found);
    return found;
  };
  // An amount alone may be another transaction; with no date in the sentence (or only dates the
  // facts confirm) a different amount for the same thing is a conflict.
  const undatedOrDated =
    !cues().RELATIVE_DATE.test(sentence.text) &&
    sentence.values.every((v) => (v.kind !== 'year' && v.kind !== 'month') || agreedAll.has(`${v.kind}:${v.value}`));
  // The best keyword match, with nothing else in common, conflicts on a figure only where the figure
  // cannot belong to another time or transaction: a different amount may be another deal (unless the
  // sentence is undated), and a past-tense amount or share may be an earlier state ("held 49%",
  // "was worth $135 billion") of something that has changed since.
  const past = sentence.era === 'original';
  const leaderFigure = (dim: string, c: Comparison) => {
    if (dim.startsWith('year:') || dim.startsWith('month:')) return true;
    if (past && c.reading.fact.era !== 'original') return false;
    if (!dim.startsWith('money:')) return true;
    // An amount conflicts only where the sentence ties it to the fact's own words ("valued at $500
    // billion", "invest $75 billion"), not to some other quantity ("cut its net income by $3.1 billion").
    const amount = Number(dim.slice(6));
    const money = sentence.values.find((v): v is Money => v.kind === 'money' && v.amount === amount);
    return undatedOrDated && !sentence.increment && !!money && nearKeyword(sentence.text, money.at, c.reading.fact);
  };
  const verdicts = comps.map((c) => {
    const anchored = anchors(c) > 0 || c === leader;
    const figures = c.disagree.filter(
      (d) => d.numeric && !agreedAll.has(d.dim) && (anchors(c) > 0 || ((c === leader || c === leaderFor(d.dim)) && leaderFigure(d.dim, c))),
    );
    // Polarity and direction: decisive where the fact is about that axis, or for a direction the
    // fact is otherwise anchored to.
    // A fact about the other flow (who pays whom differs) says nothing about this one's polarity.
    const otherFlow = c.disagree.some((d) => d.dim === 'direction');
    const structure = c.disagree.filter((d) => !d.numeric && (d.dim === 'direction' ? anchored && !flowKnown : d.topical && !otherFlow));
    // Clean: nothing of the fact is contradicted. (A fact whose own figure differs, even where another
    // fact confirms the page's figure, supports nothing: it is about another time or transaction.)
    const decisiveStructure = c.disagree.some(
      (d) => !d.numeric && (d.dim === 'direction' || d.dim === 'negation' || (d.topical && !otherFlow)),
    );
    const clean = !decisiveStructure && c.disagree.every((d) => !d.numeric);
    // Answered: its only differences are figures other facts confirm (it may still vouch for the rest).
    const answered = !decisiveStructure && c.disagree.every((d) => !d.numeric || agreedAll.has(d.dim));
    return { c, figures, structure, clean, answered };
  });
  const good = verdicts.filter((v) => v.clean).map((v) => v.c);
  const goodAgree = new Set(good.flatMap((c) => c.agree));
  const vouched = new Set(verdicts.filter((v) => v.answered).flatMap((v) => v.c.agree));
  // A fact met through some of the parties only may still be told wrong in a figure where another figure of its own
  // ties it to the sentence ("Microsoft's $13 billion investment is now worth nearly $152 billion": the worth's fact
  // agrees on the $13 billion): who does what is not in question, only the figure.
  const figureTied = (v: (typeof verdicts)[number]) =>
    v.figures.length > 0 && v.c.agree.some((a) => /^(?:money|percent):/.test(a) && !v.c.open.includes(a) && !v.c.loose.includes(a));
  const bad = verdicts.filter(
    (v) =>
      (!partial.has(v.c.reading.fact.id) || figureTied(v)) &&
      (v.figures.length > 0 || v.structure.some((d) => good.length === 0 || !goodAgree.has(d.dim))),
  );
  // A clear denial of a fact the sources disagree on, by its polarity (a negation, or the other end of one of
  // its polarity axes: "OpenAI has to share" against "no longer has to share"): the sources that dispute it
  // side with the page, so the sentence is at worst mixed, never disputed.
  const deniedOnly = (v: (typeof verdicts)[number]) =>
    v.figures.length === 0 && v.structure.length > 0 && v.structure.every((d) => d.dim === 'negation' || d.dim.startsWith('axis:'));
  if (bad.length > 0 && bad.every((v) => deniedOnly(v) && disputed(v.c.reading.fact))) return deniedDisputed(bad[0]!.c, sources);
  if (bad.length > 0)
    return conflict(
      bad.map((v) => v.c),
      sources,
      // Facts set aside as another event (every figure differs) that speak of the same thing: their figures are differences too.
      compared.filter((c) => !partial.has(c.reading.fact.id) && !bad.some((v) => v.c === c) && alongside(c)),
    );
  if (good.length === 0) return null;
  // A figure none of the matched facts speaks to is not corroborated by them ("Microsoft held 49%
  // of the capped-profit arm" matching a fact about the profit cap): leave such a claim unverified.
  const unconfirmed = sentence.values.filter(
    (v) => !vouched.has(dimOf(v)) && !(v.kind === 'percent' && v.role === 'change' && !good.some((c) => c.reading.changeFact)),
  );
  if (unconfirmed.length === 0) return support(good, sources);
  // Partial support: a figure of the sentence that a supporting fact confirms ties the sentence to
  // that fact; the figures no source speaks to ("and a further round in 2021") are named as
  // unverified details, never a reason to doubt what is confirmed. Without a confirmed figure the
  // sentence may be about something else: unverified.
  // A date none of the supporting facts gives is a detail of when, not another quantity: it never voids
  // the support of a fact that gives no date of its own.
  // (A deadline, "until 2030", is a term of the deal, not a date of it.)
  const datesOnly = unconfirmed.every(
    (v) =>
      ((v.kind === 'year' && (v.relation === 'in' || v.relation === 'since')) || v.kind === 'month') &&
      good.some((c) => !c.reading.fact.values.some((x) => x.kind === 'year' || x.kind === 'month')),
  );
  const tied = datesOnly || sentence.values.some((v) => goodAgree.has(dimOf(v)) && !good.every((c) => c.loose.includes(dimOf(v))));
  // A detail the confirming fact itself states otherwise, in the same role ("until 2033" beside the fact's "until
  // 2030"): the clause tells that fact wrong (stated-otherwise.ts). One of a kind the fact does not give stays silent.
  const otherwise = good
    .filter(
      (c) =>
        c.candidate.strong &&
        c.agree.some((a) => (partial.has(c.reading.fact.id) ? /^(?:money|percent):/ : /^(?:money|percent|year|month):/).test(a)),
    )
    .map((c) => ({
      c,
      details: statedOtherwise(
        unconfirmed.filter((v) => v.kind !== 'money' || !sentence.increment),
        sentence.values,
        c.reading.fact,
        told,
        sentence.text,
      ),
    }))
    .filter((x) => x.details.length > 0);
  if (otherwise.length > 0)
    return conflict(
      otherwise.map(({ c, details }) => ({
        ...c,
        disagree: [...c.disagree, ...details.map((d) => ({ dim: d.dim, numeric: true, says: d.says, pageSays: valueLabel(d.value) }))],
      })),
      sources,
    );
  if (!tied) return null;
  const details = unconfirmed.map(valueLabel);
  return { ...support(good, sources), unverifiedDetails: details };
}

/** Who says what, as data (mixed-reason.ts). */
const said = (fact: Fact, sources: Map<string, Source>) => {
  const parts = whoSaidWhat(fact, sources);
  return parts.length ? { said: parts } : {};
};

const disputed = (f: Fact) => f.evidence.some((e) => e.stance === 'disputes');

function deniedDisputed(c: Comparison, sources: Map<string, Source>): Judgement {
  const fact = c.reading.fact;
  return {
    verdict: 'mixed',
    explanation: { kind: 'disagree', fact: fact.statement, denied: true, ...said(fact, sources) },
    facts: [matched(fact)],
    evidence: dedupe(toEvidence(fact, sources, true)),
  };
}

function toEvidence(fact: Fact, sources: Map<string, Source>, flip: boolean): SourceEvidence[] {
  const out: SourceEvidence[] = [];
  for (const e of fact.evidence) {
    const source = sources.get(e.source);
    if (!source) continue;
    const agrees = (e.stance === 'supports') !== flip;
    out.push({ source, stance: agrees ? 'corroborates' : 'conflicts', quote: e.quote, ...(e.note ? { note: e.note } : {}), fact: fact.id });
  }
  return out;
}

const matched = (f: Fact): MatchedFact => ({ id: f.id, statement: f.statement, topic: f.topic });

function support(supporting: Comparison[], sources: Map<string, Source>): Judgement {
  // The fact that agrees on the most, then the best-ranked.
  const ordered = [...supporting].sort((a, b) => b.agree.length - a.agree.length || a.candidate.rank - b.candidate.rank);
  const primary = ordered[0]!.reading.fact;
  // Beside the primary fact, only facts that agree on something (not ones merely not contradicted).
  const shown = ordered
    .filter((c, i) => i === 0 || c.agree.length > 0)
    .slice(0, 3)
    .map((c) => c.reading.fact);
  const evidence = dedupe(shown.flatMap((f) => toEvidence(f, sources, false)));
  const disputed = primary.evidence.some((e) => e.stance === 'disputes');
  const n = new Set(primary.evidence.filter((e) => e.stance === 'supports').map((e) => e.source)).size;
  return disputed
    ? {
        verdict: 'mixed',
        explanation: { kind: 'disagree', fact: primary.statement, ...said(primary, sources) },
        facts: shown.map(matched),
        evidence,
      }
    : {
        verdict: 'corroborated',
        explanation: { kind: 'agrees', sources: n, fact: primary.statement },
        facts: shown.map(matched),
        evidence,
      };
}

/** A comparison whose only differences are figures, reached on every keyword group: a fact the conflict's reason may add its figures from. */
const alongside = (c: Comparison) =>
  c.candidate.strong &&
  c.disagree.some((d) => d.numeric) &&
  c.disagree.every((d) => d.numeric || (d.dim !== 'direction' && d.dim !== 'negation' && !d.topical));

/** Is a fact about the same thing as another: the same topic, era, actor and target? */
const sameThing = (a: Fact, b: Fact) => a.topic === b.topic && a.era === b.era && a.actor === b.actor && a.target === b.target;

/** The order a reason names figures in: amounts, shares, years, months, then who pays whom. */
const KIND_ORDER = ['money:', 'percent:', 'year:', 'month:'];
const kindRank = (dim: string) => {
  const i = KIND_ORDER.findIndex((k) => dim.startsWith(k));
  return i < 0 ? KIND_ORDER.length : i;
};

function conflict(contradicting: Comparison[], sources: Map<string, Source>, others: Comparison[] = []): Judgement {
  // The fact about the same flow first (its polarity or figure is the reason), then the best anchored.
  const flips = (c: Comparison) => (c.disagree.some((d) => d.dim === 'direction') ? 1 : 0);
  const ordered = [...contradicting].sort(
    (a, b) => flips(a) - flips(b) || anchors(b) - anchors(a) || b.agree.length - a.agree.length || a.candidate.rank - b.candidate.rank,
  );
  const primary = ordered[0]!;
  const kindOf = (dim: string) => dim.slice(0, dim.indexOf(':') + 1) || dim;
  const d =
    primary.disagree.find((x) => x.numeric) ??
    primary.disagree.find((x) => x.dim === 'direction' || x.dim === 'holder') ??
    primary.disagree[0]!;
  const shownComparisons = ordered.slice(0, 2);
  // A fact about the same thing that gives a figure of another kind ("OpenAI pays Microsoft 20%" beside "until 2030").
  for (const c of others) {
    if (!sameThing(c.reading.fact, primary.reading.fact) || shownComparisons.includes(c)) continue;
    const named = new Set(shownComparisons.flatMap((s) => s.disagree.filter((x) => x.numeric).map((x) => kindOf(x.dim))));
    if (c.disagree.some((x) => x.numeric && !named.has(kindOf(x.dim)) && kindOf(x.dim) !== 'year:' && kindOf(x.dim) !== 'month:'))
      shownComparisons.push(c);
  }
  // Figures and who pays whom read well side by side, every one that differs in the facts shown ("Sources say
  // 20%, not 50%, and until 2030, not until 2040"); a polarity is clearest as the fact itself.
  // The other fact shown adds only a figure of another kind, never a date (a date belongs to its own event:
  // "after investing $20 billion in 2019" is not the date of the stake's fact).
  const differences = primary.disagree.filter((x) => x.numeric || x.dim === 'direction' || x.dim === 'holder');
  for (const c of shownComparisons.slice(1)) {
    for (const x of c.disagree) {
      const kind = kindOf(x.dim);
      if (x.numeric && kind !== 'year:' && kind !== 'month:' && !differences.some((y) => kindOf(y.dim) === kind)) differences.push(x);
    }
  }
  differences.sort((a, b) => kindRank(a.dim) - kindRank(b.dim));
  const otherwise = d.dim.startsWith('axis:') || d.dim === 'negation';
  const named = differences.length ? differences : [d];
  const explanation: Explanation = otherwise
    ? { kind: 'otherwise', fact: primary.reading.fact.statement }
    : { kind: 'differs', differences: named.map((x) => ({ what: differenceKind(x.dim), claimed: x.pageSays, sources: x.says })) };
  const shown = shownComparisons.map((c) => c.reading.fact);
  return {
    verdict: 'conflicting',
    explanation,
    facts: shown.map(matched),
    evidence: dedupe(shownComparisons.flatMap((c) => conflictEvidence(c, sources))),
  };
}

/** A contradicting fact's quotes: those shown as conflicting give the other value themselves (conflict-evidence.ts). */
function conflictEvidence(c: Comparison, sources: Map<string, Source>): SourceEvidence[] {
  const fact = c.reading.fact;
  return toEvidence(fact, sources, true).filter(
    (e) => e.stance !== 'conflicts' || showsContradiction(e.quote, fact, c.reading.polarity, c.disagree),
  );
}

/** Which kind of difference a compared dimension is ("money:20000000000" is an amount). */
function differenceKind(dim: string): DifferenceKind {
  const kind = dim.slice(0, dim.indexOf(':') + 1) || dim;
  return kind === 'money:'
    ? 'amount'
    : kind === 'percent:'
      ? 'share'
      : kind === 'year:'
        ? 'year'
        : kind === 'month:'
          ? 'date'
          : kind === 'first'
            ? 'first'
            : 'direction';
}

function dedupe(list: SourceEvidence[]): SourceEvidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.source.id}\u0000${e.quote}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function unverified(): Judgement {
  return {
    verdict: 'unverified',
    explanation: { kind: 'silent' },
    facts: [],
    evidence: [],
  };
}

export function sourceMap(pack: FactPack): Map<string, Source> {
  return new Map(pack.sources.map((s) => [s.id, s]));
}

/** Another company named in the role an exclusive fact gives a party ("Oracle is the exclusive distributor…"). */
export function roleConflict(fact: Fact, sources: Map<string, Source>, party: string, other: string): Judgement {
  return {
    verdict: 'conflicting',
    explanation: { kind: 'differs', differences: [{ what: 'party', claimed: other, sources: party }], fact: fact.statement },
    facts: [matched(fact)],
    evidence: dedupe(toEvidence(fact, sources, true)),
  };
}

/** Does a fact's era admit a sentence's era? */
export function eraAdmits(sentence: Era, fact: Fact['era']): boolean {
  return eraFits(sentence, fact);
}
