/**
 * The page's session (./session.ts: the page read block by block, the scan, the anchoring, the highlights,
 * the card) is not in the content script that runs on every page: nearly every page names no party, and the
 * gate (./gate.ts) is all it needs. The session's code is imported when the gate first finds a party's name,
 * from the extension's own `page-session.js` (entrypoints/page-session.ts), as the card's UI is
 * (./card-ui-loader.ts): see ./loaded-later.ts.
 */
import type { useAddedNames } from '../engine/candidate-blocks';
import { loadedLater } from './loaded-later';
import type { PageSession } from './session';

/** The file the build writes for entrypoints/page-session.ts. */
export const SESSION_FILE = '/page-session.js' as const;

/**
 * What the session's file hands over: the session, and the party names' test it reads blocks with (a copy of
 * the gate's, in that file: the names imported packs add are given to it too).
 */
export interface SessionModule {
  PageSession: typeof PageSession;
  useAddedNames: typeof useAddedNames;
}

const session = loadedLater<SessionModule>(SESSION_FILE, Symbol.for('claimlens.page-session'));

/** Called by the loaded page-session.js: here is the session's module. */
export const provideSession = session.provide;

/** The session's module, loaded once per page; null if it could not be loaded (tried again next time). */
export const loadSession = session.load;
