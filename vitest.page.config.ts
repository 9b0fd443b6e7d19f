import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM } from './src/cli/browsers.ts';

// The page layer (src/page) in a real browser, without building the extension: Debian's Chromium, driven by
// playwright (which never downloads a browser of its own here). Each test file gets a real document.
export default defineConfig({
  test: {
    include: ['tests/page/**/*.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: CHROMIUM } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
