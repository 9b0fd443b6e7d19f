/**
 * What the reader chose: the extension's settings, kept in
 * `storage.local` through WXT storage items (versioned, with migrations), shared by the content
 * script, the background, the popup and the options page. Every part reads them through
 * `readSettings` and follows them through `watchSettings`, so a change applies live and a stored value
 * that is partial, older or hand-edited is always taken field by field, never used raw.
 */
import { NEEDS_ATTENTION } from './attention';
import { VERDICTS, type Verdict } from './engine/claim';
import { defineStoredItem, type ItemRead } from './stored-item';

export const SENSITIVITIES = ['strict', 'balanced', 'broad'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export interface Settings {
  /** Master switch: off means no page is scanned. */
  enabled: boolean;
  /** Hostnames (lower case) where ClaimLens is turned off; a name also covers its subdomains. */
  disabledSites: string[];
  /** Which verdicts get a highlight on the page (the popup always lists every claim). */
  highlightVerdicts: Verdict[];
  /** How loosely a sentence may word a fact and still be matched (passed to the engine). */
  sensitivity: Sensitivity;
  highlightStyle: HighlightStyle;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  // Calm pages: only what needs attention (disputed, sources disagree) is highlighted until the reader chooses more.
  highlightVerdicts: [...NEEDS_ATTENTION],
  sensitivity: 'balanced',
  highlightStyle: 'underline',
};

/** The settings version this build writes. Bump it and add a migration when `Settings` changes shape. */
export const SETTINGS_VERSION = 3;

/**
 * Migrations from older stored settings, keyed by the version they produce.
 * v1 is anything stored without a version (WXT reads a value with no version as v1: raw
 * `storage.local` writes, pre-release builds): it may lack fields or carry URLs instead of
 * hostnames, so v2 repairs it field by field and keeps whatever is valid. v3 brings the calm default
 * to readers who never chose which verdicts to highlight.
 */
export const settingsMigrations: Record<number, (old: unknown) => unknown> = {
  2: (old) => normalizeSettings(old),
  // (What is not settings at all stays so: the reader says it could not read it.)
  3: (old) => (old && typeof old === 'object' && !Array.isArray(old) ? calmIfNeverChosen(normalizeSettings(old)) : old),
};

/**
 * The verdicts highlighted by default up to settings v2: every verdict (`outdated` came later, so a v2
 * value lists four or all five).
 */
const V2_DEFAULT_VERDICTS: readonly Verdict[] = ['corroborated', 'conflicting', 'mixed', 'unverified'];

/**
 * v3: pages are calm by default (only what needs attention is highlighted). A reader whose v2 settings
 * still highlight every verdict never chose (the options could not tell a choice of "all" from the old
 * default): they get the calm default. A reader who chose other verdicts keeps them, and every other
 * setting stays as it was.
 */
function calmIfNeverChosen(settings: Settings): Settings {
  const chosen = new Set(settings.highlightVerdicts);
  return V2_DEFAULT_VERDICTS.every((v) => chosen.has(v))
    ? { ...settings, highlightVerdicts: [...DEFAULT_SETTINGS.highlightVerdicts] }
    : settings;
}

export const settingsItem = defineStoredItem<Settings>('settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
  accept: (raw) => (raw && typeof raw === 'object' && !Array.isArray(raw) ? normalizeSettings(raw) : null),
});

/**
 * The settings as stored, repaired: valid fields kept, missing or invalid ones from the defaults; the
 * defaults when what is stored was written by a newer ClaimLens or is not settings at all (it is left as
 * it is: see `src/stored-item.ts`).
 */
export async function readSettings(): Promise<Settings> {
  return settingsItem.getValue();
}

/** The settings, and why the stored ones could not be used if they could not (the options page says so). */
export function readSettingsWithProblem(): Promise<ItemRead<Settings>> {
  return settingsItem.read();
}

/** The same as `readSettings` (one storage read: the value and its version together). For the popup. */
export async function readSettingsOnce(): Promise<Settings> {
  return settingsItem.getValue();
}

/** Calls `onChange` with the repaired settings whenever they change. Returns unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((next) => onChange(next));
}

/** Any stored value → valid settings: valid fields kept, missing or invalid ones from the defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const verdicts = Array.isArray(o.highlightVerdicts)
    ? VERDICTS.filter((v) => (o.highlightVerdicts as unknown[]).includes(v))
    : DEFAULT_SETTINGS.highlightVerdicts;
  const sites = Array.isArray(o.disabledSites)
    ? o.disabledSites.flatMap((s) => {
        const host = typeof s === 'string' ? siteOf(s) : null;
        return host ? [host] : [];
      })
    : [];
  return {
    enabled: typeof o.enabled === 'boolean' ? o.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: [...new Set(sites)],
    highlightVerdicts: [...verdicts],
    sensitivity: SENSITIVITIES.includes(o.sensitivity as Sensitivity) ? (o.sensitivity as Sensitivity) : DEFAULT_SETTINGS.sensitivity,
    highlightStyle: HIGHLIGHT_STYLES.includes(o.highlightStyle as HighlightStyle)
      ? (o.highlightStyle as HighlightStyle)
      : DEFAULT_SETTINGS.highlightStyle,
  };
}

/**
 * The site (lower-case hostname) of a URL or of what a reader typed ("example.com",
 * "https://www.example.com/a"); null when there is none (about:blank, garbage).
 */
export function siteOf(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const host = new URL(withScheme).hostname.toLowerCase().replace(/\.$/, '');
    return host || null;
  } catch {
    return null;
  }
}

/** The entry of `disabledSites` that turns the URL's site off (the host itself or a parent domain). */
export function disablingSite(settings: Settings, url: string): string | null {
  // (Most readers turn no site off: then no URL is parsed, on every page.)
  if (settings.disabledSites.length === 0) return null;
  const host = siteOf(url);
  if (!host) return null;
  return settings.disabledSites.find((s) => host === s || host.endsWith(`.${s}`)) ?? null;
}

/** Should ClaimLens scan this page? False when off globally or for the URL's site (or a parent domain). */
export function isSiteEnabled(settings: Settings, url: string): boolean {
  return settings.enabled && disablingSite(settings, url) === null;
}

/**
 * Settings with the URL's site turned on or off. Turning on removes the host and every parent domain
 * that covered it, so the page really scans again.
 */
export function withSiteEnabled(settings: Settings, url: string, enabled: boolean): Settings {
  const host = siteOf(url);
  if (!host) return settings;
  const covers = (s: string) => host === s || host.endsWith(`.${s}`);
  const disabledSites = enabled
    ? settings.disabledSites.filter((s) => !covers(s))
    : settings.disabledSites.some(covers)
      ? settings.disabledSites
      : [...settings.disabledSites, host];
  return { ...settings, disabledSites };
}

/** Turn the URL's site on or off in storage. */
export async function setSiteEnabled(url: string, enabled: boolean): Promise<Settings> {
  const next = withSiteEnabled(await readSettings(), url, enabled);
  await settingsItem.setValue(next);
  return next;
}
