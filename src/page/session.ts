/**
 * One page, read and annotated: text blocks → engine → claims anchored to live Ranges → highlights,
 * hover card, keyboard stepping, and re-reading what changes. Everything it sets up hangs off one
 * AbortSignal; `destroy()` leaves the page as it found it.
 */
import type { Claim } from '../engine/claim';
import type { ClaimEngine } from '../engine/engine';
import { findParties } from '../engine/parties';
import { MAX_BLOCK_CHARS, extractBlocks, type TextBlock } from './extract';
import { anchorRange, type NodeSpan } from './anchor';
import { blockRootOf, composedContains, outermost, restyledRootOf } from './blocks';
import { CARD_HOST, HoverCard, type CardSubject } from './card';
import { debug } from './debug';
import { ClaimIndex } from './claim-index';
import { Highlighter, type HighlightOptions } from './highlight';
import type { PageLifetime } from './lifetime';
import { ChangeObserver, type PageChanges } from './observer';
import { pointIn } from './position';
import { readPageDate } from './page-date';

/** A claim found on this page, anchored to its words. */
interface PageClaim {
  claim: Claim;
  range: Range;
  spans: NodeSpan<Text>[];
  entry: Entry;
}

/** A text block of the page and the claims the engine found in it. */
interface Entry {
  block: TextBlock;
  claims: PageClaim[];
  /** The text the claims were found with: the previous block's and this one's (the engine reads on across blocks). */
  key: string | null;
  /** Does the block name a party (Microsoft, OpenAI, Amazon)? Found once per read. */
  names?: boolean;
}

export interface SessionOptions {
  /** The claim engine, built on first need (a page that names no party never builds one). */
  engine: () => ClaimEngine;
  highlight: HighlightOptions;
  /** The page's claims in reading order, each time they change. */
  report(claims: Claim[]): void;
}

/** Longest stretch of scanning before the page gets the main thread back. */
const SLICE_MS = 12;
/** Blocks per engine call within a slice. */
const SCAN_BATCH = 6;
/** Characters per engine call (a block is never longer: see MAX_BLOCK_CHARS), the context before them aside. */
const SCAN_BATCH_CHARS = MAX_BLOCK_CHARS;
/**
 * Blocks read before a batch, for the engine's sense of who is being talked about (it carries parties
 * across sentences and blocks). Three blocks give the same claims as one scan of the whole page on the
 * seed articles; one does not.
 */
const CONTEXT_BLOCKS = 3;

export class PageSession {
  private readonly controller = new AbortController();
  private readonly signal = this.controller.signal;
  private entries: Entry[] = [];
  private claims: PageClaim[] = [];
  private index = new ClaimIndex<Node>();
  private readonly highlighter: Highlighter;
  private readonly card: HoverCard;
  private readonly observer: ChangeObserver;
  private engine: () => ClaimEngine;
  /** When the page was written (read once, the first time it is scanned). */
  private pageDate: { date: string | null } | undefined;
  /** The bundled source this page is, if any (read at each rebuild over the whole page). */
  private pageSource: string | null = null;
  /** Bumped whenever the entries change: sliced work of an older generation stops. */
  private generation = 0;
  private idle: number | undefined;
  /**
   * Claims per block, keyed by its text and the texts before it, so a block re-read unchanged is not
   * scanned again. Trimmed to the page's blocks when a rebuild finishes (never mid-scan: a long page's
   * first answers must still be there at the end), so it grows with the page's text and nothing else.
   */
  private cache = new Map<string, Claim[]>();
  private current = -1;
  private readonly extractOptions = { isHidden: (el: Element) => this.isHidden(el) };
  private pointer = { x: 0, y: 0, target: null as EventTarget | null };
  private pointerFrame = 0;
  /** Open shadow roots of the page that hold claims: hit-testing must look inside them. */
  private shadowRoots: ShadowRoot[] = [];

  constructor(
    ctx: PageLifetime,
    private readonly options: SessionOptions,
  ) {
    this.engine = options.engine;
    this.highlighter = new Highlighter(document, options.highlight);
    this.card = new HoverCard(ctx, this.signal);
    this.observer = new ChangeObserver(
      document.documentElement,
      { isOwn: (n) => this.isOwn(n), onChange: (changed) => this.safely(() => this.onChange(changed)) },
      this.signal,
    );
  }

