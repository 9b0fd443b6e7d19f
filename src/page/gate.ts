/**
 * The page's gate, the first and on nearly every page the only thing ClaimLens does there: does the page's
 * text name a party of the partnership at all (../engine/candidate-blocks.ts)? One native read of the whole
 * text (`textContent`, hidden text too: a superset of what is read, so a page it says no to holds no claim),
 * tested in pieces, in slices of at most SLICE_MS, and the text of the page's open shadow roots.
 *
 * Until it says yes, nothing else of ClaimLens is set up on the page: no session, no highlights, no card,
 * no listener but one MutationObserver, whose changes are tested the same way (`PageGate`). The page's
 * session (./session.ts) is started only once the page names a party, and keeps to the same test when it
 * reads the page again.
 */
import { namesParty } from '../engine/candidate-blocks';
import { debug } from '../debug';
import { benchReport, timed } from './bench-marks';
import { CARD_HOST } from './card';
import { ChangeObserver, type PageChanges } from './observer';

/**
 * Longest stretch of work on the page's thread before the page gets it back (a frame is ~16 ms). Not a whole
 * frame: a slice's last step, a minor GC (3-7 ms in the traces) or the thread losing its core can land after the
 * clock says stop, and with 10 ms slices those made tasks of 13-17 ms on the 100-claim page.
 */
export const SLICE_MS = 8;
/** The page's text is tested in pieces this long, each overlapping the next by a name's length. */
export const GATE_PIECE = 65_536;
export const GATE_OVERLAP = 64;

/**
 * The elements a page can give an open shadow root of its own: custom elements (their names have a hyphen)
 * and these (the DOM standard's list for `attachShadow`; declarative shadow roots take the same).
 */
const SHADOW_HOST_NAMES = [
  'article',
  'aside',
  'blockquote',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
];

/**
 * The page's elements that may hold a shadow root with text of its own, chosen by the browser, so that the
 * page's other elements are never handed to ClaimLens's script: each element the script touches gets a
 * wrapper in its world that lives as long as the element (on a page of 2,000 paragraphs, looking at every
 * element's `shadowRoot` kept 34 KB of the page's heap, and took 2-4 ms). Chosen: every custom element (a
 * hyphen in its name: found by XPath, CSS cannot tell them apart; well under a millisecond there, where
 * XPath testing the other elements' text took 8-13 ms), and each element of SHADOW_HOST_NAMES with nothing
 * in it (`:empty`): the containers a widget or a framework attaches a root to. Not looked at: a built-in
 * element with content of its own (text, elements, even white space) that also holds a shadow root, which
 * shows that content only through the root's slots; pages that build shadow trees build them on custom
 * elements.
 */
const CUSTOM_ELEMENTS = 'descendant::*[contains(local-name(), "-")]';
const EMPTY_HOSTS = SHADOW_HOST_NAMES.map((n) => `${n}:empty`).join(',');

/** The open shadow roots of the possible hosts under `root`, an element or a shadow root (see CUSTOM_ELEMENTS). */
export function* openShadowRoots(root: Node): Generator<ShadowRoot> {
  if (root.nodeType !== 1 && root.nodeType !== 11) return;
  const scope = root as Element | ShadowRoot;
  for (const el of scope.querySelectorAll(EMPTY_HOSTS)) if (el.shadowRoot) yield el.shadowRoot;
  const doc = root.ownerDocument;
  if (typeof doc?.evaluate !== 'function') {
    // (No XPath: every element.)
    for (const el of scope.querySelectorAll('*')) if (el.localName.includes('-') && el.shadowRoot) yield el.shadowRoot;
    return;
  }
  // A shadow root is no context for XPath: its children are, each with their descendants.
  const contexts: Iterable<Element> = root.nodeType === 1 ? [root as Element] : (root as ShadowRoot).children;
  for (const context of contexts) {
    if (root.nodeType === 11 && context.localName.includes('-') && context.shadowRoot) yield context.shadowRoot;
    const hosts = doc.evaluate(CUSTOM_ELEMENTS, context, null, XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE, null);
    for (let i = 0; i < hosts.snapshotLength; i++) {
      const shadow = (hosts.snapshotItem(i) as Element | null)?.shadowRoot;
      if (shadow) yield shadow;
    }
  }
}

/**
 * Does the text in the open shadow roots under `root` name a party? Each root found is given to `watch`
 * (its changes are not seen by an observer of the document).
 */
export function shadowsNameParty(root: Node, watch: (shadow: ShadowRoot) => void): boolean {
  for (const shadow of openShadowRoots(root)) {
    watch(shadow);
    if (namesPartyIn(shadow, watch)) return true;
  }
  return false;
}

/** Does the text under `root` name a party anywhere, its open shadow roots' included? */
export function namesPartyIn(root: Node, watch: (shadow: ShadowRoot) => void): boolean {
  return namesParty(root.textContent ?? '') || shadowsNameParty(root, watch);
}

