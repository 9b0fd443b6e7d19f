/** Halving and doubling a share's ratio ("was halved", "doubled", "has been cut in half"), told in the simple past too,
 * are changes the sources rule out (the same-ratio fact): disputed; payments that grew are no ratio. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('halving and doubling a ratio', () => {
  it('disputed by the unchanged ratio', () => {
    for (const s of [
      "OpenAI's revenue share to Microsoft was halved.",
      'The revenue share OpenAI pays Microsoft was cut.',
      'The revenue share OpenAI pays Microsoft doubled.',
      "OpenAI's share of revenue paid to Microsoft halved.",
      'The revenue share OpenAI pays Microsoft has been cut in half.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
  });
  it('payments that doubled, or a cut dated in the old terms, are not disputed', () => {
    expect(verdictOf("OpenAI's revenue-share payments to Microsoft doubled last year.")).not.toBe('conflicting');
    expect(verdictOf('The revenue share OpenAI pays Microsoft was originally cut in 2019.')).not.toBe('conflicting');
  });
});
