/** A stake told as what a party comes out of the restructuring with ("comes out of the restructuring with roughly 27
 * per cent", "is left with", "ends up with"): the stake fact is keyed by those phrases (pack.json keywords). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a stake one comes out with', () => {
  it('is corroborated at the sources’ figure and disputed at another', () => {
    expect(verdictOf('Redmond comes out of the restructuring with roughly 27 per cent of OpenAI.')).toBe('corroborated');
    expect(verdictOf('Microsoft is left with about 27% of OpenAI’s for-profit arm.')).toBe('corroborated');
    expect(verdictOf('Microsoft ended up with some 40% of OpenAI after the recapitalisation.')).toBe('conflicting');
  });
});
