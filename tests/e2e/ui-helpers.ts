/**
 * Helpers of the popup, options and Facts e2e tests: the badge colour, and stopping the extension's
 * background for real (Chromium: the service worker, from chrome://serviceworker-internals; Firefox: the
 * event page, with about:debugging's "Terminate background script").
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scanHtml } from '../../src/cli/scan';
import { FIXTURES, type ExtensionBrowser, type TestPage } from './harness';

/** The verdicts the engine gives a fixture's claims, in page order (what the popup must list). */
export function expectedVerdicts(fixture: string): string[] {
  return scanHtml(readFileSync(resolve(FIXTURES, fixture), 'utf8')).claims.map((c) => c.verdict);
}

/** The part of `chrome.*` (promise-returning in MV3, in both browsers) these helpers ask. */
interface BadgeApi {
  action: { getBadgeBackgroundColor(details: { tabId: number }): Promise<number[]> };
}

/** The badge background colour of a tab as `#rrggbb` (asked from an extension page). */
export async function badgeColor(browser: ExtensionBrowser, tabId: number): Promise<string> {
  const page = await browser.openExtensionPage('options.html');
  try {
    const rgba = await page.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: BadgeApi }).chrome;
      return api.action.getBadgeBackgroundColor({ tabId: id });
    }, tabId);
    return `#${rgba
      .slice(0, 3)
      .map((n: number) => n.toString(16).padStart(2, '0'))
      .join('')}`.toUpperCase();
  } finally {
    await page.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` (self-contained: it runs in the page) until it returns `want`; for privileged pages, where the driver can't inject its own waiting helpers. */
async function pollFor(page: TestPage, read: (arg: string) => string, arg: string, want: string): Promise<void> {
  let last = '';
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(150)) {
    last = await page.evaluate(read, arg).catch(() => '');
    if (last === want) return;
  }
  throw new Error(`Timed out waiting for the background to be ${want} (last seen: "${last}")`);
}

/** Chromium, in chrome://serviceworker-internals: the running status of the extension's worker. */
function workerStatus(base: string): string {
  const el = [...document.querySelectorAll('.serviceworker-registration')].find((r) => (r.textContent ?? '').includes(base));
  return /Running Status:\s*(\w+)/.exec(el?.textContent ?? '')?.[1] ?? '';
}

/** Firefox, in about:debugging: whether the (only) temporary add-on's background script runs. */
function eventPageStatus(): string {
  const item = document.querySelector('.qa-temporary-extension-terminate-bgscript-button')?.closest('li');
  return /Background script\s*(Running|Stopped)/.exec(item?.textContent ?? '')?.[1] ?? '';
}

/** A browser page that watches and stops the extension's background. */
export interface BackgroundControl {
  /** Stop the background and wait until the browser reports it stopped. */
  stop(): Promise<void>;
  /** Whether the background runs now (the next event after `stop` starts it again). */
  running(): Promise<boolean>;
  /** Wait until the browser reports the background running (its status page follows a start a moment later). */
  started(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Chromium: chrome://serviceworker-internals ("Stop" on the extension's worker); Firefox: about:debugging
 * ("Terminate background script" of the event page). Opened once, before stopping: opening a tab is itself
 * an event that would start the background again.
 */
export async function backgroundControl(browser: ExtensionBrowser): Promise<BackgroundControl> {
  const chromium = browser.name === 'chromium';
  const page = await browser.newPage(chromium ? 'chrome://serviceworker-internals/' : 'about:debugging#/runtime/this-firefox');
  const base = browser.extensionBase;
  const [read, up, down] = chromium ? [workerStatus, 'RUNNING', 'STOPPED'] : [eventPageStatus, 'Running', 'Stopped'];
  await pollFor(page, read, base, up);
  return {
    stop: async () => {
      if (chromium) {
        await page.evaluate((b) => {
          const el = [...document.querySelectorAll('.serviceworker-registration')].find((r) => (r.textContent ?? '').includes(b));
          (el?.querySelector('[data-command="stop"]') as HTMLElement | null)?.click();
        }, base);
      } else {
        await page.evaluate(() => (document.querySelector('.qa-temporary-extension-terminate-bgscript-button') as HTMLElement).click());
      }
      await pollFor(page, read, base, down);
    },
    running: async () => (await page.evaluate(read, base)) === up,
    started: () => pollFor(page, read, base, up),
    close: () => page.close(),
  };
}

/** The popup's state message (`data-state`), or null when it lists claims. */
export const popupState = (popup: TestPage) =>
  popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state') ?? null);

/**
 * The verdicts of the claims the popup lists, in page order (the popup shows those needing attention
 * first; each row carries its page index).
 */
export const listedVerdicts = (popup: TestPage) =>
  popup.evaluate(() =>
    [...document.querySelectorAll('[data-claim]')]
      .sort((a, b) => Number(a.getAttribute('data-claim')) - Number(b.getAttribute('data-claim')))
      .map((el) => el.getAttribute('data-verdict')),
  );

/**
 * Waits until the tab's badge shows `want`, as a reader sees it settle (the background sets it just after it
 * stores the results a page or the popup reads first), and fails with what it showed last.
 */
export async function waitForBadge(browser: ExtensionBrowser, tabId: number, want: string): Promise<void> {
  let last = '';
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(100)) {
    last = await browser.badgeText(tabId);
    if (last === want) return;
  }
  throw new Error(`Timed out waiting for the badge to show "${want}" (last seen: "${last}")`);
}

/** What the badge shows for these verdicts: how many need attention (disputed, sources disagree), or nothing. */
export function badgeFor(verdicts: readonly (string | null)[]): string {
  const n = verdicts.filter((v) => v === 'conflicting' || v === 'mixed').length;
  return n === 0 ? '' : String(n);
}

/** Chooses a file in the options page's pack input, as a reader picking it would. */
export function chooseFile(page: TestPage, name: string, text: string) {
  return page.evaluate(
    ({ name, text }) => {
      const input = document.getElementById('pack-file') as HTMLInputElement;
      const files = new DataTransfer();
      files.items.add(new File([text], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, text },
  );
}

/** The part of `chrome.storage` `storedValue` asks. */
interface StorageApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

/** What the extension keeps under `key` in its local storage (null when nothing), read in one of its pages. */
export const storedValue = (page: TestPage, key: string): Promise<unknown> =>
  page.evaluate(async (key) => {
    const api = (globalThis as unknown as { chrome: StorageApi }).chrome;
    return (await api.storage.local.get(key))[key] ?? null;
  }, key);
