import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { packNamesItem } from '../../src/facts/pack-names';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsItem } from '../../src/settings';
import { readItems } from '../../src/stored-item';

describe('readItems', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads several items in one storage read, each as its own read gives it', async () => {
    const settings = { ...DEFAULT_SETTINGS, sensitivity: 'strict' as const };
    await fakeBrowser.storage.local.set({ settings, settings$: { v: SETTINGS_VERSION }, packNames: '\\bcontoso', packNames$: { v: 1 } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const [s, names] = await readItems(settingsItem, packNamesItem);
    expect(get).toHaveBeenCalledTimes(1);
    expect(s).toEqual(await settingsItem.read());
    expect(s.value.sensitivity).toBe('strict');
    expect(names.value).toBe('\\bcontoso');
  });

  it('gives each item its fallback when nothing is stored, and says why when a value is not usable', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: true }, settings$: { v: SETTINGS_VERSION + 1 } });
    const [s, names] = await readItems(settingsItem, packNamesItem);
    expect(s).toEqual({ value: DEFAULT_SETTINGS, problem: 'newer' });
    expect(names).toEqual({ value: null, problem: null });
  });
});
