/**
 * Typed values read from one sentence: money and percentages with their hedges, years with how they
 * bound the claim, months, cue words on a few polarity axes, who pays (or invests in) whom, and
 * whether the sentence speaks of the original agreement (past) or the revised one (now).
 */
import { readHolding, type Holding } from './holding';
import { withoutFrontedPhrase } from './fronted-phrase';
import type { Hedge } from '../facts/schema';
import { alternatives, axesInForce, compiledFor, cuePattern, erasInForce, REVISION, type CompiledAxis } from '../facts/vocabulary';
import { quickGlobal, quickPattern } from './quick-pattern';
import { findParties, type Party, type PartyMention } from './parties';
import { remembered } from './remembered';
import { monthNumbers } from './figure-words';

export interface Money {
  kind: 'money';
  amount: number;
  hedge: Hedge;
  /** Where the figure starts in the sentence. */
  at: number;
}
export interface Percent {
  kind: 'percent';
  value: number;
  hedge: Hedge;
  /** `change`: a rise or fall ("shares fell 1%"); `level`: a share or stake ("20% of revenue"). */
  role: 'change' | 'level';
  /** Where the figure starts in the sentence (absent for fraction words). */
  at?: number;
}
export interface Year {
  kind: 'year';
  value: number;
  relation: 'in' | 'until' | 'since' | 'by';
  /** How the words before it bound the claim beyond its relation ("as of", "at least until", "before", "since": time-bounds.ts). */
  bound?: TimeBound;
  /** Where the year is in the sentence. */
  at?: number;
}
/** A date's bound: a state holding at that date, an end no earlier than it, a time before it, a state holding since it (not its start). */
export type TimeBound = 'as-of' | 'at-least' | 'before' | 'open-start';
export interface Month {
  kind: 'month';
  value: string;
  /** "as of January 2026": a state holding then (time-bounds.ts). */
  bound?: 'as-of';
  /** Where the date starts in the sentence. */
  at?: number;
}
export type SentenceValue = Money | Percent | Year | Month;

/** Polarity axes: each is +1, -1, or absent when the sentence carries no cue for it. */
export interface Polarity {
  /** "continue", "keep", "remain" (+1) vs "no longer", "stop", "end", "cease" (-1). */
  continuation?: 1 | -1;
  /** "exclusive", "only", "solely" (+1) vs "non-exclusive", "any cloud provider", "rival platforms" (-1). */
  exclusivity?: 1 | -1;
  /** "subject to a cap" (+1) vs "no cap", "uncapped" (-1). */
  cap?: 1 | -1;
  /** "rose", "climbed", "gained" (+1) vs "fell", "dropped", "declined" (-1). */
  movement?: 1 | -1;
  /** "allowed", "permitted", "free to" (+1) vs "prohibited", "barred", "forbidden", "not allowed" (-1). */
  permission?: 1 | -1;
  /** A share's ratio: "the same ratio", "unchanged" (+1) vs "cut in half", "the rate was reduced" (-1). */
  ratio?: 1 | -1;
}

export interface Direction {
  family: 'pay' | 'invest';
  actor: Party;
  target: Party;
}

export type Era = 'original' | 'revised' | null;

export interface SentenceReading {
  /** The text read (with a referring subject resolved). */
  text: string;
  values: SentenceValue[];
  polarity: Polarity;
  direction: Direction | null;
  /** Who holds a stake in whom, where the sentence says (holding.ts). */
  holding: Holding | null;
  era: Era;
  /** The sentence contrasts then and now ("was exclusive, but no longer"): polarity cues are ambiguous. */
  contrast: boolean;
  /** An amount is an increment ("a further $2 billion", "another $10 billion"), not a total. */
  increment: boolean;
}

/** Longest first: an alternation tries "september" before "sep". */
const longestFirst = (words: readonly string[]) => alternatives([...words].sort((a, b) => b.length - a.length));

/**
 * How figures are written in words (the vocabulary's `numbers`, `fractions` and `months`), compiled once per
 * vocabulary. Maps: a word read from the page is never looked up as an object's property ("constructor").
 */
const figureWords = compiledFor(({ numbers: n, fractions: f, months }) => {
  const SCALE = new Map<string, number>(Object.entries(n.scales));
  const monthOf = monthNumbers();
  const MONTH_WORD = alternatives(months.list.map((forms) => forms.reduce((a, b) => (b.length < a.length ? b : a))));
  return {
    SCALE,
    WORD_NUMBERS: new Map<string, number>(Object.entries(n.words)),
    /** A percentage: a number, then "%" or a percent word ("20%", "20 per cent", "3 percentage points"). */
    PERCENT: new RegExp(`(?<!\\d)(\\d+(?:\\.\\d+)?)\\s*(?:%|${alternatives(n.percents)}\\b)`, 'giu'),
    /** A year, unless a percentage or an amount ("2019 billion") follows. */
    YEAR: new RegExp(`\\b((?:19[5-9]|20[0-9])\\d)\\b(?!\\s*(?:%|${alternatives(n.percents)}|billion|million|bn))`, 'giu'),
    /** $13 billion, US$1bn, $228.3 billion, $10B */
    DOLLAR: new RegExp(`(?:US|USD\\s?)?\\$\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s*-?\\s*(${longestFirst([...SCALE.keys()])})(?![a-z]))?`, 'giu'),
    /**
     * 13 billion dollars, 15 bn USD, ten billion dollars. A figure's digits and commas are bounded (31 at most): a
     * long run such as "1,1,1,…" would otherwise be tried from every comma to its end.
     */
    DOLLARS: quickGlobal(
      new RegExp(
        `\\b(\\d[\\d,]{0,30}(?:\\.\\d+)?|${longestFirst(Object.keys(n.words))})\\s*(${longestFirst(n.beforeDollars)})\\s+(?:(?:US|U\\.S\\.)\\s+)?(?:dollars?|usd)\\b`,
        'giu',
      ),
    ),
    /** a billion-dollar investment (DOLLARS and this: per text, without `u` where that reads the same) */
    OF_DOLLARS: quickGlobal(new RegExp(`\\b(?:a|one)\\s+(${longestFirst(n.ofDollars)})[- ]dollar\\b`, 'giu')),
    /** Any fraction word at all: one test before trying each fraction. */
    FRACTION_WORD: new RegExp(alternatives(f.words), 'iu'),
    /** Fraction words as percentages; a majority or minority holding is a bound, not a figure. */
    FRACTIONS: f.list.map((x) => [new RegExp(`\\b${alternatives(x.patterns)}\\b`, 'iu'), (100 * x.of[0]) / x.of[1], x.bound] as const),
    /** A month's name or short form, then a year ("January 2023", "Jan. 5, 2024"); per text, without `u` where that reads the same. */
    MONTH: quickGlobal(
      new RegExp(`\\b(${longestFirst([...monthOf.keys()])})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d{2})\\b`, 'giu'),
    ),
    monthOf,
    /** A month as the word before a year in "until Jan 2030": its shortest form, then any letters. */
    MONTH_WORD,
    /** A month and maybe its day before a year ("March 5, ", "Jan. "), as a pattern's part. */
    MONTH_DAY: String.raw`${MONTH_WORD}\w*\.?\s+(?:\d{1,2},?\s+)?`,
  };
});

