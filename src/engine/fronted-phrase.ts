/**
 * A phrase put before a clause's subject ("On OpenAI's latest valuation, Microsoft's outlay is worth…", "By
 * OpenAI's own numbers, Microsoft…", "According to OpenAI, Microsoft…"): a party it names is neither the
 * clause's subject nor its object, so who pays, invests or holds is read from the clause after it. The
 * phrase's first words are the vocabulary's `cues.frontedPhrases.leads`; the grammar is here: a lead at the
 * sentence's start, at most twelve words reaching a comma, one party named in
 * them (a phrase naming both tells a relation of its own) and a party named after the comma.
 */
import { alternatives, compiledFor } from '../facts/vocabulary';
import { findParties } from './parties';

const words = compiledFor(({ cues: { frontedPhrases: f } }) => ({
  FRONTED: new RegExp(`^\\s*${alternatives(f.leads)}\\s+[^,;:.!?]{1,120}?,\\s`, 'iu'),
}));

/** The text with a fronted phrase naming a party blanked out (the same length: offsets hold), else the text. */
export function withoutFrontedPhrase(text: string): string {
  const m = words().FRONTED.exec(text);
  if (!m || m[0].split(/\s+/u).length > 14) return text;
  const end = m[0].length;
  const mentions = findParties(text);
  const inPhrase = new Set(mentions.filter((x) => x.end <= end).map((x) => x.party));
  // A phrase naming both parties tells a relation of its own ("From Microsoft's $1bn investment in OpenAI in 2019, to…").
  if (inPhrase.size !== 1 || !mentions.some((x) => x.start >= end)) return text;
  return ' '.repeat(end) + text.slice(end);
}
