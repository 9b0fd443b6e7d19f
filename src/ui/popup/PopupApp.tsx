/**
 * The popup wired to the browser: finds its tab (the active one, or `?tab=ID` when opened as a page),
 * asks the background for the tab's results, follows them and the settings live.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { TabView } from '../../background/tab-results';
import { getTabView, tabResultKey } from '../../background/tab-results';
import type { Message } from '../../messages';
import { DEFAULT_SETTINGS, setSiteEnabled, settingsItem, type Settings } from '../../settings';
import { RENDERED_MARK, RESULT_MARK } from './marks';
import { Popup } from './Popup';
import { unreadableReason } from './page-access';
import { ANSWER_WAIT_MS, decidePopupState, type TabInfo } from './state';

/** The tab the popup is about: `?tab=ID` if given, else the active tab of the current window. */
export async function findTab(search: string): Promise<TabInfo | null> {
  const param = new URLSearchParams(search).get('tab');
  try {
    const tab =
      param !== null && /^\d+$/.test(param)
        ? await browser.tabs.get(Number(param))
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url, status: tab.status };
  } catch {
    return null;
  }
}

/** Does the browser let ClaimLens read the tab's site? (Users can withdraw it per site.) Unknown: yes. */
async function hasSiteAccess(url: string | undefined): Promise<boolean> {
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
async function askResult(tabId: number): Promise<TabView | null> {
  try {
    return await getTabView(tabId);
  } catch {
    const message: Message = { type: 'get-result', tabId };
    try {
      return ((await browser.runtime.sendMessage(message)) as TabView | null | undefined) ?? null;
    } catch {
      return null;
    }
  }
}

/** Set RENDERED_MARK as soon as `count` claims are in the document (checked now, then each frame). */
function markWhenListed(count: number, framesLeft = 120): void {
  if (performance.getEntriesByName(RENDERED_MARK).length > 0) return;
  if (document.querySelectorAll('[data-claim]').length >= count) performance.mark(RENDERED_MARK);
  else if (framesLeft > 0) requestAnimationFrame(() => markWhenListed(count, framesLeft - 1));
}

export function PopupApp({ search }: { search: string }) {
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [view, setView] = useState<TabView | null>(null);
  const [waitedLong, setWaitedLong] = useState(false);
  const [hasAccess, setHasAccess] = useState(true);

  useEffect(() => {
    let alive = true;
    let stopFollowing = () => {};
    // Ask for the tab, the settings and (given ?tab=ID) the result at once: each is a round trip.
    const param = new URLSearchParams(search).get('tab');
    const early = param !== null && /^\d+$/.test(param) ? askResult(Number(param)) : null;
    void settingsItem.getValue().then((s) => alive && setSettings(s));
    const unwatchSettings = settingsItem.watch((next) => setSettings(next));
    void findTab(search).then(async (found) => {
      if (!alive) return;
      setTab(found);
      if (!found) return;
      void hasSiteAccess(found.url).then((ok) => alive && setHasAccess(ok));
      const show = (v: TabView | null) => {
        if (!alive) return;
        if (v && performance.getEntriesByName(RESULT_MARK).length === 0) performance.mark(RESULT_MARK);
        setView(v);
      };
      const refresh = () => void askResult(found.id).then(show);
      // The background writes each result to session storage: follow it while the popup is open.
      const unwatch = storage.watch(tabResultKey(found.id), refresh);
      const onUpdated = (id: number, change: { status?: string; url?: string }) => {
        if (id !== found.id || (change.status === undefined && change.url === undefined)) return;
        setTab((old) => (old ? { ...old, url: change.url ?? old.url, status: change.status ?? old.status } : old));
      };
      browser.tabs.onUpdated.addListener(onUpdated);
      const timer = setTimeout(() => alive && setWaitedLong(true), ANSWER_WAIT_MS);
      stopFollowing = () => {
        unwatch();
        browser.tabs.onUpdated.removeListener(onUpdated);
        clearTimeout(timer);
      };
      show(early && Number(param) === found.id ? await early : await askResult(found.id));
    });
    return () => {
      alive = false;
      unwatchSettings();
      stopFollowing();
    };
  }, [search]);

  const state = useMemo(
    () => decidePopupState({ tab: tab ?? null, settings: settings ?? DEFAULT_SETTINGS, view, waitedLong, hasAccess }),
    [tab, settings, view, waitedLong, hasAccess],
  );

  // Timing mark for `npm run bench:popup`: set once all of the tab's claims are in the document.
  useLayoutEffect(() => {
    if (state.kind !== 'claims' || performance.getEntriesByName(RENDERED_MARK).length > 0) return;
    markWhenListed(state.view.claims.length);
  }, [state]);

  if (tab === undefined || settings === null) return null;

  return (
    <Popup
      tab={tab}
      settings={settings}
      state={state}
      factsUrl={browser.runtime.getURL('/facts.html')}
      optionsUrl={browser.runtime.getURL('/options.html')}
      onReveal={(index) => {
        if (!tab || state.kind !== 'claims') return;
        const origin = state.view.origins[index];
        const message: Message = { type: 'reveal-claim', index: origin?.index ?? index };
        void browser.tabs.sendMessage(tab.id, message, { frameId: origin?.frameId ?? 0 }).catch(() => undefined);
      }}
      onSetSiteEnabled={(enabled) => {
        if (tab?.url) void setSiteEnabled(tab.url, enabled);
      }}
      onEnableGlobally={() => {
        void settingsItem.setValue({ ...settings, enabled: true });
      }}
    />
  );
}
