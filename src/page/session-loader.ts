/**
 * The page's session (./session.ts: the page read block by block, the scan, the anchoring, the highlights,
 * the card) is not in the content script that runs on every page: nearly every page names no party, and the
 * gate (./gate.ts) is all it needs. The session's code is imported when the gate first finds a party's name,
 * from the extension's own `page-session.js` (entrypoints/page-session.ts, a web-accessible resource, see
 * wxt.config.ts, as the card's UI is: ./card-ui-loader.ts), and runs in the content script's isolated world,
 * where it hands its module over through that world's global object (which the page cannot see).
 */
import { browser } from 'wxt/browser';
import type { useAddedNames } from '../engine/candidate-blocks';
import type { PageSession } from './session';

/** The file the build writes for entrypoints/page-session.ts. */
export const SESSION_FILE = '/page-session.js' as const;
const KEY = Symbol.for('claimlens.page-session');

/**
 * What the session's file hands over: the session, and the party names' test it reads blocks with (a copy of
 * the gate's, in that file: the names imported packs add are given to it too).
 */
export interface SessionModule {
  PageSession: typeof PageSession;
  useAddedNames: typeof useAddedNames;
}

type Holder = { [KEY]?: SessionModule };

/** Called by the loaded page-session.js: here is the session's module. */
export function provideSession(module: SessionModule): void {
  (globalThis as Holder)[KEY] = module;
}

let loading: Promise<SessionModule | null> | null = null;

/** The session's module, loaded once per page; null if it could not be loaded (tried again next time). */
export function loadSession(): Promise<SessionModule | null> {
  loading ??= (async () => {
    if (!(globalThis as Holder)[KEY]) await import(/* @vite-ignore */ browser.runtime.getURL(SESSION_FILE));
    return (globalThis as Holder)[KEY] ?? null;
  })().catch(() => {
    loading = null;
    return null;
  });
  return loading;
}