  start(): void {
    this.safely(() => this.readAll());
    this.observer.start();
    const passive = { capture: true, passive: true, signal: this.signal } as const;
    window.addEventListener('pointermove', (e) => this.onPointer(e), passive);
    window.addEventListener('pointerdown', (e) => this.onPointer(e), passive);
    document.documentElement.addEventListener('pointerleave', () => this.card.openedBy === 'pointer' && this.card.closeSoon(), passive);
    window.addEventListener('focusin', (e) => this.safely(() => this.onFocus(e)), passive);
  }

  destroy(): void {
    if (this.signal.aborted) return;
    this.controller.abort();
    cancelAnimationFrame(this.pointerFrame);
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.highlighter.destroy();
    this.entries = [];
    this.claims = [];
    this.index.clear();
  }

  /** The reader changed which verdicts are highlighted or how. */
  setHighlightOptions(options: HighlightOptions): void {
    this.highlighter.setOptions(options);
    this.paint();
  }

  /** A new engine (sensitivity or fact packs changed): read the page again. */
  setEngine(engine: () => ClaimEngine): void {
    if (engine === this.engine) return;
    this.engine = engine;
    this.cache.clear();
    this.safely(() => this.readAll());
  }

  /** Read the whole page again (single-page navigation). */
  rescan(): void {
    this.safely(() => this.readAll());
  }

  /** Keyboard command: go to the next or previous claim, show its card and move focus into it. */
  step(direction: 1 | -1): void {
    this.safely(() => {
      const n = this.claims.length;
      if (n === 0) return;
      let next: number;
      if (this.card.openId !== null) this.current = this.card.openId;
      if (this.current >= 0 && this.current < n) next = (this.current + direction + n) % n;
      else {
        const height = window.innerHeight;
        const tops = this.claims.map((c) => c.range.getBoundingClientRect().top);
        next =
          direction === 1
            ? Math.max(0, tops.findIndex((t) => t >= 0))
            : Math.max(0, tops.findLastIndex((t) => t < height));
      }
      this.current = next;
      const pc = this.claims[next]!;
      this.scrollTo(pc.range);
      // The current claim stays marked on the page while its card is open.
      this.card.onClosed = () => this.highlighter.unmark();
      this.highlighter.mark(pc.range);
      void this.card.open(next, this.subject(next), 'keyboard', true);
    });
  }

  /** The popup picked claim `index` (of this frame's list): scroll to it and mark it for a moment. */
  reveal(index: number): boolean {
    const pc = this.claims[index];
    if (!pc || this.signal.aborted) return false;
    this.current = index;
    this.safely(() => {
      this.scrollTo(pc.range);
      this.highlighter.flash(pc.range);
    });
    return true;
  }

  // ——— reading ———

  private readAll(): void {
    const body = document.body;
    this.entries = body ? this.read([body]) : [];
    this.rebuild();
  }

  private onChange(changed: PageChanges | 'all'): void {
    const body = document.body;
    if (!body) return;
    // A flood, or the body itself swapped: read everything again.
    if (changed === 'all' || changed.nodes.has(document.documentElement) || changed.restyled.has(document.documentElement)) {
      this.readAll();
      return;
    }
    // Text or children changed: the nearest block around, if that text is read at all.
    const read: Element[] = [];
    for (const n of changed.nodes) {
      const root = n.isConnected ? blockRootOf(n, body, this.extractOptions) : null;
      if (root) read.push(root);
    }
    // Shown or hidden: that block's text goes, and comes back from the page as it now shows.
    const drop: Element[] = [];
    for (const el of changed.restyled) {
      const at = el.isConnected ? restyledRootOf(el, body, this.extractOptions) : null;
      if (!at) continue;
      drop.push(at.root);
      if (at.readable) read.push(at.root);
    }
    const readRoots = outermost(read);
    const dropRoots = outermost([...read, ...drop]);
    if (dropRoots.includes(body)) {
      this.readAll();
      return;
    }
    // Blocks inside a changed root, or whose text left the page, are read again or dropped.
    const kept = this.entries.filter(
      (e) => !e.block.segments.some((s) => !s.node.isConnected || dropRoots.some((r) => composedContains(r, s.node))),
    );
    if (readRoots.length === 0 && kept.length === this.entries.length) return;
    // Each root's blocks go back in one run, where document order puts them (no full re-sort).
    for (const root of readRoots) insertInDocumentOrder(kept, this.read([root]));
    // A restyle that showed or hid nothing (an animated style, a hover class) reads the same blocks: done.
    if (sameBlocks(kept, this.entries)) return;
    this.entries = kept;
    this.rebuild();
  }

