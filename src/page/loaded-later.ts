/**
 * A part of the page's code that is not in the content script that runs on every page: built as a file of its own
 * (a web-accessible resource, see wxt.config.ts), imported from the extension the first time it is needed, and run
 * in the content script's isolated world, where the loaded file hands its module over through that world's global
 * object (which the page cannot see). The page's session (./session-loader.ts) and the card's UI
 * (./card-ui-loader.ts) are loaded so.
 */
import { browser, type PublicPath } from 'wxt/browser';

export interface LoadedLater<T> {
  /** Called by the loaded file: here is its module. */
  provide(module: T): void;
  /** The module, loaded once per page; null if it could not be loaded (tried again next time). */
  load(): Promise<T | null>;
}

/** The module the extension's `file` hands over under `key` (a `Symbol.for` name of its own). */
export function loadedLater<T>(file: PublicPath, key: symbol): LoadedLater<T> {
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  let loading: Promise<T | null> | null = null;
  return {
    provide(module) {
      holder[key] = module;
    },
    load() {
      loading ??= (async () => {
        if (!holder[key]) await import(/* @vite-ignore */ browser.runtime.getURL(file));
        return holder[key] ?? null;
      })().catch(() => {
        loading = null;
        return null;
      });
      return loading;
    },
  };
}
