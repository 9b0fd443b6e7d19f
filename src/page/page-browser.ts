/**
 * The extension's API in the content script, without the webextension-polyfill: the build gives the content
 * script this module for `wxt/browser` (wxt.config.ts). The polyfill was a fifth of the script (10 KB of its
 * 49 KB, compiled on every page and kept in the page's heap with the script's source) for nothing in either
 * browser the script runs in: Chromium's own `chrome` returns promises for every call the script makes (MV3),
 * and Firefox has its own `browser`. A message is answered through `sendResponse` (./message-listener.ts), the
 * form both browsers have always taken.
 */
import type { Browser } from '@wxt-dev/browser';

type Api = typeof import('@wxt-dev/browser').browser;

export const browser: Api = (
  import.meta.env.FIREFOX ? (globalThis as { browser?: Api }).browser : (globalThis as { chrome?: Api }).chrome
)!;
export type { Browser };