  /** Extract the blocks under these roots (their claims are found by `rebuild`). */
  private read(roots: Element[]): Entry[] {
    return roots.flatMap((root) =>
      extractBlocks(root, this.extractOptions).map((block) => {
        this.watchShadowRoots(block);
        return { block, claims: [], key: null };
      }),
    );
  }

  /** A block read from inside open shadow roots: watch them (and those around them) for changes too. */
  private watchShadowRoots(block: TextBlock): void {
    let root = block.segments[0]?.node.getRootNode();
    while (root instanceof ShadowRoot) {
      this.observer.watch(root);
      root = root.host.getRootNode();
    }
  }

  /**
   * Find the claims of every entry whose text, or the text just before it, changed, then re-index,
   * repaint and report. The engine carries who is being talked about from one block into the next, so
   * each block is scanned after the CONTEXT_BLOCKS blocks before it; answers are cached by those texts,
   * so a page re-read unchanged costs no scan. Scanning runs in slices of a few milliseconds in idle time, so a long
   * page never blocks its own scrolling or typing.
   */
  private rebuild(): void {
    const gen = ++this.generation;
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.idle = undefined;
    const entries = this.entries;
    const hashes = entries.map((e) => textHash(e.block.text));
    // A page that is itself a bundled source is judged by the other sources: read from the blocks that
    // name a party, over the whole page (the batches below see only parts of it).
    const naming = entries.filter((e) => (e.names ??= findParties(e.block.text).length > 0));
    const self = naming.length ? this.engine().sourceOf(naming.map((e) => e.block.text)) : null;
    this.pageSource = self;
    const keys = hashes.map((_, i) => hashes.slice(Math.max(0, i - CONTEXT_BLOCKS), i + 1).join(':') + (self ? `|${self}` : ''));
    const needed = entries.flatMap((e, i) => (e.key === keys[i] || this.cache.has(keys[i]!) ? [] : [i]));
    if (needed.length > 0 && !entries.some((e) => (e.names ??= findParties(e.block.text).length > 0))) {
      // No party named anywhere: nothing can be a claim (the engine's own gate), so no engine is needed.
      for (const i of needed) this.cache.set(keys[i]!, []);
      needed.length = 0;
    }
    let cursor = 0;
    const slice = () => {
      this.idle = undefined;
      if (gen !== this.generation || this.signal.aborted) return;
      this.safely(() => {
        const until = performance.now() + SLICE_MS;
        while (cursor < needed.length && performance.now() < until) {
          // A few blocks, and no more text than one long block (pieces of long blocks go one by one).
          const batch: number[] = [];
          for (let chars = 0; cursor < needed.length && batch.length < SCAN_BATCH && (batch.length === 0 || chars < SCAN_BATCH_CHARS); cursor++) {
            batch.push(needed[cursor]!);
            chars += entries[needed[cursor]!]!.block.text.length;
          }
          this.scanEntries(entries, keys, batch);
        }
        if (cursor < needed.length) {
          this.idle = requestIdleCallback(slice, { timeout: 250 });
          return;
        }
        this.finish(entries, keys);
      });
    };
    slice();
  }

  /** Scan these entries (indices, ascending), each after the blocks before it, for context. */
  private scanEntries(entries: Entry[], keys: string[], batch: number[]): void {
    const texts: string[] = [];
    const owners: (number | null)[] = [];
    let last = -1;
    for (const i of batch) {
      for (let j = Math.max(last + 1, i - CONTEXT_BLOCKS); j < i; j++) {
        texts.push(entries[j]!.block.text);
        owners.push(null);
      }
      texts.push(entries[i]!.block.text);
      owners.push(i);
      last = i;
    }
    const found: Claim[][] = owners.map(() => []);
    this.pageDate ??= { date: readPageDate(document, location.href) };
    for (const c of this.engine().scan(texts, { pageDate: this.pageDate.date, pageSource: this.pageSource })) found[c.block]?.push(c);
    owners.forEach((owner, j) => {
      if (owner !== null) this.cache.set(keys[owner]!, found[j]!);
    });
  }

