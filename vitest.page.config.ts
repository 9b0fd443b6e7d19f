import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM } from './src/cli/browsers.ts';

// The page layer (src/page) in a real browser, without building the extension: Debian's Chromium, driven by
// playwright (which never downloads a browser of its own here). Each test file gets a real document.
export default defineConfig({
  // The card's dependencies, bundled up front: found mid-run, Vite would reload the test page.
  optimizeDeps: {
    include: ['preact', 'preact/hooks', 'preact/jsx-dev-runtime', 'wxt/browser', 'wxt/testing/fake-browser', 'wxt/utils/storage'],
  },
  test: {
    include: ['tests/page/**/*.test.ts'],
    setupFiles: ['tests/page/setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: CHROMIUM } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
