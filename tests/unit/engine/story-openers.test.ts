/** One party with an investment figure and year told as a story's opening ("It all began with a $1bn cheque from
 * Microsoft back in 2019"): the cheque, outlay or wager is the partnership's word (vocabulary partnershipWords),
 * so the sentence is a claim the facts answer. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a story opened by one party’s investment', () => {
  it('is a claim, corroborated where its figures fit', () => {
    for (const s of [
      'It all began with a $1bn cheque from Redmond back in 2019.',
      'The saga started with a $1 billion outlay by Microsoft in 2019.',
      'It all kicked off in 2019 with a $1bn wager from Microsoft.',
    ])
      expect(verdictOf(s), s).toBe('corroborated');
  });
});
