/**
 * What a reader sees first, in both browsers (issue 14): one type size on every ClaimLens page; calm pages
 * (only what needs attention highlighted, one command hides all); the popup opening on the page's verdict
 * with disputed and mixed claims first and their reasons in view; the card's first lines for a disputed, a
 * mixed and a self-sourced claim; a card at most a third of a phone screen; focus kept in the card and
 * the current claim marked; "This verdict looks wrong" listed on the options page; axe-core: zero
 * violations on the popup, options, Facts page and the card in its shadow root.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/engine/claim';
import { axeViolations } from './axe';
import { BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';
import { setStoredSettings } from './stored-settings';

const FIXTURE = 'reader.html';
const DISPUTED = 'OpenAI will pay Microsoft 50% of its revenue until 2040.';

/** The card's dialog as the reader sees it. */
function cardNow() {
  const dialog = document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) return null;
  const r = dialog.getBoundingClientRect();
  const lines = [...dialog.querySelectorAll<HTMLElement>('.reason, .who li, .page-date, .self-note')].filter(
    (el) => el.getClientRects().length > 0,
  );
  return {
    verdict: dialog.dataset.verdict ?? '',
    title: dialog.querySelector('h2')?.textContent ?? '',
    lines: lines.map((el) => ({ cls: el.className, stance: el.dataset.stance ?? '', text: el.textContent ?? '' })),
    height: r.height,
  };
}

