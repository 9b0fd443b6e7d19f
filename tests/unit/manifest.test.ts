/** The manifest is localised: what the browser shows of ClaimLens comes from messages.json, in both builds. */
import { describe, expect, it } from 'vitest';
import en from '../../assets/_locales/en/messages.json';
import config from '../../wxt.config';

type Manifest = Record<string, unknown> & { commands?: Record<string, { description?: string }>; action?: { default_title?: string } };
const manifestFor = (browser: string) => (config.manifest as (env: { browser: string }) => Manifest)({ browser });
const hook = (config.hooks as Record<string, (wxt: unknown, manifest: Manifest) => void>)['build:manifestGenerated']!;

describe.each(['chrome', 'firefox'])('the %s manifest', (browser) => {
  const manifest = manifestFor(browser);
  hook({}, manifest);

  it('names, describes, titles and lists its commands as __MSG_…__ with English as the default', () => {
    expect(manifest.default_locale).toBe('en');
    const shown = [
      manifest.name,
      manifest.description,
      manifest.action?.default_title,
      ...Object.values(manifest.commands ?? {}).map((c) => c.description),
    ];
    expect(shown).toHaveLength(6);
    for (const text of shown) expect(text).toMatch(/^__MSG_\w+__$/);
  });

  it('every __MSG_…__ it uses is in messages.json, and the toolbar tooltip is not the popup’s page title', () => {
    const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    const messages = en as Record<string, { message: string }>;
    expect(used.filter((key) => !messages[key]?.message)).toEqual([]);
    expect(messages[manifest.action!.default_title!.slice(6, -2)]!.message).toBe('ClaimLens');
  });
});
