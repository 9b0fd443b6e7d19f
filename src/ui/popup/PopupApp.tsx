/**
 * The popup wired to the browser: shows what `firstRead` found in its first render, then follows the
 * tab's results, the tab and the settings live while it is open.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { TabView } from '../../tab-results';
import { tabResultKey } from '../../tab-results';
import { sendToTab } from '../../messaging';
import { readSettings, setSiteEnabled, settingsItem, watchSettings } from '../../settings';
import type { FirstRead } from './first-read';
import { findTab, readResult } from './first-read';
import { afterFirstPaint } from './first-paint';
import { FIRST_SCREEN_MARK, FIRST_SCREEN_PAINTED_MARK, RENDERED_MARK } from './marks';
import { useCommandKeys } from '../command-keys';
import { Popup } from './Popup';
import { ANSWER_WAIT_MS, decidePopupState, type TabInfo } from './state';

/**
 * Claims listed in the popup's first paint: more than its greatest height (600 px) shows. The rest are
 * listed right after that paint, before a reader could scroll to them.
 */
const FIRST_SCREEN = 12;

/** Timing marks for `npm run bench:popup`: the first screenful of the tab's claims is in the document, then all. */
function markListed(count: number): void {
  const listed = document.querySelectorAll('[data-claim]').length;
  if (listed >= Math.min(count, FIRST_SCREEN) && performance.getEntriesByName(FIRST_SCREEN_MARK).length === 0) {
    performance.mark(FIRST_SCREEN_MARK);
    requestAnimationFrame(() => setTimeout(() => performance.mark(FIRST_SCREEN_PAINTED_MARK)));
  }
  if (listed >= count && performance.getEntriesByName(RENDERED_MARK).length === 0) performance.mark(RENDERED_MARK);
}

export function PopupApp({ start }: { start: FirstRead }) {
  const [tab, setTab] = useState<TabInfo | null>(start.tab);
  const [settings, setSettings] = useState(start.settings);
  const [view, setView] = useState<TabView | null>(start.view);
  const [waitedLong, setWaitedLong] = useState(false);
  const [listAll, setListAll] = useState(false);
  const tabId = start.tab?.id;

  // The rest of the claims are listed once the first frame has been painted (./first-paint.ts).
  useEffect(() => afterFirstPaint(() => setListAll(true)), []);

  // The keys as the reader has them (they may have changed them in the browser).
  const keys = useCommandKeys();

  useEffect(() => {
    let alive = true;
    const unwatchSettings = watchSettings(setSettings);
    // Read once more now that changes are followed: one made between the first read and now would be lost.
    void readSettings().then(
      (s) => alive && setSettings(s),
      () => undefined,
    );
    if (tabId === undefined) return unwatchSettings;
    // The background writes each result to session storage: follow it while the popup is open.
    const refresh = () => void readResult(tabId).then((v) => alive && setView(v));
    const unwatchResult = storage.watch(tabResultKey(tabId), refresh);
    refresh();
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      if (id !== tabId || (change.status === undefined && change.url === undefined)) return;
      setTab((old) => (old ? { ...old, url: change.url ?? old.url, status: change.status ?? old.status } : old));
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    void findTab(`?tab=${tabId}`).then((t) => alive && t && setTab(t));
    const timer = setTimeout(() => setWaitedLong(true), ANSWER_WAIT_MS);
    return () => {
      alive = false;
      unwatchSettings();
      unwatchResult();
      browser.tabs.onUpdated.removeListener(onUpdated);
      clearTimeout(timer);
    };
  }, [tabId]);

  const state = useMemo(
    () => decidePopupState({ tab, settings, view, waitedLong, hasAccess: start.hasAccess }),
    [tab, settings, view, waitedLong, start.hasAccess],
  );

  useLayoutEffect(() => {
    if (state.kind === 'claims') markListed(state.view.claims.length);
  }, [state, listAll]);

  return (
    <Popup
      tab={tab}
      settings={settings}
      state={state}
      listLimit={listAll ? undefined : FIRST_SCREEN}
      keys={keys}
      factsUrl={browser.runtime.getURL('/facts.html')}
      optionsUrl={browser.runtime.getURL('/options.html')}
      onReveal={(index) => {
        if (!tab || state.kind !== 'claims') return;
        const origin = state.view.origins[index];
        void sendToTab(tab.id, { type: 'reveal-claim', index: origin?.index ?? index }, { frameId: origin?.frameId ?? 0 }).catch(
          () => undefined,
        );
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
