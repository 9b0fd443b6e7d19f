/** Who holds a stake in whom: a swapped holder is not corroborated by the other party's stake (holding.ts). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';
import { readHolding } from '../../../src/engine/holding';

describe('stake holder', () => {
  it('reads the holder and the held party, active, passive and possessive', () => {
    expect(readHolding('OpenAI owns 27% of Microsoft.')).toEqual({ holder: 'openai', held: 'microsoft' });
    expect(readHolding('Microsoft holds a stake of about 27 per cent in OpenAI.')).toEqual({ holder: 'microsoft', held: 'openai' });
    expect(readHolding('Microsoft is 27% owned by OpenAI.')).toEqual({ holder: 'openai', held: 'microsoft' });
    expect(readHolding("OpenAI's 27% stake in Microsoft is worth billions.")).toEqual({ holder: 'openai', held: 'microsoft' });
    expect(readHolding('The OpenAI Foundation holds a minority stake.')).toEqual({ holder: 'other', held: null });
  });

  it('a share of revenue is no stake', () => {
    expect(readHolding('OpenAI pays Microsoft 20% of its revenue.')).toBeNull();
    expect(readHolding("Microsoft retains 20% of OpenAI's revenue.")).toBeNull();
  });

  it('the opposite holder is disputed by the sources', () => {
    for (const s of [
      'OpenAI owns 27% of Microsoft.',
      'OpenAI holds a stake of about 27 per cent in Microsoft.',
      'OpenAI has a 27% stake in Microsoft.',
      'Microsoft is 27% owned by OpenAI.',
      'OpenAI keeps its stake in Microsoft.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
  });

  it('the right holder stays corroborated', () => {
    for (const s of [
      'Microsoft owns 27% of OpenAI.',
      'Microsoft holds a stake of about 27 per cent in OpenAI.',
      'Microsoft has a roughly 27% stake in OpenAI.',
      'Microsoft keeps its stake in OpenAI.',
    ])
      expect(verdictOf(s), s).toBe('corroborated');
  });

  it('another body as holder is not corroborated by Microsoft’s stake', () => {
    expect(verdictOf('The OpenAI Foundation holds a minority stake.')).not.toBe('corroborated');
    expect(verdictOf('The OpenAI Foundation holds a minority stake in OpenAI.')).not.toBe('corroborated');
  });
});
