/**
 * The clauses of a sentence that carries several claims: "Microsoft stops paying a revenue share,
 * whereas OpenAI continues to pay until 2030" is two claims, each with its own parties, direction,
 * figures, polarity and time. Cuts are made where a new clause starts: a semicolon or a dash; a
 * contrasting conjunction (while, whereas, although, though, but); a relative clause with a verb of its
 * own (", which will pay it 20%…"); "and" or "with" before a new subject ("…, and OpenAI's payments…", "…, with Microsoft no longer paying…"). Linear in the sentence.
 */

const SUBJECT = String.raw`(?:microsoft|openai|amazon|aws|azure|redmond|nadella|altman|chatgpt|it|its|they|their|he|she|the (?:company|firm|startup|start-up|lab|pair|two|partners|deal|agreement|licen[cs]e|payments?|revenue[- ]share))\b`;

const PARTY = String.raw`(?:microsoft|openai|amazon|aws|azure|alphabet|google)(?:['\u2019]s)?`;

const CUT = new RegExp(
  String.raw`\s*;\s*|\s+[\u2014\u2013]\s+|\s*\u2014\s*|,?\s+(?:while|whereas|although|though)\s+|,\s+but\s+(?!also\b)|,\s+(?:and|with)\s+(?=${SUBJECT})|\s+but\s+(?=${SUBJECT})|,?\s+and\s+(?=(?:would|will|also|later|then)\s)|,\s+(?=which\s+(?:in turn\s+)?(?:will|would|must|has|have|is|was|now|also|still|pays|paid|keeps|holds)\b)|(?<!\b(?:microsoft|openai|amazon|aws|azure|google|alphabet))\s+and\s+(?=${PARTY}(?:\s*\([^)]{0,30}\))?\s+(?:\w+ed|gained|rose|fell|slid|slipped|dropped|climbed|was|were|is|are|has|had|will|pays|paid|keeps|kept|holds|held|owns)\b)`,
  'giu',
);

/** A clause worth judging on its own: a few words at least. */
const MIN_WORDS = 3;

/** The sentence's clauses, in order (the sentence itself when it has one). */
export function splitClauses(sentence: string): string[] {
  const out: string[] = [];
  let from = 0;
  CUT.lastIndex = 0;
  for (let m = CUT.exec(sentence); m; m = CUT.exec(sentence)) {
    if (m[0].length === 0) {
      CUT.lastIndex++;
      continue;
    }
    out.push(sentence.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(sentence.slice(from));
  // A piece too short to be a claim stays with the piece after it ("Microsoft" | "OpenAI agreed…").
  const clauses: string[] = [];
  let carry = '';
  for (const piece of out) {
    const c = (carry ? `${carry} ${piece}` : piece).trim();
    if (c.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length < MIN_WORDS) carry = c;
    else {
      clauses.push(c);
      carry = '';
    }
  }
  if (carry && clauses.length) clauses[clauses.length - 1] += ` ${carry}`;
  return clauses.length ? clauses : [sentence];
}