function hedgeBefore(text: string, at: number): Hedge {
  const before = text.slice(Math.max(0, at - 40), at).toLowerCase();
  for (const [hedge, re] of cues().HEDGES) if (re.test(before)) return hedge;
  return 'exact';
}

function num(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** Money amounts in the sentence, with hedges ("over $13 billion", "$15bn", "US$1bn", "a billion-dollar"). */
export function readMoney(text: string): Money[] {
  const out: Money[] = [];
  // The spans of amounts already read, in order and apart. Each pattern's matches come in order, so
  // one pointer per pattern finds the span a new match could overlap: linear, not per pair.
  let taken: [number, number][] = [];
  let fresh: [number, number][] = [];
  let next = 0;
  const add = (at: number, len: number, amount: number, hedge: Hedge) => {
    if (!Number.isFinite(amount) || amount <= 0) return;
    while (next < taken.length && taken[next]![1] <= at) next++;
    if (next < taken.length && taken[next]![0] < at + len) return;
    fresh.push([at, at + len]);
    out.push({ kind: 'money', amount, hedge, at });
  };
  /** After each pattern: its spans join the others, in order. */
  const settle = () => {
    const merged: [number, number][] = [];
    for (let i = 0, j = 0; i < taken.length || j < fresh.length;)
      merged.push(j >= fresh.length || (i < taken.length && taken[i]![0] < fresh[j]![0]) ? taken[i++]! : fresh[j++]!);
    taken = merged;
    fresh = [];
    next = 0;
  };
  const { SCALE, WORD_NUMBERS, DOLLAR: dollar } = figureWords();
  const words = figureWords().DOLLARS(text);
  const adj = figureWords().OF_DOLLARS(text);
  dollar.lastIndex = 0;
  for (let m = dollar.exec(text); m; m = dollar.exec(text)) {
    const scale = m[2] ? (SCALE.get(m[2].toLowerCase()) ?? 1) : 1;
    add(m.index, m[0].length, num(m[1]!) * scale, hedgeBefore(text, m.index));
  }
  settle();
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const n = /\d/.test(m[1]!) ? num(m[1]!) : (WORD_NUMBERS.get(m[1]!.toLowerCase()) ?? NaN);
    add(m.index, m[0].length, n * (SCALE.get(m[2]!.toLowerCase()) ?? 1), hedgeBefore(text, m.index));
  }
  settle();
  adj.lastIndex = 0;
  for (let m = adj.exec(text); m; m = adj.exec(text)) {
    add(m.index, m[0].length, SCALE.get(m[1]!.toLowerCase()) ?? NaN, 'about');
  }
  return out;
}

/** Percentages ("20%", "20 percent", "one-third", "nearly a third"). */
export function readPercents(text: string): Percent[] {
  const out: Percent[] = [];
  const CHANGE_WORDS = cues().CHANGE_WORDS;
  const change = CHANGE_WORDS.test(text);
  // A number is read from its first digit only: a long run of digits is tried once, not once per digit.
  const re = figureWords().PERCENT;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const around = text.slice(Math.max(0, m.index - 40), Math.min(text.length, m.index + m[0].length + 25));
    out.push({
      kind: 'percent',
      value: Number(m[1]),
      hedge: hedgeBefore(text, m.index),
      role: change && CHANGE_WORDS.test(around) ? 'change' : 'level',
      at: m.index,
    });
  }
  // One test for any fraction word before trying each fraction.
  const { FRACTION_WORD, FRACTIONS } = figureWords();
  if (FRACTION_WORD.test(text))
    for (const [fre, value, bound] of FRACTIONS) {
      const m = fre.exec(text);
      if (!m) continue;
      if (/^third[- ]part/iu.test(text.slice(m.index + m[0].length - 5))) continue;
      const hedge = bound ?? hedgeBefore(text, m.index);
      out.push({ kind: 'percent', value, hedge: hedge === 'exact' ? 'about' : hedge, role: 'level' });
    }
  return out;
}

export function readMonths(text: string): Month[] {
  const out: Month[] = [];
  const { monthOf } = figureWords();
  const MONTH = figureWords().MONTH(text);
  MONTH.lastIndex = 0;
  for (let m = MONTH.exec(text); m; m = MONTH.exec(text)) {
    const idx = monthOf.get(m[1]!.toLowerCase()) ?? -1;
    if (idx < 0) continue;
    const asOf = bounds().AS_OF.test(text.slice(Math.max(0, m.index - 30), m.index).toLowerCase());
    out.push({
      kind: 'month',
      value: `${m[2]}-${String(idx + 1).padStart(2, '0')}`,
      ...(asOf ? { bound: 'as-of' as const } : {}),
      at: m.index,
    });
  }
  return out;
}