  /** Anchor the new claims, renumber, re-index, repaint and report. */
  private finish(entries: Entry[], keys: string[]): void {
    entries.forEach((entry, i) => {
      const key = keys[i]!;
      if (entry.key === key) return;
      entry.key = key;
      entry.claims = [];
      const { block } = entry;
      for (const claim of this.cache.get(key) ?? []) {
        const quote = block.text.slice(claim.start, claim.end);
        const anchored = anchorRange(document, block, { start: claim.start, end: claim.end, text: quote });
        if (anchored) entry.claims.push({ claim, ...anchored, entry });
      }
    });
    // Keep the answers for the blocks on the page now (and drop those of text that left).
    const live = new Set(keys);
    for (const key of this.cache.keys()) if (!live.has(key)) this.cache.delete(key);
    const openClaim = this.card.openId !== null ? this.claims[this.card.openId] : undefined;
    this.claims = [];
    this.index.clear();
    const shadowRoots = new Set<ShadowRoot>();
    entries.forEach((entry, blockIndex) => {
      for (const pc of entry.claims) {
        const root = pc.range.startContainer.getRootNode();
        if (root instanceof ShadowRoot) shadowRoots.add(root);
        pc.claim = { ...pc.claim, block: blockIndex };
        this.index.add(this.claims.length, pc.spans);
        this.claims.push(pc);
      }
    });
    if (openClaim) {
      const still = this.claims.indexOf(openClaim);
      if (still < 0) this.card.close(true);
      else this.card.openId = still;
    }
    this.shadowRoots = [...shadowRoots];
    if (this.current >= this.claims.length) this.current = -1;
    this.paint();
    this.options.report(this.claims.map((c) => c.claim));
  }

  private paint(): void {
    this.highlighter.show(
      this.claims.map((c) => ({ range: c.range, verdict: c.claim.verdict })),
      this.shadowRoots,
    );
  }

  // ——— pointer, focus ———

