/**
 * What the popup shows for a tab: one of its states, decided from the tab, the settings and what
 * the background holds for it. Pure, so each case is tested without a browser.
 */
import type { TabView } from '../../tab-results';
import { disablingSite, siteOf, type Settings } from '../../settings';
import { unreadableReason, type UnreadableReason } from './page-access';

export interface TabInfo {
  id: number;
  url?: string;
  /** The browser's loading status of the tab. */
  status?: string;
}

export type PopupState =
  | { kind: 'unreadable'; reason: UnreadableReason }
  | { kind: 'disabled'; scope: 'global' }
  | { kind: 'disabled'; scope: 'site'; site: string }
  | { kind: 'scanning' }
  | { kind: 'empty' }
  | { kind: 'claims'; view: TabView; scanning: boolean };

/** How long a loaded page may stay silent before the popup says no content script answered. */
export const ANSWER_WAIT_MS = 2500;

export interface PopupInput {
  tab: TabInfo | null;
  settings: Settings;
  view: TabView | null;
  /** True once the popup has waited `ANSWER_WAIT_MS` for a loaded tab without any result. */
  waitedLong: boolean;
  /** False when the browser says ClaimLens may not read this site (access withdrawn); unknown counts as yes. */
  hasAccess?: boolean;
}

export function decidePopupState({ tab, settings, view, waitedLong, hasAccess = true }: PopupInput): PopupState {
  if (!tab) return { kind: 'unreadable', reason: 'no-page' };
  const reason = unreadableReason(tab.url);
  if (reason) return { kind: 'unreadable', reason };
  const url = tab.url ?? '';
  if (!settings.enabled) return { kind: 'disabled', scope: 'global' };
  const site = disablingSite(settings, url);
  if (site) return { kind: 'disabled', scope: 'site', site };
  if (!view && !hasAccess) return { kind: 'unreadable', reason: 'no-access' };
  if (!view || view.status === 'disabled') {
    // A content script reports at the start of its scan; silence from a loaded page means none runs there.
    return !view && waitedLong && tab.status !== 'loading' ? { kind: 'unreadable', reason: 'no-answer' } : { kind: 'scanning' };
  }
  // A page whose claims could not all be kept still has claims (the list says how many more).
  if (view.claims.length === 0 && !view.more) return view.status === 'scanning' ? { kind: 'scanning' } : { kind: 'empty' };
  return { kind: 'claims', view, scanning: view.status === 'scanning' };
}

/** The site the per-site switch acts on, or null when the page has none. */
export function switchSite(tab: TabInfo | null): string | null {
  return tab?.url && !unreadableReason(tab.url) ? siteOf(tab.url) : null;
}