/** Do these changed nodes (of a batch, see ./observer.ts) bring text that names a party? */
export function changesNameParty(nodes: Iterable<Node>, watch: (shadow: ShadowRoot) => void): boolean {
  for (const n of nodes) if (n.isConnected && namesPartyIn(n, watch)) return true;
  return false;
}

/** How one test of the page's whole text (`testPageText`) runs its slices, and what it tells. */
export interface PageTextTest {
  /** Runs `work` in a task of its own (a slice); the caller drops it when its work has moved on. */
  slice(work: () => void): void;
  /** An open shadow root of the page that the test found: the caller watches it for changes. */
  watch(shadow: ShadowRoot): void;
  /** Called in the task of the read, just before it (the caller starts watching the page, so a change meanwhile is seen). */
  beforeRead?(): void;
  /** The test's answer: does the page's text name a party? */
  done(named: boolean): void;
}

/**
 * The page's one text test, the gate's and the page session's when it reads the whole page again: does the
 * page's whole text name a party? One native read of the body's text (`textContent`, hidden text too: a
 * superset of what is read, so a page it says no to holds no claim) in a slice of its own (it cannot be cut;
 * about a bare text pass of the page), then the tests of its pieces, at most SLICE_MS a slice (the clock
 * starts after the read), then the look into the open shadow roots (their text is not in the body's).
 */
export function testPageText(test: PageTextTest): void {
  let text: string | null = null;
  let at = 0;
  let body: HTMLElement | null = null;
  const read = () => {
    test.beforeRead?.();
    body = document.body;
    if (!body) return test.done(false);
    text = body.textContent ?? '';
    test.slice(pieces);
  };
  const pieces = () => {
    // (Date.now: performance.now() would set the Performance interface up in the script's world, 4 KB of
    // every page's heap, for a clock this coarse slicing does not need.)
    const until = Date.now() + SLICE_MS;
    while (text !== null && at < text.length) {
      const named = namesParty(text.slice(at, at + GATE_PIECE + GATE_OVERLAP));
      at += GATE_PIECE;
      if (named) return test.done(true);
      if (Date.now() >= until) return test.slice(pieces);
    }
    text = null;
    test.slice(shadows);
  };
  const shadows = () => test.done(shadowsNameParty(body!, test.watch));
  test.slice(read);
}

export interface GateOptions {
  /** The page names a party (at the first test, or after a change): called once, the gate has stopped. */
  named(): void;
  /** The page's text names no party (after the first test, and after each test of the whole page again). */
  neutral(): void;
}

/**
 * A page that names no party (yet): tested once, then only its changes, until one names a party. Everything
 * it sets up goes with `destroy()`.
 */
export class PageGate {
  private readonly controller = new AbortController();
  private observer: ChangeObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by each test of the whole page: slices of an older one stop. */
  private generation = 0;

  constructor(private readonly options: GateOptions) {}

  /** Test the page, in a task of its own (the content script's start-up is one already). */
  start(): void {
    this.retest();
  }

  /** Test the whole page again (a single-page navigation, names added by an imported pack). */
  retest(): void {
    const gen = ++this.generation;
    clearTimeout(this.timer);
    testPageText({
      slice: (work) => {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          if (gen !== this.generation || this.controller.signal.aborted) return;
          this.safely(() => timed(work, 'gate'));
        }, 0);
      },
      watch: (shadow) => this.watch(shadow),
      // Watched from before the read: a change while the test runs on, over several tasks, is tested too.
      beforeRead: () => this.watch(document.documentElement),
      done: (named) => this.settle(named),
    });
  }

  destroy(): void {
    if (this.controller.signal.aborted) return;
    this.controller.abort();
    clearTimeout(this.timer);
    this.observer = null;
  }

  private settle(named: boolean): void {
    if (named) {
      this.destroy();
      this.options.named();
      return;
    }
    this.watch(document.documentElement);
    this.options.neutral();
    benchReport();
  }

  /** Watch the document (or an open shadow root) for changes, from the first test on. */
  private watch(root: Node): void {
    this.observer ??= new ChangeObserver(
      document.documentElement,
      {
        isOwn: (n) => !!(n instanceof Element ? n : n.parentElement)?.closest(CARD_HOST),
        onChange: (changed) => this.safely(() => this.onChange(changed)),
      },
      this.controller.signal,
    );
    this.observer.watch(root);
  }

  private onChange(changed: PageChanges | 'all'): void {
    if (changed === 'all') {
      this.retest();
      return;
    }
    // Text shown or hidden was in the test already (it reads hidden text): only new text counts.
    if (changesNameParty(changed.nodes, (shadow) => this.watch(shadow))) this.settle(true);
  }

  private safely(work: () => void): void {
    if (this.controller.signal.aborted) return;
    try {
      work();
    } catch (error) {
      debug(error);
    }
  }
}
