/** A party's bare name before an investment noun ("the OpenAI investment Microsoft made") may be either side: it gives
 * no direction (src/engine/values.ts readDirection), so it never turns the investment round. */
import { describe, expect, it } from 'vitest';
import { readDirection } from '../../../src/engine/values';
import { verdictOf } from './bundled-engine';

describe('a party’s name before an investment noun', () => {
  it('never reads the investment the other way round', () => {
    for (const text of [
      'The OpenAI investment Microsoft made in January 2023 was $10 billion.',
      'The OpenAI investment that Microsoft made in 2019 was $1 billion.',
    ]) {
      expect(readDirection(text)?.actor, text).not.toBe('openai');
      expect(verdictOf(text), text).not.toBe('conflicting');
    }
  });

  it('still reads the object after "in", and a possessive investor', () => {
    expect(readDirection('The Microsoft investment in OpenAI was $10 billion.')).toMatchObject({ actor: 'microsoft', target: 'openai' });
    expect(verdictOf('OpenAI’s investment in Microsoft was $10 billion.')).toBe('conflicting');
  });
});
