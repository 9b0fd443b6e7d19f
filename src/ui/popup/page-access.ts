/**
 * Can ClaimLens read the page of a tab at all? Decided from the tab's URL: content scripts run only
 * on http(s) pages, never on the browser's own pages, the extension stores or PDF viewers.
 */

export type UnreadableReason =
  | 'browser-page'
  | 'extension-page'
  | 'store'
  | 'file'
  | 'pdf'
  | 'no-page'
  | 'other-scheme'
  /** The URL looks readable but no content script answered (page opened before install, blocked site). */
  | 'no-answer'
  /** The user withdrew ClaimLens's access to this site (Firefox's extensions button, Chrome's site access). */
  | 'no-access';

/** Hosts where browsers refuse extensions' content scripts. */
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Why the page at `url` can't be read, or null when a content script can run on it. */
export function unreadableReason(url: string | undefined): UnreadableReason | null {
  if (!url) return 'no-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'no-page';
  }
  const scheme = parsed.protocol;
  if (scheme === 'file:') return 'file';
  if (scheme === 'about:' || scheme === 'chrome:' || scheme === 'edge:' || scheme === 'view-source:' || scheme === 'devtools:')
    return 'browser-page';
  if (scheme === 'chrome-extension:' || scheme === 'moz-extension:') return 'extension-page';
  if (scheme !== 'http:' && scheme !== 'https:') return 'other-scheme';
  const host = parsed.hostname.toLowerCase();
  if (STORE_HOSTS.includes(host) && (host !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) return 'store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}
