/**
 * Splits one text block into sentences with their offsets in the block.
 *
 * Rule-based and linear in the block's length: a sentence ends at `.`, `!`, `?` or an ellipsis
 * (plus any closing quotes or brackets) followed by white space and something that can start a
 * sentence; at a blank line; and before list markers (①, •, numbered bullets). Abbreviations
 * (Corp., Inc., U.S., Mr., Jan., a.m., …), decimals ($228.3 billion) and initials do not end a
 * sentence (the abbreviations are the vocabulary's). A block without any full stop (a headline, a list
 * item) is one sentence.
 */
import { compiledFor } from '../facts/vocabulary';

export interface Sentence {
  /** The sentence's text exactly as in the block (from `start` to `end`). */
  text: string;
  start: number;
  end: number;
}

/**
 * The vocabulary's abbreviations (`abbreviations`: literal words as written before their full stop),
 * compiled once per vocabulary into sets; the grammar (initials, a digit after "No.") stays here.
 */
const abbreviations = compiledFor(({ abbreviations: a }) => ({
  /** After these a full stop never ends a sentence. */
  always: new Set(a.always),
  /** After these a full stop ends a sentence except before a digit ("No. 1", but "said no."). */
  beforeNumbers: new Set(a.beforeNumbers),
  /** After these a full stop ends a sentence only when a typical sentence opener follows ("Inc. The company…"). */
  weak: new Set(a.weak),
  /** Words that commonly start a sentence: after a weak abbreviation they signal a new sentence. */
  openers: new Set(a.openers),
}));

const LIST_MARKER = /[\u2460-\u2473\u2776-\u277f\u2780-\u2793\u2022\u25aa\u25cf\u25e6\u2023\u2043]/u;
const CLOSERS = /["'\u201d\u2019\u00bb)\]]/u;
/**
 * What can start a sentence: a capital, a digit, an opening quote or bracket, a currency sign, a list
 * marker; a letter of a script without capitals (Arabic, Hebrew, CJK…: a claim quoted in an English
 * sentence inside Arabic text ends at its full stop); an emoji.
 */
const OPENER_CHAR = /[\p{Lu}\p{Lo}\p{N}\p{Extended_Pictographic}"'\u201c\u2018\u00ab([$£€\u2460-\u2473\u2022]/u;
/** Emoji, their joiners and variation selectors, and invisible marks (bidi controls, zero-width spaces): never a sentence's first or last character. */
const EDGE_JUNK =
  /^(?:[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]|\uFE0E|\uFE0F|\u20E3)$/u;

/** The characters below U+0080 that may end a sentence: '\n', '.', '!' and '?'. */
const ASCII_STOP = new Uint8Array(0x80);
for (const c of '\n.!?') ASCII_STOP[c.charCodeAt(0)] = 1;

/** White space, and what is cut from a sentence's start or end. */
const SPACE = /\s/u;
const LEADING = /[\s\u2460-\u2473\u2776-\u277f\u2780-\u2793\u2022\u25aa\u25cf\u25e6\u2023\u2043;]/u;
const TRAILING = /[\s;]/u;
/** A letter or a dot: what the token before a full stop is made of. */
const TOKEN_CHAR = /[\p{L}.]/u;

/**
 * A one-character pattern's answer for every character below U+0080, read from the pattern itself once: the
 * splitter asks it per character, and most characters are ASCII (no string made, no pattern run).
 */
function byCode(pattern: RegExp): (text: string, i: number) => boolean {
  const ascii = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++) ascii[c] = pattern.test(String.fromCharCode(c)) ? 1 : 0;
  return (text, i) => {
    const code = text.charCodeAt(i);
    return code < 0x80 ? ascii[code] === 1 : pattern.test(text[i]!);
  };
}
const isSpace = byCode(SPACE);
const isLeading = byCode(LEADING);
const isTrailing = byCode(TRAILING);
const isCloser = byCode(CLOSERS);
const isTokenChar = byCode(TOKEN_CHAR);
const opensAscii = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) opensAscii[c] = OPENER_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
/** Can the character at `i` start a sentence (OPENER_CHAR, read by its code point)? */
const opensAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code < 0x80 ? opensAscii[code] === 1 : OPENER_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
};

