/**
 * A relative clause set off by commas that tells of an earlier event with a figure of its own ("Microsoft,
 * which wrote a $2bn cheque to OpenAI in 2019, now holds 27% of the company"; "…, which was valued at $49bn at
 * the time"): a secondary detail. The main claim is judged without it (its figures belong to another event
 * than the main claim's facts), and its amounts and dates are checked against the facts of that event
 * (details.ts). The words are the vocabulary's `asides`; the grammar is here.
 */
import { alternatives, compiledFor } from '../facts/vocabulary';
import { readMoney, readMonths, readYears } from './values';

export interface Aside {
  start: number;
  end: number;
}

const cues = compiledFor(({ cues: { asides: a } }) => ({
  /** ", which …" up to the next comma, or to the sentence's end (its stop left out). */
  ASIDE: new RegExp(`,\\s+${alternatives(a.openers)}\\b[^,;:()\\u2014\\u2013]{3,160}?(?=,|[.!?]?["'\\u201d\\u2019]?\\s*$)`, 'giu'),
  AT_THE_TIME: new RegExp(`\\b${alternatives(a.atTheTime)}\\b`, 'iu'),
}));

/** The asides of a text that give an amount or a date. */
export function figureAsides(text: string): Aside[] {
  if (!text.includes(',')) return [];
  const out: Aside[] = [];
  const { ASIDE } = cues();
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(text); m; m = ASIDE.exec(text)) {
    const span = m[0];
    if (readMoney(span).length || readYears(span).length || readMonths(span).length)
      out.push({ start: m.index, end: m.index + span.length });
  }
  return out;
}

/** The text without its asides. */
export function withoutAsides(text: string, asides: readonly Aside[]): string {
  let out = '';
  let from = 0;
  for (const a of asides) {
    out += text.slice(from, a.start);
    from = a.end;
  }
  return out + text.slice(from);
}

/** Does the aside date its event by the main clause's date ("at the time")? */
export function datedByMain(aside: string): boolean {
  return cues().AT_THE_TIME.test(aside);
}
