/**
 * The one way the e2e tests write the reader's settings into the extension's storage: a whole settings
 * value (the defaults, then what the test sets) under this build's settings version, so no migration
 * reads it as an older value (a v2 value that highlights every verdict would read as the calm default).
 */
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../src/settings';
import type { TestPage } from './harness';

interface StorageApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
}

export interface StoredSettingsOptions {
  /** Start from what is stored (else from the defaults). */
  overStored?: boolean;
  /** The version to store it under (a newer one: settings this build cannot read). */
  version?: number;
}

/** Writes settings from an extension page (`page`: popup, options…); the extension's parts see it at once. */
export async function setStoredSettings(page: TestPage, settings: Partial<Settings>, options: StoredSettingsOptions = {}): Promise<void> {
  await page.evaluate(
    async ({ settings, defaults, overStored, version }) => {
      const api = (globalThis as unknown as { chrome: StorageApi }).chrome;
      const stored = overStored ? (((await api.storage.local.get('settings')).settings ?? {}) as object) : {};
      await api.storage.local.set({ settings: { ...defaults, ...stored, ...settings }, settings$: { v: version } });
    },
    { settings, defaults: DEFAULT_SETTINGS, overStored: options.overStored ?? false, version: options.version ?? SETTINGS_VERSION },
  );
}
