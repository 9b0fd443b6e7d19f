/**
 * Each seed article, scanned as a page, is recognised as that bundled source: it never corroborates
 * itself, the other sources judge it, and they never call its claims conflicting.
 */
import { describe, expect, it } from 'vitest';
import { readSourceArticle, sourceArticleFiles } from '../../../src/cli/source-articles';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';
import { packWithout, pageSource, quotesBySource } from '../../../src/engine/self-source';
import { claimWhy } from '../../../src/ui/why';

const seeds = sourceArticleFiles();
const engine = createClaimEngine(bundledPack);

describe('seed articles scanned as pages', () => {
  it('finds all five seeds', () => {
    expect(seeds).toHaveLength(5);
  });

  it.each(seeds)('%s: recognised as its source, no self-corroboration, no conflicting claim', (file) => {
    // Paragraphs: blank lines, and the single line breaks these plain-text seeds use between paragraphs.
    const blocks = readSourceArticle(file).split(/\n/);
    const self = bundledPack.sources.find((s) => s.file === file)!;
    const claims = engine.scan(blocks);
    expect(claims.length).toBeGreaterThanOrEqual(10);
    expect(claims.every((c) => c.pageSource === self.id)).toBe(true);
    expect(claims.flatMap((c) => c.evidence.filter((e) => e.source.id === self.id))).toEqual([]);
    const conflicting = claims.filter((c) => c.verdict === 'conflicting').map((c) => `${c.text} — ${claimWhy(c)}`);
    expect(conflicting).toEqual([]);
    expect(claims.filter((c) => c.verdict === 'corroborated').length).toBeGreaterThanOrEqual(5);
  });
});

describe('a page that is a bundled source', () => {
  const bySource = quotesBySource(bundledPack);
  it('is told by many of its quotes on the page, not by one', () => {
    const quote = 'Microsoft will no longer pay revenue sharing to OpenAI';
    const blocks = [`Reports say ${quote}.`, 'OpenAI pays Microsoft a share of its revenue.', 'Microsoft holds about 27% of OpenAI.'];
    expect(pageSource(blocks, bySource)).toBeNull();
  });

  it('is each seed, from its text alone', () => {
    for (const file of seeds) {
      const source = bundledPack.sources.find((s) => s.file === file)!;
      expect(engine.sourceOf(readSourceArticle(file).split(/\n/))).toBe(source.id);
    }
  });

  it('a page scanned in parts is judged as the source its whole text is', () => {
    const file = seeds[3]!;
    const blocks = readSourceArticle(file)
      .split(/\n/)
      .filter((b) => b.trim());
    const id = engine.sourceOf(blocks);
    const part = engine.scan(blocks.slice(0, 3), { pageSource: id });
    expect(part.every((c) => c.pageSource === id)).toBe(true);
  });

  it('leaves out the facts only that source states', () => {
    const id = bundledPack.sources[0]!.id;
    const rest = packWithout(bundledPack, id);
    expect(rest.facts.every((f) => f.evidence.length > 0 && f.evidence.every((e) => e.source !== id))).toBe(true);
    expect(rest.sources.some((s) => s.id === id)).toBe(false);
  });
});
