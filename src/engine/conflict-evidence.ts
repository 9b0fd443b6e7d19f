/**
 * Which of a contradicting fact's quotes show the contradiction. A quote is shown as conflicting
 * only where it gives the other value itself: the other figure, year or month ("until 2030" against
 * "until 2040"), the other way round of a flow (who pays whom), the other side of a polarity axis.
 * "OpenAI continuing its revenue payments" is evidence that the payments go on, not of when they end:
 * it is not shown as conflicting with "until 2040".
 */
import type { Fact, FactValue } from '../facts/schema';
import { axesInForce } from '../facts/vocabulary';
import { findParties } from './parties';
import { readDirection, readMonths, readPercents, readPolarity, readYears, readMoney, type Polarity } from './values';

/** One way the fact differs from the page: the kind of figure (money, percent, year, month) or a structural dimension. */
export interface Difference {
  /** `money:…`, `percent:…`, `year:…`, `month:…`, `direction`, `axis:<id>`, `negation`, `first`. */
  dim: string;
  numeric: boolean;
}

const kindOf = (dim: string) => (dim.includes(':') ? dim.slice(0, dim.indexOf(':')) : dim);

/** Money and percentages as in judge.ts: a quote's figure gives the fact's when they are within a hedge of each other. */
function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(a, b) * 0.13;
}

function givesFigure(quote: string, kind: string, values: readonly FactValue[]): boolean {
  const mine = values.filter((v) => v.kind === kind || (kind === 'year' && v.kind === 'month'));
  // The fact has no figure of that kind (the difference came from another fact): nothing to show here.
  if (mine.length === 0) return false;
  if (kind === 'money') {
    const amounts = readMoney(quote).map((m) => m.amount);
    return mine.some((v) => v.kind === 'money' && amounts.some((a) => sameAmount(a, v.amount)));
  }
  if (kind === 'percent') {
    const shares = readPercents(quote).map((p) => p.value);
    return mine.some((v) => v.kind === 'percent' && shares.some((p) => Math.abs(p - v.value) <= 3.5));
  }
  const years = new Set([...readYears(quote).map((y) => y.value), ...readMonths(quote).map((m) => Number(m.value.slice(0, 4)))]);
  const months = new Set(readMonths(quote).map((m) => m.value));
  if (kind === 'month') return mine.some((v) => v.kind === 'month' && months.has(v.value));
  return mine.some((v) => (v.kind === 'year' ? years.has(v.value) : v.kind === 'month' && years.has(Number(v.value.slice(0, 4)))));
}

/**
 * Does the quote give what the fact says where the page differs? Every difference of the kinds
 * the fact gives must be shown by it; a denial (the fact's statement against the page's "not") or who
 * comes first is not asked of a quote.
 */
export function showsContradiction(quote: string, fact: Fact, factPolarity: Polarity, differences: readonly Difference[]): boolean {
  for (const d of differences) {
    const kind = kindOf(d.dim);
    if (d.numeric) {
      // A figure of a kind this fact does not give is another fact's difference.
      if (!fact.values.some((v) => v.kind === kind || (kind === 'year' && v.kind === 'month'))) continue;
      if (!givesFigure(quote, kind, fact.values)) return false;
    } else if (kind === 'direction') {
      const read = readDirection(quote);
      if (read) {
        if (read.actor !== fact.actor || read.target !== fact.target) return false;
      } else {
        // The quote must name the other party at least: "OpenAI continuing its payments" does not say to whom.
        const named = new Set(findParties(quote).map((m) => m.party));
        if (!(fact.actor && named.has(fact.actor as never)) || !(fact.target && named.has(fact.target as never))) return false;
      }
    } else if (kind === 'axis') {
      const axis = d.dim.slice(5) as keyof Polarity;
      const theirs = factPolarity[axis];
      if (!theirs) continue;
      if (readPolarity(quote)[axis] !== theirs && !hasCue(quote, axis, theirs)) return false;
    }
  }
  return true;
}

/** The quote holds a cue of that side of the axis ("shift from exclusive to non-exclusive" gives non-exclusive). */
function hasCue(quote: string, axis: keyof Polarity, side: 1 | -1): boolean {
  const a = axesInForce().get(axis);
  if (!a) return false;
  const t = quote.toLowerCase();
  if (a.requires && !a.requires.test(t)) return false;
  return side === -1 ? a.neg.test(t) : a.pos.test(t.replace(a.negAll, ' '));
}
