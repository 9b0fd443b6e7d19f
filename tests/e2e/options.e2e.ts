/**
 * The options page in both browsers: importing a fact pack (a valid one is used on the next scan; an invalid
 * one is refused with the field and the problem, and nothing stored changes), sites turned off, keyboard use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';
import { chooseFile, storedValue } from './ui-helpers';

/** A pack with one fact the bundled pack doesn't know (tests/fixtures/popup-import.html states it). */
const PACK = {
  version: 1,
  name: 'Lisbon lab (test pack)',
  sources: [
    {
      id: 'test-lisbon-gazette',
      title: 'Microsoft and OpenAI plan a lab in Lisbon',
      publisher: 'Lisbon Gazette',
      author: null,
      date: '2026-05-02',
      url: 'https://example.com/lisbon-lab',
      translated: false,
      file: 'test-pack',
    },
  ],
  facts: [
    {
      id: 'test-lisbon-lab-2027',
      statement: 'Microsoft and OpenAI will open a joint research lab in Lisbon in 2027.',
      topic: 'strategy',
      era: 'any',
      polarity: 'positive',
      values: [{ kind: 'year', value: 2027, relation: 'in' }],
      keywords: [['lisbon'], ['lab', 'laboratory']],
      paraphrases: ['A Microsoft–OpenAI research lab opens in Lisbon in 2027.'],
      evidence: [
        { source: 'test-lisbon-gazette', quote: 'the two companies will open a joint research lab in Lisbon in 2027', stance: 'supports' },
      ],
    },
  ],
};

const storedPacks = async (page: TestPage) => JSON.stringify(await storedValue(page, 'extraPacks'));

