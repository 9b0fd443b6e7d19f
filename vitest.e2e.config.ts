import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium and Firefox (see tests/e2e/harness.ts).
// One file at a time (two browsers per file, 2 cores), generous timeouts for browser start-up.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
