/**
 * The page layer's tests run in a plain page, not in an extension: what the card reads and writes through the
 * extension's APIs (storage: the verdicts marked as wrong) goes to WXT's in-memory browser, as in the unit tests.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);

// The card's UI is imported from the built extension when a card first opens (src/page/card-ui-loader.ts);
// here, with no extension, it is handed over up front, as the built card-ui.js does (imported after the stubs:
// its storage item needs the fake browser when it loads).
const [{ provideCardUi }, { cardUi }] = await Promise.all([import('../../src/page/card-ui-loader'), import('../../src/ui/card/card-ui')]);
provideCardUi(cardUi);
