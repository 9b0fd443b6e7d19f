/**
 * The engine remembers each sentence it has read in its context: a page's repeated sentences, and a page
 * scanned again, are read once. What it remembers must never show: an engine that has read other pages
 * (other dates, other contexts) gives the same claims as an engine that has read nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalPages, parseCases } from '../../../src/cli/eval-score';
import { blocksOfHtml, dateOfHtml } from '../../../src/cli/scan';
import { readSourceArticle, sourceArticleFiles } from '../../../src/cli/source-articles';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';

const fixtures = new URL('../../fixtures/eval/', import.meta.url);
const pages: { blocks: string[]; date: string | null }[] = [];
for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.jsonl') && !f.startsWith('fresh'))) {
  const cases = parseCases(readFileSync(new URL(f, fixtures), 'utf8'), f);
  for (const p of evalPages(cases)) pages.push({ blocks: blocksOfHtml(p.html), date: dateOfHtml(p.html) });
}
for (const f of sourceArticleFiles()) pages.push({ blocks: readSourceArticle(f).split('\n'), date: null });

describe('sentences remembered by the engine', () => {
  it('never change the claims: every labelled page and seed article, at its own date and before the revision', () => {
    expect(pages.length).toBeGreaterThan(25);
    const used = createClaimEngine(bundledPack);
    for (const date of [undefined, '2019-07-22'] as const)
      for (const p of pages) {
        const pageDate = date ?? p.date;
        const fresh = createClaimEngine(bundledPack).scan(p.blocks, { pageDate });
        expect(used.scan(p.blocks, { pageDate })).toEqual(fresh);
      }
    // (An engine is built for each page and date: a correctness test over every labelled page, not a quick one.)
  }, 120_000);

  it('read a sentence again in another context as that context gives it', () => {
    const engine = createClaimEngine(bundledPack);
    const again = 'It will keep paying a share of revenue until 2030.';
    const pagesOf = [
      ['Microsoft and OpenAI signed a revised agreement.', again],
      ['OpenAI and Microsoft signed a revised agreement.', again],
      ['Microsoft said nothing.', again],
      ['The weather was fine.', again],
      [`Microsoft and OpenAI signed a revised agreement. ${again}`],
      [`Microsoft and OpenAI signed a revised agreement. ${again} ${again}`],
    ];
    for (const blocks of [...pagesOf, ...pagesOf.reverse()])
      expect(engine.scan(blocks)).toEqual(createClaimEngine(bundledPack).scan(blocks));
  });

  it('gives a repeated sentence its own place on the page', () => {
    const s = 'Microsoft will pay OpenAI a revenue share until 2030.';
    const claims = createClaimEngine(bundledPack).scan([`${s} ${s}`, s]);
    expect(claims.map((c) => [c.block, c.start, c.end])).toEqual([
      [0, 0, s.length],
      [0, s.length + 1, 2 * s.length + 1],
      [1, 0, s.length],
    ]);
  });
});
