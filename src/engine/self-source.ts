/**
 * A page that is itself one of the bundled sources: it holds that source's own quoted words, many of
 * them. Such a page is not corroborated by itself; its claims are judged by the other
 * sources (a view of the pack without that source's evidence).
 */
import type { FactPack, Source } from '../facts/schema';

/** At least this many of a source's quotes, and this share of them, are on the page. */
const MIN_QUOTES = 3;
const MIN_SHARE = 1 / 3;
/** Shorter blocks (menus, captions) hold no quote worth reading. */
const MIN_BLOCK = 20;

const CURLY_SINGLE = /[\u2018\u2019\u02bc]/gu;
const CURLY_DOUBLE = /[\u201c\u201d]/gu;
const SPACES = /\s+/gu;
/** What squash rewrites besides the case: most text has none of it (a curly quote, a run of spaces, a space other than " "). */
const REWRITTEN = /[\u2018\u2019\u02bc\u201c\u201d]|\s\s|[^\S ]/u;

/** Lower-cased, straight quotes, white space collapsed, trimmed: each replacement made only where needed. */
const squash = (s: string) => {
  const lower = s.toLowerCase();
  if (!REWRITTEN.test(lower)) return lower.trim();
  return lower.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"').replace(SPACES, ' ').trim();
};

export interface SourceQuotes {
  source: Source;
  quotes: string[];
}

/**
 * Each source's quotes, normalised once per engine, and the finder of them made then (an engine is built once,
 * in the background: the first page it reads does not wait for it).
 */
export function quotesBySource(pack: FactPack): SourceQuotes[] {
  const by = new Map<string, Set<string>>();
  for (const f of pack.facts)
    for (const e of f.evidence) (by.get(e.source) ?? by.set(e.source, new Set()).get(e.source)!).add(squash(e.quote));
  const sources = pack.sources.filter((s) => by.has(s.id)).map((source) => ({ source, quotes: [...by.get(source.id)!] }));
  finderOf(sources);
  return sources;
}

/** The finder of the sources' quotes, made the first time they are asked for. */
function finderOf(sources: SourceQuotes[]): QuoteFinder {
  let finder = FINDERS.get(sources);
  if (!finder) FINDERS.set(sources, (finder = new QuoteFinder(sources.flatMap((s) => s.quotes))));
  return finder;
}

/**
 * The bundled source the page is, or null: the source of which the page holds the most quotes, at
 * least 3 and at least a third of them. Only blocks of some length are read; linear in the page's
 * text, whatever the number of quotes (see `QuoteFinder`).
 */
export function pageSource(blocks: readonly string[], sources: SourceQuotes[]): Source | null {
  const texts = blocks.filter((b) => b.length >= MIN_BLOCK).map(squash);
  if (texts.length === 0) return null;
  const found = finderOf(sources).found(texts);
  let best: { source: Source; n: number } | null = null;
  for (const { source, quotes } of sources) {
    let n = 0;
    for (const q of quotes) if (found.has(q)) n++;
    if (n >= MIN_QUOTES && n >= quotes.length * MIN_SHARE && (!best || n > best.n)) best = { source, n };
  }
  return best?.source ?? null;
}

const FINDERS = new WeakMap<SourceQuotes[], QuoteFinder>();

/** Characters of a quote's opening hashed to find where it may start. */
const OPENING = 16;
const BASE = 0x01000193;
/** Bits in the openings' filter (a power of two). */
const FILTER_SIZE = 1 << 16;
/** Characters read together to decide how far a text can be skipped, and the slots of their table (a power of two). */
const GRAM = 4;
const SHIFT_SIZE = 1 << 16;
/** Characters read window by window before the finder judges whether that is worth it, and the least average move that is. */
const TRIAL = 20_000;
const LEAST_MOVE = 3;
/** The most openings whose windows are skipped (more: every position is hashed from the start; see `skips`). */
const MOST_SKIPPED = 2_000;

/**
 * Which of many quotes some text holds, reading a fraction of the text's characters: each quote's opening
 * (`OPENING` characters) is hashed once; the text is read window by window (as in Wu and Manber's search for
 * many patterns), the last `GRAM` characters of a window saying how far it can move without passing over an
 * opening (where those characters end no opening's part, a whole window less `GRAM` - 1), and only where a
 * window may be an opening is it hashed and the quote compared. Where windows move little (thousands of
 * quotes, whose openings' parts end at most places of a text), every position is hashed instead, by a rolling
 * hash. The same answer as `text.includes(quote)` for every quote, at the cost of reading the text at most
 * once. Quotes shorter than the opening are looked for one by one (few are).
 */
