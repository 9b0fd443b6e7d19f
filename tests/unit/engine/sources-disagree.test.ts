/**
 * Where the sources disagree among themselves the claim is mixed: whether OpenAI's conversion to a for-profit
 * company is done (Cailian Press: restructured in October 2025; two others: a transition under way). A fact telling
 * the change as under way neither confirms nor contradicts a sentence saying it is complete.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('the sources disagree', () => {
  it('a conversion said to be complete is mixed, not corroborated by the transition under way', () => {
    for (const s of [
      'OpenAI has completed its conversion into a for-profit company.',
      "OpenAI's restructuring into a for-profit company is complete.",
      'OpenAI finished its restructuring in October 2025.',
    ])
      expect(verdictOf(s), s).toBe('mixed');
  });

  it('the valuation the sources give differently is mixed', () => {
    expect(verdictOf("OpenAI's valuation is over $300 billion.")).toBe('mixed');
  });
});
