/**
 * Pages that change: one MutationObserver whose callback only queues the nodes that changed; the work
 * runs later, batched in an idle callback (with a timeout) so typing, animations and infinite scroll stay
 * smooth. A flood of changes collapses into one full re-read.
 *
 * Besides text and children it watches the few attributes that show or hide text (`class`, `style`,
 * `hidden`, `aria-hidden`, `open`; an attributeFilter, so other attribute churn costs nothing), and the
 * page's open shadow roots that hold text (a document observer does not see into them).
 */

/** Attributes whose change can show or hide text. */
export const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'open'];

/** What changed since the last batch. */
export interface PageChanges {
  /** Elements whose text or children changed (element parents of changed text). */
  nodes: Set<Node>;
  /** Elements whose class, style, hidden, aria-hidden or open attribute changed. */
  restyled: Set<Element>;
}

export interface ChangeObserverOptions {
  /** Nodes that belong to ClaimLens (its card): changes there are not page changes. */
  isOwn(node: Node): boolean;
  /** Called with what changed, or 'all' after a flood. */
  onChange(changed: PageChanges | 'all'): void;
  /** More queued nodes than this in one batch means: read the whole page again. */
  floodLimit?: number;
  /** Longest wait before a batch runs, even on a busy page. */
  maxDelayMs?: number;
}

export class ChangeObserver {
  private readonly observer: MutationObserver;
  private queued = new Set<Node>();
  private restyled = new Set<Element>();
  private readonly watched = new WeakSet<Node>();
  private flood = false;
  private idle: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly root: Node,
    private readonly options: ChangeObserverOptions,
    signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.onRecords(records));
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  start(): void {
    this.watch(this.root);
  }

  /** Also watch this open shadow root of the page (once; no-op when already watched). */
  watch(root: Node): void {
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: VISIBILITY_ATTRIBUTES,
      attributeOldValue: true,
    });
  }

  destroy(): void {
    this.observer.disconnect();
    this.cancel();
    this.queued.clear();
    this.restyled.clear();
  }

  private onRecords(records: MutationRecord[]): void {
    if (!this.flood) {
      this.flood = collectChanges(records, this.queued, this.options.isOwn, this.options.floodLimit ?? 200, this.restyled);
    }
    if (this.flood || this.queued.size > 0 || this.restyled.size > 0) this.schedule();
  }

  private schedule(): void {
    if (this.idle !== undefined || this.timer !== undefined) return;
    const run = () => this.flush();
    if (typeof requestIdleCallback === 'function') {
      this.idle = requestIdleCallback(run, { timeout: this.options.maxDelayMs ?? 500 });
    } else {
      this.timer = setTimeout(run, 100);
    }
  }

  private cancel(): void {
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    clearTimeout(this.timer);
    this.idle = undefined;
    this.timer = undefined;
  }

  private flush(): void {
    this.idle = undefined;
    this.timer = undefined;
    const changed: PageChanges | 'all' = this.flood ? 'all' : { nodes: this.queued, restyled: this.restyled };
    this.queued = new Set();
    this.restyled = new Set();
    this.flood = false;
    this.options.onChange(changed);
  }
}

/** What a mutation record says, as far as finding changed text goes. */
export interface ChangeRecord {
  type: string;
  target: Node;
  attributeName?: string | null;
  oldValue?: string | null;
  addedNodes: ArrayLike<Node>;
  removedNodes: ArrayLike<Node>;
}

/**
 * Add to `queued` the elements whose text may have changed (a changed text node's parent, the parent
 * whose children changed), skipping ClaimLens's own nodes and nodes that carry no text; and to `restyled`
 * the elements whose visibility attributes really changed value. Returns true when more than
 * `floodLimit` are queued: a flood, read the whole page instead. Constant work per record.
 */
export function collectChanges(
  records: Iterable<ChangeRecord>,
  queued: Set<Node>,
  isOwn: (node: Node) => boolean,
  floodLimit: number,
  restyled: Set<Element> = new Set(),
): boolean {
  for (const r of records) {
    if (r.type === 'attributes') {
      const el = r.target as Element;
      if (el.nodeType !== 1 || !r.attributeName || isOwn(el)) continue;
      // Frameworks often write the value a node already has: nothing to read again.
      if (el.getAttribute(r.attributeName) === (r.oldValue ?? null)) continue;
      restyled.add(el);
      if (queued.size + restyled.size > floodLimit) return true;
      continue;
    }
    const target = r.type === 'characterData' ? r.target.parentNode : r.target;
    if (!target || isOwn(target)) continue;
    if (r.type === 'childList') {
      const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      if (nodes.length > 0 && nodes.every((n) => isOwn(n) || !hasText(n))) continue;
    }
    queued.add(target);
    if (queued.size + restyled.size > floodLimit) return true;
  }
  return false;
}

/** Could this added or removed node carry readable text? (Comments, scripts and empty nodes cannot.) */
function hasText(node: Node): boolean {
  if (node.nodeType === 3) return (node as Text).data.trim().length > 0;
  if (node.nodeType !== 1) return false;
  const name = (node as Element).localName;
  if (name === 'script' || name === 'style' || name === 'noscript' || name === 'template') return false;
  return (node.textContent ?? '').trim().length > 0;
}
