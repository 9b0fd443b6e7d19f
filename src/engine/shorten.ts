/**
 * Shortening a text for display: a quote on the card, a source's name or a clause in a reason, a value in
 * a fact pack's error message. One rule everywhere; each caller says how long its text may be.
 */

/** The last break a cut may fall on lies past this share of the room: else the text is cut mid-word. */
const MIN_KEPT = 0.5;

/**
 * `text` when it has at most `max` characters; else its first words that fit in `max` characters (cut
 * mid-word only when its first word is longer than half of `max`), without trailing spaces or
 * punctuation, and an ellipsis ("…") after them.
 */
export function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  // The character after the room starts a new word: the room ends at a word's end as it is.
  if (!/\s/u.test(text.charAt(max))) {
    const lastBreak = cut.search(/\s\S*$/u);
    if (lastBreak >= max * MIN_KEPT) cut = cut.slice(0, lastBreak);
  }
  const kept = cut.replace(/[\s,;:\u2013\u2014-]+$/u, '');
  return `${kept || cut}…`;
}
