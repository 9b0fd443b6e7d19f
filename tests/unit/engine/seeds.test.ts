/**
 * Each seed article, scanned as a page, must read as its own corroboration: its claims are
 * corroborated (or mixed where the sources disagree), never conflicting.
 */
import { describe, expect, it } from 'vitest';
import { readSourceArticle, sourceArticleFiles } from '../../../src/cli/source-articles';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';

const seeds = sourceArticleFiles();
const engine = createClaimEngine(bundledPack);

describe('seed articles scanned as pages', () => {
  it('finds all five seeds', () => {
    expect(seeds).toHaveLength(5);
  });

  it.each(seeds)('%s: no conflicting claim, mostly corroborated', (file) => {
    // Paragraphs: blank lines, and the single line breaks these plain-text seeds use between paragraphs.
    const blocks = readSourceArticle(file).split(/\n/);
    const claims = engine.scan(blocks);
    const conflicting = claims.filter((c) => c.verdict === 'conflicting').map((c) => `${c.text} — ${c.reason}`);
    expect(conflicting).toEqual([]);
    const corroborated = claims.filter((c) => c.verdict === 'corroborated').length;
    expect(corroborated).toBeGreaterThanOrEqual(10);
    expect(corroborated / claims.length).toBeGreaterThan(0.7);
  });
});
