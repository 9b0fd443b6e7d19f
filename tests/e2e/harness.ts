/**
 * End-to-end harness: the built extension in real headless Chromium (playwright-core, --load-extension)
 * and real headless Firefox ESR (puppeteer-core over WebDriver BiDi, installed as a temporary add-on),
 * with the same small API in both, and tests/fixtures/ served on 127.0.0.1.
 *
 *   const b = await launch('firefox');
 *   const page = await b.newPage('skeleton.html');          // a fixture page, in its own window
 *   const tabId = await b.tabIdOf(page);
 *   const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`);
 *   await b.badgeText(tabId);
 *   await b.close();
 *
 * Run `npm run build` first (`npm run test:e2e` does). Browsers are Debian's: /usr/bin/chromium and
 * /usr/bin/firefox-esr; nothing is ever downloaded. Set CLAIMLENS_HEADED=1 to watch (needs a display).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page as PwPage, Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { FIREFOX } from '../../src/cli/browsers';
import { launchChromiumWithExtension } from '../../src/cli/demo-chromium';
import { serveDirectory, type StaticServer } from '../../src/cli/demo-server';
import type { Message, TabResult } from '../../src/messages';

export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = resolve(ROOT, 'tests/fixtures');
/** Where tests leave pictures of what users see (gitignored): `test-output/<name>.png`. */
export function screenshotPath(name: string): string {
  const dir = resolve(ROOT, 'test-output');
  mkdirSync(dir, { recursive: true });
  return resolve(dir, `${name}.png`);
}
const GECKO_ID = 'claimlens@claimlens.dev';
/** Fixed so that moz-extension:// URLs are known before the add-on is installed. */
const FIREFOX_UUID = '3f6b8a52-6c1e-4d2b-9a57-c1a1e0d5b7aa';
const HEADLESS = !process.env.CLAIMLENS_HEADED;

/**
 * When a navigation counts as done: `load` (the default) once the document and everything in it loaded;
 * `commit` as soon as the new document exists, while its response may still be arriving (a page that is
 * still loading: see `StaticServer.hold`).
 */
export interface GotoOptions {
  waitUntil?: 'load' | 'commit';
}

