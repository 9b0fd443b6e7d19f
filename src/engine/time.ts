/**
 * When a page speaks from: the date it was written (from its metadata, read by the page) set against
 * the date of the revision that changed the partnership's terms. A page without a date is read as
 * written today.
 */
import type { Fact } from '../facts/schema';
import { erasInForce } from '../facts/vocabulary';
import type { Judgement } from './judge';
import { REVISION_DATE, readEra } from './values';

export interface PageTime {
  /** The page's date as given (YYYY-MM-DD, YYYY-MM or YYYY), or null for today. */
  date: string | null;
  /** Written before the revision: its present tense speaks of the terms then in force. */
  beforeRevision: boolean;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;

export function timeOf(pageDate: string | null | undefined): PageTime {
  const m = pageDate ? DATE.exec(pageDate.trim()) : null;
  if (!m) return { date: null, beforeRevision: false };
  const date = m[0];
  // A date only as precise as a month or a year is before the revision only if all of it is.
  const last = `${m[1]}-${m[2] ?? '12'}-${m[3] ?? '31'}`;
  return { date, beforeRevision: last < REVISION_DATE };
}

/**
 * Does a sentence place itself in the old era with a strong marker ("under the old contract",
 * "previously", "until the revision", "used to": the vocabulary's `eras.original.strong`)? Then it is
 * judged by the terms of that era: a fact about today, or one the sources give no date, may confirm
 * it, never contradict it ("Under the old contract, Microsoft could not develop competing AI models"
 * is not contradicted by "Microsoft is accelerating the development of its own models").
 */
export function framedInOldEra(text: string): boolean {
  return erasInForce().original.strong.test(text.toLowerCase());
}

/** A fact of an event with its date (a year it happened in, a month): true of its time whatever the era. */
export function dated(fact: Fact): boolean {
  return fact.values.some((v) => v.kind === 'month' || (v.kind === 'year' && v.relation === 'in'));
}

/**
 * Does a sentence tell of its own past (past tense, "originally", a dated report)? Then it is history,
 * as true today as when written; only a sentence in the present of its day can be outdated.
 */
export function toldAsPast(text: string): boolean {
  return readEra(text) === 'original';
}

/**
 * Did the sources' terms change between a page's day and today, where a claim is concerned? The facts
 * that confirm it then are terms of the original era, or a dated state of that time (a stake, a
 * valuation) that today's facts on the same topic contradict.
 */
export function changedSince(then: Judgement, today: Judgement, facts: ReadonlyMap<string, Fact>): boolean {
  const topics = new Set(today.facts.map((f) => f.topic));
  return then.facts.some((m) => {
    const f = facts.get(m.id);
    return !!f && (f.era === 'original' || (dated(f) && topics.has(f.topic)));
  });
}