export class QuoteFinder {
  private readonly byOpening = new Map<number, string[]>();
  /** The openings' hashes, as bits of a filter: a window whose bit is clear opens no quote, and a bit says so faster than the map. */
  private readonly filter = new Uint32Array(FILTER_SIZE >>> 5);
  /** Per slot of `GRAM` characters: how far a window ending with them may move and pass over no opening. */
  private readonly shift = new Uint8Array(SHIFT_SIZE).fill(OPENING - GRAM + 1);
  private readonly short: string[] = [];
  /**
   * Whether windows are skipped: with at most `MOST_SKIPPED` openings, until the finder has read `TRIAL`
   * characters so, and then while its windows moved at least `LEAST_MOVE` characters on average (with thousands
   * of quotes, whose openings' parts end at most places of a text, they move little: every position is then
   * hashed, by a rolling hash, and the table of moves is not made).
   */
  private skips: boolean;
  private read = 0;
  private steps = 0;
  /** BASE^(OPENING-1), to take the leaving character out of the rolling hash (every position hashed). */
  private readonly top: number;

  constructor(quotes: readonly string[]) {
    let top = 1;
    for (let i = 1; i < OPENING; i++) top = Math.imul(top, BASE);
    this.top = top;
    for (const q of new Set(quotes)) {
      if (q.length < OPENING) {
        this.short.push(q);
        continue;
      }
      const h = hash(q, 0, OPENING);
      this.filter[(h & (FILTER_SIZE - 1)) >>> 5]! |= 1 << (h & 31);
      const list = this.byOpening.get(h);
      if (list) list.push(q);
      else this.byOpening.set(h, [q]);
    }
    this.skips = this.byOpening.size <= MOST_SKIPPED;
    if (!this.skips) return;
    for (const list of this.byOpening.values())
      for (const q of list)
        // Characters ending at j of an opening: a window ending with them is OPENING - 1 - j short of that opening's end.
        for (let j = GRAM - 1; j < OPENING; j++) {
          const g = gramAt(q, j);
          this.shift[g] = Math.min(this.shift[g]!, OPENING - 1 - j);
        }
  }

  /** The quotes the texts hold (each within one text). */
  found(texts: readonly string[]): Set<string> {
    const out = new Set<string>();
    for (const q of this.short) if (texts.some((t) => t.includes(q))) out.add(q);
    if (this.byOpening.size === 0) return out;
    const { shift, filter, byOpening } = this;
    for (const t of texts) {
      if (!this.skips) {
        this.rolling(t, out);
        continue;
      }
      let steps = 0;
      for (let end = OPENING - 1; end < t.length;) {
        steps++;
        const by = shift[gramAt(t, end)]!;
        if (by > 0) {
          end += by;
          continue;
        }
        const i = end - OPENING + 1;
        const h = hash(t, i, OPENING);
        const candidates = filter[(h & (FILTER_SIZE - 1)) >>> 5]! & (1 << (h & 31)) ? byOpening.get(h) : undefined;
        if (candidates) for (const q of candidates) if (!out.has(q) && t.startsWith(q, i)) out.add(q);
        end++;
      }
      this.read += t.length;
      this.steps += steps;
      if (this.read >= TRIAL && this.read < this.steps * LEAST_MOVE) this.skips = false;
    }
    return out;
  }

  /** The quotes of one text, its every position hashed (a rolling hash). */
  private rolling(t: string, out: Set<string>): void {
    if (t.length < OPENING) return;
    const { filter, byOpening, top } = this;
    let h = hash(t, 0, OPENING);
    for (let i = 0; ; i++) {
      const candidates = filter[(h & (FILTER_SIZE - 1)) >>> 5]! & (1 << (h & 31)) ? byOpening.get(h) : undefined;
      if (candidates) for (const q of candidates) if (!out.has(q) && t.startsWith(q, i)) out.add(q);
      if (i + OPENING >= t.length) break;
      h = (Math.imul((h - Math.imul(t.charCodeAt(i), top)) | 0, BASE) + t.charCodeAt(i + OPENING)) | 0;
    }
  }
}

function hash(text: string, from: number, length: number): number {
  let h = 0;
  for (let i = from; i < from + length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h;
}

/** The table slot of the `GRAM` characters ending at `end`. */
function gramAt(text: string, end: number): number {
  let h = 0;
  for (let i = end - GRAM + 1; i <= end; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return (h ^ (h >>> 16)) & (SHIFT_SIZE - 1);
}

/** The pack without one source's evidence (facts only it states are left out). */
export function packWithout(pack: FactPack, sourceId: string): FactPack {
  return {
    ...pack,
    sources: pack.sources.filter((s) => s.id !== sourceId),
    facts: pack.facts.flatMap((f) => {
      const evidence = f.evidence.filter((e) => e.source !== sourceId);
      return evidence.length ? [{ ...f, evidence }] : [];
    }),
  };
}