/**
 * The words before a year that say how it bounds the claim (the vocabulary's `cues.yearRelations`, the months'
 * short forms and the parties' names), compiled once per vocabulary; the grammar (an optional month, day, "the
 * end of") stays here.
 */
const yearWords = compiledFor(({ cues: { yearRelations: r }, parties }) => {
  const month = figureWords().MONTH_WORD;
  const dated = String.raw`(?:${figureWords().MONTH_DAY})?$`;
  return {
    BACK_TO: new RegExp(String.raw`\b${alternatives(r.backTo)} back to\s+(?:${month}\w*\.?\s+)?$`, 'u'),
    UNTIL: new RegExp(String.raw`${alternatives(r.until)}\s+(?:the end of\s+|end-|the end-)?${dated}`, 'u'),
    SINCE: new RegExp(String.raw`${alternatives(r.since)}\s+${dated}`, 'u'),
    SINCE_FIRST: new RegExp(
      String.raw`\bsince ${alternatives([...r.sinceSubjects, ...parties.map((p) => p.name.toLowerCase())])}\b[^,;.\d]*\bin\s+$`,
      'u',
    ),
    BY: new RegExp(String.raw`${alternatives(r.by)}\s+(?:${month}\w*\.?\s+)?$`, 'u'),
    // "a 2027 goal", "Suleyman's 2027 target": the noun right after the year makes it a goal's bound.
    BY_GOAL: new RegExp(String.raw`^[-\s]*${alternatives(r.byGoal)}\b`, 'u'),
  };
});

/** The words before a date that bound it (the vocabulary's `timeBounds`), each ending where the date (or its month) starts. */
const bounds = compiledFor(({ cues: { timeBounds: t } }) => {
  const upTo = String.raw`\s+(?:(?:the )?end(?: of|-)\s*)?(?:${figureWords().MONTH_DAY})?$`;
  return {
    AS_OF: new RegExp(String.raw`\b${alternatives(t.asOf)}\s*$`, 'u'),
    AT_LEAST: new RegExp(String.raw`\b${alternatives(t.atLeast)}${upTo}`, 'u'),
    BEFORE: new RegExp(String.raw`\b${alternatives(t.before)}${upTo}`, 'u'),
    OPEN_START: new RegExp(String.raw`\b${alternatives(t.openStarts)}\s+(?:${figureWords().MONTH_DAY})?$`, 'u'),
  };
});

/** Years with how they bound the claim ("until 2030", "since 2019", "by 2027", "in 2019"). */
export function readYears(text: string): Year[] {
  const out: Year[] = [];
  const { BACK_TO, UNTIL, SINCE, SINCE_FIRST, BY, BY_GOAL } = yearWords();
  const re = figureWords().YEAR;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // After "$", or after a figure's "1," or "1." (checked on the two characters: not the whole text before).
    if (text[m.index - 1] === '$' || (/[.,]/.test(text[m.index - 1] ?? '') && /\d/.test(text[m.index - 2] ?? ''))) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
    let relation: Year['relation'] = 'in';
    // "dates back to 2019": where it began, not until when.
    if (BACK_TO.test(before)) relation = 'since';
    else if (UNTIL.test(before)) relation = 'until';
    else if (SINCE.test(before)) relation = 'since';
    // "since it first backed the company in 2019": the year a running total starts from.
    else if (SINCE_FIRST.test(before)) relation = 'since';
    else if (BY.test(before) || BY_GOAL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12).toLowerCase())) relation = 'by';
    const b = bounds();
    let bound: TimeBound | undefined;
    if (b.AT_LEAST.test(before)) {
      relation = 'until';
      bound = 'at-least';
    } else if (relation === 'by' && b.BEFORE.test(before)) bound = 'before';
    else if (relation === 'in' && b.AS_OF.test(before)) bound = 'as-of';
    else if (relation === 'since' && b.OPEN_START.test(before)) bound = 'open-start';
    out.push({ kind: 'year', value: Number(m[1]), relation, ...(bound ? { bound } : {}), at: m.index });
  }
  return out;
}

/** An axis's reading: +1 or -1 where only that side's cues appear (the -1 cues blanked out first), else none. */
function axis(text: string, { pos, neg, negAll, requires }: CompiledAxis): 1 | -1 | undefined {
  if (requires && !requires.test(text)) return undefined;
  const n = neg.test(text);
  // The -1 cues blanked out only where there is one (most texts have none: the text reads the same).
  const p = pos.test(n ? text.replace(negAll, ' ') : text);
  if (n && !p) return -1;
  if (p && !n) return 1;
  return undefined;
}

/** Cue words on the polarity axes. "retain 100% of revenue" is not a cue. (Read once per text; each caller gets its own copy.) */
export function readPolarity(text: string): Polarity {
  return { ...polarityIn(text) };
}

const polarityIn = remembered(readPolarityOf);

function readPolarityOf(text: string): Polarity {
  const t = text.toLowerCase();
  const out: Polarity = {};
  // The axes' cue words are data (the vocabulary's `axes`), read in its order.
  for (const [id, cued] of axesInForce()) {
    const side = axis(t, cued);
    if (side) out[id] = side;
    // A forbidden alternative is exclusivity ("barred from selling through clouds other than Azure"),
    // a lifted ban its end ("no longer barred from…").
    if (id === 'exclusivity') {
      const ban = banIn(t);
      if (ban) out.exclusivity = ban.lifted ? -1 : 1;
    }
  }
  return out;
}

