/**
 * Each seed article, scanned as a page, is recognised as that bundled source: it never corroborates
 * itself, the other sources judge it, and they never call its claims conflicting.
 */
import { describe, expect, it } from 'vitest';
import { readSourceArticle, sourceArticleFiles } from '../../../src/cli/source-articles';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';
import { packWithout, pageSource, quotesBySource } from '../../../src/engine/self-source';

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
    const conflicting = claims.filter((c) => c.verdict === 'conflicting').map((c) => `${c.text} — ${c.reason}`);
    expect(conflicting).toEqual([]);
    expect(claims.filter((c) => c.verdict === 'corroborated').length).toBeGreaterThanOrEqual(5);
  });
});

describe('a page that is a bundled source', () => {
  const bySource = quotesBySource(bundledPack);
  const claim = (text: string) => ({ text, block: 0, start: 0, end: text.length, verdict: 'corroborated' as const, reason: '', facts: [], evidence: [] });

  it('is told by most of its claims holding that source quotes, not by one quote', () => {
    const quote = 'Microsoft will no longer pay revenue sharing to OpenAI';
    const other = ['OpenAI pays Microsoft a share.', 'Microsoft holds about 27%.', 'The licence runs to 2032.'].map(claim);
    expect(pageSource([claim(`Reports say ${quote}.`), ...other], bySource)).toBeNull();
  });

  it('leaves out the facts only that source states', () => {
    const id = bundledPack.sources[0]!.id;
    const rest = packWithout(bundledPack, id);
    expect(rest.facts.every((f) => f.evidence.length > 0 && f.evidence.every((e) => e.source !== id))).toBe(true);
    expect(rest.sources.some((s) => s.id === id)).toBe(false);
  });
});
