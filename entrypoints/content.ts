// First: bench builds time the script from this module's evaluation (src/page/bench-marks.ts).
import { timed } from '../src/page/bench-marks';
import { PageLifetime } from '../src/page/lifetime';
import { runClaimLens } from '../src/page/main';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Frames without a URL of their own (srcdoc, about:blank filled by the page) are read like other frames
  // of their origin.
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // WXT's context (which a page can stop, and which posts the extension's id to the page) is replaced by
  // an inert one in this build (wxt.config.ts); ClaimLens lives by its own PageLifetime.
  noScriptStartedPostMessage: true,
  main() {
    try {
      timed(() => runClaimLens(new PageLifetime()), 'script', true);
    } catch {
      // Never into the page's console.
    }
  },
});
