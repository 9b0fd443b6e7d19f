import { timed } from '../src/page/bench-marks';
import { runClaimLens } from '../src/page/main';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      timed(() => runClaimLens(ctx), 'script');
    } catch {
      // Never into the page's console.
    }
  },
});