/** A rectangle of the viewport in CSS pixels. */
export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A tab, with the few calls tests need, the same in both browsers. */
export interface TestPage {
  url(): string;
  goto(url: string, options?: GotoOptions): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluates an expression given as source text (a library's code, e.g. axe-core) and resolves to its (awaited) value. */
  evaluateSource<R>(expression: string): Promise<R>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  /** Waits until `fn(arg)` returns something truthy (polled every 100 ms). */
  waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Moves the real mouse to viewport coordinates (CSS pixels). */
  mouseMove(x: number, y: number): Promise<void>;
  /** A key name as both drivers know it: 'Tab', 'Escape', 'Enter', 'ArrowDown'… */
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Resizes the viewport (CSS pixels): 390 × 844 is a phone, 1280 × 900 a laptop. */
  setViewport(width: number, height: number): Promise<void>;
  /** A PNG of this part of the viewport (CSS pixels from its top-left corner), as the reader sees it now. */
  screenshotClip(clip: Clip): Promise<Uint8Array>;
  title(): Promise<string>;
  /** textContent of the first element matching `selector` (default: body), or null if none. */
  text(selector?: string): Promise<string | null>;
  /**
   * Console errors and uncaught exceptions seen in this page so far, the content script's included (both
   * browsers report its isolated world with the page). Extension pages in Firefox report nothing here: see
   * `ExtensionBrowser.extensionErrors()`.
   */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionBase: string;
  server: StaticServer;
  /** Opens a fixture page (path relative to tests/fixtures/, or an absolute http URL) in a new tab. */
  newPage(pathOrUrl: string, options?: GotoOptions): Promise<TestPage>;
  /** Opens an extension page as a tab, e.g. `popup.html?tab=12`, once its document has loaded. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** The extension's id of the tab showing `page`. */
  tabIdOf(page: TestPage): Promise<number>;
  /**
   * Opens the real toolbar popup on `page`'s tab, as a click on ClaimLens's toolbar button does: the tab is
   * made active and its window focused, then `action.openPopup()` (an open popup is closed first). Read it
   * with `inToolbarPopup`. Resolves to the time (ms since the epoch) `openPopup()` was called.
   */
  openToolbarPopup(page: TestPage): Promise<number>;
  /**
   * Runs `fn` on the open toolbar popup's document and returns its result (plain data). `fn` is sent as
   * source text: it must be self-contained. The popup is reached from an extension page through
   * `extension.getViews`, since neither driver shows a popup as a page.
   */
  inToolbarPopup<R, A = null>(fn: (doc: Document, arg: A) => R, arg?: A): Promise<R>;
  /** The toolbar badge text of a tab, as the extension set it. */
  badgeText(tabId: number): Promise<string>;
  /**
   * The background's results for a tab (the `get-result` message), once the page's scan has finished
   * (status no longer `scanning`); null if none arrived within `timeoutMs`.
   */
  tabResult(tabId: number, timeoutMs?: number): Promise<TabResult | null>;
  /**
   * Errors thrown or console.error'd by the extension so far: its pages and background in Chromium; in
   * Firefox every uncaught error from moz-extension:// code (pages, background, content scripts) plus every
   * console.error of any web content (fixture pages never log, so these are the extension's too).
   */
  extensionErrors(): string[];
  close(): Promise<void>;
}

export function extensionDir(name: BrowserName): string {
  const dir = resolve(ROOT, '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  return dir;
}

export interface LaunchOptions {
  /**
   * The reader's system colour scheme as pages see it (`prefers-color-scheme`), for every page of the
   * browser, extension pages included. Unset: the browser's default (light when headless).
   */
  colorScheme?: 'light' | 'dark';
  /** Load the extension from this directory instead of the build in `.output/` (benchmarks add pages to a copy). */
  extensionDir?: string;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const server = await serveDirectory(FIXTURES);
  try {
    return name === 'chromium' ? await launchChromium(server, options) : await launchFirefox(server, options);
  } catch (error) {
    await server.close();
    throw error;
  }
}

// ——— Chromium (playwright-core) ———

async function launchChromium(server: StaticServer, options: LaunchOptions): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? extensionDir('chromium');
  const { context, extensionBase } = await launchChromiumWithExtension({
    extensionDir: dir,
    headless: HEADLESS,
    colorScheme: options.colorScheme,
  });
  try {
    const errors: string[] = [];
    const watchWorker = (w: Worker) =>
      w.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${w.url()}: ${message.text()}`);
      });
    context.serviceWorkers().forEach(watchWorker);
    context.on('serviceworker', watchWorker);
    context.on('console', (message) => {
      const url = message.page()?.url() ?? '';
      if (message.type() === 'error' && url.startsWith(extensionBase)) errors.push(`${url}: ${message.text()}`);
    });
    context.on('weberror', (error) => {
      const url = error.page()?.url() ?? '';
      if (url.startsWith(extensionBase)) errors.push(`${url}: ${String(error.error())}`);
    });
    const open = async (url: string, options?: GotoOptions): Promise<TestPage> => {
      const page = wrapPlaywright(await context.newPage());
      await page.goto(url, options);
      return page;
    };
    return withControl({
      name: 'chromium',
      extensionBase,
      server,
      newPage: (pathOrUrl, options) => open(resolveUrl(server, pathOrUrl), options),
      openExtensionPage: (path) => open(extensionBase + path.replace(/^\/+/, '')),
      extensionErrors: () => [...errors],
      close: async () => {
        await context.close();
        await server.close();
      },
    });
  } catch (error) {
    await context.close();
    throw error;
  }
}

function wrapPlaywright(page: PwPage): TestPage {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    errors,
    url: () => page.url(),
    goto: async (url, options) => {
      await page.goto(url, { waitUntil: options?.waitUntil ?? 'load' });
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    evaluateSource: <R>(expression: string) => page.evaluate(expression) as Promise<R>,
    waitForSelector: async (selector, timeoutMs = 10_000) => {
      await page.waitForSelector(selector, { timeout: timeoutMs, state: 'attached' });
    },
    waitForFunction: async <A>(fn: (arg: A) => unknown, arg?: A, timeoutMs = 10_000) => {
      await page.waitForFunction(fn as never, arg as never, { timeout: timeoutMs, polling: 100 });
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshotClip: async (clip) => new Uint8Array(await page.screenshot({ clip, type: 'png' })),
    title: () => page.title(),
    text: (selector = 'body') => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector),
    close: () => page.close(),
  };
}

// ——— Firefox ESR (puppeteer-core, WebDriver BiDi) ———

async function launchFirefox(server: StaticServer, options: LaunchOptions): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? extensionDir('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: HEADLESS,
    defaultViewport: { width: 1200, height: 900 },
    // Lets WebDriver BiDi drive moz-extension:// documents (the popup, options and Facts pages).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Web content's console output goes to stdout, where the harness reads console.error lines.
      'devtools.console.stdout.content': true,
      // The system's light or dark setting, which web pages and extension pages alike follow.
      ...(options.colorScheme ? { 'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0 } : {}),
    },
  });
  try {
    const extensionBase = `moz-extension://${FIREFOX_UUID}/`;
    // BiDi reports nothing from moz-extension:// documents, so errors are read from Firefox's own output.
    const errors: string[] = [];
    const child = browser.process();
    for (const stream of [child?.stdout, child?.stderr]) {
      let rest = '';
      stream?.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          if (line.startsWith(`JavaScript error: ${extensionBase}`) || line.startsWith('console.error: ')) errors.push(line);
        }
      });
    }
    await browser.installExtension(dir);
    return withControl({
      name: 'firefox',
      extensionBase,
      server,
      newPage: async (pathOrUrl, options) => {
        const page = await newFirefoxPage(browser);
        await page.goto(resolveUrl(server, pathOrUrl), options);
        return page;
      },
      openExtensionPage: async (path) => {
        const page = await newFirefoxPage(browser);
        await page.goto(extensionBase + path.replace(/^\/+/, ''));
        return page;
      },
      extensionErrors: () => [...errors],
      close: async () => {
        await browser.close();
        await server.close();
      },
    });
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Each page gets its own window: Firefox hides (and stops animation frames in) every tab but the selected
 * one of a window, which would stall a content script that batches its work on animation frames.
 */
