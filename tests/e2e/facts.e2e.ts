/**
 * The Facts page in both browsers: every bundled fact by topic with its sources' words, disagreements
 * marked, the timeline drawn as an accessible picture with a text list, and the way there from the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/facts/bundled';
import { isDisputed } from '../../src/ui/facts/FactsPage';
import { timelineEvents } from '../../src/ui/facts/timeline-layout';
import { BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

describe.each(BROWSERS)('Facts page in %s', (name) => {
  let browser: ExtensionBrowser;
  let facts: TestPage;

  beforeAll(async () => {
    browser = await launch(name);
    facts = await browser.openExtensionPage('facts.html');
    await facts.waitForSelector('[data-fact]');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows every fact under its topic, each with its sources' quotes", async () => {
    const shown = await facts.evaluate(() =>
      [...document.querySelectorAll('[data-fact]')].map((el) => ({
        id: el.getAttribute('data-fact'),
        topic: el.closest('[data-topic]')?.getAttribute('data-topic'),
        quotes: el.querySelectorAll('blockquote').length,
      })),
    );
    expect(shown).toHaveLength(bundledPack.facts.length);
    for (const fact of bundledPack.facts) {
      const item = shown.find((s) => s.id === fact.id);
      expect(item?.topic).toBe(fact.topic);
      expect(item?.quotes).toBe(fact.evidence.length);
    }
  });

  it('opens on how many facts and sources it knows, in words (plurals from the messages)', async () => {
    const disputed = bundledPack.facts.filter(isDisputed).length;
    expect(await facts.text('header p')).toBe(
      `${bundledPack.facts.length} facts from ${bundledPack.sources.length} sources, each with the sources' own words. Sources disagree on ${disputed} of them.`,
    );
    // Every topic is named in words, never as its message key.
    const headings = await facts.evaluate(() => [...document.querySelectorAll('[data-topic] h2')].map((h) => h.textContent ?? ''));
    expect(headings.length).toBeGreaterThan(3);
    for (const h of headings) expect(h).not.toMatch(/^topic_|_/);
  });

  it('marks the facts its sources disagree on', async () => {
    const disputed = await facts.evaluate(() =>
      [...document.querySelectorAll('[data-disputed]')].map((el) => el.getAttribute('data-fact')),
    );
    expect(disputed).toEqual(bundledPack.facts.filter(isDisputed).map((f) => f.id));
    expect(disputed.length).toBeGreaterThan(0);
    expect(await facts.text(`[data-fact="${disputed[0]}"]`)).toMatch(/Sources disagree/);
  });

  it('draws the timeline as a labelled picture, with the same events as text', async () => {
    const events = timelineEvents(bundledPack);
    expect(events.length).toBeGreaterThan(3);
    const svg = await facts.evaluate(() => {
      const el = document.querySelector('svg[data-timeline]')!;
      const box = el.getBoundingClientRect();
      return {
        role: el.getAttribute('role'),
        label: el.getAttribute('aria-label') ?? '',
        events: el.querySelectorAll('[data-event]').length,
        labels: [...el.querySelectorAll('[data-event] text')].map((t) => t.textContent ?? ''),
        years: [...el.querySelectorAll('[data-year] text')].map((t) => t.textContent),
        width: box.width,
        height: box.height,
        list: document.querySelectorAll('.timeline-list li').length,
      };
    });
    expect(svg.role).toBe('img');
    expect(svg.label).toMatch(/2019.*2026/);
    expect(svg.events).toBe(events.length);
    expect(svg.list).toBe(events.length);
    expect(svg.years).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(svg.labels.every((l) => /^\d{4}(-\d{2})? \S/.test(l))).toBe(true);
    expect(svg.width).toBeGreaterThan(300);
    expect(svg.height).toBeGreaterThan(100);
  });

  it('every source link opens in a new tab', async () => {
    const links = await facts.evaluate(() =>
      [...document.querySelectorAll('.source-line a')].map((a) => ({ target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
    );
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
    }
  });

  it('is linked from the popup and the options page', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitForSelector('[data-link="facts"]');
    expect(await popup.evaluate(() => (document.querySelector('[data-link="facts"]') as HTMLAnchorElement).href)).toBe(
      `${browser.extensionBase}facts.html`,
    );
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-link="facts"]');
    expect(await options.evaluate(() => (document.querySelector('[data-link="facts"]') as HTMLAnchorElement).href)).toBe(
      `${browser.extensionBase}facts.html`,
    );
    await popup.close();
    await options.close();
  });

  it('throws nothing into any console', async () => {
    expect(facts.errors).toEqual([]);
    expect(browser.extensionErrors().filter((e) => !/^console\.error: RSLoader/.test(e))).toEqual([]);
  });
});
