/**
 * A sentence's secondary details, each checked against the facts that speak to that detail: the date it
 * gives an event ("Microsoft, which first backed OpenAI in 2021, …"), the office it gives a person
 * ("OpenAI's chief technology officer Denise Dresser"), how and on which day the parties announced their
 * news ("separately", "on Thursday"). The main claim may match facts that say nothing of the detail; a
 * detail is contradicted only by a fact that speaks to it and gives another value in its own quote (shown
 * as the disputing evidence). A detail no fact speaks to stays silent. The words are the vocabulary's
 * `eventDates`, `announcements`, `weekdays` and `roles` (src/facts/vocabulary.json); the grammar is here.
 */
import type { Fact, Source } from '../facts/schema';
import { alternatives, compiledFor, cuePattern } from '../facts/vocabulary';
import type { SourceEvidence } from './claim';
import type { Judgement } from './judge';
import type { FactMatcher } from './match';
import { findParties } from './parties';
import { figureInWords, monthName, monthNames, monthNumbers } from './figure-words';
import { datedByMain, figureAsides } from './asides';
import { namesIn, type Name } from './party-contrast';
import { otherEventDate, stretchBefore } from './other-event-dates';
import { banOfAlternativesSpan, readMoney, readMonths, readPercents, readYears, type Money } from './values';
import { remembered } from './remembered';

/** A month's number (0–11) by any of its forms in the vocabulary's `months`, or -1. */
const monthIndex = (word: string) => monthNumbers().get(word.toLowerCase()) ?? -1;

const ROLE_IDS = ['ceo', 'cfo', 'cto', 'cro', 'coo', 'cmo', 'cso'] as const;
type Role = (typeof ROLE_IDS)[number];

const NAME = String.raw`\p{Lu}[\p{L}'\u2019-]+`;

const cues = compiledFor((v) => {
  const c = v.cues;
  const roles = ROLE_IDS.map((id) => [id, alternatives(c.roles[id])] as const);
  const anyRole = alternatives(roles.map(([, re]) => re));
  const former = alternatives(c.roles.former);
  // The movement axis's cues are a stock's moves too ("opened lower", "edged higher").
  const movement = v.axes.filter((a) => a.id === 'movement').flatMap((a) => [...a.for.cues, ...a.against.cues]);
  const announcing = alternatives(c.announcements.announcing);
  // After the announcing word, the manner must be in its clause: not past a semicolon or a "that"/"which" opening
  // another ("announced that Microsoft alone will keep…", "announced the deal; Azure alone gets…").
  const inClause = `(?:[^\\w;]+(?!(?:that|which)\\b)\\w+){0,4}?[^\\w;]+`;
  const near = (manner: string) =>
    new RegExp(`\\b(?:${manner}\\b(?:\\W+\\w+){0,4}?\\W+${announcing}|${announcing}${inClause}${manner})\\b`, 'iu');
  return {
    STARTS: cuePattern(c.eventDates.starts),
    INCREMENTS: cuePattern(c.eventDates.increments),
    /** The last word opening another event's clause ("when", "as soon as") in a stretch of text, and what follows it. */
    OTHER_EVENT: new RegExp(
      `\\b${alternatives(c.eventDates.otherEvents)}\\b(?![\\s\\S]*\\b${alternatives(c.eventDates.otherEvents)}\\b)`,
      'iu',
    ),
    RELATIVE: new RegExp(`^\\s*${alternatives(c.eventDates.relatives)}\\b`, 'iu'),
    /** A stretch of a sentence opened by a relative or another event's word ("who joined OpenAI in", "after talks in"). */
    ASIDE_OPENER: new RegExp(
      `\\b${alternatives([...c.eventDates.relatives.filter((r) => r !== 'that'), ...c.eventDates.otherEvents, ...c.eventDates.order])}\\b`,
      'iu',
    ),
    ORDER: new RegExp(`\\b${alternatives(c.eventDates.order)}\\b`, 'giu'),
    LATER: new RegExp(`^${alternatives(c.eventDates.later)}$`, 'iu'),
    REVISION: cuePattern(c.eventDates.revision),
    /** An event other than the revision that a fact sets it before or after ("on the eve of a trial"). */
    MILESTONE: new RegExp(`^${alternatives(c.eventDates.milestones)}$`, 'iu'),
    /** A month named without a year after a word that dates by it ("in March", "at the end of March"). */
    BARE_MONTH: new RegExp(
      `\\b${alternatives(c.eventDates.monthLeads)}(?:\\s+|(?<=-))(?:the\\s+)?(${alternatives(v.months.list.flat())})\\b(?!\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:19|20)\\d\\d)`,
      'giu',
    ),
    /** "any" then within a few words an exception ("any cloud provider except Google's"), and "any" alone. */
    EXCEPTION: new RegExp(
      `\\b${alternatives(c.exceptions.any)}\\b(?:\\W+[\\w'\u2019-]+){0,4}?\\W+${alternatives(c.exceptions.except)}`,
      'iu',
    ),
    EXCEPT: new RegExp(`\\b${alternatives(c.exceptions.except)}`, 'iu'),
    AT_ONCE: cuePattern(c.lumpSums.atOnce),
    ANY: new RegExp(`\\b${alternatives(c.exceptions.any)}\\b`, 'iu'),
    ORDER_ANY: new RegExp(`\\b${alternatives(c.eventDates.order)}\\b`, 'iu'),
    /** An amount in the role of a value ("valued at $49bn"), and a fact whose amounts are values. */
    VALUE_BEFORE: new RegExp(`\\b${alternatives(c.values.before)}\\s+(?:\\w+\\s+){0,2}$`, 'iu'),
    VALUE_FACT: cuePattern(c.values.facts),
    /** A value the transaction itself set: a word of `values.events`, then within four words a value's words ("in a
     * transaction that values the ChatGPT developer at about"), up to the amount. */
    VALUE_EVENT: new RegExp(
      `\\b${alternatives(c.values.events)}\\b(?:\\W+[\\w'\u2019-]+){0,4}?\\W+${alternatives(c.values.before)}\\s+(?:\\w+\\s+){0,2}$`,
      'iu',
    ),
    VALUE_TODAY: cuePattern(c.values.today),
    /** A condition's opening words, then at once a party (its subject): "unless Microsoft is unable…". */
    CONDITION: new RegExp(`\\b${alternatives(c.orderExceptions.conditions)}\\s+(?:the\\s+)?$`, 'iu'),
    /** An announcing word anywhere: JOINT, SEPARATE and DAY each need one (most sentences have none). */
    ANNOUNCING: new RegExp(announcing, 'iu'),
    JOINT: near(alternatives(c.announcements.joint)),
    SEPARATE: near(alternatives(c.announcements.separate)),
    /** A manner word opening the sentence before a comma ("Separately, Microsoft announced…") is the report's
     * transition to other news, not how the parties announced. */
    OPENING_MANNER: new RegExp(`^\\W*(?:${alternatives(c.announcements.separate)}|${alternatives(c.announcements.joint)})\\s*,`, 'iu'),
    /** A day of the week within the announcing words' clause ("announced … on Thursday", "On Monday, … issued statements"). */
    DAY: new RegExp(
      `\\b(?:${announcing}\\b[^,;.]{0,50}?\\b${alternatives(c.weekdays.words)}|${alternatives(c.weekdays.words)}\\b[^;.]{0,80}?\\b${announcing})\\b`,
      'giu',
    ),
    WEEKDAY: new RegExp(`\\b${alternatives(c.weekdays.words)}\\b`, 'giu'),
    /** A share price's move: what moves, then within three words a move word ("Microsoft shares slid", "opened lower"). */
    SHARE_MOVE: new RegExp(
      `\\b${alternatives(c.shareMoves.subjects)}\\s+(?:[\\w'\u2019-]+\\s+){0,5}?${alternatives([...c.moves.words, ...c.changes.words, ...movement])}`,
      'giu',
    ),
    /** A paying verb where a stock noun would stand ("OpenAI shares revenue with", "shares its sales with"): no stock moves. */
    PAYING_AT: new RegExp(`^(?:${alternatives(c.directions.pay)})`, 'iu'),
    /** The verb "share" in its forms: "share" and the vocabulary's word forms that reach it ("shares", "shared", "sharing"). */
    SHARE_VERB: new RegExp(
      `\\b${alternatives(['share', ...Object.entries(v.wordForms).flatMap(([form, terms]) => (terms.includes('share') ? [form] : []))])}\\b`,
      'giu',
    ),
    /** A company or its holding the subject of a move ("Amazon, too, slipped", "Microsoft's market value fell"): its name, then a move word. */
    PARTY_MOVE: new RegExp(
      `(?<!\\b(?:from|of|with|to|by|in|for|at|on|into|and|than)\\s)\\b(?:${alternatives(v.parties.flatMap((p) => p.capitalised ?? []))})\\b(?:['\u2019]s)?(?![-'\u2019\\w])(?:,?\\s+[\\w'\u2019.%]+,?){0,3}?\\s+${alternatives([...c.moves.words, ...c.changes.words, ...movement])}`,
      'u',
    ),
    PRE_MARKET: cuePattern(c.shareMoves.preMarket),
    VALUE_HOLDING: cuePattern(c.valueMoves.holdings),
    VALUE_WORD: cuePattern(c.valueMoves.values),
    VALUE_FALL: cuePattern(c.valueMoves.falls),
    VALUE_RISE: cuePattern(c.valueMoves.rises),
    /** A value word and a move word of one clause, within a few words ("shrunk in value", "the value of its stake has surged"). */
    VALUE_MOVED: valueMoved(alternatives(c.valueMoves.values), alternatives([...c.valueMoves.falls, ...c.valueMoves.rises])),
    /** A thing a company makes, anywhere (a quick first test), and just after its maker's name ("'s Trainium chips"). */
    THING: cuePattern(c.makers.things),
    MADE: new RegExp(`^(?:['\u2019]s)?\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?${alternatives(c.makers.things)}\\b`, 'iu'),
    OPEN: cuePattern(c.shareMoves.open),
    /** Every place a trading phase is named (phaseMoves). */
    PRE_MARKET_ALL: cuePattern(c.shareMoves.preMarket, 'giu'),
    OPEN_ALL: cuePattern(c.shareMoves.open, 'giu'),
    /** An office's words (any case); the name before or after it is read case-sensitively. */
    ROLE: new RegExp(`\\b(${anyRole})\\b`, 'giu'),
    FORMER: new RegExp(`\\b${former}[\\s-]+$`, 'iu'),
    ROLES: roles.map(([id, re]) => [id, new RegExp(`^${re}$`, 'iu')] as const),
  };
});

