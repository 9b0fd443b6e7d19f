/**
 * The keyword-group semantics the pack is written for (see the pack README, "Keywords"), the same as
 * the engine's pre-filter: a sentence speaks to a fact when every group has a term found in it.
 * Text is lower-cased, "'s" dropped, "%" read as "percent", and split into letter/digit tokens
 * (hyphens split words: "non-exclusive" is "non exclusive"). A term of four or more characters is a
 * stem ("invest" hits "investment"); a shorter one must be the whole word ("ip", "pay", "20" never hit
 * "ipo", "payment", "2030"). A term of several words is a phrase, each word read the same way.
 */
const MIN_PREFIX = 4;

export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/%/g, ' percent ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const wordHits = (word: string, token: string | undefined) =>
  token !== undefined && (word.length < MIN_PREFIX ? token === word : token.startsWith(word));

export function passesKeywords(keywords: string[][], text: string): boolean {
  const toks = tokens(text);
  const hits = (term: string) => {
    const words = tokens(term);
    return words.length > 0 && toks.some((_, i) => words.every((w, k) => wordHits(w, toks[i + k])));
  };
  return keywords.every((group) => group.some(hits));
}
