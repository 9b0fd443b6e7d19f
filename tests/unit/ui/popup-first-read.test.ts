import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setFrameResult } from '../../../src/tab-results';
import { DEFAULT_SETTINGS, settingsItem } from '../../../src/settings';
import { firstRead } from '../../../src/ui/popup/first-read';
import { claim } from './claims-fixture';

describe('what the popup reads before its first render', () => {
  beforeEach(() => fakeBrowser.reset());

  it('with ?tab=ID: that tab and the claims stored for it', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.test/a' });
    await setFrameResult(tab.id!, 0, { url: 'https://news.test/a', status: 'done', claims: [claim('conflicting'), claim('mixed')] });
    const start = await firstRead(`?tab=${tab.id}`);
    expect(start.tab).toMatchObject({ id: tab.id, url: 'https://news.test/a' });
    expect(start.view?.claims.map((c) => c.verdict)).toEqual(['conflicting', 'mixed']);
    expect(start.hasAccess).toBe(true);
  });

  it('a tab that is gone: no tab and no claims, and the stored settings', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: false });
    const start = await firstRead('?tab=4242');
    expect(start).toMatchObject({ tab: null, view: null });
    expect(start.settings.enabled).toBe(false);
  });

  it('repairs settings stored half-written instead of failing', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'yes', disabledSites: 'x' } });
    const start = await firstRead('?tab=1');
    expect(start.settings).toEqual(DEFAULT_SETTINGS);
  });
});
