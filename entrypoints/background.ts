export default defineBackground(() => {
  // Filled in by the background feature (per-tab results, badge).
});
