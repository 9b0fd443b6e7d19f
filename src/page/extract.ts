/**
 * Reads a page's visible text as blocks (paragraphs, headings, list items, cells…), keeping for each
 * block the text nodes it is made of so that offsets in the block map back to the DOM 1:1.
 *
 * Standard DOM APIs only: runs in the content script and, through linkedom, in the CLI scanner.
 * Skipped: script, style, noscript, template, form controls and buttons, svg/math, embedded media,
 * contenteditable regions and designMode documents, `hidden`, `aria-hidden="true"`, inline `display:none`/`visibility:hidden`,
 * and ClaimLens's own UI (`claimlens-card`, `[data-claimlens-ui]`). Open shadow roots are read.
 * Inline elements (a, b, strong, em, span…) join their text into the surrounding block; block
 * elements and `<br>` break blocks.
 */

export interface TextBlock {
  /** The block's text nodes' data concatenated in document order (nothing collapsed). */
  text: string;
  /** Each text node and where its data starts in `text` (negative for the first node of a piece of a long block, entered part-way). */
  segments: { node: Text; start: number }[];
}

export interface ExtractOptions {
  /** Extra visibility test (the live page adds computed-style checks). Return true to skip `el`. */
  isHidden?: (el: Element) => boolean;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'BUTTON',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'IMG',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'BASE',
  'CLAIMLENS-CARD',
  'DATALIST',
]);

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'DIALOG',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
  'SEARCH',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/** Is `el` left out of the text, with everything in it? (Used by the page to re-read only what changed.) */
export function skipElement(el: Element, options: ExtractOptions): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag)) return true;
  if (tag === 'DIALOG' && !el.hasAttribute('open')) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-claimlens-ui')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/iu.test(style)) return true;
  return options.isHidden ? options.isHidden(el) : false;
}

/** Does `el` start and end a block? (The page re-reads a change from the nearest such element.) */
export function isBlockElement(el: Element): boolean {
  return BLOCK.has(el.tagName.toUpperCase());
}

export function extractBlocks(root: Node, options: ExtractOptions = {}): TextBlock[] {
  return [...walkBlocks(root, options)];
}

/**
 * The blocks of `extractBlocks`, one at a time: the page reads a long document in slices, taking blocks
 * until its slice is used up and going on from there in the next one.
 */
export function* walkBlocks(root: Node, options: ExtractOptions = {}): Generator<TextBlock, void, undefined> {
  let current: TextBlock = { text: '', segments: [] };
  const full = () => current.segments.length > 0 && /\S/u.test(current.text);

  // Iterative walk: a marker entry flushes when a block element is left.
  const start: Node | null = root.nodeType === DOCUMENT_NODE ? ((root as Document).documentElement ?? null) : root;
  if (!start) return;
  // A document in designMode is being edited as a whole, like a contenteditable region: not read.
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (String(doc?.designMode).toLowerCase() === 'on') return;
  const stack: (Node | 'end-block')[] = [start];
  while (stack.length) {
    const item = stack.pop()!;
    if (item === 'end-block') {
      if (full()) yield* inPieces(current, MAX_BLOCK_CHARS);
      current = { text: '', segments: [] };
      continue;
    }
    const node = item;
    if (node.nodeType === TEXT_NODE) {
      const t = node as Text;
      if (t.data.length) {
        current.segments.push({ node: t, start: current.text.length });
        current.text += t.data;
      }
      continue;
    }
    let children: ArrayLike<Node>;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (node !== root && skipElement(el, options)) continue;
      const tag = el.tagName.toUpperCase();
      const isBlock = BLOCK.has(tag);
      if (isBlock) {
        if (full()) yield* inPieces(current, MAX_BLOCK_CHARS);
        current = { text: '', segments: [] };
        stack.push('end-block');
      }
      if (tag === 'SLOT' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
        const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
        children = assigned.length ? assigned : el.childNodes;
      } else {
        const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
        // An open shadow root is what renders; light children show through its slots.
        children = shadow ? shadow.childNodes : el.childNodes;
      }
    } else if (node.nodeType === DOCUMENT_NODE || node.nodeType === FRAGMENT_NODE) {
      children = node.childNodes;
    } else {
      continue;
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (full()) yield* inPieces(current, MAX_BLOCK_CHARS);
}

/**
 * The longest block the page hands the engine in one piece. Paragraphs of articles are a few hundred to a
 * few thousand characters; a longer block (a 2 MB text node, a page that is one paragraph) is read as
 * consecutive pieces of at most this length, so no single scan of it can hold up the page, and the page's
 * scan yields between pieces. Pieces end at a sentence's end where there is one in the second half.
 */
export const MAX_BLOCK_CHARS = 10_000;

/** `block` as consecutive blocks of at most `max` characters (itself when it is short enough). */
export function inPieces(block: TextBlock, max: number): TextBlock[] {
  const { text, segments } = block;
  if (text.length <= max) return [block];
  const pieces: TextBlock[] = [];
  let seg = 0;
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + max);
    if (to < text.length) to = cutBefore(text, from, to);
    // The text nodes the piece is made of: the one it starts in (entered part-way), then those starting in it.
    while (seg + 1 < segments.length && segments[seg + 1]!.start <= from) seg++;
    const pieceSegments: TextBlock['segments'] = [];
    for (let i = seg; i < segments.length && segments[i]!.start < to; i++) {
      const s = segments[i]!;
      if (s.start >= from) pieceSegments.push({ node: s.node, start: s.start - from });
    }
    const startsInside = segments[seg]!.start < from;
    if (startsInside) {
      // A piece that starts inside a text node: mapped through a node offset (see `offsetInNode`).
      pieceSegments.unshift({ node: segments[seg]!.node, start: segments[seg]!.start - from });
    }
    const piece = { text: text.slice(from, to), segments: pieceSegments };
    if (/\S/u.test(piece.text)) pieces.push(piece);
    from = to;
  }
  return pieces;
}

/** Where a piece that may run to `to` ends: after the last sentence end, else white space, in its second half. */
function cutBefore(text: string, from: number, to: number): number {
  const half = from + Math.floor((to - from) / 2);
  for (let i = to - 1; i > half; i--) {
    if (/\s/u.test(text[i]!) && /[.!?\u2026\u061f\u06d4]["'\u201d\u2019)\]]*$/u.test(text.slice(Math.max(from, i - 4), i))) return i + 1;
  }
  for (let i = to - 1; i > half; i--) if (/\s/u.test(text[i]!)) return i + 1;
  return to;
}
