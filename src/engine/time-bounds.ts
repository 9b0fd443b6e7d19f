/**
 * Time bounds: whether a sentence's date and a fact's date can both be true. A date is compared by what
 * each side entails, not as an exact value: "as of January 2026" a state the sources give for October
 * 2025 still holds unless a later fact changed it (an earlier "as of" is a date like any other); "since 2021" is true of a partnership the sources
 * date from 2019 (silent: the sources do not say 2021), "since 2017" is not; "at least until 2030" is
 * true of a licence valid until 2032, "at least until 2035" is not ("through 2030", like "until 2030",
 * is an end, and contradicts it); an end "by 2035" is silent on a term running
 * until 2032, "by 2030" contradicts it (a goal "by" a year is that year).
 * The words that bound a date are the vocabulary's `timeBounds` (read in values.ts).
 */
import type { Fact } from '../facts/schema';
import type { Month, Year } from './values';

/** A sentence's date against a fact's: agrees, contradicts, neither (the sources are silent on it), or not comparable (null). */
export type Fit = 'agree' | 'differ' | 'silent' | null;

/** A fact's date as the judge reads it: a year with its relation, or a month's year ("in"). */
export interface FactYear {
  value: number;
  relation: string;
  fromMonth: boolean;
}

/** The date a later fact changed a dated state ("YYYY-MM" or "YYYY"), or CHANGED_UNDATED when an undated fact gives its figure today. */
export const CHANGED_UNDATED = '?';

const group = (r: string) => (r === 'until' || r === 'by' ? 'deadline' : r);

/** Was the state changed by a time (a year or a YYYY-MM month)? */
function changedBy(changed: string | undefined, time: string): boolean {
  return changed !== undefined && (changed === CHANGED_UNDATED || changed <= time);
}

/** A sentence's year against one of a fact's years. */
export function yearFit(v: Year, x: FactYear, changed?: string): Fit {
  // A state as of a date: true from the fact's date on, until a later fact changes it (before it, a date as any other).
  if (v.bound === 'as-of' && group(x.relation) === 'in') {
    if (x.value >= v.value) return x.value === v.value ? 'agree' : 'differ';
    return changedBy(changed, String(v.value)) ? 'differ' : 'agree';
  }
  // "Since" a later year than the sources' start is true; an earlier start contradicts them. (A start given as
  // such, "dates back to 2021", "since it first backed the startup in 2021", is that year.)
  if (v.relation === 'since' && x.relation === 'since')
    return v.value === x.value ? 'agree' : v.value > x.value && v.bound === 'open-start' ? 'silent' : 'differ';
  if (v.relation === 'until' && x.relation === 'until') {
    if (v.value === x.value) return 'agree';
    // "At least until" an earlier year is entailed by a later end. ("Through" a year is its end, as "until" is:
    // "pays through 2028" contradicts "until 2030", as readers take it.)
    if (v.bound === 'at-least') return v.value < x.value ? 'agree' : 'differ';
    return 'differ';
  }
  // An end "by" a year: a term ending in it agrees, one ending before it is silent, one running later contradicts.
  // (A goal "by" a year is that year: "a goal of reaching the frontier by 2030" is not "by 2027".)
  if (v.relation === 'by' && x.relation === 'until') {
    if (x.value === v.value && v.bound !== 'before') return 'agree';
    return x.value < v.value ? 'silent' : 'differ';
  }
  return group(v.relation) === group(x.relation) ? (v.value === x.value ? 'agree' : 'differ') : null;
}

/** A sentence's month against a fact's month (YYYY-MM). */
export function monthFit(v: Month, x: string, changed?: string): Fit {
  if (v.value === x) return 'agree';
  if (v.bound !== 'as-of' || x > v.value) return 'differ';
  return changedBy(changed, v.value) ? 'differ' : 'agree';
}

/** A fact's date (YYYY-MM, or YYYY for a year it happened in), or null. */
function dateOf(fact: Fact): string | null {
  for (const v of fact.values) if (v.kind === 'month') return v.value;
  for (const v of fact.values) if (v.kind === 'year' && v.relation === 'in') return String(v.value);
  return null;
}

/**
 * When the sources say a dated fact's state changed: the earliest date of a later fact on the same topic,
 * or CHANGED_UNDATED where an undated fact on the topic gives a figure of the same kind (today's valuation
 * beside the 2023 one); undefined when it did not change (or the fact has no date). `sameTopic`: the
 * facts on its topic (read when the fact is first a candidate: the work follows the page, not the pack).
 */
export function changeOf(f: Fact, sameTopic: readonly Fact[]): string | undefined {
  const d = dateOf(f);
  if (!d) return undefined;
  const kinds = new Set<string>(f.values.filter((v) => v.kind === 'money' || v.kind === 'percent').map((v) => v.kind));
  let changed: string | undefined;
  for (const g of sameTopic) {
    if (g === f || g.topic !== f.topic) continue;
    const e = dateOf(g);
    if (e === null) {
      if (g.values.some((v) => kinds.has(v.kind))) return CHANGED_UNDATED;
    } else if ((e.slice(0, 4) > d.slice(0, 4) || (e.length > 4 && d.length > 4 && e > d)) && (changed === undefined || e < changed))
      changed = e;
  }
  return changed;
}
