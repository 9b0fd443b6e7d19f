import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  normalizeSettings,
  readSettings,
  readSettingsOnce,
  readSettingsWithProblem,
  setSiteEnabled,
  SETTINGS_VERSION,
  settingsItem,
  siteOf,
  watchSettings,
  withSiteEnabled,
} from '../../../src/settings';

/** A value stored under the current version but written by hand or half-written: no migration repairs it. */
const HAND_EDITED = { enabled: 'no', disabledSites: 'ft.com', highlightVerdicts: ['conflicting', 'wrong'], highlightStyle: 'bold' };

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs settings stored without a version: keeps valid fields, fills missing ones, hostnames only', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, disabledSites: ['https://WWW.Example.com/news', 'bad site!!', 'ft.com'], sensitivity: 'loose' },
    });
    expect(await settingsItem.getValue()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['www.example.com', 'ft.com'],
    });
    // Migrated as it is read; only a change the reader makes writes.
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({});
  });

  it('reads a hand-edited value of the current version repaired: wrong types and unknown values from the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: HAND_EDITED, settings$: { v: SETTINGS_VERSION } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, highlightVerdicts: ['conflicting'] });
  });

  it('the one-read path gives what the storage item gives: nothing stored, an old value, a hand edit, current', async () => {
    const cases: Record<string, unknown>[] = [
      {},
      { settings: { enabled: false, disabledSites: ['https://WWW.Example.com/news', 'ft.com'], sensitivity: 'loose' } },
      { settings: HAND_EDITED, settings$: { v: SETTINGS_VERSION } },
      { settings: { ...DEFAULT_SETTINGS, highlightStyle: 'background', disabledSites: ['ft.com'] }, settings$: { v: SETTINGS_VERSION } },
    ];
    for (const stored of cases) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set(stored);
      const once = await readSettingsOnce();
      expect(once).toEqual(await readSettings());
    }
    expect(await readSettingsOnce()).toMatchObject({ highlightStyle: 'background', disabledSites: ['ft.com'] });
  });

  it('watchers get the repaired settings when a partial value is written', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ settings: { enabled: false } });
    await vi.waitFor(() => expect(seen).toEqual([{ ...DEFAULT_SETTINGS, enabled: false }]));
    unwatch();
  });

  it('reads settings written by a newer ClaimLens as the defaults, says so, keeps them and logs nothing', async () => {
    const newer = { settings: { ...DEFAULT_SETTINGS, enabled: false, theme: 'sepia' }, settings$: { v: SETTINGS_VERSION + 1 } };
    await fakeBrowser.storage.local.set(newer);
    const logged = (['error', 'warn', 'log', 'info', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    try {
      expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
      expect(await readSettingsOnce()).toEqual(DEFAULT_SETTINGS);
      expect(await readSettingsWithProblem()).toEqual({ value: DEFAULT_SETTINGS, problem: 'newer' });
      expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual(newer);
      for (const spy of logged) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of logged) spy.mockRestore();
    }
  });

  it('reads settings that are not settings at all as the defaults, and says it could not read them', async () => {
    for (const value of ['on', 42, ['enabled']]) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ settings: value, settings$: { v: SETTINGS_VERSION } });
      expect(await readSettingsWithProblem()).toEqual({ value: DEFAULT_SETTINGS, problem: 'unreadable' });
      expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(value);
    }
  });

  it('turning a site off works on top of a hand-edited value and writes valid settings', async () => {
    await fakeBrowser.storage.local.set({ settings: HAND_EDITED, settings$: { v: SETTINGS_VERSION } });
    await setSiteEnabled('https://ft.com/a', false);
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, highlightVerdicts: ['conflicting'], disabledSites: ['ft.com'] });
  });

  it('drops unknown verdicts from highlightVerdicts', () => {
    expect(normalizeSettings({ highlightVerdicts: ['conflicting', 'bogus'] }).highlightVerdicts).toEqual(['conflicting']);
  });

  it('turns a page off when its site or a parent domain is listed, or when off globally', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteEnabled(s, 'https://example.com/a')).toBe(false);
    expect(isSiteEnabled(s, 'https://news.example.com/a')).toBe(false);
    expect(isSiteEnabled(s, 'https://notexample.com/a')).toBe(true);
    expect(isSiteEnabled({ ...DEFAULT_SETTINGS, enabled: false }, 'https://ft.com/')).toBe(false);
  });

  it('turning a site back on removes the parent domain that covered it', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'ft.com'] };
    expect(withSiteEnabled(s, 'https://news.example.com/x', true).disabledSites).toEqual(['ft.com']);
  });

  it('siteOf reads hostnames from URLs and typed names, null for none', () => {
    expect(siteOf('Example.COM')).toBe('example.com');
    expect(siteOf('http://127.0.0.1:8080/p')).toBe('127.0.0.1');
    expect(siteOf('about:blank')).toBeNull();
    expect(siteOf('  ')).toBeNull();
  });

  it('setSiteEnabled turns a site off and on in storage and watchers see it', async () => {
    const seen: string[][] = [];
    const unwatch = settingsItem.watch((v) => seen.push(v.disabledSites));
    await setSiteEnabled('https://ft.com/a', false);
    expect((await settingsItem.getValue()).disabledSites).toEqual(['ft.com']);
    await setSiteEnabled('https://ft.com/b', true);
    expect((await settingsItem.getValue()).disabledSites).toEqual([]);
    unwatch();
    expect(seen).toEqual([['ft.com'], []]);
  });
});