/** The readers' cue lists (the vocabulary's `cues`), compiled once per vocabulary; the grammar stays here. */
const cues = compiledFor(({ cues: c }) => ({
  /** Who pays whom: paying, receiving, investing verbs ("funding round" is a noun, not who funds whom). */
  /** (Each as `quickGlobal`: the pattern to read a given text with, without `u` where that reads the same.) */
  PAY_VERB: quickGlobal(cuePattern(c.directions.pay, 'giu')),
  RECEIVE_VERB: quickGlobal(cuePattern(c.directions.receive, 'giu')),
  INVEST_VERB: quickGlobal(cuePattern(c.directions.invest, 'giu')),
  /** A receiving or holding verb (group 1), then within the clause (group 2) a share received. */
  HELD_SHARE: quickGlobal(
    new RegExp(
      `\\b(${alternatives([...c.directions.receive, ...c.directions.holds])})\\b([^.;]{0,60}?)\\b${alternatives(c.directions.heldShares)}`,
      'giu',
    ),
  ),
  /** An investor noun ("investor", "backer"): the party whose it is, before it ("OpenAI's largest investor") or
   * after "in"/"of" ("the biggest backer of OpenAI"), is invested in; the sentence's other party invests. */
  INVESTOR_NOUN: new RegExp(`\\b${alternatives(c.directions.investors)}\\b`, 'giu'),
  /** Paying verbs whose counterpart follows "with" ("shares … with OpenAI"). */
  WITH_COUNTERPART: new RegExp(`^${alternatives(c.directions.withCounterpart)}$`, 'iu'),
  /** Words of a rise or fall: a percentage near one is a change. */
  CHANGE_WORDS: quickPattern(cuePattern(c.changes.words)),
  /** The hedges, in the order tried: the words, then an optional "US", right before the figure. */
  HEDGES: (
    [
      ['over', c.hedges.over],
      ['at-least', c.hedges.atLeast],
      ['nearly', c.hedges.nearly],
      ['about', c.hedges.approximately],
      ['up-to', c.hedges.upTo],
    ] as const
  ).map(([hedge, words]) => [hedge, new RegExp(`${alternatives(words)}\\s*(?:us)?$`, 'u')] as const),
  /** A ban of the alternatives: an optional lifting word, the ban, within the clause the alternative. */
  BAN: quickPattern(
    new RegExp(
      `\\b(?:(${alternatives(c.bansOfAlternatives.lifted)}) (?:be )?)?${alternatives(c.bansOfAlternatives.bans)}\\b[^.;]{0,70}?\\b${alternatives(c.bansOfAlternatives.alternatives)}\\b`,
      'u',
    ),
  ),
  /** A verb of blocking after the ban ("cannot block OpenAI from selling on AWS"): the ban is of the blocking, lifted. */
  BAN_BLOCKING: new RegExp(`\\b${alternatives(c.bansOfAlternatives.blocking)}\\b`, 'u'),
  /** What a ban of alternatives names for it to be the old exclusivity ("clouds other than Azure"). */
  BAN_NAMES: cuePattern(c.bansOfAlternatives.names),
  BAN_MEANS: c.bansOfAlternatives.means,
  /** An end dated by its year: after a word that puts it after the year, a verb of ending then "in" or "by" the year, or the
   * year opening the sentence before that verb ("In 2030, OpenAI's payments will end", "By 2030 OpenAI will have stopped"),
   * or the year before "when" and that verb ("until 2030, when the payments stop"). */
  DEADLINE: new RegExp(
    `\\b(?:${alternatives(c.deadlines.after)})\\s+((?:19|20)\\d\\d)\\b|\\b${alternatives(c.deadlines.stops)}\\b[^.;,]{0,70}?\\b(?:in|by)\\s+((?:19|20)\\d\\d)\\b|^\\s*(?:in|by)\\s+((?:19|20)\\d\\d),?\\s[^.;,]{0,70}?\\b${alternatives(c.deadlines.stops)}\\b|\\b((?:19|20)\\d\\d),?\\s+when\\s[^.;,]{0,50}?\\b${alternatives(c.deadlines.stops)}\\b`,
    'iu',
  ),
  /** Money flowing (what flows, then within the clause a verb of flowing), then "from" one party. */
  FLOW: quickPattern(
    new RegExp(
      `\\b(?:${alternatives(c.flows.things)}|(${alternatives(c.flows.money)}))\\b[^.;]{0,50}?\\b${alternatives(c.flows.verbs)}\\b[^.;]{0,40}?\\bfrom\\s+`,
      'iu',
    ),
  ),
}));

/**
 * What a sentence says flows from one party to the other, if it says so: a share of revenue (`revenue`), or
 * money of any kind (`money`: it may be an investment).
 */
export function flowOf(text: string): 'revenue' | 'money' | null {
  const m = cues().FLOW.exec(text);
  return !m || !flowDirection(text, findParties(text)) ? null : m[1] ? 'money' : 'revenue';
}

