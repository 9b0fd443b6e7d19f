/**
 * The background: keeps each tab's results (from its content scripts), answers the popup, and
 * keeps each tab's badge right. All state lives in `storage.session`, so a stopped and restarted
 * background loses nothing. Listeners are registered synchronously, as event pages and service
 * workers require.
 */
import { browser, type Browser } from 'wxt/browser';
import { expandClaims } from '../compact-claims';
import { BACKGROUND_MESSAGES, FRAME_PORT, isMessageOf, type BackgroundMessage, type Reply } from '../messages';
import { sendToTab } from '../messaging';
import { showBadge } from './badge';
import { scanRuns, warmEngine } from './engine-host';
import { followPackNames } from './pack-names';
import {
  announceTab,
  clearTab,
  clearTabIf,
  getTabView,
  lastReportOf,
  onTabResultChange,
  removeFrameResult,
  setFrameResult,
  storedTabIds,
  type TabView,
} from '../tab-results';

export type { TabView };

/** What the background needs to know of a message's sender. */
export type Sender = Pick<Browser.runtime.MessageSender, 'frameId'> & { tab?: { id?: number } };

/** Handle one runtime message; resolves to the answer, or undefined when the message isn't ours. */
export async function handleMessage(message: BackgroundMessage, sender: Sender): Promise<Reply<BackgroundMessage> | undefined> {
  switch (message?.type) {
    case 'claims': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return undefined;
      // A page's gate let text through: its scan request follows once its blocks are read.
      if (message.status === 'scanning') void warmEngine();
      await setFrameResult(tabId, sender.frameId ?? 0, {
        url: message.url,
        status: message.status,
        claims: Array.isArray(message.claims) ? message.claims : expandClaims(message.claims),
      });
      return true;
    }
    case 'frame-gone': {
      // A frame's document went away (sent on pagehide; Chrome always delivers it, Firefox not always: see the port).
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return undefined;
      await forgetFrame(tabId, sender.frameId ?? 0);
      return true;
    }
    case 'get-result':
      return getTabView(message.tabId);
    case 'scan':
      return scanRuns({ runs: message.runs, sensitivity: message.sensitivity, pageDate: message.pageDate });
    default:
      return undefined;
  }
}

/** What the background needs of a port a content script opened. */
export interface FramePort {
  name: string;
  sender?: Sender;
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * A frame's document went away: a sub-frame's claims leave the tab's results; the top frame's leaving
 * (a reload, a navigation) takes the whole tab's with it, as its sub-frames went too.
 */
export async function forgetFrame(tabId: number, frameId: number): Promise<void> {
  if (frameId === 0) await clearTab(tabId);
  else await removeFrameResult(tabId, frameId);
}

/**
 * A content script's port (`FRAME_PORT`): the browser closes it when the frame's document goes away, in
 * both browsers, and the frame's claims go with it. (A stopped background loses its ports without this firing.)
 */
export function followFramePort(port: FramePort): void {
  const tabId = port.sender?.tab?.id;
  if (port.name !== FRAME_PORT || tabId === undefined || tabId < 0) return;
  const frameId = port.sender?.frameId ?? 0;
  port.onDisconnect.addListener(() => {
    // Read, or Chrome logs "Unchecked runtime.lastError" in the background (a page entering the
    // back/forward cache has its port closed with an error).
    void browser.runtime.lastError;
    void forgetFrame(tabId, frameId);
  });
}

/** Is the content script of a tab's frame still there? (It answers a ping, and opens a new port.) */
export async function pingFrame(tabId: number, frameId: number): Promise<boolean> {
  try {
    return (await sendToTab(tabId, { type: 'frame-ping' }, { frameId })) === true;
  } catch {
    return false; // No content script answers in that frame: its document is gone.
  }
}

type AskFrame = (tabId: number, frameId: number) => Promise<boolean>;

/**
 * After a restart the background has lost the frames' ports: ask the top frame (once it reported) and
 * each sub-frame that holds claims whether it is still there (it then opens a new port); forget those gone.
 * A frame that reports while it is asked is there: asked between two documents (a restart in the middle
 * of a navigation), the old one gone and the new one not yet listening, it does not answer, but the new
 * page's report stands.
 */
export async function checkFrames(tabId: number, ask: AskFrame = pingFrame): Promise<void> {
  const view = await getTabView(tabId);
  if (!view) return;
  const frameIds = new Set(view.origins.map((o) => o.frameId).filter((id) => id !== 0));
  if (view.url !== '') frameIds.add(0);
  await Promise.all(
    [...frameIds].map(async (frameId) => {
      const asked = lastReportOf(tabId, frameId);
      if (!(await ask(tabId, frameId)) && lastReportOf(tabId, frameId) === asked) await forgetFrame(tabId, frameId);
    }),
  );
}

const withoutHash = (url: string) => url.replace(/#.*$/s, '');

/**
 * Does a tab update make the stored results stale? A new URL does unless only its fragment changed (same
 * document: the claims stand). Same-document navigations to another path (history.pushState) do: the
 * content script reads the page again and reports. Browsers word these differently (Chromium: `loading` +
 * url for a fragment change, Firefox: `complete` + url), hence the URL comparison rather than the status.
 * A load without a new URL does not: Chromium says `loading` both for a reload and for a sub-frame that
 * navigates (which must not take the page's claims away); a reload is seen by the top frame's document
 * going away instead (`forgetFrame`).
 */
export function isStale(change: { status?: string; url?: string }, storedUrl: string | null): boolean {
  if (change.url === undefined) return false;
  return storedUrl !== null && withoutHash(storedUrl) !== withoutHash(change.url);
}

/** A tab loads another page (or the same again): its results and badge are stale. */
export async function onTabUpdated(tabId: number, change: { status?: string; url?: string }): Promise<void> {
  if (change.status === undefined && change.url === undefined) return;
  await clearTabIf(tabId, (view) => isStale(change, view.url));
}

/**
 * Badges are tab state of the browser; put them back from storage after a restart, and drop closed tabs.
 * The frames' ports died with the background: frames still there open new ones (`checkFrames`), the
 * results of those gone are forgotten.
 */
export async function restoreBadges(ask: AskFrame = pingFrame): Promise<void> {
  const open = new Set((await browser.tabs.query({})).map((t) => t.id));
  const stored = await storedTabIds();
  for (const tabId of stored) {
    if (!open.has(tabId)) await clearTab(tabId);
    else await announceTab(tabId);
  }
  await Promise.all(stored.filter((tabId) => open.has(tabId)).map((tabId) => checkFrames(tabId, ask)));
}

/** The badge follows each tab's stored results (updated in turn with them, never out of order). */
export function followResultsWithBadge(): void {
  onTabResultChange((tabId, view) => showBadge(tabId, view));
}

export function startBackground(): void {
  followResultsWithBadge();
  followPackNames();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Answer only our own requests, so other listeners (commands) can answer theirs.
    if (!isMessageOf(message, BACKGROUND_MESSAGES)) return undefined;
    return handleMessage(message, sender);
  });
  browser.runtime.onConnect.addListener((port) => followFramePort(port));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    void onTabUpdated(tabId, change);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTab(tabId);
  });
  void restoreBadges();
  // How long the background takes to start (for `npm run bench:page`): its time origin is its own start.
  performance.mark('claimlens:background-started');
}
