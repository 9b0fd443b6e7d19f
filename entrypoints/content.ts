import { runClaimLens } from '../src/page/main';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      runClaimLens(ctx);
    } catch {
      // Never into the page's console.
    }
  },
});
