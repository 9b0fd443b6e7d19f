/** A payment told in the present goes on unless the sentence denies it: a denial before the paying verb or in its own
 * clause, never one in a later clause (values.ts paymentDenied). */
import { describe, expect, it } from 'vitest';
import { readSentence } from '../../../src/engine/values';
import { verdictOf } from './bundled-engine';

describe('the scope of a denial of a payment', () => {
  it('a denial in a later clause leaves the payment told as going on', () => {
    expect(
      readSentence('The revenue share Microsoft pays OpenAI is subject to a total cap that was not disclosed.').polarity.continuation,
    ).toBe(1);
    expect(verdictOf('The revenue share Microsoft pays OpenAI is subject to a total cap that was not disclosed.')).toBe('conflicting');
  });

  it('a denial before the verb or in its clause denies it', () => {
    expect(readSentence('Microsoft does not pay OpenAI a revenue share.').polarity.continuation).not.toBe(1);
    expect(readSentence('Microsoft pays OpenAI no revenue share.').polarity.continuation).not.toBe(1);
    expect(verdictOf('Microsoft does not pay OpenAI a revenue share.')).toBe('corroborated');
  });
});
