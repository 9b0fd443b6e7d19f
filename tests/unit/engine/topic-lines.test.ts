/** Colon headlines and topic lines that announce a topic assert nothing; a headline with a verb is a claim. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('topic lines', () => {
  it('a topic line is no claim', () => {
    for (const s of [
      'Microsoft and OpenAI: what the new pact means for Azure',
      "OpenAI's revenue share with Microsoft: a timeline",
      'Microsoft and OpenAI: winners and losers of the new deal',
      'Microsoft, OpenAI and the cloud: an analysis',
      'The Microsoft-OpenAI partnership in charts',
      "Microsoft and OpenAI's new deal: five things to know",
      'Microsoft and OpenAI: how we got here',
      "Microsoft and OpenAI: what's next for Azure",
    ])
      expect(verdictOf(s), s).toBe('none');
  });

  it('a headline that states something is a claim', () => {
    expect(verdictOf('Microsoft to stop paying OpenAI revenue share')).toBe('corroborated');
    expect(verdictOf('Microsoft and OpenAI: a new deal ends Azure exclusivity')).toBe('corroborated');
  });
});