describe.each(BROWSERS)('what a reader sees in %s', (name) => {
  let browser: ExtensionBrowser;
  let page: TestPage;
  let control: TestPage;
  let tabId: number;

  const send = (message: object) =>
    control.evaluate(
      async ({ tab, message }) => {
        const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown, o: object): Promise<unknown> } } })
          .chrome;
        return api.tabs.sendMessage(tab, message, { frameId: 0 });
      },
      { tab: tabId, message },
    );
  const highlightNames = () =>
    page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('claimlens-') && k !== 'claimlens-focus').sort());

  /** Points at the paragraph's first words and waits for its card. */
  const hover = async (id: string) => {
    await page.mouseMove(1, 1);
    await page.waitForFunction(() => !document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
    const at = await page.evaluate((sel) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(sel)!);
      const r = range.getClientRects()[0]!;
      return { x: r.left + 8, y: r.top + r.height / 2 };
    }, `#${id}`);
    await page.mouseMove(at.x, at.y);
    await page.waitForFunction(() => !!document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
    return (await page.evaluate(cardNow))!;
  };

  beforeAll(async () => {
    browser = await launch(name);
    page = await browser.newPage(FIXTURE);
    tabId = await browser.tabIdOf(page);
    await browser.tabResult(tabId);
    control = await browser.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sets every ClaimLens page in 14 px type (Chromium makes extension pages 75% unless body is set)', async () => {
    for (const path of [`popup.html?tab=${tabId}`, 'options.html', 'facts.html']) {
      const p = await browser.openExtensionPage(path);
      await p.waitForSelector('h1');
      const sizes = await p.evaluate(() =>
        [document.body, document.querySelector('main p, main li, main label')].map((el) => el && getComputedStyle(el).fontSize),
      );
      expect(sizes, path).toEqual(['14px', '14px']);
      await p.close();
    }
  });

  it('highlights only what needs attention by default (disputed, sources disagree), and one command hides and shows them all', async () => {
    await page.waitForFunction(() => CSS.highlights.has('claimlens-conflicting'));
    expect(await highlightNames()).toEqual(['claimlens-conflicting', 'claimlens-mixed']);
    expect(await send({ type: 'toggle-highlights' })).toBe(false);
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('claimlens-')));
    expect(await send({ type: 'toggle-highlights' })).toBe(true);
    await page.waitForFunction(() => CSS.highlights.has('claimlens-conflicting'));
    expect(await highlightNames()).toEqual(['claimlens-conflicting', 'claimlens-mixed']);
  });

  it('badge: counts what needs attention, and its tooltip says so', async () => {
    expect(await browser.badgeText(tabId)).toBe('2');
    const title = await control.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: { action: { getTitle(d: { tabId: number }): Promise<string> } } }).chrome;
      return api.action.getTitle({ tabId: id });
    }, tabId);
    expect(title).toBe('ClaimLens: 2 need attention (disputed by the sources, or the sources disagree); claims checked: 5');
  });

  it('popup: opens on the page verdict, disputed and mixed first with their reasons in view, counts that filter, one Tab stop for the list', async () => {
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(400, 600);
    await popup.waitForSelector('[data-claim]');
    const first = await popup.evaluate(() => ({
      summary: (document.querySelector('main h2') as HTMLElement).innerText,
      summaryFits:
        (document.querySelector('main h2') as HTMLElement).scrollWidth <= (document.querySelector('main h2') as HTMLElement).clientWidth,
      claims: [...document.querySelectorAll<HTMLElement>('[data-claim]')].map((el) => ({
        verdict: el.querySelector('.claim-row .verdict')!.textContent,
        reason: (el.querySelector('.reason') as HTMLElement).innerText,
      })),
      tabStops: [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex]')].filter(
        (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
      ).length,
    }));
    // Those needing attention first; then the rest as the engine has them (2 or more agree).
    expect(first.summary).toMatch(/^1 claim disputed by the sources · sources disagree on 1 · \d+ agree with the sources/);
    // …wrapping between its parts, never running past the popup's edge.
    expect(first.summaryFits).toBe(true);
    expect(first.claims.slice(0, 2)).toEqual([
      { verdict: '≠ Disputed by sources', reason: 'Sources say 20%, not 50%, and until 2030, not until 2040' },
      {
        verdict: '± Sources disagree',
        reason:
          "Sources disagree: OpenAI's valuation is over $300 billion. (GogoAI News and 1 other: over $300 billion; Cailian Press: $850 billion)",
      },
    ]);
    // The reasons of agreeing claims count their sources in the plural they need: "1 source:", never "1 sources:".
    const agreeing = first.claims.map((c) => c.reason).filter((r) => /^\d+ sources?:/.test(r));
    expect(agreeing.length).toBeGreaterThan(0);
    for (const reason of agreeing) expect(reason).toMatch(/^(?:1 source|(?:0|[2-9]|\d{2,}) sources): /);
    // Site switch, "All" and the verdicts present (2 to 5), the list (one stop), two footer links: not one per claim.
    expect(first.tabStops).toBeGreaterThanOrEqual(1 + 3 + 1 + 2);
    expect(first.tabStops).toBeLessThanOrEqual(1 + 6 + 1 + 2);
    await popup.evaluate(() => (document.querySelector('[data-filter="mixed"]') as HTMLElement).click());
    await popup.waitForFunction(() => document.querySelectorAll('[data-claim]').length === 1);
    expect(await popup.text('[data-claim] .verdict')).toContain('Sources disagree');
    // The footer tells the keyboard commands.
    expect(await popup.text('[data-keys]')).toMatch(/Alt\+Shift\+J.*Alt\+Shift\+K.*Alt\+Shift\+H/s);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('card: a disputed claim says the difference and who disputes it, with the date, in its first lines', async () => {
    const card = await hover('disputed');
    expect(card.verdict).toBe('conflicting');
    expect(card.title).toMatch(/^≠ Disputed by sources/);
    expect(card.lines[0]).toMatchObject({ cls: 'reason', text: 'Sources say 20%, not 50%, and until 2030, not until 2040' });
    // The quote's marks are the <q> element's own (CSS), not text.
    expect(card.lines[1]!.text).toMatch(/^Cailian Press, .*2026.*: \S/);
  });

  it('card: a mixed claim says who says what, the disputing source first', async () => {
    const card = await hover('mixed');
    expect(card.verdict).toBe('mixed');
    expect(card.lines.map((l) => l.stance || l.cls)).toEqual(['reason', 'conflicts', 'corroborates', 'page-date']);
    // The article's own date beside the sources' (from its metadata).
    expect(card.lines.at(-1)!.text).toMatch(/^This page: .*2025/);
    expect(card.lines[1]!.text).toMatch(/^Cailian Press, .*2026: .*850 billion/);
    expect(await axeViolations(page, ['[data-claimlens-ui="card"]', '[role="dialog"]'])).toEqual([]);
  });

  it('card: a claim the page itself is the source of says so (its sources agreeing: highlighted once the reader turns that on)', async () => {
    const setVerdicts = (highlightVerdicts: Verdict[]) => setStoredSettings(control, { highlightVerdicts });
    await setVerdicts(['corroborated', 'conflicting', 'mixed']);
    await page.waitForFunction(() => CSS.highlights.has('claimlens-corroborated'));
    const card = await hover('self');
    expect(card.lines.at(-1)).toMatchObject({ cls: 'self-note', text: "This page is one of ClaimLens's sources (Cailian Press)." });
    await setVerdicts(['conflicting', 'mixed']);
    await page.waitForFunction(() => !CSS.highlights.has('claimlens-corroborated'));
  });

  it('card: a claim with no mark on the page opens no card', async () => {
    await page.mouseMove(1, 1);
    await page.waitForFunction(() => !document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
    const at = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#agree')!);
      const r = range.getClientRects()[0]!;
      return { x: r.left + 8, y: r.top + r.height / 2 };
    });
    await page.mouseMove(at.x, at.y);
    await new Promise((r) => setTimeout(r, 600));
    expect(await page.evaluate(cardNow)).toBeNull();
  });

  it('card: at most a third of a phone screen', async () => {
    await page.setViewport(390, 844);
    const card = await hover('mixed');
    expect(card.height).toBeLessThanOrEqual(844 / 3 + 1);
    await page.setViewport(1200, 900);
  });

  it('keyboard: stepping opens the card with focus and a ring, marks the claim, announces it; Tab stays inside; Escape gives focus back', async () => {
    await page.mouseMove(1, 1);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await send({ type: 'step-claim', direction: 1 });
    await page.waitForFunction(() => document.activeElement === document.querySelector('[data-claimlens-ui="card"]'));
    const state = await page.evaluate(() => {
      const root = document.querySelector('[data-claimlens-ui="card"]')!.shadowRoot!;
      const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
      return {
        focused: root.activeElement === dialog,
        outline: getComputedStyle(dialog).outlineStyle,
        marked: CSS.highlights.get('claimlens-focus')?.size ?? 0,
        announced: root.querySelector('[data-announce]')?.textContent ?? '',
      };
    });
    expect(state, JSON.stringify(state)).toMatchObject({ focused: true, outline: 'solid', marked: 1 });
    expect(state.announced).toMatch(/^Claim \d of 5: /);
    for (let i = 0; i < 8; i++) {
      await page.press('Tab');
      expect(await page.evaluate(() => document.activeElement === document.querySelector('[data-claimlens-ui="card"]'))).toBe(true);
    }
    await page.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'));
    expect(await page.evaluate(() => document.activeElement === document.querySelector('[data-claimlens-ui="card"]'))).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.has('claimlens-focus'))).toBe(false);
  });

  it('"This verdict looks wrong" from the card: kept in this browser and listed on the options page', async () => {
    await hover('disputed');
    await page.evaluate(() => {
      const root = document.querySelector('[data-claimlens-ui="card"]')!.shadowRoot!;
      (root.querySelector('[data-action="looks-wrong"]') as HTMLElement).click();
    });
    await page.waitForFunction(() => !!document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('textarea'));
    await page.evaluate(() => {
      const root = document.querySelector('[data-claimlens-ui="card"]')!.shadowRoot!;
      const area = root.querySelector('textarea')!;
      area.value = 'The 20% share is right.';
      area.dispatchEvent(new Event('input', { bubbles: true }));
      (root.querySelector('.report button[type="submit"]') as HTMLElement).click();
    });
    await page.waitForFunction(() =>
      /Noted/.test(document.querySelector('[data-claimlens-ui="card"]')?.shadowRoot?.querySelector('.said')?.textContent ?? ''),
    );
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-report]');
    expect(await options.text('[data-report]')).toContain(DISPUTED);
    expect(await options.text('[data-report]')).toContain('The 20% share is right.');
    expect(await options.text('[data-keys]')).toMatch(/Alt\+Shift\+J.*Alt\+Shift\+K.*Alt\+Shift\+H/s);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('Facts page: no axe violations', async () => {
    const facts = await browser.openExtensionPage('facts.html');
    await facts.waitForSelector('h1');
    expect(await axeViolations(facts)).toEqual([]);
    // …and the checker does see a fault: an image with no text alternative.
    await facts.evaluate(() => document.querySelector('main')!.append(document.createElement('img')));
    expect((await axeViolations(facts)).map((v) => v.split(':')[0])).toContain('image-alt');
    await facts.close();
  });

  it('logs no errors', () => {
    expect(page.errors, page.errors.join('\n')).toEqual([]);
    // Firefox's own Remote Settings loader logs an empty error now and then: not the extension's.
    expect(browser.extensionErrors().filter((e) => !/RSLoader/.test(e))).toEqual([]);
  });
});
