import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_CONFLICT, BADGE_MIXED, badgeFor } from '../../../src/background/badge';
import { followResultsWithBadge, handleMessage, isStale, onTabUpdated, restoreBadges } from '../../../src/background/main';
import { claim } from '../ui/claims-fixture';

const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

describe('badge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    followResultsWithBadge();
  });

  it('counts the claims that need attention (disputed, sources disagree); red when one is disputed, amber otherwise; nothing for none', () => {
    expect(badgeFor({ status: 'done', claims: [claim('corroborated'), claim('conflicting')] })).toMatchObject({
      text: '1',
      color: BADGE_CONFLICT,
    });
    expect(badgeFor({ status: 'done', claims: [claim('mixed'), claim('unverified')] })).toMatchObject({ text: '1', color: BADGE_MIXED });
    expect(badgeFor({ status: 'done', claims: [claim('corroborated'), claim('unverified')] }).text).toBe('');
    expect(badgeFor({ status: 'done', claims: [] }).text).toBe('');
    expect(badgeFor(null).text).toBe('');
  });

  it('its tooltip says what the number counts, out of how many', () => {
    expect(badgeFor({ status: 'done', claims: [claim('corroborated'), claim('conflicting'), claim('mixed')] }).title).toBe(
      'ClaimLens: 2 need attention (disputed by the sources, or the sources disagree); claims checked: 3',
    );
    expect(badgeFor({ status: 'done', claims: [claim('corroborated')] }).title).toBe('ClaimLens: nothing disputed (claims checked: 1)');
  });

  it('an outdated claim (true when written, changed since) needs no attention: no number, no red', () => {
    expect(badgeFor({ status: 'done', claims: [claim('outdated'), claim('corroborated')] }).text).toBe('');
  });

  it("a content script's claims set its tab's badge; navigation clears it", async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.test/' });
    const sender = { tab, frameId: 0 };
    await handleMessage({ type: 'claims', url: 'https://a.test/', status: 'done', claims: [claim('conflicting'), claim('mixed')] }, sender);
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: tab.id })).toEqual(rgba(BADGE_CONFLICT));
    expect(await handleMessage({ type: 'get-result', tabId: tab.id! }, {})).toMatchObject({ claims: [{}, {}] });
    await onTabUpdated(tab.id!, { status: 'loading', url: 'https://a.test/#more' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('2');
    await onTabUpdated(tab.id!, { status: 'loading', url: 'https://a.test/next' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('');
    expect(await handleMessage({ type: 'get-result', tabId: tab.id! }, {})).toBeNull();
  });

  it("a report of the new page that arrives before the tab's update is kept", async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.test/' });
    await handleMessage({ type: 'claims', url: 'https://a.test/', status: 'done', claims: [claim('mixed')] }, { tab, frameId: 0 });
    // The new page's report and the tab's update race; whichever the background handles first, the new page's stays.
    await Promise.all([
      onTabUpdated(tab.id!, { status: 'loading', url: 'https://b.test/' }),
      handleMessage(
        { type: 'claims', url: 'https://b.test/', status: 'done', claims: [claim('conflicting'), claim('mixed')] },
        { tab, frameId: 0 },
      ),
    ]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('2');
    expect(await handleMessage({ type: 'get-result', tabId: tab.id! }, {})).toMatchObject({ url: 'https://b.test/' });
  });

  it('a restarted background puts badges back from storage and forgets closed tabs', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.test/' });
    await handleMessage({ type: 'claims', url: 'https://a.test/', status: 'done', claims: [claim('conflicting')] }, { tab, frameId: 0 });
    await handleMessage(
      { type: 'claims', url: 'https://b.test/', status: 'done', claims: [claim('conflicting')] },
      { tab: { ...tab, id: 999 }, frameId: 0 },
    );
    fakeBrowser.action.resetState(); // the browser forgot the badges
    await restoreBadges(async () => true); // the tab's page is still there and answers
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('1');
    expect(await handleMessage({ type: 'get-result', tabId: 999 }, {})).toBeNull();
  });
});

describe("when a tab's results go stale", () => {
  const url = 'https://a.test/news/1';
  it("a new load makes them stale (a reload: the top frame's document going away, see frame-gone.test.ts)", () => {
    expect(isStale({ status: 'loading', url: 'https://a.test/news/2' }, url)).toBe(true);
    expect(isStale({ status: 'complete', url: 'https://a.test/news/2' }, url)).toBe(true);
  });
  it('a fragment change (same document) or the load finishing keeps them', () => {
    expect(isStale({ status: 'loading', url: `${url}#comments` }, url)).toBe(false);
    expect(isStale({ status: 'complete', url: `${url}#comments` }, `${url}#top`)).toBe(false);
    expect(isStale({ status: 'complete' }, url)).toBe(false);
  });
});
