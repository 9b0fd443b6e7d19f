/**
 * Kinds of language real reporting uses (issue 11), each pinned with sentences written for the rule
 * (bundled pack): the last block's claim verdict, or 'none' when it is not a claim.
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';

const engine = createClaimEngine(bundledPack);
const verdictOf = (...blocks: string[]) => {
  const claims = engine.scan(blocks).filter((c) => c.block === blocks.length - 1);
  return claims.length ? claims.map((c) => c.verdict).join(',') : 'none';
};

describe('share moves on another day or of another event', () => {
  it.each([
    ['Microsoft shares sank 9% in March when the company warned on cloud demand.', 'none'],
    ['Microsoft stock closed up 3% on Thursday, according to exchange data.', 'none'],
    ['Microsoft shares jumped 6% at the open after the announcement.', 'conflicting'],
    // The pre-market fall was Monday's too.
    ['Microsoft shares slid almost 4% before the bell on Monday.', 'corroborated'],
  ])('%s → %s', (text, want) => {
    expect(verdictOf(text)).toBe(want);
  });
});

describe("a company's results are not the partnership", () => {
  it.each([
    ['Azure revenue grew 39% in the quarter, Microsoft said.', 'none'],
    ['AWS sales rose 17% in the fiscal year as Amazon beat expectations.', 'none'],
  ])('%s → %s', (text, want) => {
    expect(verdictOf(text)).toBe(want);
  });
});

describe('figures that belong to another act, another role, or to hearsay', () => {
  it.each([
    // The date is the report's, not the investment's.
    ['A regulator published a study in March 2024 that reviewed investments such as the Microsoft-OpenAI deal.', 'not conflicting'],
    // A value is not a sum invested.
    ['Microsoft invested $10 billion in OpenAI in January 2023, valuing it at roughly $29 billion.', 'corroborated'],
    // A figure given as hearsay may agree, never disagree.
    ['Microsoft still holds about 27% of OpenAI, reportedly worth around $140 billion.', 'not conflicting'],
  ])('%s → %s', (text, want) => {
    const got = verdictOf(text);
    if (want === 'not conflicting') expect(got).not.toBe('conflicting');
    else expect(got).toBe(want);
  });

  it('a running total is not pinned to the year it runs from', () => {
    expect(verdictOf('Microsoft has committed $13 billion to OpenAI since it first backed the startup in 2019.')).toBe('corroborated');
  });

  it('a date opening the sentence dates its main clause', () => {
    expect(verdictOf('In January 2024, Microsoft made a $10 billion investment in OpenAI.')).toBe('conflicting');
  });
});

describe('the detection gate', () => {
  it('"those payments" after a sentence naming both sides refers to their flow', () => {
    expect(verdictOf('OpenAI will keep paying Microsoft a revenue share until 2030.', 'Those payments now face a total cap.')).toBe(
      'corroborated',
    );
  });

  it('"both companies" names the other side', () => {
    expect(verdictOf('Under the new terms, OpenAI and both companies set up a review board for safety.')).not.toBe('none');
  });

  it('a description before another company is a party', () => {
    expect(verdictOf('Microsoft, which has poured more than $13 billion into the startup, sits beside Nvidia among its backers.')).toBe(
      'corroborated',
    );
  });

  it('"the reworked partnership" with nothing before it may be confirmed, never reported unverified', () => {
    expect(verdictOf('The reworked partnership keeps the licence through 2032.')).toBe('corroborated');
    expect(verdictOf('The reworked partnership sets up a new steering committee.')).toBe('none');
  });

  it("one side named right after the other's sentence is part of the pair's story", () => {
    expect(verdictOf('OpenAI has built its own chips and data centres. Microsoft, for its part, is developing its own AI models.')).toBe(
      'corroborated',
    );
  });

  it('"pumped … into" is a form of invest', () => {
    expect(verdictOf('Redmond has pumped $13 billion into the startup since 2019.')).toBe('corroborated');
  });

  it('descriptions: "the San Francisco-based AI startup", "the e-commerce giant"; not one followed by a name', () => {
    expect(verdictOf('The San Francisco-based AI startup can now offer its products on any cloud provider, Microsoft said.')).toBe(
      'corroborated',
    );
    expect(verdictOf('The e-commerce giant will invest $50 billion in OpenAI.')).toBe('corroborated');
    const [claim] = engine.scan(['Microsoft has struck deals with the Paris-based AI startup Mistral.']);
    expect(claim?.facts[0]?.id).toBe('microsoft-deals-with-mistral');
  });

  it('"owning" is a form of own', () => {
    expect(verdictOf('The partnership deepened over time, with Microsoft owning about 60% of OpenAI.')).toBe('conflicting');
  });
});