  private onPointer(e: PointerEvent): void {
    this.pointer = { x: e.clientX, y: e.clientY, target: e.target };
    // Most pages hold no claim: with nothing to hit and no card open, the pointer costs no frame.
    if (this.pointerFrame || (this.claims.length === 0 && this.card.openId === null)) return;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      this.safely(() => this.hover());
    });
  }

  private hover(): void {
    const { x, y, target } = this.pointer;
    if (this.card.contains(target)) {
      this.card.cancelClose();
      return;
    }
    const hit = this.hitTest(x, y);
    // A claim with no mark on the page (a verdict the reader doesn't highlight, or highlights hidden) opens no card.
    const id = hit !== undefined && this.marked(hit) ? hit : undefined;
    if (id !== undefined) {
      this.card.cancelClose();
      if (this.card.openId !== id) void this.card.open(id, this.subject(id), 'pointer');
    } else if (this.card.openedBy === 'pointer' && !this.card.hovered) this.card.closeSoon();
  }

  private marked(id: number): boolean {
    const pc = this.claims[id];
    return !!pc && this.highlighter.marks(pc.claim.verdict, pc.range);
  }

  /** The claim under the point: a caret lookup, an index lookup, then one claim's line boxes. */
  hitTest(x: number, y: number): number | undefined {
    if (this.claims.length === 0) return undefined;
    const caret = caretAt(x, y, this.shadowRoots);
    if (!caret || caret.node.nodeType !== 3) return undefined;
    const id = this.index.at(caret.node, caret.offset);
    if (id === undefined) return undefined;
    const pc = this.claims[id];
    return pc && pointIn([...pc.range.getClientRects()], x, y) ? id : undefined;
  }

  private onFocus(e: FocusEvent): void {
    const target = e.composedPath()[0];
    if (this.card.contains(target as Node)) return;
    const inside = target instanceof Element ? this.claimInside(target) : undefined;
    const id = inside !== undefined && this.marked(inside) ? inside : undefined;
    if (id !== undefined) {
      if (this.card.openId !== id) void this.card.open(id, this.subject(id), 'focus');
    } else if (this.card.openedBy === 'focus') this.card.close(false);
  }

  /** A claim whose words are (partly) in this element: a link or button inside a claim got focus. */
  private claimInside(el: Element): number | undefined {
    if (this.claims.length === 0) return undefined;
    // A link or a button, not a whole focusable region (a tabindex'd article would point at any claim in it).
    if (el === document.body || el === document.documentElement || (el.textContent?.length ?? 0) > 400) return undefined;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let i = 0, node = walker.nextNode(); node && i < 50; node = walker.nextNode(), i++) {
      const id = this.index.anyIn(node);
      if (id !== undefined) return id;
    }
    return undefined;
  }

  private subject(id: number): CardSubject {
    const pc = this.claims[id]!;
    return {
      claim: pc.claim,
      position: id + 1,
      total: this.claims.length,
      rects: () => (pc.range.collapsed ? [] : [...pc.range.getClientRects()]),
    };
  }

  private scrollTo(range: Range): void {
    const rect = range.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= window.innerHeight && rect.height > 0) return;
    const behavior: ScrollBehavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    const el = range.startContainer.parentElement;
    if (el && el.getBoundingClientRect().height < window.innerHeight * 0.8) {
      el.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    } else {
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior });
    }
  }

  // ——— helpers ———

  private isOwn(node: Node): boolean {
    const el = node instanceof Element ? node : node.parentElement;
    return !!el?.closest(CARD_HOST);
  }

  private isHidden(el: Element): boolean {
    if (el.matches(CARD_HOST)) return true;
    if (typeof el.checkVisibility === 'function') {
      return !el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false } as CheckVisibilityOptions);
    }
    const view = el.ownerDocument.defaultView;
    const style = view?.getComputedStyle(el);
    return !!style && (style.display === 'none' || style.visibility === 'hidden');
  }

  private safely(work: () => void): void {
    if (this.signal.aborted) return;
    try {
      work();
    } catch (error) {
      debug(error);
    }
  }
}

/** The text position under a point; inside the page's open shadow roots that hold claims, too. */
function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
    caretPositionFromPoint(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): CaretPosition | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = shadowRoots.length > 0 ? doc.caretPositionFromPoint(x, y, { shadowRoots }) : doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** A 52-bit FNV-1a hash of a block's text (cache keys stay short on long pages), with its length. */
function textHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${(h1 >>> 0).toString(36)}${((h2 >>> 0) & 0xfffff).toString(36)}.${text.length}`;
}

/** Do these entries hold the same blocks (same text nodes at the same offsets) in the same order? */
function sameBlocks(a: Entry[], b: Entry[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    if (x === y) return true;
    if (x.block.text !== y.block.text || x.block.segments.length !== y.block.segments.length) return false;
    return x.block.segments.every((s, j) => s.node === y.block.segments[j]!.node && s.start === y.block.segments[j]!.start);
  });
}

/** `node`, then the shadow hosts it sits in, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.push(root.host);
  return chain;
}

/** Is `a` before `b` in the page's reading order (shadow contents where their hosts are)? */
function precedes(a: Node, b: Node): boolean {
  if (a.getRootNode() !== b.getRootNode()) {
    const bs = hostChain(b);
    for (const x of hostChain(a)) {
      const y = bs.find((n) => n.getRootNode() === x.getRootNode());
      if (y) {
        a = x;
        b = y;
        break;
      }
    }
  }
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * Insert a run of entries (in document order, from one root) into entries already in document order, at
 * the place a binary search finds: O(log n) comparisons rather than a sort of the page.
 */
function insertInDocumentOrder(entries: Entry[], run: Entry[]): void {
  const first = run[0]?.block.segments[0]?.node;
  if (!first) return;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const node = entries[mid]!.block.segments[0]?.node;
    if (node && precedes(node, first)) lo = mid + 1;
    else hi = mid;
  }
  entries.splice(lo, 0, ...run);
}
