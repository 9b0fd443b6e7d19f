/**
 * The content script's lifetime on a page. It ends only when the extension itself goes away (uninstalled,
 * disabled, reloaded or updated: `runtime.id` is gone), never because of anything the page does.
 *
 * WXT's own content-script context posts a message carrying the extension's id to the page and stops
 * itself when the page dispatches a matching event, so any page could switch ClaimLens off. ClaimLens does
 * not use it: WXT's is replaced at build time by an inert one (`./wxt-context.ts`, see wxt.config.ts) and
 * this lifetime dispatches, posts and listens for nothing the page can see or send.
 *
 * The extension going away is noticed when it matters: whenever the script asks `isInvalid` (before work
 * that would call the extension's APIs), and when its port to the background closes (./frame-gone.ts).
 */
import { browser } from 'wxt/browser';

export class PageLifetime {
  private readonly controller = new AbortController();

  /** Aborted when the content script must stop. Everything it sets up on the page hangs off it. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Has the lifetime ended? Also ends it, the first time the extension is found gone. */
  get isInvalid(): boolean {
    if (!this.signal.aborted && extensionGone()) this.end();
    return this.signal.aborted;
  }

  /** Calls `fn` when the lifetime ends (at once if it has). Returns a function that removes it. */
  onInvalidated(fn: () => void): () => void {
    if (this.signal.aborted) {
      fn();
      return () => undefined;
    }
    this.signal.addEventListener('abort', fn, { once: true });
    return () => this.signal.removeEventListener('abort', fn);
  }

  /** `target.addEventListener`, removed when the lifetime ends. */
  addEventListener<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    handler: (event: WindowEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  /** `setTimeout`, cleared when the lifetime ends. */
  setTimeout(handler: () => void, ms: number): void {
    const id = setTimeout(() => {
      if (!this.isInvalid) handler();
    }, ms);
    this.onInvalidated(() => clearTimeout(id));
  }

  /**
   * Calls `handler` after the page's URL changed without a new document (history.pushState, a fragment,
   * back/forward within the page). Uses the Navigation API where the browser has it (it fires once the URL
   * is updated); elsewhere (Firefox ESR) the URL is compared once a second, as WXT did.
   */
  onLocationChange(handler: () => void): void {
    let last = location.href;
    const check = () => {
      if (location.href === last) return;
      last = location.href;
      if (!this.isInvalid) handler();
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('currententrychange', check, { signal: this.signal });
      return;
    }
    const id = setInterval(check, 1000);
    this.onInvalidated(() => clearInterval(id));
  }

  /** End the lifetime: every listener set up through it is removed. */
  end(): void {
    if (!this.signal.aborted) this.controller.abort();
  }
}

/** The extension was unloaded (its content scripts are orphaned): its id is gone. */
function extensionGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}
