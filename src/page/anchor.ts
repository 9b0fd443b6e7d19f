/**
 * Anchoring: a claim's (block, start, end) offsets → a DOM Range over the block's text nodes.
 *
 * A block's `text` is the plain concatenation of its text nodes' data, and each segment says where its
 * node's data starts in that text, so offsets map 1:1 onto (node, offset) pairs. Before a Range is made
 * the quote is checked against the nodes' current data (Hypothesis-style): if the page changed the
 * text since it was read, nothing is highlighted rather than the wrong words.
 */

/** The part of a block the anchoring needs: its text and where each text node's data starts in it. */
export interface Segmented<N> {
  text: string;
  segments: readonly { node: N; start: number }[];
}

/** A claim's piece inside one text node: offsets into that node's data. */
export interface NodeSpan<N> {
  node: N;
  start: number;
  end: number;
}

/** Index of the last segment whose start is ≤ offset (binary search; segments are in text order). */
function segmentIndexAt(segments: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segments[mid]?.start ?? Infinity) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The non-empty pieces of text nodes that [start, end) of the block's text covers, in order.
 * Empty when the offsets are out of range or the span is empty.
 */
export function spansOf<N>(block: Segmented<N>, start: number, end: number): NodeSpan<N>[] {
  const { segments, text } = block;
  if (segments.length === 0 || start < 0 || end > text.length || start >= end) return [];
  const spans: NodeSpan<N>[] = [];
  for (let i = segmentIndexAt(segments, start); i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.start >= end) break;
    const segEnd = segments[i + 1]?.start ?? text.length;
    const from = Math.max(start, seg.start);
    const to = Math.min(end, segEnd);
    if (to > from) spans.push({ node: seg.node, start: from - seg.start, end: to - seg.start });
  }
  return spans;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Does the text the spans cover now read as the quote? `data` gives a node's current text. Whitespace
 * runs compare equal (the engine may trim a sentence), nothing else is forgiven.
 */
export function spansReadAs<N>(spans: readonly NodeSpan<N>[], quote: string, data: (node: N) => string | null): boolean {
  let current = '';
  for (const span of spans) {
    const d = data(span.node);
    if (d === null || d.length < span.end) return false;
    current += d.slice(span.start, span.end);
  }
  return current.length > 0 && squash(current) === squash(quote);
}

/**
 * A live Range over the claim's words, or null when the page no longer reads as the claim there
 * (text changed or removed since it was read).
 */
export function anchorRange(
  doc: Document,
  block: Segmented<Text>,
  claim: { start: number; end: number; text: string },
): { range: Range; spans: NodeSpan<Text>[] } | null {
  const spans = spansOf(block, claim.start, claim.end);
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return null;
  if (!spansReadAs(spans, claim.text, (n) => (n.isConnected ? n.data : null))) return null;
  const range = doc.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return { range, spans };
}
