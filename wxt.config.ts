import { defineConfig } from 'wxt';

// Firefox gets Manifest V3 too: one manifest shape for both browsers, and Firefox ≥ 128 (ESR) supports
// MV3 service-worker-less background scripts, `storage.session` and the CSS Custom Highlight API (≥ 140).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    // UI strings: assets/_locales/<lang>/messages.json (a translation is data only).
    default_locale: 'en',
    description: 'Checks claims about the Microsoft–OpenAI partnership as you read, against the sources it bundles.',
    permissions: ['storage', 'tabs'],
    action: { default_title: 'ClaimLens' },
    // Step through the page's claims from the keyboard (relayed by src/background/commands.ts).
    commands: {
      'next-claim': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Go to the next claim on the page' },
      'previous-claim': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Go to the previous claim on the page' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'claimlens@claimlens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
