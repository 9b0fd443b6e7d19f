/**
 * The page's gate learns the names an imported pack adds to the parties (both browsers): a page that names the
 * parties only as the pack does ("Contoso", "Fabrikam") has no claim before the import, its sentence is
 * highlighted once the pack is imported (in the tab already open, without a reload, and in a new one), and no
 * longer once the pack is removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';
import { highlightEveryVerdict, highlightTexts, waitForHighlight } from './highlights';
import { chooseFile, storedValue } from './ui-helpers';

const FIXTURE = 'pack-names.html';
const CLAIM = 'Contoso has invested $13 billion in Fabrikam.';
const PACK = {
  version: 1,
  name: 'Code names',
  sources: [],
  facts: [],
  vocabulary: {
    parties: [
      { id: 'microsoft', names: ['contoso'] },
      { id: 'openai', names: ['fabrikam'] },
    ],
  },
};

const storedNames = (page: TestPage) => storedValue(page, 'packNames') as Promise<string | null>;

const highlighted = async (page: TestPage) => Object.values(await highlightTexts(page)).flat();

describe.each(BROWSERS)('names an imported pack adds, in %s', (name) => {
  let browser: ExtensionBrowser;
  let options: TestPage;
  let open: TestPage;

  beforeAll(async () => {
    browser = await launch(name);
    // The claim is corroborated: every verdict highlighted (by default only the disputed ones are).
    await highlightEveryVerdict(browser);
    options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-global-switch]');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('before the import, a page naming the parties only by the pack names has no claim', async () => {
    open = await browser.newPage(FIXTURE);
    const result = await browser.tabResult(await browser.tabIdOf(open));
    expect(result?.claims ?? []).toEqual([]);
    expect(await highlighted(open)).toEqual([]);
  });

  it('after the import, its sentence is highlighted in the open tab (no reload) and in a new one', async () => {
    await chooseFile(options, 'code-names.json', JSON.stringify(PACK));
    await options.waitForSelector('[data-import="ok"]');
    // The background writes the pack's names for the gate after the packs change.
    for (let i = 0; i < 50 && (await storedNames(options)) === null; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await storedNames(options)).toBe('\\b(?:fabrikam|contoso)');
    await waitForHighlight(open, CLAIM);
    await open.close();
    const fresh = await browser.newPage(FIXTURE);
    await waitForHighlight(fresh, CLAIM);
    expect(await highlighted(fresh)).toEqual([CLAIM]);
    await fresh.close();
  });

  it('once the pack is removed, a new page has no claim again', async () => {
    await options.evaluate(() => (document.querySelector('[data-pack] button') as HTMLElement).click());
    await options.waitForSelector('[data-packs-empty]');
    // The background clears the names after the packs change.
    for (let i = 0; i < 50 && (await storedNames(options)) !== null; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await storedNames(options)).toBeNull();
    const page = await browser.newPage(FIXTURE);
    const result = await browser.tabResult(await browser.tabIdOf(page));
    expect(result?.claims ?? []).toEqual([]);
    await page.close();
  });

  it('throws nothing into any console', async () => {
    expect(open.errors).toEqual([]);
    expect(options.errors).toEqual([]);
    expect(browser.extensionErrors().filter((e) => !/^console\.error: RSLoader/.test(e))).toEqual([]);
  });
});
