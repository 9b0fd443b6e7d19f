/** Idioms of having stopped (the continuation axis's "against" cues: "is done paying", "quits", "walks away from") and
 * "cutting X in on" as a paying verb (directions.pay, payments.paying) are read as the end of a payment. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';
import { readDirection } from '../../../src/engine/values';

describe('ending idioms', () => {
  it('reads "cuts X in on" as paying X', () => {
    expect(readDirection('OpenAI cuts Microsoft in on 20% of its revenue.')).toEqual({
      family: 'pay',
      actor: 'openai',
      target: 'microsoft',
    });
  });

  it('an end the sources report is corroborated, also beside another true clause', () => {
    for (const s of [
      'Microsoft is done paying OpenAI a revenue share, and OpenAI may now serve customers through AWS.',
      'Microsoft is done with paying OpenAI a share of its revenue.',
      'Microsoft quits paying OpenAI a revenue share.',
      'Microsoft will stop cutting OpenAI in on its revenue.',
      'Microsoft is no longer cutting OpenAI in on its Azure sales.',
    ])
      expect(verdictOf(s), s).toBe('corroborated');
  });

  it('the payment told as going on is still disputed', () => {
    expect(verdictOf('Microsoft cuts OpenAI in on its revenue.')).toBe('conflicting');
  });
});
