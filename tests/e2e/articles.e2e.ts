/**
 * The five seed articles as the demo serves them: in each browser the extension finds the same claims, with
 * the same verdicts, as the command-line scanner (same engine, linkedom instead of a real DOM) — and
 * highlights each that needs attention (disputed, sources disagree: the default), and no other.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoSite, type DemoPage } from '../../src/cli/demo-article';
import { serveDirectory, type StaticServer } from '../../src/cli/demo-server';
import { scanHtml } from '../../src/cli/scan';
import { sourcesDir } from '../../src/cli/source-articles';
import { BROWSERS, launch, type ExtensionBrowser } from './harness';

const site = mkdtempSync(join(tmpdir(), 'claimlens-articles-'));
const pages: DemoPage[] = writeDemoSite(sourcesDir, site);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(BROWSERS)('the seed articles in %s', (name) => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(site);
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (name === BROWSERS.at(-1)) rmSync(site, { recursive: true, force: true });
  });

  it.each(pages)('$file: the claims of the command-line scanner, those needing attention highlighted', async ({ file }) => {
    const expected = scanHtml(readFileSync(join(site, file), 'utf8')).claims.map((c) => [squash(c.text), c.verdict]);
    expect(expected.length).toBeGreaterThan(0);
    const page = await browser.newPage(server.url(file));
    const tabId = await browser.tabIdOf(page);
    const result = await browser.tabResult(tabId);
    expect(result?.status).toBe('done');
    expect(result!.claims.map((c) => [squash(c.text), c.verdict])).toEqual(expected);
    const highlighted = await page.evaluate(() => {
      const n: Record<string, number> = {};
      CSS.highlights.forEach((h, key) => {
        if (key.startsWith('claimlens-')) n[key] = h.size;
      });
      return n;
    });
    const attention = expected.filter(([, v]) => v === 'conflicting' || v === 'mixed').length;
    expect((highlighted['claimlens-conflicting'] ?? 0) + (highlighted['claimlens-mixed'] ?? 0)).toBeGreaterThanOrEqual(attention);
    expect(Object.keys(highlighted).filter((k) => k !== 'claimlens-conflicting' && k !== 'claimlens-mixed')).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('logs no errors from the extension', () => {
    expect(browser.extensionErrors()).toEqual([]);
  });
});