describe('settings v3: calm pages for readers who never chose', () => {
  beforeEach(() => fakeBrowser.reset());
  const V2_DEFAULTS = {
    enabled: true,
    disabledSites: [],
    highlightVerdicts: ['corroborated', 'conflicting', 'mixed', 'unverified'],
    sensitivity: 'balanced',
    highlightStyle: 'underline',
  };
  const CALM = ['conflicting', 'mixed'];

  it('is the version this build writes', () => {
    expect(SETTINGS_VERSION).toBe(3);
    expect(DEFAULT_SETTINGS.highlightVerdicts).toEqual(CALM);
  });

  it('a stored v2 value with the old default (every verdict) reads as the calm default; its other settings stay', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...V2_DEFAULTS, disabledSites: ['ft.com'], highlightStyle: 'background', sensitivity: 'strict' },
      settings$: { v: 2 },
    });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      highlightVerdicts: CALM,
      disabledSites: ['ft.com'],
      highlightStyle: 'background',
      sensitivity: 'strict',
    });
    expect(await readSettingsOnce()).toEqual(await readSettings());
  });

  it('also when the v2 value lists outdated too, in any order', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...V2_DEFAULTS, highlightVerdicts: ['unverified', 'outdated', 'mixed', 'conflicting', 'corroborated'] },
      settings$: { v: 2 },
    });
    expect((await readSettings()).highlightVerdicts).toEqual(CALM);
  });

  it('a reader who chose other verdicts under v2 keeps them (fewer, or none at all)', async () => {
    for (const chosen of [['conflicting'], ['corroborated', 'conflicting'], ['conflicting', 'mixed', 'unverified'], []]) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ settings: { ...V2_DEFAULTS, highlightVerdicts: chosen }, settings$: { v: 2 } });
      expect((await readSettings()).highlightVerdicts).toEqual(chosen);
    }
  });

  it('settings stored without a version that list every verdict get the calm default too (v1 → v2 → v3)', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false, highlightVerdicts: V2_DEFAULTS.highlightVerdicts } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('a v3 value is what the reader chose: every verdict stays every verdict', async () => {
    const all = ['corroborated', 'conflicting', 'mixed', 'outdated', 'unverified'];
    await fakeBrowser.storage.local.set({ settings: { ...V2_DEFAULTS, highlightVerdicts: all }, settings$: { v: 3 } });
    expect((await readSettings()).highlightVerdicts).toEqual(all);
  });

  it('migrates as it reads and writes nothing', async () => {
    const stored = { settings: V2_DEFAULTS, settings$: { v: 2 } };
    await fakeBrowser.storage.local.set(stored);
    await readSettings();
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual(stored);
  });
});
