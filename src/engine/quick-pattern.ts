/**
 * A case-insensitive pattern run without the `u` flag wherever that reads the same, many times faster.
 *
 * V8 runs a long case-insensitive alternation (every name of every party, every other company) several
 * times faster without the `u` flag (the names of the parties over a sentence: 1.4 -> 0.4 µs). Without
 * it the pattern reads the same on nearly every text: its letters fold to the same ASCII pairs, `\b` and
 * `\w` are the same ASCII sets. It reads otherwise only where the text holds the long s (ſ) or the
 * Kelvin sign (K), which Unicode folds onto "s" and "k", or a character outside the Basic Multilingual
 * Plane (an emoji: one character to `u`, two to the other). Such a text is read with the pattern as given.
 */

/** What only the `u` flag reads as the pattern means: ſ, K, and surrogates (a character beyond U+FFFF). */
const UNICODE_ONLY = /[\u017f\u212a\ud800-\udfff]/;

/**
 * The text asked last and its answer: a sentence is read by many patterns in a row, each asking of the same
 * text. Only a text of sentence length is kept (the page's gate reads 64 KB pieces: those are not held).
 */
let lastText = '';
let lastAnswer = false;
const REMEMBERED_LENGTH = 4_000;

/** Does the text hold what only the `u` flag reads as the pattern means? */
function needsUnicode(text: string): boolean {
  if (text.length > REMEMBERED_LENGTH) return UNICODE_ONLY.test(text);
  if (text !== lastText) {
    lastText = text;
    lastAnswer = UNICODE_ONLY.test(text);
  }
  return lastAnswer;
}

export interface QuickPattern {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** The pattern given (not global, not sticky), with its twin without `u` where that twin can stand in. */
export function quickPattern(re: RegExp): QuickPattern {
  if (re.global || re.sticky) throw new Error(`quickPattern: ${re} must be neither global nor sticky`);
  const twin = twinOf(re);
  if (!twin) return { test: (t) => re.test(t), exec: (t) => re.exec(t) };
  return {
    test: (t) => (needsUnicode(t) ? re.test(t) : twin.test(t)),
    exec: (t) => (needsUnicode(t) ? re.exec(t) : twin.exec(t)),
  };
}

/**
 * For a global pattern read match by match (`exec` from `lastIndex`): the pattern to read a given text with,
 * its twin without `u` where that twin reads the same. The caller sets `lastIndex` on the one it gets.
 */
export function quickGlobal(re: RegExp): (text: string) => RegExp {
  const twin = twinOf(re);
  return twin ? (t) => (needsUnicode(t) ? re : twin) : () => re;
}

/** The twin without `u`, where the source means the same without it, or null. */
function twinOf(re: RegExp): RegExp | null {
  // A twin only where the source means the same without `u`: no property escapes or code point escapes,
  // and past ASCII only characters without case (a curly quote, a dash: the vocabulary writes "OpenAI’s"),
  // written as escapes (\u2019) in the twin, which read them the same with or without `u`.
  if (!re.unicode || /\\[pPu]\{|\\[pP]/u.test(re.source)) return null;
  let caseless = true;
  const source = re.source.replace(/[^\x20-\x7e]/gu, (c) => {
    if (c.length > 1 || c.toLowerCase() !== c || c.toUpperCase() !== c) caseless = false;
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return caseless ? new RegExp(source, re.flags.replace('u', '')) : null;
}