/** The office, then the name ("chief revenue officer Denise Dresser"): the surname is the last capitalised word. */
const NAME_AFTER = new RegExp(`^\\s+((?:${NAME}\\s+){0,2}${NAME})`, 'u');
/** The name, then the office ("Denise Dresser, OpenAI's chief revenue officer"). */
const NAME_BEFORE = new RegExp(`(${NAME}),\\s+(?:[\\p{L}'\\u2019]+\\s+){0,3}?$`, 'u');

/** A surname's offices, where the text names one (a name is capitalised words; "former" sets an office aside). */
function officesIn(text: string): Map<string, Set<Role>> {
  const { ROLE, FORMER, ROLES } = cues();
  const out = new Map<string, Set<Role>>();
  for (const m of text.matchAll(ROLE)) {
    const head = text.slice(Math.max(0, m.index - 60), m.index);
    if (FORMER.test(head)) continue;
    const id = ROLES.find(([, re]) => re.test(m[1]!))?.[0];
    const name = NAME_AFTER.exec(text.slice(m.index + m[0].length))?.[1] ?? NAME_BEFORE.exec(head)?.[1];
    if (!id || !name) continue;
    const surname = name.split(/\s+/u).pop()!;
    let set = out.get(surname);
    if (!set) out.set(surname, (set = new Set()));
    set.add(id);
  }
  return out;
}

