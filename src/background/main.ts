/**
 * The background: keeps each tab's results (from its content scripts), answers the popup, and
 * keeps each tab's badge right. All state lives in `storage.session`, so a stopped and restarted
 * background loses nothing. Listeners are registered synchronously, as event pages and service
 * workers require.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Message } from '../messages';
import { showBadge } from './badge';
import {
  announceTab,
  clearTab,
  clearTabIf,
  getTabView,
  onTabResultChange,
  setFrameResult,
  storedTabIds,
  type TabView,
} from './tab-results';

export type { TabView };

/** What the background needs to know of a message's sender. */
export type Sender = Pick<Browser.runtime.MessageSender, 'frameId'> & { tab?: { id?: number } };

/** Handle one runtime message; resolves to the answer, or undefined when the message isn't ours. */
export async function handleMessage(message: Message, sender: Sender): Promise<unknown> {
  switch (message?.type) {
    case 'claims': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return undefined;
      await setFrameResult(tabId, sender.frameId ?? 0, {
        url: message.url,
        status: message.status,
        claims: message.claims,
      });
      return true;
    }
    case 'get-result':
      return getTabView(message.tabId);
    default:
      return undefined;
  }
}

const withoutHash = (url: string) => url.replace(/#.*$/s, '');

/**
 * Does a tab update make the stored results stale? A load without a new URL (reload, or Firefox starting
 * a navigation) does; a new URL does unless only its fragment changed (same document: the claims stand).
 * Same-document navigations to another path (history.pushState) do: the content script reads the page
 * again and reports. Browsers word these differently (Chromium: `loading` + url for a fragment change,
 * Firefox: `complete` + url), hence the URL comparison rather than the status.
 */
export function isStale(change: { status?: string; url?: string }, storedUrl: string | null): boolean {
  if (change.url === undefined) return change.status === 'loading';
  return storedUrl !== null && withoutHash(storedUrl) !== withoutHash(change.url);
}

/** A tab loads another page (or the same again): its results and badge are stale. */
export async function onTabUpdated(tabId: number, change: { status?: string; url?: string }): Promise<void> {
  if (change.status === undefined && change.url === undefined) return;
  await clearTabIf(tabId, (view) => isStale(change, view.url));
}

/** Badges are tab state of the browser; put them back from storage after a restart, and drop closed tabs. */
export async function restoreBadges(): Promise<void> {
  const open = new Set((await browser.tabs.query({})).map((t) => t.id));
  for (const tabId of await storedTabIds()) {
    if (!open.has(tabId)) await clearTab(tabId);
    else await announceTab(tabId);
  }
}

/** The badge follows each tab's stored results (updated in turn with them, never out of order). */
export function followResultsWithBadge(): void {
  onTabResultChange((tabId, view) => showBadge(tabId, view));
}

export function startBackground(): void {
  followResultsWithBadge();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const type = (message as Message | undefined)?.type;
    // Answer only our own requests, so other listeners (commands) can answer theirs.
    if (type !== 'claims' && type !== 'get-result') return undefined;
    return handleMessage(message as Message, sender);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    void onTabUpdated(tabId, change);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTab(tabId);
  });
  void restoreBadges();
}
