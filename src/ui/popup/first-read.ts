/**
 * Everything the popup shows first, read before it renders anything: its tab, the settings, the tab's
 * results and (only when there are none) whether the browser lets ClaimLens read the site. Reads that do
 * not depend on each other run at once, so the popup's first paint costs the slowest of them, not their sum.
 */
import { browser } from 'wxt/browser';
import type { TabView } from '../../tab-results';
import { getTabView } from '../../tab-results';
import { sendToBackground } from '../../messaging';
import { DEFAULT_SETTINGS, readSettingsOnce, type Settings } from '../../settings';
import { RESULT_MARK } from './marks';
import { unreadableReason } from './page-access';
import type { TabInfo } from './state';

export interface FirstRead {
  tab: TabInfo | null;
  settings: Settings;
  view: TabView | null;
  /** False when the browser says ClaimLens may not read this site (access withdrawn); unknown counts as yes. */
  hasAccess: boolean;
}

/** The `?tab=ID` of a popup opened as a page, else null (then the popup is about the active tab). */
export function tabParam(search: string): number | null {
  const param = new URLSearchParams(search).get('tab');
  return param !== null && /^\d+$/.test(param) ? Number(param) : null;
}

/** The tab the popup is about: `?tab=ID` if given, else the active tab of the current window. */
export async function findTab(search: string): Promise<TabInfo | null> {
  const id = tabParam(search);
  try {
    const tab = id !== null ? await browser.tabs.get(id) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url, status: tab.status };
  } catch {
    return null;
  }
}

/** Does the browser let ClaimLens read the tab's site? (Users can withdraw it per site.) Unknown: yes. */
export async function hasSiteAccess(url: string | undefined): Promise<boolean> {
  if (!url || unreadableReason(url)) return true;
  try {
    return await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    return true;
  }
}

/**
 * The tab's results. Read straight from session storage (extension pages may), which neither waits for
 * nor wakes the background; if that fails, the background's `get-result` answers from the same store.
 */
export async function readResult(tabId: number): Promise<TabView | null> {
  let view: TabView | null;
  try {
    view = await getTabView(tabId);
  } catch {
    try {
      view = (await sendToBackground({ type: 'get-result', tabId })) ?? null;
    } catch {
      view = null;
    }
  }
  if (view && performance.getEntriesByName(RESULT_MARK).length === 0) performance.mark(RESULT_MARK);
  return view;
}

export async function firstRead(search: string): Promise<FirstRead> {
  const id = tabParam(search);
  // With ?tab=ID the result is read at once, beside the tab itself; else once the active tab is known.
  const early = id !== null ? readResult(id) : null;
  const settings = readSettingsOnce().catch(() => DEFAULT_SETTINGS);
  const tab = await findTab(search);
  const view = tab ? (early && tab.id === id ? early : readResult(tab.id)) : Promise.resolve(null);
  const hasAccess = view.then((v) => (v || !tab ? true : hasSiteAccess(tab.url)));
  return { tab, settings: await settings, view: await view, hasAccess: await hasAccess };
}