async function newFirefoxPage(browser: PpBrowser): Promise<TestPage> {
  return wrapPuppeteer(await browser.newPage({ type: 'window' }));
}

function wrapPuppeteer(page: PpPage): TestPage {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const waitForFunction = async <A>(fn: (arg: A) => unknown, arg?: A, timeoutMs = 10_000) => {
    await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 100 }, arg as never);
  };
  /** Starts a navigation without waiting for it, then waits until the document at `url` exists (or has loaded). */
  const startAndWait = async (url: string, loaded: boolean) => {
    page.goto(url).catch(() => {});
    const deadline = Date.now() + 15_000;
    for (;;) {
      const there = await page
        .evaluate((u, l) => location.href === u && (!l || document.readyState === 'complete'), url, loaded)
        .catch(() => false);
      if (there) return;
      if (Date.now() > deadline) throw new Error(`Timed out loading ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  // Puppeteer learns a document's URL only at DOMContentLoaded: until then, the URL a `commit` goto reached.
  let committed: string | null = null;
  page.on('domcontentloaded', () => (committed = null));
  return {
    errors,
    url: () => committed ?? page.url(),
    goto: async (url, options) => {
      committed = null;
      if (options?.waitUntil === 'commit') {
        await startAndWait(url, false);
        if (page.url() !== url) committed = url;
        return;
      }
      // goto() on a moz-extension:// URL never resolves under BiDi (nor on privileged about: pages such
      // as about:debugging): start it, then wait for the document.
      if (/^(moz-extension|about):/.test(url)) return startAndWait(url, true);
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    evaluateSource: <R>(expression: string) => page.evaluate(expression) as Promise<R>,
    waitForSelector: async (selector, timeoutMs = 10_000) => {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    waitForFunction,
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as Parameters<PpPage['keyboard']['press']>[0]),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshotClip: async (clip) => {
      // Puppeteer's clip is in document coordinates (Playwright's in the viewport's).
      const [left, top] = await page.evaluate(() => [scrollX, scrollY]);
      const box = { ...clip, x: clip.x + left!, y: clip.y + top! };
      return new Uint8Array(await page.screenshot({ clip: box, type: 'png', captureBeyondViewport: false }));
    },
    title: () => page.title(),
    text: (selector = 'body') => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector),
    close: () => page.close(),
  };
}

// ——— Both ———

function resolveUrl(server: StaticServer, pathOrUrl: string): string {
  return /^[a-z]+:/i.test(pathOrUrl) ? pathOrUrl : server.url(pathOrUrl);
}

/** The part of the `chrome.*` API (promise-returning in MV3, in both browsers) the harness asks. */
interface ExtensionApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    get(id: number): Promise<{ windowId: number }>;
    update(id: number, change: { active: boolean }): Promise<unknown>;
  };
  windows: { update(id: number, change: { focused: boolean }): Promise<unknown> };
  extension: { getViews(filter: { type: 'popup' }): Window[] };
  action: { getBadgeText(details: { tabId: number }): Promise<string>; openPopup(options: { windowId: number }): Promise<void> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

type Base = Omit<ExtensionBrowser, 'tabIdOf' | 'badgeText' | 'tabResult' | 'openToolbarPopup' | 'inToolbarPopup'>;

/** Adds the calls answered by the extension itself, asked from one of its own pages (kept open). */
function withControl(base: Base): ExtensionBrowser {
  let control: Promise<TestPage> | undefined;
  // A page that does no work of its own: the options page. Its globals include `chrome` (and `browser` in Firefox).
  const ask = async <R, A>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> => {
    control ??= base.openExtensionPage('options.html');
    return (await control).evaluate(fn, arg);
  };
  const self: ExtensionBrowser = {
    ...base,
    openToolbarPopup: async (page) => {
      const tabId = await self.tabIdOf(page);
      return ask(async (id) => {
        const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        // One popup at a time (a headless browser does not close one when focus moves).
        for (const view of api.extension.getViews({ type: 'popup' })) view.close();
        while (api.extension.getViews({ type: 'popup' }).length > 0) await new Promise((r) => setTimeout(r, 20));
        const { windowId } = await api.tabs.get(id);
        await api.tabs.update(id, { active: true });
        await api.windows.update(windowId, { focused: true });
        const asked = performance.timeOrigin + performance.now();
        await api.action.openPopup({ windowId });
        return asked;
      }, tabId);
    },
    inToolbarPopup: async <R, A>(fn: (doc: Document, arg: A) => R, arg?: A) => {
      control ??= base.openExtensionPage('options.html');
      // Source text, evaluated by the driver (not by the page, whose CSP forbids eval).
      const script = `(() => {
        const view = chrome.extension.getViews({ type: 'popup' })[0];
        if (!view) throw new Error('No toolbar popup is open');
        return (${fn.toString()})(view.document, ${JSON.stringify(arg ?? null)});
      })()`;
      return (await control).evaluate(script as never) as Promise<R>;
    },
    tabIdOf: async (page) => {
      const url = page.url();
      const tabs = await ask(async () => {
        const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        return (await api.tabs.query({})).map((tab) => ({ id: tab.id, url: tab.url }));
      }, undefined);
      const found = tabs.filter((tab) => tab.url === url);
      if (found.length !== 1 || found[0]?.id === undefined) {
        throw new Error(`Expected one tab at ${url}, found ${found.length}: ${JSON.stringify(tabs)}`);
      }
      return found[0].id;
    },
    badgeText: (tabId) =>
      ask(async (id) => {
        const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId),
    tabResult: async (tabId, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const message: Message = { type: 'get-result', tabId };
        const result = await ask(async (m) => {
          const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
          return (await api.runtime.sendMessage(m)) as TabResult | null;
        }, message);
        if (result && result.status !== 'scanning') return result;
        if (Date.now() > deadline) return null;
        await new Promise((r) => setTimeout(r, 150));
      }
    },
  };
  return self;
}
