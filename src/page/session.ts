/**
 * One page, read and annotated: text blocks → the gate (which blocks can hold a claim) → the engine, in the
 * background → claims anchored to live Ranges → highlights, hover card, keyboard stepping, and re-reading
 * what changes. Work on the page's thread comes in slices of at most SLICE_MS, with the page getting its
 * thread back between them; nothing runs while the page is idle. Everything it sets up hangs off one
 * AbortSignal; `destroy()` leaves the page as it found it.
 */
import type { Claim } from '../engine/claim';
import { candidateRuns, hasWords, namesParty } from '../engine/candidate-blocks';
import { SLICE_MS, changesNameParty, testPageText } from './gate';
import { walkBlocks, extractBlocks, type TextBlock } from './extract';
import { anchorRange, type NodeSpan } from './anchor';
import { blockRootOf, composedContains, outermost, restyledRootOf } from './blocks';
import { CARD_HOST, HoverCard, type CardSubject } from './card';
import { benchReport, timed } from './bench-marks';
import { debug } from '../debug';
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
  /** The text the claims were found with: the run of blocks it was sent in (its key, see `runKey`), and its place there. */
  run: string | null;
  at: number;
  /** Does the block name a party (Microsoft, OpenAI, Amazon)? The gate, read once per read of the block. */
  names: boolean;
  /** Does it have words at all? */
  words: boolean;
}

/**
 * Finds the claims in runs of block texts (the engine, in the background), for a page written on `pageDate`;
 * a claim's `block` counts the runs' blocks in order.
 */
export type Scanner = (runs: string[][], pageDate: string | null) => Promise<Claim[]>;

export interface SessionOptions {
  /** The claim engine (in the background); asked only for the runs of blocks the gate lets through. */
  scan: Scanner;
  highlight: HighlightOptions;
  /** The page's claims in reading order, each time they change. */
  report(claims: Claim[]): void;
  /**
   * The page's gate let text through and its first scan is on its way (a page the gate stops never gets
   * here): said as soon as the gate lets it through, so the background can get its engine ready.
   */
  scanning?(): void;
}

