/**
 * A party's own words in quotes speak in the first person: in "“We will continue to pay Microsoft
 * until 2030,” OpenAI said", "we" is OpenAI. The quote is read with its speaker's name in place of
 * its first person (only where the speaker, named right after or right before the quote with a
 * reporting verb, is one party), so that who pays whom is read as the speaker meant it.
 * The words are the vocabulary's `quotedSpeech` (src/facts/vocabulary.json).
 */
import { alternatives, compiledFor } from '../facts/vocabulary';
import { findParties, partyNames } from './parties';

const OPEN = `["\\u201c]`;
const CLOSE = `["\\u201d]`;

const cues = compiledFor((v) => {
  const q = v.cues.quotedSpeech;
  const verb = alternatives(q.verbs);
  return {
    /** The quote, then its speaker (up to four words) and the reporting verb. */
    AFTER: new RegExp(`^\\s*${OPEN}([^"\\u201c\\u201d]+)${CLOSE}\\s*,?\\s+((?:[\\w'\\u2019.-]+\\s+){0,4}?)${verb}\\b`, 'iu'),
    /** The speaker (up to four words) and the reporting verb, then the quote. */
    BEFORE: new RegExp(`^\\s*((?:[\\w'\\u2019.-]+\\s+){0,4}?)${verb}\\s*[,:]?\\s*${OPEN}([^"\\u201c\\u201d]+)${CLOSE}`, 'iu'),
    SELF: new RegExp(`\\b${alternatives(q.selves)}\\b`, 'giu'),
    OWN: new RegExp(`\\b${alternatives(q.possessives)}\\b`, 'giu'),
  };
});

/** The text with a quoted first person replaced by its speaker's name, or the text as it was. */
export function withSpeaker(text: string): string {
  if (!/["\u201c]/u.test(text)) return text;
  const { AFTER, BEFORE, SELF, OWN } = cues();
  let quote: string;
  let speaker: string;
  let at: number;
  const after = AFTER.exec(text);
  if (after) {
    quote = after[1]!;
    speaker = after[2]!;
    at = text.indexOf(quote);
  } else {
    const before = BEFORE.exec(text);
    if (!before) return text;
    speaker = before[1]!;
    quote = before[2]!;
    at = text.indexOf(quote, before[1]!.length);
  }
  const parties = new Set(findParties(speaker).map((m) => m.party));
  if (parties.size !== 1) return text;
  const name = partyNames()[[...parties][0]!];
  const own = quote.replace(OWN, `${name}'s`).replace(SELF, name);
  return own === quote ? text : text.slice(0, at) + own + text.slice(at + quote.length);
}
