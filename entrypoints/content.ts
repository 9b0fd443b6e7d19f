export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  main() {
    // Filled in by the page pipeline.
  },
});
