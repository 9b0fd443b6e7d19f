/** "Pays … nothing" denies the payment (vocabulary cues.payments.denied): a sentence saying Microsoft now pays OpenAI
 * nothing agrees with the revision, never disputes it. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a payment of nothing', () => {
  it('reads "pays … nothing" as no payment', () => {
    for (const text of [
      'Microsoft pays OpenAI nothing now.',
      'Microsoft now pays OpenAI nothing.',
      'Under the revised deal, Microsoft pays nothing to OpenAI.',
      'Microsoft will pay OpenAI nothing from now on.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('still disputes a payment Microsoft no longer makes', () => {
    expect(verdictOf('Microsoft pays OpenAI a share of its revenue.')).toBe('conflicting');
  });
});
