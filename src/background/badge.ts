/**
 * The toolbar badge of a tab: how many claims the page makes, red when any conflicts with the
 * sources, blue otherwise, nothing when there are none.
 *
 * Contrast of the white badge text (WCAG 2.x relative luminance):
 *   white on #B3261E (conflict red) = 6.54 : 1, white on #1A5FB4 (blue) = 6.29 : 1 — both above AA's 4.5 : 1.
 */
import { browser } from 'wxt/browser';
import type { TabResult } from '../messages';

export const BADGE_CONFLICT = '#B3261E';
export const BADGE_CLAIMS = '#1A5FB4';
export const BADGE_TEXT = '#FFFFFF';

export interface Badge {
  text: string;
  color: string;
}

/** What the badge shows for a tab's results (pure). */
export function badgeFor(result: Pick<TabResult, 'claims' | 'status'> | null): Badge {
  if (!result || result.status === 'disabled' || result.claims.length === 0) return { text: '', color: BADGE_CLAIMS };
  const n = result.claims.length;
  const conflict = result.claims.some((c) => c.verdict === 'conflicting');
  return { text: n > 999 ? '999+' : String(n), color: conflict ? BADGE_CONFLICT : BADGE_CLAIMS };
}

/** Show a tab's badge. Never throws: the tab may have closed in the meantime. */
export async function showBadge(tabId: number, result: Pick<TabResult, 'claims' | 'status'> | null): Promise<void> {
  const { text, color } = badgeFor(result);
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT });
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab is gone: nothing to show.
  }
}
