/** A denial of one end of a polarity axis beside the other end ("an exclusive licence, a pillar no rival cloud vendor can
 * match"): the denial says again what the sentence says (src/engine/judge.ts sentenceNegation), it denies no fact's words. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a denial that restates the sentence’s own end of an axis', () => {
  it('is the terms then in force on a page written before the revision (outdated, never disputed)', () => {
    for (const text of [
      "Microsoft holds an exclusive licence to OpenAI's models and products that runs until 2032, a pillar of the deal that no rival cloud vendor can match.",
      "Microsoft holds an exclusive licence to OpenAI's models and products, an advantage no other cloud provider can match.",
      "Azure is OpenAI's exclusive cloud provider, a position no rival cloud vendor can match.",
      'OpenAI runs its models only on Azure, an arrangement no other cloud provider can break into.',
    ])
      expect(verdictOf(text, '2025-12-10'), text).toBe('outdated');
  });

  it('is still disputed told as today’s terms', () => {
    expect(verdictOf("Azure is OpenAI's exclusive cloud provider, a position no rival cloud vendor can match.")).toBe('conflicting');
    expect(
      verdictOf("Microsoft holds an exclusive licence to OpenAI's models and products, an advantage no other cloud provider can match."),
    ).toBe('conflicting');
  });

  it('still disputes a wrong end date on a page of that time', () => {
    expect(
      verdictOf(
        "Microsoft holds an exclusive licence to OpenAI's models and products that runs until 2030, a pillar of the deal that no rival cloud vendor can match.",
        '2025-12-10',
      ),
    ).toBe('conflicting');
  });
});

describe('a denial of an end that the rest of the sentence says goes on', () => {
  it('is the going on', () => {
    expect(
      verdictOf("The end of exclusivity doesn't mean the end of the partnership: Microsoft remains OpenAI's primary cloud partner."),
    ).toBe('corroborated');
  });

  it('leaves a denial of what goes on disputed', () => {
    expect(
      verdictOf("The end of exclusivity doesn't mean the partnership continues: Microsoft is no longer OpenAI's primary cloud partner."),
    ).toBe('conflicting');
  });
});
