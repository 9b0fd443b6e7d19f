/**
 * A claim is about the Microsoft–OpenAI partnership: a sentence naming neither partner is not one,
 * even where a fact about Amazon's side of the news matches its words, unless it is tied to that
 * news (a partner named just before, or "also"/"too"). Sentences written for this rule, grounded
 * in Cailian Press's "Amazon also declined nearly 1% after the market opened on Monday".
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';

const engine = createClaimEngine(bundledPack);
const verdictOf = (...blocks: string[]) => {
  const claims = engine.scan(blocks).filter((c) => c.block === blocks.length - 1);
  return claims.at(-1)?.verdict ?? 'none';
};

describe('market news about Amazon alone is not a partnership claim', () => {
  it.each([
    'Amazon shares declined about 1% on Monday.',
    'Amazon shares declined about 1% on Monday after the retailer cut its outlook.',
    'Shares of Amazon dipped almost 1% once trading began.',
    'Amazon shares fell about 1% on Monday as investors weighed its holiday outlook.',
    'Amazon said AWS would invest $50 billion in data centers.',
  ])('%s', (text) => {
    expect(engine.scan([text])).toEqual([]);
    // As with any other company.
    expect(engine.scan([text.replace('Amazon', 'Apple')])).toEqual([]);
  });
});

describe('Amazon beside the partnership news is', () => {
  it.each([
    [['Amazon stock also slipped nearly 1% after the opening bell on Monday.']],
    [['Amazon, too, slipped nearly 1% once trading began on Monday.']],
    [['Microsoft fell nearly 1% at the open on Monday after the OpenAI news. Amazon declined about 1% after the market opened on Monday.']],
  ])('%j → corroborated', (blocks) => {
    expect(verdictOf(...blocks)).toBe('corroborated');
  });
});
