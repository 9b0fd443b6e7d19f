/**
 * The hover card's UI (Preact, the card's components and styles: src/ui/card/card-ui.ts) is not in the
 * content script that runs on every page: it is imported when a card is first opened, from the extension's
 * own `card-ui.js` (see ./loaded-later.ts). Most pages never open a card, so most pages never load it.
 */
import type { CardUi } from '../ui/card/card-ui';
import { loadedLater } from './loaded-later';

/** The file the build writes for entrypoints/card-ui.ts. */
export const CARD_UI_FILE = '/card-ui.js' as const;

const cardUi = loadedLater<CardUi>(CARD_UI_FILE, Symbol.for('claimlens.card-ui'));

/** Called by the loaded card-ui.js: here is the UI. */
export const provideCardUi = cardUi.provide;

/** The card's UI, loaded once per page; null if it could not be loaded (then no card shows; tried again next time). */
export const loadCardUi = cardUi.load;
