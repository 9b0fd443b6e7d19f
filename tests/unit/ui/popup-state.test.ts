import { describe, expect, it } from 'vitest';
import type { TabView } from '../../../src/tab-results';
import { DEFAULT_SETTINGS } from '../../../src/settings';
import { unreadableReason } from '../../../src/ui/popup/page-access';
import { decidePopupState, switchSite } from '../../../src/ui/popup/state';
import { claim } from './claims-fixture';

const tab = (url: string, status = 'complete') => ({ id: 1, url, status });
const view = (status: TabView['status'], n: number): TabView => ({
  url: 'https://a.test/',
  status,
  claims: Array.from({ length: n }, () => claim('corroborated')),
  origins: Array.from({ length: n }, (_, index) => ({ frameId: 0, index })),
});
const input = { settings: DEFAULT_SETTINGS, view: null, waitedLong: false };

describe('popup state', () => {
  it('says why a page cannot be read, from its URL', () => {
    expect(unreadableReason('chrome://extensions/')).toBe('browser-page');
    expect(unreadableReason('about:blank')).toBe('browser-page');
    expect(unreadableReason('about:addons')).toBe('browser-page');
    expect(unreadableReason('file:///home/a.html')).toBe('file');
    expect(unreadableReason('https://chromewebstore.google.com/detail/x')).toBe('store');
    expect(unreadableReason('https://addons.mozilla.org/en-US/firefox/')).toBe('store');
    expect(unreadableReason('https://example.com/report.PDF')).toBe('pdf');
    expect(unreadableReason('moz-extension://abc/popup.html')).toBe('extension-page');
    expect(unreadableReason(undefined)).toBe('no-page');
    expect(unreadableReason('https://chrome.google.com/search')).toBeNull();
    expect(unreadableReason('http://127.0.0.1:8080/a.html')).toBeNull();
  });

  it('an unreadable page wins over every other state', () => {
    const s = decidePopupState({ ...input, tab: tab('chrome://newtab/'), settings: { ...DEFAULT_SETTINGS, enabled: false } });
    expect(s).toEqual({ kind: 'unreadable', reason: 'browser-page' });
  });

  it('disabled globally or for the site, from the settings (even before the page reports)', () => {
    expect(decidePopupState({ ...input, tab: tab('https://a.test/'), settings: { ...DEFAULT_SETTINGS, enabled: false } })).toEqual({
      kind: 'disabled',
      scope: 'global',
    });
    expect(
      decidePopupState({
        ...input,
        tab: tab('https://news.a.test/x'),
        settings: { ...DEFAULT_SETTINGS, disabledSites: ['a.test'] },
        view: view('done', 2),
      }),
    ).toEqual({ kind: 'disabled', scope: 'site', site: 'a.test' });
  });

  it('scanning until the page reports; then "no answer" once a loaded page stayed silent', () => {
    expect(decidePopupState({ ...input, tab: tab('https://a.test/') }).kind).toBe('scanning');
    expect(decidePopupState({ ...input, tab: tab('https://a.test/', 'loading'), waitedLong: true }).kind).toBe('scanning');
    expect(decidePopupState({ ...input, tab: tab('https://a.test/'), waitedLong: true })).toEqual({
      kind: 'unreadable',
      reason: 'no-answer',
    });
    expect(decidePopupState({ ...input, tab: tab('https://a.test/'), view: view('scanning', 0), waitedLong: true }).kind).toBe('scanning');
  });

  it('says access was withdrawn, at once, when the browser denies ClaimLens the site and nothing reported', () => {
    expect(decidePopupState({ ...input, tab: tab('https://a.test/'), hasAccess: false })).toEqual({
      kind: 'unreadable',
      reason: 'no-access',
    });
    expect(decidePopupState({ ...input, tab: tab('https://a.test/'), hasAccess: false, view: view('done', 2) }).kind).toBe('claims');
    expect(
      decidePopupState({
        ...input,
        tab: tab('https://a.test/'),
        hasAccess: false,
        settings: { ...DEFAULT_SETTINGS, disabledSites: ['a.test'] },
      }).kind,
    ).toBe('disabled');
  });

  it('empty when the scan found nothing; claims (still scanning or not) when it found some', () => {
    expect(decidePopupState({ ...input, tab: tab('https://a.test/'), view: view('done', 0) }).kind).toBe('empty');
    expect(decidePopupState({ ...input, tab: tab('https://a.test/'), view: view('scanning', 2) })).toMatchObject({
      kind: 'claims',
      scanning: true,
    });
    expect(decidePopupState({ ...input, tab: tab('https://a.test/'), view: view('done', 2) })).toMatchObject({
      kind: 'claims',
      scanning: false,
    });
  });

  it("the per-site switch acts on the page's hostname, and exists only for readable pages", () => {
    expect(switchSite(tab('https://www.a.test/x?y'))).toBe('www.a.test');
    expect(switchSite(tab('about:blank'))).toBeNull();
  });

  it('a page with more claims than a tab keeps lists what was kept and is never "no claims"', () => {
    const kept = { ...view('done', 2), more: 40 };
    expect(decidePopupState({ ...input, tab: tab('https://a.test/'), view: kept })).toEqual({
      kind: 'claims',
      view: kept,
      scanning: false,
    });
    const none = { ...view('done', 0), more: 7 };
    expect(decidePopupState({ ...input, tab: tab('https://a.test/'), view: none }).kind).toBe('claims');
  });
});
