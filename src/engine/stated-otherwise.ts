/**
 * A detail a clause gives that the very fact confirming the clause states otherwise.
 *
 * A fact that confirms a clause speaks to the details it carries: where the clause gives a figure, a year or a
 * month of a kind the fact gives too, in the same role, and the clause does not give the fact's own value, the
 * clause's detail is the fact's detail told wrong ("OpenAI pays Microsoft 20% of its revenue until 2033" against
 * "20% … until 2030"; "That May 2023 deal gave Microsoft close to a third" against "January 2023"). A detail of a
 * kind the fact does not give stays a detail no source speaks to (issue 11 item 2): never a conflict.
 *
 * The same role: a year of a deadline ("until", "by") against the fact's deadline, a year of a date ("in") against
 * its date, a start ("since") against its start; a month against its month; a share or stake (not a move) against its share; an
 * amount against an amount of the same order (within a factor of three: "$17 billion" for "$13 billion", never
 * a valuation beside an investment), which an open-ended figure of the fact admits ("more than $13 billion" admits
 * $17 billion) is no difference.
 *
 * A date must be the fact's verb's: one after a word that opens another verb's clause (the vocabulary's
 * `clauseEnds`: "which", "whose", "when", "while"…, ", as"; "and" once the clause has told a detail the fact confirms)
 * may date another event ("Microsoft has invested more than $13 billion in OpenAI, whose ChatGPT launched in 2022",
 * "… and rewrote the terms in 2026"): never compared.
 */
import type { Fact } from '../facts/schema';
import { alternatives, compiledFor } from '../facts/vocabulary';
import { figureInWords, monthName } from './figure-words';
import type { SentenceValue } from './values';

export interface OtherDetail {
  /** The clause's detail. */
  value: SentenceValue;
  /** The compared dimension, as judge.ts names it ("year:2033"). */
  dim: string;
  /** What the fact says instead, worded as a reason words it ("until 2030"). */
  says: string;
}

type FactValue = Fact['values'][number];

const group = (relation: string) => (relation === 'until' || relation === 'by' ? 'deadline' : relation === 'since' ? 'since' : 'date');

/** Words that open another verb's clause: every one of them, and "and" (a joint subject's "Microsoft and OpenAI"
 * only once a detail the fact confirms stands before it). */
const opener = compiledFor(({ cues: { clauseEnds: e } }) => ({
  ANY: new RegExp(
    `\\b${alternatives([...e.conjunctions, ...e.relatives, ...e.questions])}\\b|,\\s*${alternatives(e.afterComma)}\\b`,
    'giu',
  ),
  JOINING: new RegExp(`\\b${alternatives(e.joining)}\\b`, 'giu'),
}));

/** Is the date at `at` another verb's: after a word opening another clause (see above)? */
function anotherVerbs(text: string, at: number, anchors: readonly number[]): boolean {
  const before = text.slice(0, at);
  const { ANY, JOINING } = opener();
  ANY.lastIndex = 0;
  if (ANY.test(before)) return true;
  const first = Math.min(...anchors);
  if (!Number.isFinite(first)) return false;
  JOINING.lastIndex = 0;
  for (let m = JOINING.exec(before); m; m = JOINING.exec(before)) if (m.index > first) return true;
  return false;
}
/** How far apart two figures of a kind may be and still be one figure told wrong. */
const SAME_ORDER = 3;
const YEARS_APART = 15;

/** Does the clause state this fact value (any of its figures of that kind within the value's reach)? */
function stated(x: FactValue, values: readonly SentenceValue[]): boolean {
  return values.some((v) => {
    if (x.kind === 'money' && v.kind === 'money') return Math.abs(v.amount - x.amount) <= x.amount * 0.05;
    if (x.kind === 'percent' && v.kind === 'percent') return Math.abs(v.value - x.value) <= Math.max(1, x.value * 0.1);
    if (x.kind === 'year' && v.kind === 'year') return v.value === x.value;
    if (x.kind === 'year' && v.kind === 'month') return Number(v.value.slice(0, 4)) === x.value;
    if (x.kind === 'month' && v.kind === 'month') return v.value === x.value;
    if (x.kind === 'month' && v.kind === 'year') return v.value === Number(x.value.slice(0, 4));
    return false;
  });
}

