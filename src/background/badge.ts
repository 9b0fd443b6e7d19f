/**
 * The toolbar badge of a tab: how many of the page's claims need attention (the sources dispute them, or
 * disagree among themselves: src/attention.ts), red when one is disputed, amber when the sources only
 * disagree; nothing when none needs attention. The tooltip says what the number counts, out of how many.
 *
 * Contrast of the white badge text (WCAG 2.x relative luminance):
 *   white on #B3261E (disputed red) = 6.54 : 1, white on #8A5300 (amber) = 6.33 : 1 — both above AA's 4.5 : 1.
 */
import { browser } from 'wxt/browser';
import { attentionCount } from '../attention';
import type { TabResult } from '../messages';
import { t, tn } from '../ui/i18n';

export const BADGE_CONFLICT = '#B3261E';
export const BADGE_MIXED = '#8A5300';
/** Kept for the empty badge's background (never seen: there is no text on it). */
export const BADGE_CLAIMS = '#1A5FB4';
export const BADGE_TEXT = '#FFFFFF';

export interface Badge {
  text: string;
  color: string;
  /** The toolbar button's tooltip: what the number counts. */
  title: string;
}

/** What the badge shows for a tab's results (pure). */
export function badgeFor(result: Pick<TabResult, 'claims' | 'status'> | null): Badge {
  if (!result || result.status === 'disabled' || result.claims.length === 0) {
    return { text: '', color: BADGE_CLAIMS, title: t('badgeTitleEmpty') };
  }
  const total = result.claims.length;
  const n = attentionCount(result.claims);
  if (n === 0) return { text: '', color: BADGE_CLAIMS, title: t('badgeTitleNone', total) };
  const disputed = result.claims.some((c) => c.verdict === 'conflicting');
  return {
    text: n > 999 ? '999+' : String(n),
    color: disputed ? BADGE_CONFLICT : BADGE_MIXED,
    title: tn('badgeTitle', n, [total]),
  };
}

/** Show a tab's badge. Never throws: the tab may have closed in the meantime. */
export async function showBadge(tabId: number, result: Pick<TabResult, 'claims' | 'status'> | null): Promise<void> {
  const { text, color, title } = badgeFor(result);
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT });
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title });
  } catch {
    // The tab is gone: nothing to show.
  }
}
