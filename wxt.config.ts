import { defineConfig } from 'wxt';

// Firefox gets Manifest V3 too: one manifest shape for both browsers (Firefox runs the MV3 background as an
// event page, not a service worker). Firefox 140 (ESR) is the floor: it brings the CSS Custom Highlight API
// (the highlights) and `data_collection_permissions`; `storage.session` came in 115. Chrome 105 brings the
// Highlight API (`storage.session` came in 102).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // `npm run zip`: the sources archive (for Firefox Add-ons review) holds what a reviewer needs to build.
  zip: { excludeSources: ['demo-output/**', 'test-output/**', '**/*.tmp.*', '**/*.log', 'coverage/**'] },
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
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