describe.each(BROWSERS)('options in %s', (name) => {
  let browser: ExtensionBrowser;
  let options: TestPage;

  beforeAll(async () => {
    browser = await launch(name);
    options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-global-switch]');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('before any import, a page stating the extra fact has no claims', async () => {
    const page = await browser.newPage('popup-import.html');
    const popup = await browser.openExtensionPage(`popup.html?tab=${await browser.tabIdOf(page)}`);
    await popup.waitForSelector('[data-state="empty"]');
    await popup.close();
    await page.close();
  });

  it('imports a valid pack: listed, stored, and used on the next scan', async () => {
    await chooseFile(options, 'lisbon.json', JSON.stringify(PACK));
    await options.waitForSelector('[data-import="ok"]');
    expect(await options.text('[data-import]')).toContain(PACK.name);
    // The list follows what is stored (a storage event after the write the message waited for): the pack
    // appears in it a moment after the message, as a reader sees it.
    await options.waitForSelector(`[data-pack="${PACK.name}"]`);
    expect(await options.evaluate(() => [...document.querySelectorAll('[data-pack]')].map((p) => p.getAttribute('data-pack')))).toEqual([
      PACK.name,
    ]);
    expect(JSON.parse(await storedPacks(options))).toHaveLength(1);

    const page = await browser.newPage('popup-import.html');
    const popup = await browser.openExtensionPage(`popup.html?tab=${await browser.tabIdOf(page)}`);
    await popup.waitForSelector('[data-claim]');
    expect(await popup.text('[data-claim]')).toContain('Lisbon');
    expect(await popup.evaluate(() => document.querySelector('[data-claim]')?.getAttribute('data-verdict'))).toBe('corroborated');
    await popup.evaluate(() => (document.querySelector('[data-claim] .claim-row') as HTMLElement).click());
    await popup.waitForFunction(() => (document.querySelector('.claim-details')?.textContent ?? '').includes('Lisbon Gazette'));
    await popup.close();
    await page.close();
  });

  it('refuses an invalid pack, naming the field and the problem, and changes nothing stored', async () => {
    const before = await storedPacks(options);
    const bad = structuredClone(PACK);
    bad.name = 'Broken pack';
    bad.facts[0]!.evidence[0]!.stance = 'agrees';
    await chooseFile(options, 'broken.json', JSON.stringify(bad));
    await options.waitForSelector('[data-import="error"]');
    const message = (await options.text('[data-import="error"]')) ?? '';
    expect(message).toContain('broken.json');
    expect(message).toContain('facts[0].evidence[0].stance');
    expect(message).toMatch(/supports/);
    expect(await storedPacks(options)).toBe(before);

    await chooseFile(options, 'not-json.json', '{ "version": 1, ');
    await options.waitForFunction(() => (document.querySelector('[data-import="error"]')?.textContent ?? '').includes('not-json.json'));
    expect(await options.text('[data-import="error"]')).toMatch(/not JSON/);
    expect(await storedPacks(options)).toBe(before);
    expect(await options.evaluate(() => document.querySelectorAll('[data-pack]').length)).toBe(1);
  });

  it('the Facts page shows the imported fact with its source', async () => {
    const facts = await browser.openExtensionPage('facts.html');
    await facts.waitForSelector('[data-fact="test-lisbon-lab-2027"]');
    expect(await facts.text('[data-fact="test-lisbon-lab-2027"]')).toContain('Lisbon Gazette');
    await facts.close();
  });

  it('removing the pack stops its facts being used', async () => {
    await options.evaluate(() => (document.querySelector('[data-pack] button') as HTMLElement).click());
    await options.waitForSelector('[data-packs-empty]');
    const page = await browser.newPage('popup-import.html');
    const popup = await browser.openExtensionPage(`popup.html?tab=${await browser.tabIdOf(page)}`);
    await popup.waitForSelector('[data-state="empty"]');
    await popup.close();
    await page.close();
  });

  it('a site added to the list is turned off (popup says so); removing it turns it back on', async () => {
    await options.evaluate(() => {
      const input = document.getElementById('site-input') as HTMLInputElement;
      input.value = 'https://127.0.0.1/whatever';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      (input.form as HTMLFormElement).requestSubmit();
    });
    await options.waitForSelector('[data-site="127.0.0.1"]');
    const page = await browser.newPage('popup-claims.html');
    const popup = await browser.openExtensionPage(`popup.html?tab=${await browser.tabIdOf(page)}`);
    await popup.waitForSelector('[data-state="disabled"][data-scope="site"]');
    await options.evaluate(() => (document.querySelector('[data-site="127.0.0.1"] button') as HTMLElement).click());
    await popup.waitForSelector('[data-claim]');
    await popup.close();
    await page.close();
  });

  it('refuses a site name that is not one', async () => {
    await options.evaluate(() => {
      const input = document.getElementById('site-input') as HTMLInputElement;
      input.value = 'not a site';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      (input.form as HTMLFormElement).requestSubmit();
    });
    await options.waitForSelector('#site-error');
    expect(await options.evaluate(() => document.querySelectorAll('[data-site]').length)).toBe(0);
  });

  it('works from the keyboard: Tab reaches the global switch, Space flips it, focus is visible', async () => {
    // A fresh page: its window has the focus (others were opened since the first one).
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-global-switch]');
    let onSwitch = false;
    for (let i = 0; i < 10 && !onSwitch; i++) {
      await options.press('Tab');
      onSwitch = await options.evaluate(() => document.activeElement?.hasAttribute('data-global-switch') ?? false);
    }
    expect(onSwitch).toBe(true);
    const outline = await options.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await options.press(' ');
    await options.waitForFunction(() => document.querySelector('[data-global-switch]')?.getAttribute('aria-checked') === 'false');
    await options.press(' ');
    await options.waitForFunction(() => document.querySelector('[data-global-switch]')?.getAttribute('aria-checked') === 'true');
    expect(options.errors).toEqual([]);
    await options.close();
  });

  it('throws nothing into any console', async () => {
    expect(options.errors).toEqual([]);
    // Firefox itself sometimes logs Remote Settings noise ("RSLoader") as a console error of web content.
    expect(browser.extensionErrors().filter((e) => !/^console\.error: RSLoader/.test(e))).toEqual([]);
  });
});
