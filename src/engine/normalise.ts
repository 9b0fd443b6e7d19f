/**
 * Text as the engine reads it: one spelling for characters that look alike. Hyphens (including the
 * non-breaking U+2011) become "-", spaces (including no-break and narrow spaces) " ", curly quotes
 * straight ones; zero-width spaces and joiners, soft hyphens and bidi controls are dropped; a
 * possessive written without its apostrophe ("OpenAIs") gets it back. The engine reads sentences
 * normalised; a claim's offsets and text are those of the page's own sentence (split before this),
 * so they stay exact in the original text. The party names are the vocabulary's `capitalised` names
 * (src/facts/vocabulary.json).
 */
// The vocabulary's data itself, not src/facts/vocabulary.ts: the page's gate (candidate-blocks.ts) imports
// this module, and the page needs the names, not their validation (the engine validates the same file).
import { parties } from '../facts/vocabulary.json';

/** Characters that show nothing: zero-width spaces and joiners, soft hyphens, bidi controls, BOM. */
export const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const HYPHENS = /[\u2010\u2011\u2012\u2212\uFE63\uFF0D]/gu;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u02BC\u2032\uFF07]/gu;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\uFF02]/gu;
/** The characters this rewrites: most sentences have none of them. */
const ODD_CHARACTER =
  /[\u00A0\u00AD\u1680\u2000-\u2012\u2018-\u201F\u202A-\u202F\u2032\u2033\u205F-\u2069\u2212\u3000\uFE63\uFEFF\uFF02\uFF07\uFF0D]/u;

/**
 * "OpenAIs stake", "Microsofts licence": the party names' possessive without an apostrophe (the names as
 * the vocabulary capitalises them), and ANY, a cheap test: most sentences have none of the odd characters
 * and no bare possessive.
 */
function compilePossessives(capitalised: readonly string[]): { BARE_POSSESSIVE: RegExp; ANY: RegExp } {
  const names = capitalised.join('|') || '(?!)';
  return { BARE_POSSESSIVE: new RegExp(`\\b(${names})s\\b`, 'gu'), ANY: new RegExp(`${ODD_CHARACTER.source}|(?:${names})s\\b`, 'u') };
}

/** A normaliser for the given capitalised party names (an engine's vocabulary with a pack's names); built once per list. */
export function normaliser(capitalised: readonly string[]): (text: string) => string {
  const { BARE_POSSESSIVE, ANY } = compilePossessives(capitalised);
  return (text) => {
    if (!ANY.test(text)) return text;
    return text
      .replace(INVISIBLE, '')
      .replace(HYPHENS, '-')
      .replace(SPACES, ' ')
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(BARE_POSSESSIVE, "$1's");
  };
}

/** Built on first use, so that the page's gate, which imports INVISIBLE only, carries none of it. */
let bundled: ((text: string) => string) | null = null;

/** Text normalised with the bundled vocabulary's capitalised names. */
export function normaliseText(text: string): string {
  return (bundled ??= normaliser(parties.flatMap((p) => p.capitalised)))(text);
}