export class PageSession {
  private readonly controller = new AbortController();
  private readonly signal = this.controller.signal;
  private entries: Entry[] = [];
  private claims: PageClaim[] = [];
  private index = new ClaimIndex<Node>();
  private readonly highlighter: Highlighter;
  private readonly card: HoverCard;
  private readonly observer: ChangeObserver;
  private scan: Scanner;
  /** When the page was written (read once, the first time it is scanned; src/page/page-date.ts). */
  private pageDate: { date: string | null } | undefined;
  /** Bumped whenever the entries change: sliced work and answers of an older generation are dropped. */
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Changes seen while the whole page is being read (in slices): applied once that read is done. */
  private pending: (PageChanges | 'all')[] | null = null;
  /**
   * Claims per run of blocks (see ../engine/candidate-blocks.ts), keyed by the run's texts, per block of the run,
   * so a run re-read unchanged is not scanned again. Trimmed to the page's runs when a rebuild finishes, so
   * it grows with the page's text and nothing else.
   */
  private cache = new Map<string, Claim[][]>();
  private reported = false;
  /** The page's text named no party when last read whole: it was not read block by block. */
  private unread = false;
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
    this.scan = options.scan;
    this.highlighter = new Highlighter(document, options.highlight);
    this.card = new HoverCard(ctx, this.signal);
    this.observer = new ChangeObserver(
      document.documentElement,
      { isOwn: (n) => this.isOwn(n), onChange: (changed) => this.safely(() => this.onChange(changed)) },
      this.signal,
    );
  }

  /**
   * Read the page, in a task of its own (the content script's start-up is one already). `named`: the page's
   * gate (./gate.ts) has just found a party's name in its text, which is then not tested again.
   */
  start(named = false): void {
    this.timer = setTimeout(() => this.safely(() => this.readAll(named)), 0);
    this.observer.start();
  }

  private listening = false;

  /**
   * The reader's pointer and focus matter only on a page with claims: followed from the first claims on, so
   * a page without any (nearly every page) gets no pointer or focus listener from ClaimLens at all.
   */
  private listen(): void {
    if (this.listening || this.signal.aborted) return;
    this.listening = true;
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
    clearTimeout(this.timer);
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

  /** The engine's answers change (sensitivity or fact packs changed): find the claims again. */
  setScanner(scan: Scanner): void {
    this.scan = scan;
    this.cache.clear();
    for (const e of this.entries) e.run = null;
    this.safely(() => (this.pending ? this.readAll() : this.rebuild()));
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
            ? Math.max(
                0,
                tops.findIndex((t) => t >= 0),
              )
            : Math.max(
                0,
                tops.findLastIndex((t) => t < height),
              );
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

  /**
   * Read the whole page, in slices; then find its claims. Changes seen meanwhile are applied after.
   *
   * The page's text test comes first, the gate's own (./gate.ts `testPageText`): a page that names no party
   * anywhere — nearly every page — is not read block by block at all, and its text is tested again only
   * when it changes (see onChange). `known`: the gate has just said the page names one.
   */
  private readAll(known = false): void {
    const gen = ++this.generation;
    clearTimeout(this.timer);
    this.pending ??= [];
    const current = () => gen === this.generation && !this.signal.aborted;
    const readBlocks = () => {
      const body = document.body;
      const entries: Entry[] = [];
      let blocks: Generator<TextBlock, void, undefined> | null = null;
      this.inSlices(
        gen,
        (until) => {
          if (!body) return true;
          blocks ??= walkBlocks(body, this.extractOptions);
          for (let next = blocks.next(); !next.done; next = blocks.next()) {
            entries.push(this.entry(next.value));
            if (performance.now() >= until) return false;
          }
          return true;
        },
        () => this.readDone(entries, true),
      );
    };
    /** A task of its own, dropped when newer work has started. */
    const slice = (work: () => void, what = 'slice') => {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        if (!current()) return;
        if (what) timed(() => this.safely(work), what);
        else this.safely(work);
      }, 0);
    };
    /** The page names a party: its blocks are read, from the next task (inSlices times its own slices). */
    const named = () => {
      const thenRead = () => slice(readBlocks, '');
      if (this.reported) return thenRead();
      // Said now, not when the blocks are read: the background builds its engine meanwhile (a cold start).
      // In a task of its own (a page's first message costs a few ms), with the page's date read (a pass over
      // its meta and time elements), which the scan request would otherwise add to its own task.
      slice(() => {
        this.options.scanning?.();
        this.pageDate ??= { date: readPageDate(document, location.href) };
        thenRead();
      }, 'scanning');
    };
    if (known) return named();
    testPageText({
      slice,
      watch: this.watchShadow,
      done: (isNamed) => (isNamed ? named() : slice(() => this.readDone([], false), 'slice, done')),
    });
  }

  /** The whole page was read (`named`: block by block; else its text names no party): apply it, then what changed meanwhile. */
  private readDone(entries: Entry[], named: boolean): void {
    const pending = this.pending ?? [];
    this.pending = null;
    this.unread = !named;
    this.entries = entries;
    this.rebuild();
    for (const changed of pending) this.onChange(changed);
  }

  private onChange(changed: PageChanges | 'all'): void {
    const body = document.body;
    if (!body) return;
    if (this.pending) {
      // The whole page is being read: what changed is read again once that is done.
      this.pending.push(changed);
      return;
    }
    if (this.unread) {
      // The page named no party: read it once new text does (hidden text was in the test already).
      if (changed === 'all' || changesNameParty(changed.nodes, this.watchShadow)) this.readAll();
      return;
    }
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
    return roots.flatMap((root) => extractBlocks(root, this.extractOptions).map((block) => this.entry(block)));
  }

  /** An open shadow root of the page found by the gate's test: watched from now on. */
  private readonly watchShadow = (shadow: ShadowRoot) => this.observer.watch(shadow);

  /** A block just read: the gate's one test, and its shadow roots watched. */
  private entry(block: TextBlock): Entry {
    this.watchShadowRoots(block);
    return { block, claims: [], run: null, at: 0, names: namesParty(block.text), words: hasWords(block.text) };
  }

  /**
   * Run `step` (it returns true when its work is done) in slices of at most SLICE_MS, giving the page its
   * thread back between them; then `done`, in a task of its own (a last slice and `done` together could
   * take two frames). Stops when a newer generation of work starts.
   */
  private inSlices(gen: number, step: (until: number) => boolean, done: () => void, what = 'slice'): void {
    const current = () => gen === this.generation && !this.signal.aborted;
    const finish = () => {
      this.timer = undefined;
      if (current()) timed(() => this.safely(done), `${what}, done`);
    };
    const run = () => {
      this.timer = undefined;
      if (!current()) return;
      timed(
        () =>
          this.safely(() => {
            this.timer = setTimeout(step(performance.now() + SLICE_MS) ? finish : run, 0);
          }),
        what,
      );
    };
    run();
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
   * Find the claims of the blocks that can hold one, then anchor, re-index, repaint and report. The gate
   * (../engine/candidate-blocks.ts) picks the runs of blocks that name a party and those its context reaches;
   * they go to the engine (in the background) in one message when any of them is new. A page
   * whose gate lets nothing through costs nothing more: no message, no engine.
   */
  private rebuild(): void {
    const gen = ++this.generation;
    clearTimeout(this.timer);
    const entries = this.entries;
    const runs = candidateRuns(
      entries.map((e) => e.names),
      entries.map((e) => e.words),
    );
    const keys = runs.map((run) => runKey(run.map((i) => entries[i]!.block.text)));
    // All the runs go when any is new: whether the page is itself a bundled source (then the other sources
    // judge it) is read in the background over all the blocks that name a party.
    const needed = runs.some((_, r) => !this.cache.has(keys[r]!)) ? runs.map((_, r) => r) : [];
    const anchorAll = () => this.finish(gen, entries, runs, keys);
    if (needed.length === 0) {
      anchorAll();
      return;
    }
    const texts = needed.map((r) => runs[r]!.map((i) => entries[i]!.block.text));
    // The request (the page's date read once, the runs' texts serialised) in a task of its own.
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (gen === this.generation && !this.signal.aborted)
        timed(() => this.safely(() => this.request(gen, texts, needed, keys, anchorAll)), 'scan request');
    }, 0);
  }

  /** Ask the engine for the claims of these runs' texts; keep the answers, then anchor them. */
  private request(gen: number, texts: string[][], needed: number[], keys: string[], anchorAll: () => void): void {
    if (!this.reported) this.options.scanning?.();
    this.pageDate ??= { date: readPageDate(document, location.href) };
    this.scan(texts, this.pageDate.date).then(
      (claims) => {
        if (this.signal.aborted) return;
        // Each run's claims, per block of the run (a claim's block counts the sent runs' blocks in order).
        const starts: number[] = [];
        let n = 0;
        for (const t of texts) {
          starts.push(n);
          n += t.length;
        }
        const answers = texts.map((t) => t.map((): Claim[] => []));
        for (const claim of claims) {
          let r = starts.length - 1;
          while (r > 0 && starts[r]! > claim.block) r--;
          answers[r]?.[claim.block - starts[r]!]?.push(claim);
        }
        // Kept even when the page changed meanwhile (answers are keyed by the runs' texts): a page that keeps
        // changing still gets its claims, from the answers that arrived, rather than asking forever.
        needed.forEach((run, j) => this.cache.set(keys[run]!, answers[j]!));
        // Anchored from a task of its own: the answer's arrival (its message read, the claims expanded) is
        // work enough for the microtask it comes in.
        if (gen === this.generation) this.timer = setTimeout(() => gen === this.generation && this.safely(anchorAll), 0);
      },
      (error: unknown) => debug('scan failed', error),
    );
  }

  /** Anchor the new claims (in slices), renumber, re-index, repaint and report. */
  private finish(gen: number, entries: Entry[], runs: number[][], keys: string[]): void {
    // A block outside every run has no claims: its run is '' (not null, which says "not found yet").
    const runOf: string[] = entries.map(() => '');
    const atOf: number[] = entries.map(() => 0);
    const claimsOf = new Map<number, Claim[]>();
    runs.forEach((run, r) => {
      const answer = this.cache.get(keys[r]!);
      run.forEach((i, pos) => {
        runOf[i] = keys[r]!;
        atOf[i] = pos;
        const found = answer?.[pos];
        if (found?.length) claimsOf.set(i, found);
      });
    });
    let i = 0;
    this.inSlices(
      gen,
      (until) => {
        for (; i < entries.length; i++) {
          const entry = entries[i]!;
          if (entry.run === runOf[i] && entry.at === atOf[i]) continue;
          entry.run = runOf[i]!;
          entry.at = atOf[i]!;
          entry.claims = [];
          const { block } = entry;
          for (const claim of claimsOf.get(i) ?? []) {
            const quote = block.text.slice(claim.start, claim.end);
            const anchored = anchorRange(document, block, { start: claim.start, end: claim.end, text: quote });
            if (anchored) entry.claims.push({ claim, ...anchored, entry });
          }
          if (performance.now() >= until) {
            i++;
            return false;
          }
        }
        return true;
      },
      () => this.show(entries, keys),
      'anchoring',
    );
  }

  /** Number the anchored claims in page order, index them, paint and report. */
  private show(entries: Entry[], keys: string[]): void {
    // Keep the answers for the runs on the page now (and drop those of text that left).
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
    if (this.claims.length > 0) this.listen();
    if (this.current >= this.claims.length) this.current = -1;
    this.paint();
    this.reported = true;
    this.options.report(this.claims.map((c) => c.claim));
    benchReport();
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

/**
 * A run's key in the answers' cache: its blocks' texts themselves (a Map hashes a string natively, where a
 * hash computed here cost 5-10 ms on a page with 100 claims), their lengths first so that no two runs share one.
 */
function runKey(texts: string[]): string {
  return `${texts.map((t) => t.length).join(',')}\u0000${texts.join('')}`;
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