export function splitSentences(text: string): Sentence[] {
  const cuts: number[] = [0];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    // Most characters end nothing, and are ruled out by their code alone (no string, no pattern): every list
    // marker and the ellipsis are past U+2021, the other terminators are '.', '!', '?', U+061F and U+06D4.
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (ASCII_STOP[code] === 0) continue;
    } else if (code > 0x2021) {
      if (LIST_MARKER.test(text[i]!)) {
        // A list marker starts a new sentence (unless it opens the block or follows a cut already).
        cuts.push(i);
        continue;
      }
      if (code !== 0x2026) continue;
    } else if (code !== 0x061f && code !== 0x06d4) continue;
    const ch = text[i]!;
    if (ch === '\n') {
      // A blank line (two newlines with only spaces between) ends a sentence.
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text[j] === '\n') cuts.push(j + 1);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026' && ch !== '\u061f' && ch !== '\u06d4') continue;
    // Extend over a run of terminators and closing quotes/brackets.
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '\u2026')) j++;
    while (j < n && isCloser(text, j)) j++;
    if (j < n && junkAt(text, j) > 0 && !(ch === '.' && j === i + 1 && !endsSentence(text, i, j))) {
      // "forever.🎉": the emoji is not part of the sentence before it.
      cuts.push(j);
      i = j - 1;
      continue;
    }
    if (j < n && !isSpace(text, j)) {
      // "228.3", "U.S.-based", "OpenAI.com". The rest of the run ends the same way: skip it, so a
      // long run of full stops is read once, not once per stop.
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < n && isSpace(text, k)) k++;
    if (k >= n) break;
    if (!opensAt(text, k) && junkAt(text, k) === 0) {
      i = j - 1;
      continue;
    }
    if (ch === '.' && j === i + 1 && !endsSentence(text, i, k)) continue;
    cuts.push(k);
    i = k - 1;
  }
  const out: Sentence[] = [];
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  for (let c = 0; c < sorted.length; c++) {
    let start = sorted[c]!;
    let end = c + 1 < sorted.length ? sorted[c + 1]! : n;
    for (let edge = 1; edge > 0 && start < end;) {
      edge = isLeading(text, start) ? 1 : junkAt(text, start);
      start += edge;
    }
    for (let edge = 1; edge > 0 && end > start;) {
      edge = isTrailing(text, end - 1) ? 1 : junkBefore(text, end);
      end -= edge;
    }
    // A lone dash or number used as a list marker ("-", "1.", "2)") is not part of the sentence.
    const marker = /^(?:[-\u2013\u2014*]|\d{1,2}[.)])\s+/u.exec(text.slice(start, end));
    if (marker && end - start > marker[0].length) start += marker[0].length;
    if (end > start && /\p{L}/u.test(text.slice(start, end))) out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

/** Does the full stop at `dot` end a sentence, given the next sentence would start at `next`? */
function endsSentence(text: string, dot: number, next: number): boolean {
  // The token before the dot, including inner dots ("U.S", "a.m", "e.g").
  let s = dot;
  while (s > 0 && isTokenChar(text, s - 1)) s--;
  const token = text.slice(s, dot).replace(/^\.+/, '');
  const lower = token.toLowerCase();
  if (!token) return true;
  const { always, beforeNumbers, weak, openers } = abbreviations();
  if (always.has(lower)) return false;
  // "No. 1" is an abbreviation, but "said no." at a sentence end is not: only before a digit.
  if (beforeNumbers.has(lower)) return !/\d/.test(text[next] ?? '');
  // A single capital initial ("John D. Rockefeller", "U.S") continues.
  if (/^\p{Lu}$/u.test(token)) return false;
  if (weak.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(token)) {
    const word = /^[\p{L}']+/u.exec(text.slice(next, next + 20))?.[0]?.toLowerCase() ?? '';
    return openers.has(word);
  }
  return true;
}

/** The length (in UTF-16 units) of the emoji or invisible mark starting at `i`, or 0. */
function junkAt(text: string, i: number): number {
  const cp = text.codePointAt(i);
  // (Nothing below U+00A9, the first pictograph, is junk: most characters are ruled out by their code.)
  if (cp === undefined || cp < 0xa9) return 0;
  const ch = String.fromCodePoint(cp);
  return EDGE_JUNK.test(ch) ? ch.length : 0;
}

/** The length of the emoji or invisible mark ending just before `end`, or 0. */
function junkBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  const i = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? end - 2 : end - 1;
  const n = junkAt(text, i);
  return i + n === end ? n : 0;
}
