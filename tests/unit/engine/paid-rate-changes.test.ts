/** A rate, share or percentage one party pays the other said to change, however the payment is worded ("the rate
 * OpenAI hands Microsoft has been trimmed"): the revenue share's ratio, disputed by the unchanged ratio (the ratio
 * axis's cues; engine.ts reaches the ratio facts as a revenue share's where a payment is read). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a paid rate said to change', () => {
  it('is disputed by the unchanged ratio', () => {
    for (const s of [
      'Under the new terms, the rate OpenAI hands Microsoft has been trimmed.',
      'The percentage OpenAI pays Microsoft has been reduced in the reworked pact.',
      'The share that OpenAI pays to Microsoft will be lowered.',
      'The cut OpenAI passes on to Microsoft has been slashed.',
      'The portion of its sales that OpenAI sends Microsoft was cut in half.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
  });
  it('the same rate stays corroborated', () => {
    expect(verdictOf('The share of revenue OpenAI pays Microsoft stays the same.')).toBe('corroborated');
  });
});