/** Does an open-ended fact figure admit the clause's figure ("more than $13 billion" and $17 billion)? */
function admits(x: FactValue, n: number): boolean {
  if (x.kind !== 'money' && x.kind !== 'percent') return false;
  const at = x.kind === 'money' ? x.amount : x.value;
  if (x.hedge === 'over' || x.hedge === 'at-least') return n >= at;
  if (x.hedge === 'up-to') return n <= at;
  return false;
}

/** Is a fact value of the kind and role of the clause's detail? */
function sameRole(v: SentenceValue, x: FactValue): boolean {
  if (v.kind === 'year') return x.kind === 'year' && group(x.relation) === group(v.relation) && !v.bound;
  if (v.kind === 'month') return x.kind === 'month' && !v.bound;
  if (v.kind === 'percent') return x.kind === 'percent' && v.role === 'level' && !('direction' in x && x.direction);
  return x.kind === 'money';
}

/** The fact's value in the same role as the clause's detail, where it gives exactly one it does not share with the clause. */
function counterpart(v: SentenceValue, fact: Fact, values: readonly SentenceValue[]): FactValue | null {
  const same = fact.values.filter((x) => sameRole(v, x));
  const unstated = same.filter((x) => !stated(x, values));
  if (unstated.length !== 1) return null;
  const x = unstated[0]!;
  if (v.kind === 'year' && x.kind === 'year') return Math.abs(v.value - x.value) <= YEARS_APART && v.value !== x.value ? x : null;
  if (v.kind === 'month' && x.kind === 'month') return v.value !== x.value ? x : null;
  if (v.kind === 'money' && x.kind === 'money') {
    const ratio = v.amount / x.amount;
    return ratio <= SAME_ORDER && ratio >= 1 / SAME_ORDER && !admits(x, v.amount) ? x : null;
  }
  if (v.kind === 'percent' && x.kind === 'percent') {
    const ratio = v.value / x.value;
    return ratio <= SAME_ORDER && ratio >= 1 / SAME_ORDER && !admits(x, v.value) ? x : null;
  }
  return null;
}

/** A detail as a key of its kind, role and value (an amount to three significant figures). */
const round = (n: number) => Number(n.toPrecision(3));
function keyOf(v: SentenceValue | FactValue): string {
  if (v.kind === 'year') return `year:${group(v.relation)}:${v.value}`;
  if (v.kind === 'month') return `month:${v.value}`;
  if (v.kind === 'money') return `money:${round(v.amount)}`;
  return `percent:${round(v.value)}`;
}

/** Every detail a pack's facts give, by kind, role and value: made once per engine. */
export function packDetails(facts: readonly Fact[]): Set<string> {
  return new Set(facts.flatMap((f) => f.values.map(keyOf)));
}

function label(x: FactValue): string {
  if (x.kind === 'money' || x.kind === 'percent') return figureInWords(x);
  if (x.kind === 'month') return monthName(x.value);
  return x.relation === 'in' ? String(x.value) : `${x.relation} ${x.value}`;
}

/**
 * The clause's details, among those no fact confirms (`unconfirmed`), that a fact confirming the clause states
 * otherwise in the same role (`values`: every detail the clause gives).
 */
export function statedOtherwise(
  unconfirmed: readonly SentenceValue[],
  values: readonly SentenceValue[],
  fact: Fact,
  /** Every detail the pack's facts give (`packDetails`): a detail another fact gives in the same role may be that
   * fact's, another claim in the clause ("a 20% revenue share and the right, through 2032, to…"), not this one's. */
  told: ReadonlySet<string> = new Set(),
  /** The clause's words, where `values` stand (`at`): a date of another verb there is not the fact's. */
  text?: string,
): OtherDetail[] {
  const out: OtherDetail[] = [];
  // Where the clause tells what the fact confirms: a later "and" opens another verb's clause.
  const anchors = values.filter((v) => v.at !== undefined && fact.values.some((x) => stated(x, [v]))).map((v) => v.at!);
  for (const v of unconfirmed) {
    if (told.has(keyOf(v))) continue;
    const dated = v.kind === 'month' || (v.kind === 'year' && group(v.relation) !== 'deadline');
    if (dated && text !== undefined && v.at !== undefined && anotherVerbs(text, v.at, anchors)) continue;
    const x = counterpart(v, fact, values);
    if (x) out.push({ value: v, dim: `${v.kind}:${v.kind === 'money' ? v.amount : v.value}`, says: label(x) });
  }
  return out;
}
