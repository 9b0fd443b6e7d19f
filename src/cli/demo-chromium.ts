/**
 * Debian's Chromium with the built extension loaded (playwright-core drives it; nothing is downloaded).
 * Used by the demo and by the end-to-end tests.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM } from './browsers';

export interface ChromiumWithExtension {
  context: BrowserContext;
  /** `chrome-extension://<id>/` */
  extensionBase: string;
}

export async function launchChromiumWithExtension(options: {
  extensionDir: string;
  headless: boolean;
  viewport?: { width: number; height: number } | null;
  /** What pages see as the system's colour scheme (`prefers-color-scheme`); unset: the browser's own. */
  colorScheme?: 'light' | 'dark';
}): Promise<ChromiumWithExtension> {
  const dir = options.extensionDir;
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: options.headless,
    viewport: options.viewport === undefined ? { width: 1200, height: 900 } : options.viewport,
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    // Playwright turns the back/forward cache off; readers have it on, so ClaimLens runs with it on here too.
    // A visible window for a person: no "controlled by automated test software" bar either.
    ignoreDefaultArgs: ['--disable-back-forward-cache', ...(options.headless ? [] : ['--enable-automation'])],
    args: [
      // Chromium refuses to start as root with its sandbox on.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      // Without these Chromium keeps calling Google's servers, which a closed network refuses noisily.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    return { context, extensionBase: `chrome-extension://${new URL(worker.url()).host}/` };
  } catch (error) {
    await context.close();
    throw new Error(`The extension's background did not start in Chromium: ${String(error)}`);
  }
}