/** The two partners, whose people a sentence may give the wrong employer. */
const PARTNERS = new Set(['microsoft', 'openai']);
/** A partner's name right before an office, possessive or not, up to two words between ("Microsoft revenue chief"). */
const EMPLOYER_GAP = /^(?:['\u2019]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * A surname's employer, where the text names a partner right before the person's office ("OpenAI's chief revenue
 * officer Denise Dresser", "Microsoft revenue chief Denise Dresser"); "former" sets it aside.
 */
function employersIn(text: string): Map<string, Set<string>> {
  const { ROLE, FORMER } = cues();
  const out = new Map<string, Set<string>>();
  const parties = findParties(text).filter((m) => PARTNERS.has(m.party));
  if (!parties.length) return out;
  for (const m of text.matchAll(ROLE)) {
    const head = text.slice(Math.max(0, m.index - 60), m.index);
    if (FORMER.test(head)) continue;
    const name = NAME_AFTER.exec(text.slice(m.index + m[0].length))?.[1] ?? NAME_BEFORE.exec(head)?.[1];
    const employer = parties.filter((p) => p.end <= m.index && EMPLOYER_GAP.test(text.slice(p.end, m.index))).pop();
    if (!name || !employer) continue;
    const surname = name.split(/\s+/u).pop()!;
    let set = out.get(surname);
    if (!set) out.set(surname, (set = new Set()));
    set.add(employer.party);
  }
  return out;
}

interface Office {
  fact: Fact;
  quotes: Set<string>;
  roles: Set<Role>;
}

/** A fact's date of its event: its months (not the date a state was confirmed or said) and its years in or since. */
interface EventDate {
  year: number;
  month?: string;
  start: boolean;
}

function eventDates(fact: Fact): EventDate[] {
  const out: EventDate[] = [];
  for (const v of fact.values) {
    if (v.kind === 'month' && v.role !== 'confirmed' && v.role !== 'stated')
      out.push({ year: Number(v.value.slice(0, 4)), month: v.value, start: false });
    if (v.kind === 'year' && (v.relation === 'in' || v.relation === 'since'))
      out.push({ year: v.value, start: v.relation === 'since' || v.role === 'start' });
  }
  return out;
}

/** Does a text use "share(s)" as a paying verb ("the portion of revenue OpenAI shares with Microsoft")? (Read once per text.) */
export const sharesAsVerb = remembered((text: string): boolean => {
  const { PAYING_AT, SHARE_VERB } = cues();
  for (const m of text.matchAll(SHARE_VERB)) if (PAYING_AT.test(text.slice(m.index))) return true;
  return false;
}, 64);

/** Does a text tell a company's own move ("Amazon, too, slipped", "Microsoft fell"), as a share price's? (Read once per text.) */
export const isPartyMove = remembered((text: string): boolean => cues().PARTY_MOVE.test(text), 64);

/**
 * Does a text tell a share price's move ("Microsoft shares slid 4%", "MSFT stock fell")? (The vocabulary's `shareMoves`.)
 * Read once per text: a sentence and its clauses are asked it by several steps.
 */
export const isShareMove = remembered((text: string): boolean => {
  const { SHARE_MOVE, PAYING_AT } = cues();
  // "The portion of revenue OpenAI shares with Microsoft has fallen": the verb "shares" (a paying verb) is no stock.
  for (const m of text.matchAll(SHARE_MOVE)) if (!PAYING_AT.test(text.slice(m.index))) return true;
  return false;
}, 64);

export class DetailCheck {
  private readonly offices = new Map<string, Office[]>();
  /** Each surname's employers in the facts' quotes, with the fact and quotes that say so. */
  private readonly employers = new Map<string, { fact: Fact; quotes: string[]; parties: Set<string> }>();
  private readonly byId = new Map<string, Fact>();
  /** Who holds each office of each partner in the facts' quotes ("cro openai" → Dresser), with the fact and quotes. */
  private readonly holders = new Map<string, { surnames: Set<string>; fact: Fact; quotes: string[] }>();
  /** Every word the facts' quotes hold: a person a sentence names that no quote names is one the sources do not know. */
  private readonly quoted = new Set<string>();
  /** The revised terms' facts whose quotes date an announcement by a day of the week. */
  private readonly revisedDays: Fact[] = [];
  /** The facts that date the revision's announcement to its month. */
  private readonly revisionAnnounced: Fact[] = [];
  /** Every date (YYYY-MM, YYYY) a fact gives an event: a date of some event the sources know. */
  private readonly known = new Set<string>();
  /** Every year a fact gives as a start (the partnership's, the investments'), with who does what to whom
   * ("2019 microsoft>openai"): a running total from it holds what those parties did after. */
  private readonly starts = new Set<string>();

  constructor(
    private readonly facts: readonly Fact[],
    private readonly matcher: FactMatcher,
    private readonly sources: Map<string, Source>,
    private readonly revision: string,
  ) {
    this.known.add(revision.slice(0, 7)).add(revision.slice(0, 4));
    for (const fact of facts) {
      this.byId.set(fact.id, fact);
      if (fact.era === 'revised' && this.daysOfFact(fact).days.size) this.revisedDays.push(fact);
      if (fact.values.some((v) => v.kind === 'month' && v.role === 'announced' && v.value === revision.slice(0, 7)))
        this.revisionAnnounced.push(fact);
      for (const d of eventDates(fact)) {
        this.known.add(String(d.year));
        if (d.month) this.known.add(d.month);
        if (d.start) this.starts.add(`${d.year} ${fact.actor}>${fact.target}`);
      }
      for (const e of fact.evidence) {
        if (e.stance !== 'supports') continue;
        const employed = employersIn(e.quote);
        const offices = officesIn(e.quote);
        for (const [surname, parties] of employed) {
          const known = this.employers.get(surname) ?? { fact, quotes: [], parties: new Set<string>() };
          if (known.fact === fact) known.quotes.push(e.quote);
          for (const p of parties) known.parties.add(p);
          this.employers.set(surname, known);
        }
        for (const w of e.quote.split(/[^\p{L}'\u2019-]+/u)) this.quoted.add(w.replace(/['\u2019]s$/u, ''));
        for (const [surname, roles] of offices)
          for (const party of employed.get(surname) ?? [])
            for (const role of roles) {
              const held = this.holders.get(`${role} ${party}`) ?? { surnames: new Set<string>(), fact, quotes: [] };
              held.surnames.add(surname);
              if (held.fact === fact) held.quotes.push(e.quote);
              this.holders.set(`${role} ${party}`, held);
            }
        for (const [surname, roles] of offices) {
          let list = this.offices.get(surname);
          if (!list) this.offices.set(surname, (list = []));
          let office = list.find((o) => o.fact === fact);
          if (!office) list.push((office = { fact, quotes: new Set(), roles: new Set() }));
          office.quotes.add(e.quote);
          for (const r of roles) office.roles.add(r);
        }
      }
    }
  }

  /** A conflicting judgement where a detail of the sentence is contradicted by a fact that speaks to it, else null. */
  conflict(text: string, judgement: Judgement | null): Judgement | null {
    return (
      this.office(text) ??
      this.condition(text, judgement) ??
      this.manner(text, judgement) ??
      this.exception(text, judgement) ??
      this.lumpSum(text) ??
      this.weekday(text, judgement) ??
      this.moveDay(text) ??
      this.maker(text) ??
      this.valueMove(text) ??
      this.eventDate(text) ??
      this.bareEventMonth(text, judgement) ??
      this.revisionMonth(text) ??
      this.order(text) ??
      this.relativeOrder(text, judgement) ??
      this.asideAmount(text) ??
      this.eventValue(text, judgement)
    );
  }

  /**
   * The amount an aside gives an earlier event ("Microsoft, which wrote a $2bn cheque to OpenAI in 2019, …",
   * "…, which was valued at $49bn at the time"): the facts of that event are those giving an amount in the
   * same role (a value or a sum) and dated as the aside dates it (its own date, or the main clause's where it
   * says "at the time"; a first event by its start), about parties the sentence names. Contradicted where such
   * a fact gives another amount and none gives the aside's.
   */
  private asideAmount(text: string): Judgement | null {
    const asides = figureAsides(text);
    if (!asides.length) return null;
    const { VALUE_BEFORE, VALUE_FACT, STARTS, INCREMENTS } = cues();
    const named = new Set(findParties(text).map((m) => m.party as string));
    for (const a of asides) {
      const phrase = text.slice(a.start, a.end);
      const amounts = readMoney(phrase);
      if (!amounts.length || INCREMENTS.test(phrase)) continue;
      const rest = text.slice(0, a.start) + text.slice(a.end);
      const when = datedByMain(phrase) ? dateIn(rest) : dateIn(phrase);
      const first = STARTS.test(phrase);
      if (!when && !first) continue;
      for (const amount of amounts) {
        const value = VALUE_BEFORE.test(phrase.slice(0, amount.at ?? 0));
        const facts = this.facts.filter((f) => {
          if (!f.values.some((v) => v.kind === 'money')) return false;
          if (VALUE_FACT.test(f.statement) !== value) return false;
          if ([f.actor, f.target].some((p) => p && !named.has(p))) return false;
          const dates = eventDates(f);
          if (when) return dates.some((t) => (when.month && t.month ? t.month === when.month : t.year === when.year));
          return f.values.some((v) => v.kind === 'money' && /initial|first/iu.test(v.role ?? ''));
        });
        const j = this.amountDisputed(facts, amount);
        if (j) return j;
      }
    }
    return null;
  }

  /**
   * The sentence's amount set against the facts that speak to it: disputed by the first of them when none gives an
   * amount within 7% of it (none of them: no judgement).
   */
  private amountDisputed(facts: Fact[], amount: Money): Judgement | null {
    const fits = (f: Fact) =>
      f.values.some((v) => v.kind === 'money' && Math.abs(v.amount - amount.amount) <= Math.max(v.amount, amount.amount) * 0.07);
    const fact = facts[0];
    if (!fact || facts.some(fits)) return null;
    const theirs = fact.values.find((v) => v.kind === 'money')!;
    const quotes = fact.evidence.filter((e) => e.stance === 'supports' && givesAmount(e.quote, theirs.amount)).map((e) => e.quote);
    return this.judgement(fact, quotes, { what: 'amount', claimed: figureInWords(amount), sources: figureInWords(theirs) });
  }

  /**
   * A value the transaction itself set ("…buys it nearly a third of OpenAI in a transaction that values the ChatGPT
   * developer at about $49bn"), in a clause that gives no date of its own and is confirmed by a fact of a dated
   * investment (an amount and a month): the value is that month's, checked against the facts valuing at that month.
   * Contradicted where such a fact gives another amount and none gives the clause's. A value told as today's or
   * another time's (`values.today`: "now", "latest", "later") is not the transaction's.
   */
  private eventValue(text: string, judgement: Judgement | null): Judgement | null {
    if (judgement?.verdict !== 'corroborated') return null;
    const { VALUE_EVENT, VALUE_TODAY, VALUE_FACT } = cues();
    const amounts = readMoney(text);
    if (!amounts.length || readMonths(text).length || readYears(text).length) return null;
    const months = new Set<string>();
    for (const met of judgement.facts) {
      const fact = this.byId.get(met.id);
      if (!fact?.values.some((v) => v.kind === 'money')) continue;
      for (const v of fact.values) if (v.kind === 'month') months.add(v.value);
    }
    if (!months.size) return null;
    for (const amount of amounts) {
      const head = text.slice(0, amount.at ?? 0);
      const stretch = phraseStretch(head);
      if (!VALUE_EVENT.test(head) || VALUE_TODAY.test(stretch)) continue;
      const facts = this.facts.filter(
        (f) =>
          VALUE_FACT.test(f.statement) &&
          f.values.some((v) => v.kind === 'money') &&
          f.values.some((v) => v.kind === 'month' && months.has(v.value)),
      );
      const j = this.amountDisputed(facts, amount);
      if (j) return j;
    }
    return null;
  }

  /**
   * An event set before or after another named by a noun ("the new terms were agreed only after the Musk trial had
   * concluded") where a fact sets it the other way round of the same noun ("announced … on the eve of a trial"):
   * disputed by that fact's quotes. The order words are the vocabulary's `eventDates.order` (`later`: after); the
   * noun is one of `eventDates.milestones` within the four words after each order word, in the sentence and in the
   * fact's statement, paraphrases or quotes; the fact is one the sentence met.
   */
  relativeOrder(text: string, judgement: Judgement | null): Judgement | null {
    const { ORDER, LATER, MILESTONE } = cues();
    const mine = ordersIn(text, ORDER, LATER);
    if (!mine.length) return null;
    // (Only the facts the sentence met: "After the revision, Microsoft stopped paying" is not the old terms' "Before the revision".)
    const met = new Set(judgement ? judgement.facts.map((f) => f.id) : this.matcher.candidates(text).map((c) => c.fact.id));
    for (const fact of this.facts) {
      if (!met.has(fact.id)) continue;
      const supports = fact.evidence.filter((e) => e.stance === 'supports').map((e) => e.quote);
      const theirs = [fact.statement, ...fact.paraphrases, ...supports].flatMap((t) => ordersIn(t, ORDER, LATER));
      for (const m of mine) {
        // (The revision itself is the event set in order, not the other one: "before the revision" dates the old terms.)
        const shared = (t: { nouns: string[] }) => t.nouns.some((n) => m.nouns.includes(n) && MILESTONE.test(n));
        const same = theirs.filter(shared);
        if (!same.length || same.some((t) => t.later === m.later)) continue;
        const quotes = supports.filter((q) => ordersIn(q, ORDER, LATER).some(shared));
        const j = this.judgement(fact, quotes.length ? quotes : supports);
        if (j) return j;
      }
    }
    return null;
  }

  /**
   * Two events set in order ("OpenAI restructured in October 2025, after the April 2026 revision"), each
   * dated by its own words or by the fact of that event: contradicted where the dates run the other way
   * and a fact of one of them gives its date in a quote.
   */
  private order(text: string): Judgement | null {
    const { ORDER, LATER } = cues();
    for (const m of text.matchAll(ORDER)) {
      const start = Math.max(text.lastIndexOf(';', m.index), 0);
      const next = text.slice(m.index + m[0].length).search(/[,;.]/u);
      const end = next < 0 ? text.length : m.index + m[0].length + next;
      const first = this.dateOf(text.slice(start, m.index));
      const second = this.dateOf(text.slice(m.index + m[0].length, end));
      if (!first || !second || (!first.fact && !second.fact)) continue;
      // Compared to the month where both give one, else by year.
      const [a, b] = first.month && second.month ? [first.month, second.month] : [String(first.year), String(second.year)];
      if (a === b) continue;
      const later = LATER.test(m[0]);
      if (later === a > b) continue;
      const dated = first.fact ? first : second;
      const quotes = dated.fact!.evidence.filter((e) => e.stance === 'supports' && givesDate(e.quote, dated)).map((e) => e.quote);
      const label = (d: { year: number; month?: string }) => (d.month ? monthName(d.month) : String(d.year));
      const j = this.judgement(dated.fact!, quotes, {
        what: first.month && second.month ? 'date' : 'year',
        claimed: `${m[0].toLowerCase()} ${label(second)}`,
        sources: `${label(first)}, ${later ? 'before' : 'after'} ${label(second)}`,
      });
      if (j) return j;
    }
    return null;
  }

  /**
   * When an event happened: the date its words give (confirmed by the fact of that event when one speaks to
   * it), else the date of the fact its words reach through an amount or as a one-time event, else the
   * revision's when its words name the revision.
   */
  private dateOf(phrase: string): { year: number; month?: string; fact?: Fact } | null {
    const own = readMonths(phrase)[0] ?? null;
    const year = readYears(phrase).find((y) => y.relation === 'in');
    const amounts = readMoney(phrase);
    const { INCREMENTS, REVISION } = cues();
    let found: { year: number; month?: string; fact: Fact } | null = null;
    if (!INCREMENTS.test(phrase))
      for (const c of this.matcher.candidates(phrase, { figures: true })) {
        const theirs = eventDates(c.fact).filter((t) => !t.start);
        if (theirs.length !== 1) continue;
        const money = c.fact.values.flatMap((v) => (v.kind === 'money' ? [v.amount] : []));
        const byAmount = amounts.some((a) => money.some((x) => Math.abs(a.amount - x) <= x * 0.05));
        const once = !money.length && theirs[0]!.month !== undefined;
        if (!byAmount && !once) continue;
        const t = theirs[0]!;
        // Where the words give a date, the fact must give the same (else it is another event, or the date is wrong).
        if (own && t.month !== own.value) continue;
        if (!own && year && t.year !== year.value) continue;
        found = { year: t.year, ...(t.month ? { month: t.month } : {}), fact: c.fact };
        break;
      }
    if (found) return found;
    if (own) return { year: Number(own.value.slice(0, 4)), month: own.value };
    if (year) return { year: year.value };
    if (REVISION.test(phrase)) return { year: Number(this.revision.slice(0, 4)), month: this.revision.slice(0, 7) };
    return null;
  }

  /**
   * A condition whose party the sentence turns round ("…debut on Azure first, unless OpenAI decides that another cloud
   * would serve them better") where a quote of a fact confirming the clause gives the condition to the other partner
   * ("unless Microsoft is unable or chooses not to support…"): disputed by that quote. The condition's words are the
   * vocabulary's `orderExceptions.conditions`; its party is the one named right after them.
   */
  private condition(text: string, judgement: Judgement | null): Judgement | null {
    if (judgement?.verdict !== 'corroborated') return null;
    const { CONDITION } = cues();
    const conditioned = (t: string) =>
      findParties(t).flatMap((m) =>
        PARTNERS.has(m.party) && CONDITION.test(t.slice(Math.max(0, m.start - 40), m.start)) ? [m.party] : [],
      );
    const mine = conditioned(text);
    if (!mine.length) return null;
    for (const met of judgement.facts) {
      const fact = this.byId.get(met.id);
      if (!fact) continue;
      const quotes = fact.evidence.filter((e) => e.stance === 'supports' && conditioned(e.quote).length);
      const theirs = new Set(quotes.flatMap((e) => conditioned(e.quote)));
      if (!theirs.size || mine.some((p) => theirs.has(p))) continue;
      const j = this.judgement(
        fact,
        quotes.map((e) => e.quote),
      );
      if (j) return j;
    }
    return null;
  }

  /** The office a sentence gives a person the sources give another office. */
  private office(text: string): Judgement | null {
    // A person given the other partner as employer than the sources give ("Microsoft revenue chief Denise Dresser").
    const employed = employersIn(text);
    for (const [surname, parties] of employed) {
      const known = this.employers.get(surname);
      if (!known || [...parties].some((p) => known.parties.has(p))) continue;
      const j = this.judgement(known.fact, known.quotes);
      if (j) return j;
    }
    // A partner's office given to a person no quote names, where the sources name its holder ("Sarah Friar, OpenAI's
    // revenue chief" where the quotes give OpenAI's chief revenue officer as Denise Dresser).
    const offices = officesIn(text);
    for (const [surname, roles] of offices) {
      if (this.quoted.has(surname)) continue;
      for (const party of employed.get(surname) ?? [])
        for (const role of roles) {
          const held = this.holders.get(`${role} ${party}`);
          if (!held || held.surnames.has(surname)) continue;
          const j = this.judgement(held.fact, held.quotes, { what: 'party', claimed: surname, sources: [...held.surnames].join(', ') });
          if (j) return j;
        }
    }
    for (const [surname, roles] of offices) {
      const known = this.offices.get(surname);
      if (!known) continue;
      const theirs = new Set(known.flatMap((o) => [...o.roles]));
      if ([...roles].some((r) => theirs.has(r))) continue;
      const office = known[0]!;
      return this.judgement(office.fact, [...office.quotes], {
        what: 'party',
        claimed: [...roles].join('/').toUpperCase(),
        sources: [...theirs].join('/').toUpperCase(),
      });
    }
    return null;
  }

  /**
   * "Separately" (or one party "alone", "unilaterally") where the fact the sentence rests on says the parties
   * announced together (or the other way); where the sentence announces the revision itself ("OpenAI unilaterally
   * announced the revised agreement"), the revised terms' facts that say how it was announced answer it too.
   */
  manner(text: string, judgement: Judgement | null): Judgement | null {
    const { JOINT, SEPARATE, ANNOUNCING, OPENING_MANNER, REVISION } = cues();
    if (!ANNOUNCING.test(text)) return null;
    text = text.replace(OPENING_MANNER, ' ');
    const separate = SEPARATE.test(text);
    const joint = JOINT.test(text);
    if (separate === joint) return null;
    const facts = (judgement?.facts ?? []).flatMap((m) => this.byId.get(m.id) ?? []);
    // (The fact stating how they announced first: "Microsoft and OpenAI simultaneously announced…".)
    if (REVISION.test(text))
      facts.push(
        ...this.facts
          .filter((f) => f.era === 'revised' && !facts.includes(f))
          .sort(
            (a, b) =>
              Number(JOINT.test(b.statement) || SEPARATE.test(b.statement)) - Number(JOINT.test(a.statement) || SEPARATE.test(a.statement)),
          ),
      );
    for (const fact of facts) {
      const quotes = fact.evidence.filter((e) => e.stance === 'supports').map((e) => e.quote);
      const said = quotes.filter((q) => (separate ? JOINT : SEPARATE).test(q));
      if (said.length && !quotes.some((q) => (separate ? SEPARATE : JOINT).test(q))) return this.judgement(fact, said);
    }
    return null;
  }

  /**
   * An exception to "any" ("OpenAI may sell through any cloud except Google's") where the fact confirming the
   * sentence says "any" and its quotes leave nothing out: contradicted by those quotes. (A ban of the alternatives,
   * "cannot sell through any cloud other than Azure", is no exception.)
   */
  private exception(text: string, judgement: Judgement | null): Judgement | null {
    if (judgement?.verdict !== 'corroborated') return null;
    const { EXCEPTION, EXCEPT, ANY } = cues();
    if (!EXCEPTION.test(text) || banOfAlternativesSpan(text)) return null;
    for (const m of judgement.facts) {
      const fact = this.byId.get(m.id);
      if (!fact || !ANY.test(fact.statement) || EXCEPT.test(fact.statement)) continue;
      const supports = fact.evidence.filter((e) => e.stance === 'supports');
      if (supports.some((e) => EXCEPT.test(e.quote))) continue;
      const quotes = supports.filter((e) => ANY.test(e.quote)).map((e) => e.quote);
      const j = this.judgement(fact, quotes);
      if (j) return j;
    }
    return null;
  }

  /**
   * A total said to be paid all at once ("Amazon is paying the entire $50bn up front") where a fact gives it as
   * paid in tranches (a money value of role "total" beside a smaller "initial tranche"): contradicted by its quotes.
   */
  private lumpSum(text: string): Judgement | null {
    if (!cues().AT_ONCE.test(text)) return null;
    const amounts = readMoney(text).map((m) => m.amount);
    if (!amounts.length) return null;
    const named = new Set<string>(findParties(text).map((m) => m.party));
    for (const fact of this.facts) {
      const money = (role: string) => fact.values.flatMap((v) => (v.kind === 'money' && v.role === role ? [v.amount] : []));
      const [total] = money('total');
      const [initial] = money('initial tranche');
      if (total === undefined || initial === undefined || initial >= total) continue;
      if (fact.actor && !named.has(fact.actor)) continue;
      if (!amounts.some((a) => Math.abs(a - total) <= total * 0.05) || amounts.some((a) => Math.abs(a - initial) <= initial * 0.05))
        continue;
      const j = this.judgement(
        fact,
        fact.evidence.filter((e) => e.stance === 'supports').map((e) => e.quote),
      );
      if (j) return j;
    }
    return null;
  }

  /** The day of the week a sentence gives an announcement the sources date by another day. */
  private weekday(text: string, judgement: Judgement | null): Judgement | null {
    if (!judgement) return null;
    const mine = daysOf(text);
    if (!mine.size) return null;
    // The facts the claim rests on; and where the sentence announces the revision itself ("The revised
    // agreement, announced on Tuesday, …"), the revised terms' facts that date their announcement.
    const facts = judgement.facts.flatMap((m) => this.byId.get(m.id) ?? []);
    if (cues().REVISION.test(text)) facts.push(...this.revisedDays.filter((f) => !facts.includes(f)));
    for (const fact of facts) {
      const { days: theirs, quotes: said } = this.daysOfFact(fact);
      if (!theirs.size || [...mine].some((d) => theirs.has(d))) continue;
      return this.judgement(fact, said, { what: 'date', claimed: title([...mine][0]!), sources: title([...theirs][0]!) });
    }
    return null;
  }

  /**
   * A party's share move told of a trading phase on a day of the week ("Microsoft shares slid 4% when trading
   * opened on Wednesday") where the facts of that party's move in that phase give another day: disputed, with the
   * move's figure where it differs too; on the same day, disputed where its figure differs. A fact's phase and day are read from its own words (statement,
   * paraphrases, quotes; pre-market first).
   */
  moveDay(text: string): Judgement | null {
    const { PRE_MARKET, OPEN, WEEKDAY } = cues();
    if (!isShareMove(text)) return null;
    const phaseOf = (t: string) => (PRE_MARKET.test(t) ? 'pre' : OPEN.test(t) ? 'open' : null);
    const phase = phaseOf(text);
    const days = new Set([...text.matchAll(WEEKDAY)].map((m) => m[0].toLowerCase()));
    const phases = this.phaseMoves(text, days);
    if (phases) return phases;
    // Two phases told ("fell 1% at the open, after dropping 4% in pre-market trading"): which figure is which phase's is
    // phaseMoves's to read; the sentence's first figure is not its first-read phase's.
    if (PRE_MARKET.test(text) && OPEN.test(text)) return null;
    if (!phase || days.size !== 1) return null;
    const [day] = days;
    const parties = new Set<string>(findParties(text).map((m) => m.party));
    const mine = readPercents(text)[0];
    for (const { fact, move, supports, own } of this.shareMoveFacts(parties)) {
      if (phaseOf(own) !== phase) continue;
      const theirs = new Set([...own.matchAll(WEEKDAY)].map((m) => m[0].toLowerCase()));
      if (!theirs.size) continue;
      // The same day and phase with another figure ("dipped nearly 1% in Monday's pre-market trading"; the sources: 4%).
      if (theirs.has(day!)) {
        if (!mine || Math.abs(mine.value - move.value) <= 0.5) continue;
        return this.judgement(fact, supports, { what: 'share', claimed: figureInWords(mine), sources: figureInWords(move) });
      }
      const j = this.judgement(fact, supports, { what: 'date', claimed: title(day!), sources: title([...theirs][0]!) });
      if (!j || j.explanation.kind !== 'differs') return j;
      if (mine && Math.abs(mine.value - move.value) > 0.5)
        j.explanation.differences.push({ what: 'share', claimed: figureInWords(mine), sources: figureInWords(move) });
      return j;
    }
    return null;
  }

  /** The facts of a share-price move by one of `parties`: the move, the supporting quotes, and all their words. */
  private *shareMoveFacts(parties: Set<string>) {
    for (const fact of this.facts) {
      if (!fact.actor || !parties.has(fact.actor)) continue;
      const move = fact.values.find((v) => v.kind === 'percent' && v.role?.startsWith('share price'));
      if (!move || move.kind !== 'percent') continue;
      const supports = fact.evidence.filter((e) => e.stance === 'supports').map((e) => e.quote);
      yield { fact, move, supports, own: [fact.statement, ...fact.paraphrases, ...supports].join(' ') };
    }
  }

  /**
   * A sentence telling a party's share moves in two trading phases ("dropped almost 4% in premarket trading before
   * paring losses to about 3% at the open"), each figure read with the phase named nearest it: where one figure is the
   * sources' for its phase (tying the sentence to their day), another phase's figure that differs from that phase's
   * fact is disputed. A day the facts do not give leaves it to the day's own check.
   */
  private phaseMoves(text: string, days: Set<string>): Judgement | null {
    const { PRE_MARKET, OPEN, PRE_MARKET_ALL, OPEN_ALL, WEEKDAY } = cues();
    const cuesAt = [
      ...[...text.matchAll(PRE_MARKET_ALL)].map((m) => ({ at: m.index, end: m.index + m[0].length, phase: 'pre' })),
      ...[...text.matchAll(OPEN_ALL)].map((m) => ({ at: m.index, end: m.index + m[0].length, phase: 'open' })),
    ];
    if (cuesAt.length < 2) return null;
    const moves = readPercents(text)
      .filter((p) => p.at !== undefined)
      .map((p) => {
        const distance = (c: { at: number; end: number }) => (c.at >= p.at! ? c.at - p.at! : p.at! - c.end);
        const near = [...cuesAt].sort((a, b) => distance(a) - distance(b))[0]!;
        return { value: p, phase: distance(near) <= 60 ? near.phase : null };
      })
      .filter((m) => m.phase);
    if (new Set(moves.map((m) => m.phase)).size < 2) return null;
    const parties = new Set<string>(findParties(text).map((m) => m.party));
    const factOf = new Map<string, { fact: Fact; move: Extract<Fact['values'][number], { kind: 'percent' }>; supports: string[] }>();
    for (const { fact, move, supports, own } of this.shareMoveFacts(parties)) {
      const phase = PRE_MARKET.test(own) ? 'pre' : OPEN.test(own) ? 'open' : null;
      const theirs = new Set([...own.matchAll(WEEKDAY)].map((m) => m[0].toLowerCase()));
      if (!phase || factOf.has(phase) || [...days].some((d) => !theirs.has(d))) continue;
      factOf.set(phase, { fact, move, supports });
    }
    const fits = (m: (typeof moves)[number]) => {
      const f = factOf.get(m.phase!);
      return f ? Math.abs(m.value.value - f.move.value) <= 0.5 : null;
    };
    if (!moves.some((m) => fits(m) === true)) return null;
    const wrong = moves.find((m) => fits(m) === false);
    if (!wrong) return null;
    const f = factOf.get(wrong.phase!)!;
    return this.judgement(f.fact, f.supports, {
      what: 'share',
      claimed: figureInWords(wrong.value),
      sources: figureInWords(f.move),
    });
  }

  /**
   * The maker a sentence gives a thing (chips…) where a fact about both parties it names gives that thing another
   * maker ("OpenAI will build custom models on Nvidia's chips as part of the Amazon deal"; the sources: Amazon's
   * Trainium chips): disputed by the fact's quotes, unless the sentence names the fact's maker for it too.
   */
  private maker(text: string): Judgement | null {
    const { THING } = cues();
    if (!THING.test(text)) return null;
    const mine = makersIn(text);
    if (!mine.length) return null;
    const parties = new Set<string>(findParties(text).map((m) => m.party));
    for (const fact of this.facts) {
      if (!fact.actor || !fact.target || !parties.has(fact.actor) || !parties.has(fact.target)) continue;
      if (!THING.test(fact.statement)) continue;
      const theirs = makersIn(fact.statement).find((m) => m.party);
      if (!theirs || mine.some((m) => m.party === theirs.party)) continue;
      const other = mine[0]!;
      const quotes = fact.evidence.filter((e) => e.stance === 'supports').map((e) => e.quote);
      const j = this.judgement(fact, quotes, { what: 'party', claimed: other.name, sources: theirs.name });
      if (j) return j;
    }
    return null;
  }

  /**
   * A holding's value said to move one way without a figure ("Microsoft's stake in OpenAI has shrunk in value") where a
   * fact about one of the sentence's parties says in its statement that the holding's value moved the other way ("The
   * value of Microsoft's stake in OpenAI has surged"): disputed by its quotes.
   */
  private valueMove(text: string): Judgement | null {
    const { VALUE_HOLDING, VALUE_WORD, VALUE_FALL, VALUE_RISE, VALUE_MOVED } = cues();
    // (The move must be the value's: "the stake shrank in the restructuring, but it is still worth a fortune" is its size.)
    if (/\d/u.test(text) || !VALUE_HOLDING.test(text) || !VALUE_MOVED.test(text)) return null;
    const fall = VALUE_FALL.test(text);
    if (fall === VALUE_RISE.test(text)) return null;
    const parties = new Set<string>(findParties(text).map((m) => m.party));
    for (const fact of this.facts) {
      const s = fact.statement;
      if (!fact.actor || !parties.has(fact.actor) || !VALUE_HOLDING.test(s) || !VALUE_WORD.test(s)) continue;
      if ((fall ? VALUE_RISE : VALUE_FALL).test(s) && !(fall ? VALUE_FALL : VALUE_RISE).test(s)) {
        const j = this.judgement(
          fact,
          fact.evidence.filter((e) => e.stance === 'supports').map((e) => e.quote),
        );
        if (j) return j;
      }
    }
    return null;
  }

  /** The days of the week a fact's quotes date an announcement by, and those quotes (read once per fact). */
  private readonly days = new Map<string, { days: Set<string>; quotes: string[] }>();
  private daysOfFact(fact: Fact): { days: Set<string>; quotes: string[] } {
    let d = this.days.get(fact.id);
    if (!d) {
      const quotes = fact.evidence.filter((e) => e.stance === 'supports' && daysOf(e.quote).size > 0).map((e) => e.quote);
      this.days.set(fact.id, (d = { days: new Set(quotes.flatMap((q) => [...daysOf(q)])), quotes }));
    }
    return d;
  }

  /**
   * Where the clause of another event that holds the date at `at` begins ("…looked visionary when ChatGPT exploded into
   * public consciousness in late 2022"), or -1: in its stretch of the sentence (other-event-dates.ts), the last of
   * `eventDates.otherEvents` before the date. The date is that clause's event's, checked by that clause's words alone.
   */
  private otherEventClause(text: string, at: number): number {
    const stretch = stretchBefore(text, at);
    const m = cues().OTHER_EVENT.exec(stretch);
    return m ? at - stretch.length + m.index : -1;
  }

  /** The date a sentence gives an event that a dated fact of that event gives otherwise. */
  private eventDate(text: string): Judgement | null {
    const months = readMonths(text);
    const dates: { year: number; month?: string; at: number; since?: boolean }[] = [
      ...months.map((m) => ({ year: Number(m.value.slice(0, 4)), month: m.value, at: m.at ?? 0 })),
      ...readYears(text)
        .filter((y) => (y.relation === 'in' || y.relation === 'since') && !months.some((m) => m.value.startsWith(String(y.value))))
        .map((y) => ({ year: y.value, at: y.at ?? 0, since: y.relation === 'since' })),
    ];
    // A month named without its year after one of monthLeads ("at the start of January", "in early December"): the
    // event's month of the year, compared where the phrase reaches a dated fact by its amount.
    const bare: { month: string; at: number }[] = [];
    const { BARE_MONTH } = cues();
    BARE_MONTH.lastIndex = 0;
    for (let m = BARE_MONTH.exec(text); m; m = BARE_MONTH.exec(text)) {
      const i = monthIndex(m[1]!);
      if (i >= 0) bare.push({ month: String(i + 1).padStart(2, '0'), at: m.index + m[0].length - m[1]!.length });
    }
    if (!dates.length) return bare.length ? this.bareMonth(text, bare) : null;
    const { STARTS, INCREMENTS } = cues();
    const names = [...new Set(findParties(text).map((m) => text.slice(m.start, m.end)))].join(' ');
    for (const date of dates) {
      // A date in another event's clause ("when ChatGPT exploded … in late 2022") is that event's: its clause's words (with
      // the sentence's parties) say which facts it may be set against ("when it invested $10 billion in January 2024"
      // still reaches the investment).
      const from = this.otherEventClause(text, date.at);
      const phrase = from < 0 ? eventPhrase(text, date.at) : eventPhrase(text.slice(from), date.at - from);

      if (INCREMENTS.test(phrase)) continue;
      const start = STARTS.test(phrase);
      const amounts = readMoney(phrase);
      let agreed = false;
      let against: { fact: Fact; theirs: EventDate } | null = null;
      for (const c of this.matcher.candidates(`${names} ${phrase}`, { figures: true })) {
        const fact = c.fact;
        const theirs = eventDates(fact);
        if (!theirs.length) continue;
        const money = fact.values.flatMap((v) => (v.kind === 'money' ? [v.amount] : []));
        const byAmount = amounts.some((a) => money.some((x) => Math.abs(a.amount - x) <= x * 0.05));
        const byStart = start && theirs.some((t) => t.start);
        // A one-time event the fact dates to the month, with no amount that could be another round's.
        const once = !money.length && theirs.some((t) => t.month) && !this.known.has(date.month ?? String(date.year));
        if (!byAmount && !byStart && !once) continue;
        // An open-ended amount running from the year the sources start what its fact's parties do ("has invested at
        // least $10 billion in OpenAI since 2019") is part of a running total: it holds that amount given later. An
        // exact one ("has invested $10 billion since 2019") is the whole total; from another year, or of a start, the
        // date is set against the event's as before.
        const openEnded = amounts.some(
          (a) => (a.hedge === 'over' || a.hedge === 'at-least') && money.some((x) => Math.abs(a.amount - x) <= x * 0.05),
        );
        const span = !!date.since && openEnded && !byStart && this.starts.has(`${date.year} ${fact.actor}>${fact.target}`);
        const same = (t: EventDate) =>
          date.month && t.month ? t.month === date.month : t.year === date.year || (span && t.year > date.year);
        const relevant = byStart && !byAmount ? theirs.filter((t) => t.start) : theirs;
        if (relevant.some(same)) agreed = true;
        else against ??= { fact, theirs: relevant[0]! };
      }
      if (agreed || !against) continue;
      const { fact, theirs } = against;
      const label = theirs.month && date.month ? monthName(theirs.month) : String(theirs.year);
      const quotes = fact.evidence.filter((e) => e.stance === 'supports' && givesDate(e.quote, theirs)).map((e) => e.quote);
      const j = this.judgement(fact, quotes, {
        what: date.month && theirs.month ? 'date' : 'year',
        claimed: date.month && theirs.month ? monthName(date.month) : String(date.year),
        sources: label,
      });
      if (j) return j;
    }
    return null;
  }

  /**
   * A month of the year a sentence gives an event without its year ("Amazon unveiled its $50bn investment at the
   * start of January"), where the phrase reaches a fact of that event by its amount and the fact dates it to another
   * month: contradicted by the quotes that give that month. (Without an amount the month may be another event's.)
   */
  private bareMonth(text: string, bare: { month: string; at: number }[]): Judgement | null {
    const { INCREMENTS } = cues();
    const names = [...new Set(findParties(text).map((m) => text.slice(m.start, m.end)))].join(' ');
    for (const date of bare) {
      const phrase = eventPhrase(text, date.at);
      const amounts = readMoney(phrase);
      if (!amounts.length || INCREMENTS.test(phrase)) continue;
      let agreed = false;
      let against: { fact: Fact; theirs: EventDate } | null = null;
      for (const c of this.matcher.candidates(`${names} ${phrase}`, { figures: true })) {
        const theirs = eventDates(c.fact).filter((t) => t.month);
        const money = c.fact.values.flatMap((v) => (v.kind === 'money' ? [v.amount] : []));
        if (!theirs.length || !amounts.some((a) => money.some((x) => Math.abs(a.amount - x) <= x * 0.05))) continue;
        if (theirs.some((t) => t.month!.slice(5) === date.month)) agreed = true;
        else against ??= { fact: c.fact, theirs: theirs[0]! };
      }
      if (agreed || !against) continue;
      const { fact, theirs } = against;
      const quotes = fact.evidence.filter((e) => e.stance === 'supports' && givesDate(e.quote, theirs)).map((e) => e.quote);
      const j = this.judgement(fact, quotes, {
        what: 'date',
        claimed: monthNames()[Number(date.month) - 1] ?? date.month,
        sources: monthName(theirs.month!),
      });
      if (j) return j;
    }
    return null;
  }

  /**
   * A month named without its year ("An internal memo that surfaced in mid-March", "At the start of February, Mustafa
   * Suleyman said…") where the clause is confirmed by a fact of a one-time event (no amount: a memo, a statement, an
   * ouster) that the sources date to another month, and no date of the clause is that month: contradicted by the quotes
   * that give it. The month must be the clause's own: not in a stretch opened by a relative or another event's word
   * (", who joined OpenAI in January", "…after talks in January"), nor a start or another occurrence. The revision's
   * announcement has its own rule (revisionMonth).
   */
  private bareEventMonth(text: string, judgement: Judgement | null): Judgement | null {
    if (judgement?.verdict !== 'corroborated') return null;
    const { BARE_MONTH, STARTS, INCREMENTS, ASIDE_OPENER } = cues();
    const bare: { month: string; at: number }[] = [];
    BARE_MONTH.lastIndex = 0;
    for (let m = BARE_MONTH.exec(text); m; m = BARE_MONTH.exec(text)) {
      const i = monthIndex(m[1]!);
      if (i >= 0) bare.push({ month: String(i + 1).padStart(2, '0'), at: m.index + m[0].length - m[1]!.length });
    }
    if (!bare.length) return null;
    const given = new Set([...bare.map((b) => b.month), ...readMonths(text).map((m) => m.value.slice(5, 7))]);
    for (const date of bare) {
      const head = text.slice(0, date.at);
      // ("At the start of February" dates by the month's part, no event's start.)
      const stretch = phraseStretch(head).replace(/\b(?:the\s+)?(?:very\s+)?(?:start|beginning|end|middle)\s+of\s+(?:the\s+)?$/iu, '');
      if (ASIDE_OPENER.test(stretch) || STARTS.test(stretch) || INCREMENTS.test(stretch) || otherEventDate(text, date.at)) continue;
      for (const met of judgement.facts) {
        const fact = this.byId.get(met.id);
        if (!fact || fact.values.some((v) => v.kind === 'money')) continue;
        if (this.revisionAnnounced.includes(fact)) continue;
        const months = fact.values.flatMap((v) => (v.kind === 'month' && v.role !== 'confirmed' ? [v.value] : []));
        if (months.length !== 1 || given.has(months[0]!.slice(5, 7))) continue;
        const theirs = { year: Number(months[0]!.slice(0, 4)), month: months[0]! };
        const quotes = fact.evidence
          .filter((e) => e.stance === 'supports' && givesDate(e.quote, { year: 0, month: theirs.month }))
          .map((e) => e.quote);
        const j = this.judgement(fact, quotes, {
          what: 'date',
          claimed: monthNames()[Number(date.month) - 1] ?? date.month,
          sources: monthName(theirs.month),
        });
        if (j) return j;
      }
    }
    return null;
  }

  /**
   * The month a sentence gives the revision's announcement ("The new deal was announced in March 2026", "unveiled
   * the revised agreement at the end of March"), where the sources date that announcement to another month of the
   * same year: a month with its year, or named alone (the revision's year), in a phrase that announces the revision.
   */
  revisionMonth(text: string): Judgement | null {
    if (!this.revisionAnnounced.length) return null;
    const { ANNOUNCING, REVISION, BARE_MONTH, ORDER_ANY } = cues();
    if (!ANNOUNCING.test(text) || !REVISION.test(text)) return null;
    const year = this.revision.slice(0, 4);
    const theirs = this.revision.slice(0, 7);
    const dates = readMonths(text).map((m) => ({ month: m.value, at: m.at ?? 0 }));
    BARE_MONTH.lastIndex = 0;
    for (let m = BARE_MONTH.exec(text); m; m = BARE_MONTH.exec(text)) {
      const i = monthIndex(m[1]!);
      if (i >= 0) dates.push({ month: `${year}-${String(i + 1).padStart(2, '0')}`, at: m.index + m[0].length - m[1]!.length });
    }
    const told = dates.filter((d) => {
      const phrase = eventPhrase(text, d.at);
      return d.month.startsWith(year) && ANNOUNCING.test(phrase) && REVISION.test(phrase) && !ORDER_ANY.test(phrase);
    });
    // (A month the sources date another event to may be that event's: "announced its new deal with Amazon in February".)
    if (!told.length || told.some((d) => d.month === theirs || this.known.has(d.month))) return null;
    const date = { year: Number(year), month: theirs };
    for (const fact of this.revisionAnnounced) {
      // The quotes that give the month, else the fact's own (its month is the dateline's: "Cailian Press, April 27").
      const supports = fact.evidence.filter((e) => e.stance === 'supports');
      const giving = supports.filter((e) => givesDate(e.quote, date));
      const quotes = (giving.length ? giving : supports).map((e) => e.quote);
      const j = this.judgement(fact, quotes, { what: 'date', claimed: monthName(told[0]!.month), sources: monthName(theirs) });
      if (j) return j;
    }
    return null;
  }

  /** A conflict with one fact, shown by the quotes that give its value (none: no conflict). */
  private judgement(
    fact: Fact,
    quotes: string[],
    difference?: { what: 'date' | 'year' | 'party' | 'amount' | 'share'; claimed: string; sources: string },
  ): Judgement | null {
    const shown = new Set(quotes);
    const evidence: SourceEvidence[] = [];
    for (const e of fact.evidence) {
      const source = this.sources.get(e.source);
      if (!source || e.stance !== 'supports' || !shown.has(e.quote)) continue;
      evidence.push({ source, stance: 'conflicts', quote: e.quote, ...(e.note ? { note: e.note } : {}), fact: fact.id });
    }
    if (!evidence.length) return null;
    const facts = [{ id: fact.id, statement: fact.statement, topic: fact.topic }];
    if (!difference || difference.what === 'party')
      return {
        verdict: 'conflicting',
        explanation: { kind: 'otherwise', fact: fact.statement },
        facts,
        evidence,
      };
    return {
      verdict: 'conflicting',
      explanation: { kind: 'differs', differences: [difference] },
      facts,
      evidence,
    };
  }
}

/** A value word and a move word, either first, at most eight words apart with no clause's stop (, ; :) between. */
function valueMoved(value: string, move: string): RegExp {
  const gap = `(?:[^\\w,;:'\u2019-]+[\\w'\u2019-]+){0,8}?[^\\w,;:'\u2019-]+`;
  return new RegExp(`\\b(?:${value}${gap}${move}|${move}${gap}${value})\\b`, 'iu');
}

/** The makers a text names for a thing (the vocabulary's `makers`): a name, possessive or not, just before it. */
function makersIn(text: string): { party: string | null; name: string }[] {
  const { MADE } = cues();
  const all = namesIn(text);
  const made: Name[] = [];
  for (const n of all) {
    const thing = MADE.exec(text.slice(n.end));
    if (!thing) continue;
    // (Without a possessive, only names stand between the maker and its thing, "Nvidia H100 chips": in "OpenAI will use
    // chips" the name is the subject of a verb.)
    const between = thing[0]
      .replace(/^['\u2019]s/u, '')
      .trim()
      .split(/\s+/u)
      .slice(0, -1);
    const named = /^['\u2019]s/u.test(thing[0]) || between.every((w) => /^[\p{Lu}\d]/u.test(w));
    // "OpenAI's chips from Amazon": the name after "from" or "by" is the thing's maker, the possessive its owner.
    const after = n.end + thing[0].length;
    const by = MAKER_AFTER.exec(text.slice(after));
    const maker = by ? all.find((m) => m.start === after + by[0].length) : undefined;
    if (maker) made.push(maker);
    else if (named) made.push(n);
  }
  // Of two names before one thing, the nearer is its maker, the other its owner or seller ("Amazon's Nvidia chips").
  return made
    .filter((n, i) => {
      const next = made[i + 1];
      return !next || !OWNER_BEFORE_MAKER.test(text.slice(n.end, next.start));
    })
    .map((n) => ({ party: n.party, name: text.slice(n.start, n.end) }));
}

/** The end of `head` from its last comma, semicolon, colon, opening parenthesis or em dash: the phrase a figure or date is in. */
function phraseStretch(head: string): string {
  return head.slice(Math.max(...[',', ';', ':', '(', '\u2014'].map((c) => head.lastIndexOf(c))) + 1);
}

/** What puts a thing's maker after it ("chips from Amazon", "made by Nvidia"). */
const MAKER_AFTER = /^\s+(?:(?:made|built|designed|supplied|sourced|bought)\s+)?(?:from|by)\s+(?:the\s+)?/iu;

/** Between an owner's name and its thing's maker's ("Amazon's Nvidia chips", "Amazon's in-house Nvidia chips"). */
const OWNER_BEFORE_MAKER = /^(?:['\u2019]s)?\s+(?:[\p{L}-]+\s+)?$/u;

/** The date a text gives first (a month, else a year it happened in), if any. */
function dateIn(text: string): { year: number; month?: string } | null {
  const month = readMonths(text)[0];
  if (month) return { year: Number(month.value.slice(0, 4)), month: month.value };
  const year = readYears(text).find((y) => y.relation === 'in');
  return year ? { year: year.value } : null;
}

/** Does a quote give an amount (read as the engine reads figures, or in words: "billion-dollar")? */
const givesAmount = (quote: string, amount: number) => readMoney(quote).some((m) => Math.abs(m.amount - amount) <= amount * 0.07);

/** Does a quote give a date: its year, or its month by name? */
const givesDate = (quote: string, d: { year: number; month?: string }) =>
  quote.includes(String(d.year)) || (!!d.month && quote.includes(monthNames()[Number(d.month.slice(5, 7)) - 1]!));

const title = (w: string) => w[0]!.toUpperCase() + w.slice(1).toLowerCase();

/** The days of the week a text dates an announcement by. */
function daysOf(text: string): Set<string> {
  const { DAY, WEEKDAY, ANNOUNCING } = cues();
  const out = new Set<string>();
  if (!ANNOUNCING.test(text)) return out;
  for (const m of text.matchAll(DAY)) for (const d of m[0].matchAll(WEEKDAY)) out.add(d[0].toLowerCase());
  return out;
}

const BOUNDARY = /[,;:()\u2014\u2013]/gu;

/**
 * The words of the event a date belongs to: its clause up to the date and on to the clause's end; with
 * the phrase before when the clause describes it ("Microsoft, which first backed OpenAI in 2021") or
 * says too little alone ("In 2021, Microsoft first backed OpenAI": the clause after).
 */
/** The order words of a text, each with whether it sets the event later, and the nouns in the four words after it. */
function ordersIn(text: string, order: RegExp, later: RegExp): { later: boolean; nouns: string[] }[] {
  const out: { later: boolean; nouns: string[] }[] = [];
  for (const m of text.matchAll(order)) {
    const after = text.slice(m.index + m[0].length).split(/[,;:.]/u)[0]!;
    const nouns = (after.toLowerCase().match(/[\p{L}'\u2019-]+/gu) ?? []).slice(0, 4).filter((w) => w.length >= 4 && !NOT_NOUNS.has(w));
    if (nouns.length) out.push({ later: later.test(m[0]), nouns });
  }
  return out;
}
const NOT_NOUNS = new Set([
  'that',
  'this',
  'these',
  'those',
  'their',
  'with',
  'from',
  'which',
  'what',
  'when',
  'were',
  'have',
  'been',
  'into',
]);

function eventPhrase(text: string, at: number): string {
  const cuts = [...text.matchAll(BOUNDARY)].map((m) => m.index);
  const before = cuts.filter((c) => c < at);
  const after = cuts.filter((c) => c > at);
  const from = before.length ? before[before.length - 1]! + 1 : 0;
  const to = after.length ? after[0]! : text.length;
  let phrase = text.slice(from, to);
  const head = text.slice(from, at);
  if (before.length && cues().RELATIVE.test(head)) phrase = text.slice(before.length > 1 ? before[before.length - 2]! + 1 : 0, to);
  if (head.trim().split(/\s+/u).length <= 2 && to < text.length) phrase += ` ${text.slice(to + 1, after[1] ?? text.length)}`;
  return phrase;
}