/** Money said to flow "from" one party "to" the other: the first pays the second. */
function flowDirection(text: string, mentions: PartyMention[]): Direction | null {
  const m = cues().FLOW.exec(text);
  if (!m) return null;
  // ("from the ChatGPT developer to Microsoft": an article may open the payer's name, as it may the payee's.)
  const at = m.index + m[0].length + (/^the\s+/iu.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
  const from = mentions[firstFrom(mentions, at)];
  if (!from || from.start !== at) return null;
  const to = /^\s+to\s+(?:the\s+)?/iu.exec(text.slice(from.end));
  const target = to ? mentions[firstFrom(mentions, from.end + to[0].length)] : undefined;
  if (!target || target.start !== from.end + to![0].length || target.party === from.party) return null;
  return { family: 'pay', actor: from.party, target: target.party };
}

/**
 * A ban of the alternatives that names other clouds, rivals or Azure ("OpenAI cannot sell its models
 * through clouds other than Azure"), not lifted: the words of the exclusivity it states negatively
 * (the vocabulary's `bansOfAlternatives.means`), else none.
 */
/** Where a ban of the alternatives not lifted stands in the text ("cannot … other than"), if one does: its negating words are the ban's. */
export function banOfAlternativesSpan(text: string): { start: number; end: number } | null {
  const ban = banIn(text.toLowerCase());
  return ban && !ban.lifted ? { start: ban.start, end: ban.end } : null;
}

export function banOfAlternativesMeans(text: string): readonly string[] {
  const { BAN_NAMES, BAN_MEANS } = cues();
  const t = text.toLowerCase();
  const ban = banIn(t);
  if (!ban || ban.lifted) return [];
  return BAN_NAMES.test(t.slice(ban.start, ban.end + 30)) ? BAN_MEANS : [];
}

/** The ban of the alternatives in a lower-cased text, lifted by a word before it or by blocking after it ("cannot stop … from"). */
function banIn(t: string): { start: number; end: number; lifted: boolean } | null {
  const { BAN, BAN_BLOCKING } = cues();
  const ban = BAN.exec(t);
  if (!ban) return null;
  return { start: ban.index, end: ban.index + ban[0].length, lifted: Boolean(ban[1]) || BAN_BLOCKING.test(ban[0]) };
}

/** A finite paying verb (not the noun "payments"): "pays", "will pay", "is paying", "shares its revenue with". */
/**
 * The payment words of a sentence's reading (the vocabulary's `cues.payments`), compiled once per vocabulary;
 * the grammar stays here.
 */
const payments = compiledFor(({ cues: { payments: p, clauseEnds: e } }) => ({
  /** Where the paying verb's clause ends after it: a punctuation mark, a conjunction or a relative ("…, that was not disclosed"). */
  PAY_CLAUSE_END: new RegExp(`[,;:!?]|\\.(?:\\s|$)|\\b${alternatives([...e.conjunctions, ...e.relatives])}\\b`, 'iu'),
  /** A finite paying verb (not the noun "payments"): "pays", "will pay", "is paying", "shares its revenue with". */
  AFFIRMED_PAY: new RegExp(
    `\\b(?:${alternatives(p.paying)}|(?:will|to|would|must|shall) (?:\\w+ )?${alternatives(p.verbs)}|shar(?:es|ing) (?:(?:its|their|an?) )?(?:${alternatives(p.parts)} of (?:its |their )?)?(?:\\w+ ){0,3}?revenue)\\b`,
    'iu',
  ),
  /** …unless the sentence denies it. */
  DENIED: cuePattern(p.denied),
  /** What a payment said to go on pays when it pays nothing ("keeps paying nothing"). */
  NOTHING_PAID: cuePattern(p.nothingPaid),
  /** "Microsoft's share of OpenAI's revenue", "Microsoft's entitlement to a percentage of OpenAI's revenue". */
  POSSESSIVE_SHARE: quickPattern(
    new RegExp(
      `\\b(\\w+)'s (?:${alternatives(p.claims)} (?:to|on) )?(?:(?:an?|the) )?(?:(?:[\\d.]+ ?(?:%|percent|per cent)|${alternatives(p.qualifiers)})[ -])*${alternatives(p.shares)} of (\\w+)'s\\b`,
      'iu',
    ),
  ),
}));

/** Two parties set against each other: "Microsoft, not OpenAI," / "Microsoft rather than OpenAI" / "not OpenAI but Microsoft". */
function contrastOf(text: string, mentions: PartyMention[]): { kept: PartyMention; aside: PartyMention } | null {
  const { ASIDE } = contrastWords();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.party === b.party) continue;
    const gap = text.slice(a.end, b.start);
    if (ASIDE.test(gap) && !/^'s/u.test(text.slice(b.end))) return { kept: a, aside: b };
    if (/^\s*,?\s*but\s+$/iu.test(gap) && /\bnot\s+$/iu.test(text.slice(Math.max(0, a.start - 6), a.start))) return { kept: b, aside: a };
  }
  return null;
}

/**
 * Contrast words (the vocabulary's `cues.partyContrasts`, and the contrasting conjunctions of `cues.clauseCuts`),
 * compiled once per vocabulary: what sets a party aside ("Microsoft, not OpenAI"), and what starts another
 * clause between a holder and its holding verb ("…, but it keeps").
 */
const contrastWords = compiledFor(({ cues: c }) => ({
  ASIDE: new RegExp(`^\\s*,?\\s*(?:and\\s+)?${alternatives(c.partyContrasts.words)}\\s+$`, 'iu'),
  OTHER_CLAUSE: new RegExp(`[,;:]|\\b${alternatives(['but', ...c.clauseCuts.contrasts])}\\b`, 'iu'),
}));

