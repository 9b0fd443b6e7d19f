import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { gateSource } from './src/engine/candidate-blocks';
import { COMMAND_KEYS } from './src/keys';

// Firefox gets Manifest V3 too: one manifest shape for both browsers (Firefox runs the MV3 background as an
// event page, not a service worker). Firefox 140 (ESR) is the floor: it brings the CSS Custom Highlight API
// (the highlights) and `data_collection_permissions`; `storage.session` came in 115. Chrome 105 brings the
// Highlight API (`storage.session` came in 102).
/** Modules every extension page needs: kept in one chunk (see the hook below). */
const SHARED_UI =
  /node_modules\/(preact|webextension-polyfill|@wxt-dev|wxt|dequal|async-mutex|superlock)\/|\/src\/(settings|attention|keys|engine\/claim)\.|\/src\/ui\/(Verdict|SourceLine|Switch|i18n|verdict|source-link|source-name|what-sources-say|verdict-reports|copy|command-keys)\.|\/assets\/_locales\/|wxt-html-plugins/;

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets',
  // Benchmarks build their variants elsewhere, leaving .output/ as `npm run build` made it.
  outDir: process.env.CLAIMLENS_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // `npm run zip`: the sources archive (for Firefox Add-ons review) holds what a reviewer needs to build.
  zip: { excludeSources: ['demo-output/**', 'test-output/**', '**/*.tmp.*', '**/*.log', 'coverage/**'] },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: {
      alias: {
        react: 'preact/compat',
        'react-dom': 'preact/compat',
        // WXT's content-script context tells the page the extension's id and stops when the page answers:
        // an inert one stands in (src/page/wxt-context.ts; the content script lives by src/page/lifetime.ts).
        'wxt/utils/content-script-context': fileURLToPath(new URL('./src/page/wxt-context.ts', import.meta.url)),
      },
    },
    // Both browsers' floors support <link rel="modulepreload">: no polyfill for it.
    build: { modulePreload: { polyfill: false } },
    // `npm run bench:page` builds a Firefox variant that times the content script (src/page/bench-marks.ts).
    // The page's gate pattern (src/engine/candidate-blocks.ts), built here once from the vocabulary rather than on every page.
    define: { __CLAIMLENS_BENCH__: JSON.stringify(process.env.CLAIMLENS_BENCH ?? ''), __CLAIMLENS_GATE__: JSON.stringify(gateSource()) },
  }),
  hooks: {
    // The toolbar button's tooltip: WXT takes it from the popup's <title>; it is the manifest's, localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.action = { ...manifest.action, default_title: '__MSG_actionTitle__' };
    },
    // The extension's pages share one chunk of UI code (Preact, the polyfill, storage, the few shared
    // components) instead of several small ones, and the popup has one stylesheet: every file a page loads
    // costs it a few ms, and the popup has ~100 ms to show a page's claims (bench:popup, quiet machine:
    // first paint Chromium 144 -> 132 ms, Firefox 90 -> 83 ms). Only the build of the HTML pages splits code.
    'vite:build:extendConfig': (entrypoints, config) => {
      // In the extension `browser.i18n` has every UI string: the English file that src/ui/i18n.ts falls back
      // on in Node (tests, CLI) is left out of every bundle (2.7 KB of the content script's gzip).
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'claimlens-no-english-fallback',
          enforce: 'pre',
          load: (id: string) => (/\/assets\/_locales\/en\/messages\.json$/.test(id) ? '{}' : null),
        },
      ];
      if (!entrypoints.some((e) => e.type === 'popup')) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) return;
      output.manualChunks = (id: string) => (SHARED_UI.test(id) ? 'ui' : undefined);
    },
  },
  manifest: ({ browser }) => ({
    // UI strings, the manifest's too: assets/_locales/<lang>/messages.json (a translation is data only).
    name: '__MSG_extName__',
    default_locale: 'en',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'tabs'],
    // The page's session and the hover card's UI, imported by the content script when the page first names a party
    // (src/page/session-loader.ts) and when a card is first opened (src/page/card-ui-loader.ts): a dynamic import
    // from a content script fetches as the page, so the files must be web-accessible there.
    // In Chromium its address carries a per-session id (use_dynamic_url), so a page cannot tell that ClaimLens is
    // installed by fetching it at the extension's fixed id; Firefox gives each install its own address already.
    web_accessible_resources: [
      {
        resources: ['page-session.js', 'card-ui.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Step through the page's claims from the keyboard (relayed by src/background/commands.ts).
    commands: {
      'next-claim': { suggested_key: { default: COMMAND_KEYS['next-claim'] }, description: '__MSG_commandNextClaim__' },
      'previous-claim': { suggested_key: { default: COMMAND_KEYS['previous-claim'] }, description: '__MSG_commandPreviousClaim__' },
      'toggle-highlights': {
        suggested_key: { default: COMMAND_KEYS['toggle-highlights'] },
        description: '__MSG_commandToggleHighlights__',
      },
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
