/**
 * The hover card's UI (Preact, the card's components and styles: src/ui/card/card-ui.ts) is not in the
 * content script that runs on every page: it is imported when a card is first opened, from the extension's
 * own `card-ui.js` (a web-accessible resource, see wxt.config.ts), and runs in the content script's
 * isolated world, where it hands the UI over through that world's global object (which the page cannot
 * see). Most pages never open a card, so most pages never load it.
 */
import { browser } from 'wxt/browser';
import type { CardUi } from '../ui/card/card-ui';

/** The file the build writes for entrypoints/card-ui.ts. */
export const CARD_UI_FILE = '/card-ui.js' as const;
const KEY = Symbol.for('claimlens.card-ui');

type Holder = { [KEY]?: CardUi };

/** Called by the loaded card-ui.js: here is the UI. */
export function provideCardUi(ui: CardUi): void {
  (globalThis as Holder)[KEY] = ui;
}

let loading: Promise<CardUi | null> | null = null;

/** The card's UI, loaded once per page; null if it could not be loaded (then no card shows). */
export function loadCardUi(): Promise<CardUi | null> {
  loading ??= (async () => {
    if (!(globalThis as Holder)[KEY]) await import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_FILE));
    return (globalThis as Holder)[KEY] ?? null;
  })().catch(() => {
    loading = null;
    return null;
  });
  return loading;
}