/** The index of the first mention starting at or after `at` (mentions in order of their start). */
function firstFrom(mentions: PartyMention[], at: number): number {
  let lo = 0;
  for (let hi = mentions.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the text's trailing white space begins. */
function withoutTrailingSpace(text: string): number {
  let i = text.length;
  while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
  return i;
}

/**
 * Does the text end with `word`, then white space (`/\bword\s+$/u` on the text's end only, not
 * tried from every position of a long text)? `boundary`: a word boundary before it.
 */
function endsWithWord(text: string, word: string, boundary = true): boolean {
  const end = withoutTrailingSpace(text);
  if (end === text.length || end < word.length || text.slice(end - word.length, end) !== word) return false;
  return !boundary || end === word.length || !/\w/u.test(text[end - word.length - 1]!);
}

/** The first party named after "with" in the clause that follows `from` ("… with OpenAI"), if any. */
function counterpartWith(text: string, from: number, mentions: PartyMention[]): PartyMention | undefined {
  const rest = text.slice(from);
  const end = rest.search(/[.;]/u);
  const clause = end < 0 ? rest : rest.slice(0, end);
  const w = /\bwith\s+(?:the\s+)?/iu.exec(clause);
  if (!w) return undefined;
  const mention = mentions[firstFrom(mentions, from + w.index)];
  return mention && mention.start === from + w.index + w[0].length ? mention : undefined;
}

/**
 * The first other party named after "to" within the next few words of the clause that follows `from` ("… of its
 * Azure revenue to OpenAI"), if any (at most RECIPIENT_SPAN characters on: linear in the sentence).
 */
const RECIPIENT_SPAN = 80;
function recipientAfter(text: string, from: number, own: Party, mentions: PartyMention[]): PartyMention | undefined {
  for (let i = firstFrom(mentions, from); i < mentions.length; i++) {
    const x = mentions[i]!;
    if (x.start - from > RECIPIENT_SPAN) return undefined;
    const gap = text.slice(from, x.start);
    if (/[.;]/u.test(gap)) return undefined;
    if (x.party !== own && /\bto\s+(?:the\s+)?$/iu.test(gap)) return x;
  }
  return undefined;
}

/** A share held or received ("Microsoft keeps a 20% revenue share"): the other party pays the holder. */
function heldShare(text: string, mentions: PartyMention[], heldRe: RegExp, payRe: RegExp): Direction | 'unknown' | null {
  heldRe.lastIndex = 0;
  const m = heldRe.exec(text);
  heldRe.lastIndex = 0;
  if (!m) return null;
  payRe.lastIndex = 0;
  const pay = payRe.exec(text);
  payRe.lastIndex = 0;
  // A paying verb before the share itself: the sentence says who pays in its own words.
  if (pay && pay.index < m.index + m[1]!.length + m[2]!.length) return null;
  const k = firstFrom(mentions, m.index);
  let holder: PartyMention | undefined;
  for (let i = k - 1; i >= 0 && !holder; i--) if (mentions[i]!.end <= m.index) holder = mentions[i];
  // The holder is the subject of the holding verb's own clause ("…, but it keeps" leaves it unnamed):
  // a party named in an earlier clause is not read as the holder, and who pays stays unknown.
  if (!holder || contrastWords().OTHER_CLAUSE.test(text.slice(holder.end, m.index))) return 'unknown';
  const payer = mentions.find((x) => x.party !== holder.party && x.start >= holder.end) ?? mentions.find((x) => x.party !== holder.party);
  return payer ? { family: 'pay', actor: payer.party, target: holder.party } : null;
}

/** Does the text pay in words of its own (a paying verb of the vocabulary: "kicks back", "remits"), who pays whom read? */
export function paysInWords(text: string): boolean {
  const PAY_VERB = cues().PAY_VERB(text);
  PAY_VERB.lastIndex = 0;
  const found = PAY_VERB.test(text);
  PAY_VERB.lastIndex = 0;
  return found && readDirection(text)?.family === 'pay';
}

/** A passive auxiliary just before a verb ("was invested", "has been paid"). */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$/u;

/** Who pays (or invests in) whom, where the sentence says it. */
export function readDirection(sentence: string): Direction | null {
  // "On OpenAI's latest valuation, Microsoft's outlay…": a party named before the clause's subject is neither side.
  const text = withoutFrontedPhrase(sentence);
  const all = findParties(text);
  if (all.length < 2) return null;
  const { PAY_VERB, RECEIVE_VERB, INVEST_VERB, HELD_SHARE, WITH_COUNTERPART } = cues();
  // "It is Microsoft, not OpenAI, that pays…", "Not OpenAI but Microsoft pays…": the party set
  // aside is not the subject; it is the counterpart the sentence leaves unnamed after the verb.
  const contrast = contrastOf(text, all);
  const mentions = contrast ? all.filter((m) => m !== contrast.aside) : all;
  // "Microsoft's share of OpenAI's revenue", "Microsoft's entitlement to a percentage of OpenAI's revenue".
  const possessiveShare = payments().POSSESSIVE_SHARE.exec(text);
  if (possessiveShare) {
    const receiver = findParties(possessiveShare[1]!)[0]?.party;
    const payer = findParties(possessiveShare[2]!)[0]?.party;
    if (receiver && payer && receiver !== payer) return { family: 'pay', actor: payer, target: receiver };
  }
  // "Microsoft keeps a 20% revenue share", "it still gets a cut of its sales": the holder receives the
  // share, the other party pays it, unless a paying verb comes first ("Microsoft will no longer pay…,
  // but it keeps…") or stands between ("keeps paying OpenAI a revenue share"). (Two parties set against
  // each other, "Microsoft, not OpenAI, keeps…", are read by the contrast below.)
  const flow = flowDirection(text, mentions);
  if (flow) return flow;
  const held = contrast ? null : heldShare(text, mentions, HELD_SHARE(text), PAY_VERB(text));
  if (held) return held === 'unknown' ? null : held;
  const pick = (pattern: (text: string) => RegExp, family: Direction['family'], receive: boolean, loose = false): Direction | null => {
    const re = pattern(text);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      const endVerb = at + m[0].length;
      // The mentions are in order: the subject is the last to end before the verb, the object the first
      // to start after it (found by halving, not by reading every mention for every verb).
      const k = firstFrom(mentions, at);
      let subject: PartyMention | undefined;
      for (let i = k - 1; i >= 0 && !subject; i--) if (mentions[i]!.end <= at) subject = mentions[i];
      let object = mentions[firstFrom(mentions, endVerb)];
      // "shares a portion of its Azure revenue with OpenAI": the counterpart is the party after "with".
      if (family === 'pay' && !receive && WITH_COUNTERPART.test(m[0])) object = counterpartWith(text, endVerb, mentions) ?? object;
      // "kicks back a share of its Azure revenue to OpenAI": the subject's own thing after the verb is no object;
      // the party it goes "to" is.
      if (object && subject && object.party === subject.party) object = recipientAfter(text, object.end, subject.party, mentions) ?? object;
      if (!subject && !object) continue;
      const gap = object ? text.slice(endVerb, object.start).toLowerCase() : '';
      const passiveVerb = PASSIVE_BEFORE.test(text.slice(Math.max(0, at - 20), at).toLowerCase());
      const passive = object && endsWithWord(gap, 'by') && passiveVerb;
      const fromObject =
        object &&
        (endsWithWord(gap, 'from') ||
          (endsWithWord(gap, 'the', false) && endsWithWord(gap.slice(0, withoutTrailingSpace(gap) - 3), 'from')));
      if (loose && subject && !object && contrast && subject === contrast.kept && contrast.aside.party !== subject.party) {
        return receive
          ? { family, actor: contrast.aside.party, target: subject.party }
          : { family, actor: subject.party, target: contrast.aside.party };
      }
      // "$10 billion was invested in OpenAI by Microsoft": a passive verb with no party before it takes as its
      // actor the party after "by" that follows its object.
      if (!subject && object && !receive && passiveVerb) {
        const agent = mentions[firstFrom(mentions, object.end)];
        const between = agent ? text.slice(object.end, agent.start).toLowerCase() : '';
        if (agent && agent.party !== object.party && between.length < 60 && endsWithWord(between, 'by') && !/[,;]/u.test(between))
          return { family, actor: agent.party, target: object.party };
      }
      if (!subject || !object || subject.party === object.party) {
        // "OpenAI's payments": possessive subject without an object is not enough.
        continue;
      }
      // "the OpenAI investment Microsoft made": a party's bare name before an investment noun may be either side (the
      // "OpenAI investment" is in OpenAI, "the Microsoft investment" Microsoft's): no direction, unless the object
      // follows "in" ("the Microsoft investment in OpenAI").
      if (
        family === 'invest' &&
        /ment/iu.test(m[0]) &&
        /^\s+$/u.test(text.slice(subject.end, at)) &&
        !/\b(?:in|into)\s+(?:the\s+)?$/iu.test(gap)
      )
        continue;
      let actor = subject.party;
      let target = object.party;
      if (receive || passive || fromObject) [actor, target] = [target, actor];
      if (receive && fromObject) [actor, target] = [object.party, subject.party];
      // Money received as an investment ("took $13 billion in investment from OpenAI", "got funding from"): the one
      // it comes from invests in the one who receives it.
      if (receive && fromObject) {
        const invested = INVEST_VERB(gap);
        invested.lastIndex = 0;
        const found = invested.test(gap);
        invested.lastIndex = 0;
        if (found) return { family: 'invest', actor, target };
      }
      return { family, actor, target };
    }
    return null;
  };
  return (
    pick(PAY_VERB, 'pay', false) ??
    pick(RECEIVE_VERB, 'pay', true) ??
    pick(INVEST_VERB, 'invest', false) ??
    (contrast
      ? (pick(RECEIVE_VERB, 'pay', true, true) ?? pick(PAY_VERB, 'pay', false, true) ?? pick(INVEST_VERB, 'invest', false, true))
      : null) ??
    investorOf(text, mentions)
  );
}

/**
 * Who invests in whom by an investor noun ("OpenAI is Microsoft's largest investor", "Microsoft remains the biggest
 * backer of OpenAI", "OpenAI's main investor is Microsoft"): the party the noun belongs to (a possessive up to three
 * words before it, or "in"/"of" right after) is invested in; the first other party the sentence names invests.
 */
function investorOf(text: string, mentions: PartyMention[]): Direction | null {
  const re = cues().INVESTOR_NOUN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const owner =
      mentions.find((p) => p.end <= m!.index && /^['\u2019]s\s+(?:[\w-]+\s+){0,3}$/u.test(text.slice(p.end, m!.index))) ??
      mentions.find(
        (p) => p.start >= m!.index + m![0].length && /^\s+(?:in|of)\s+(?:the\s+)?$/iu.test(text.slice(m!.index + m![0].length, p.start)),
      );
    if (!owner) continue;
    const investor = mentions.find((p) => p.party !== owner.party);
    if (investor) return { family: 'invest', actor: investor.party, target: owner.party };
  }
  return null;
}

/** Both then and now in one sentence. */
export function readContrast(text: string): boolean {
  const t = text.toLowerCase();
  const ERAS = erasInForce();
  return ERAS.original.strong.test(t) && ERAS.revised.strong.test(t);
}

/** The year the agreement was revised: a sentence dated before it speaks of the original terms. */
export const REVISION_YEAR = REVISION.year;
/** The day the revised agreement was announced (YYYY-MM-DD): a page written before it speaks of the terms then. */
export const REVISION_DATE = REVISION.date;

/**
 * The words `readEra` places a sentence in time with, besides the eras' (the vocabulary's `cues.eraReports`),
 * compiled once per vocabulary; the grammar stays here.
 */
const eraReports = compiledFor(({ cues: { eraReports: r } }) => ({
  /** Reported speech in the past with a future in it ("said Microsoft would be investing…"): the then-future. */
  FUTURE_IN_PAST: new RegExp(`\\b${alternatives(r.reportVerbs)}\\b[^.;]{0,60}?\\bwould\\b`, 'u'),
  /** …unless the sentence speaks of the revised terms ("now", "the new agreement"). */
  REVISED_NOW: cuePattern(r.revisedNow, 'u'),
  /** A past report with its date ("On July 22, 2019, Microsoft said it was investing…")… */
  PAST_REPORT: cuePattern(r.pastVerbs, 'u'),
  /** …unless it speaks of today ("now", "today"). */
  TODAY: cuePattern(r.today, 'u'),
  /** Terms that run into the future of the revision ("runs until 2032"): the sentence speaks of today's terms. */
  UNTIL_YEAR: new RegExp(`\\b${alternatives(r.runsUntil)}\\s+(?:the end of\\s+)?(20\\d\\d)\\b`, 'u'),
  /** A clause in the present ("…which invested $1 billion in 2019, holds 27%"): an early date alone does not make it old. */
  PRESENT: cuePattern(r.present, 'u'),
  /** An amount that is an increment ("a further $2 billion", "another $10 billion"), not a total. */
  INCREMENT: quickPattern(new RegExp(`\\b${alternatives(r.increments)}\\s+(?:${alternatives(r.incrementHedges)}\\s+)?(?:US)?\\$`, 'iu')),
}));

export function readEra(text: string): Era {
  const t = text.toLowerCase();
  const { FUTURE_IN_PAST, REVISED_NOW, PAST_REPORT, TODAY, UNTIL_YEAR, PRESENT } = eraReports();
  if (FUTURE_IN_PAST.test(t) && !REVISED_NOW.test(t)) return 'original';
  const datedEarly = [...readYears(text).filter((y) => y.relation === 'in'), ...readMonths(text)];
  if (
    PAST_REPORT.test(t) &&
    datedEarly.length &&
    datedEarly.every((d) => Number(String(d.value).slice(0, 4)) < REVISION_YEAR - 1) &&
    !TODAY.test(t)
  )
    return 'original';
  const until = UNTIL_YEAR.exec(t);
  if (until && Number(until[1]) >= REVISION_YEAR) {
    const strong = erasInForce().original.strong.exec(t);
    if (!strong || strong.index > until.index) return 'revised';
  }
  const era = readEraWords(t);
  if (era) return era;
  // "In 2020, Microsoft received an exclusive licence": an explicit earlier date.
  // (Unless a clause speaks in the present: "…which invested $1 billion in 2019, holds 27%".)
  const dated = [...readYears(text).filter((y) => y.relation === 'in'), ...readMonths(text)];
  const present = PRESENT.test(t);
  if (!present && dated.length && dated.every((d) => Number(String(d.value).slice(0, 4)) < REVISION_YEAR - 1)) return 'original';
  return null;
}

function readEraWords(t: string): Era {
  const ERAS = erasInForce();
  const ORIGINAL_STRONG = ERAS.original.strong;
  const REVISED_STRONG = ERAS.revised.strong;
  const original = ERAS.original.words;
  const revised = ERAS.revised.words;
  const o = original.test(t);
  const r = revised.test(t);
  if (o && !r) return 'original';
  if (r && !o) return 'revised';
  if (o && r) {
    // The main clause decides: "OpenAI can now serve … on any cloud provider, a big departure from the
    // setup of previous years" speaks of now; the phrase after the comma looks back.
    const comma = t.search(/,\s/u);
    if (comma > 0) {
      const head = t.slice(0, comma);
      const ho = ORIGINAL_STRONG.test(head);
      const hr = REVISED_STRONG.test(head);
      if (hr && !ho) return 'revised';
      if (ho && !hr) return 'original';
    }
    // Strong markers decide a mixed sentence.
    if (ERAS.original.decisive.test(t)) return 'original';
    if (ERAS.revised.decisive.test(t)) return 'revised';
  }
  return null;
}

/**
 * A sentence's figures, cues, direction, holding, era and contrast, read once per text (several steps read the
 * same text: one reading in six of the distinct bench page's first scan); each caller gets its own copy of the
 * figures and the cues.
 */
export function readSentence(text: string): SentenceReading {
  const r = sentenceIn(text);
  return { ...r, values: [...r.values], polarity: { ...r.polarity } };
}

const sentenceIn = remembered(readSentenceOf);

/**
 * Does the sentence deny its payment: a denial before the paying verb, or after it within its clause ("pays OpenAI no
 * share")? A denial in a later clause ("…is subject to a cap that was not disclosed") is not the payment's.
 */
function paymentDenied(text: string): boolean {
  const { AFFIRMED_PAY, DENIED, PAY_CLAUSE_END } = payments();
  const verb = AFFIRMED_PAY.exec(text);
  if (!verb) return DENIED.test(text);
  const after = text.slice(verb.index + verb[0].length);
  const end = PAY_CLAUSE_END.exec(after);
  return DENIED.test(text.slice(0, verb.index + verb[0].length + (end ? end.index : after.length)));
}

/** Does the paying verb's clause give nothing as what is paid ("keeps paying nothing to OpenAI", "continues to pay OpenAI zero")? */
function paysNothing(text: string): boolean {
  const { AFFIRMED_PAY, NOTHING_PAID, PAY_CLAUSE_END } = payments();
  const verb = AFFIRMED_PAY.exec(text);
  if (!verb) return false;
  const after = text.slice(verb.index + verb[0].length);
  const end = PAY_CLAUSE_END.exec(after);
  return NOTHING_PAID.test(end ? after.slice(0, end.index) : after);
}

function readSentenceOf(text: string): SentenceReading {
  const months = readMonths(text);
  // "November 2023" is one date: its year is not a second figure.
  const years = readYears(text).filter((y) => !(y.relation === 'in' && months.some((m) => m.value.startsWith(String(y.value)))));
  const values: SentenceValue[] = [...readMoney(text), ...readPercents(text), ...years, ...months];
  const increment = eraReports().INCREMENT.test(text);
  const polarity = readPolarity(text);
  const direction = readDirection(text);
  // "Microsoft will pay OpenAI…" asserts that the payments go on, as "continue to pay" does.
  if (
    direction?.family === 'pay' &&
    polarity.continuation === undefined &&
    (payments().AFFIRMED_PAY.test(text) || cues().FLOW.test(text)) &&
    !paymentDenied(text)
  ) {
    polarity.continuation = 1;
  }
  // Payments said to go on that pay nothing ("Microsoft will keep paying nothing to OpenAI") have stopped.
  if (polarity.continuation === 1 && direction?.family === 'pay' && paysNothing(text)) polarity.continuation = -1;
  // An end dated after the revision's year is a deadline: "no longer pays … after 2030", "will stop paying
  // in 2030" say the payments go on until 2030.
  if (polarity.continuation === -1) {
    const end = cues().DEADLINE.exec(text);
    const year = end ? Number(end[1] ?? end[2] ?? end[3] ?? end[4]) : 0;
    if (year > REVISION_YEAR) {
      polarity.continuation = 1;
      const at = values.findIndex((v) => v.kind === 'year' && v.value === year);
      if (at >= 0) values[at] = { ...(values[at] as Year), relation: 'until' };
    }
  }
  return {
    text,
    values,
    polarity,
    direction,
    holding: readHolding(text),
    era: eraOfChange(text, polarity),
    contrast: readContrast(text),
    increment,
  };
}

/**
 * A share's ratio said to have changed in the past tense alone ("the revenue share was halved", "was cut") tells of
 * the change, not of the terms before it: no era unless a strong word of the original terms or an early date says so.
 */
function eraOfChange(text: string, polarity: Polarity): Era {
  const era = readEra(text);
  if (era !== 'original' || polarity.ratio !== -1) return era;
  const t = text.toLowerCase();
  if (erasInForce().original.strong.test(t)) return era;
  const dated = [...readYears(text).filter((y) => y.relation === 'in'), ...readMonths(text)];
  return dated.some((d) => Number(String(d.value).slice(0, 4)) < REVISION_YEAR - 1) ? era : null;
}
