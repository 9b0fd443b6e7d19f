/** Whether the end of Microsoft's payments is decided or only planned: the sources disagree (GogoAI News speaks of a
 * plan "if ultimately implemented"), so a sentence telling it as decided, formal or final is mixed, as one telling it
 * as official or announced is; the end itself stays corroborated (pack.json keywords of the announcement fact). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('decided or only planned', () => {
  it('told as decided or formal, the sources disagree', () => {
    for (const s of [
      'Microsoft has decided to stop paying OpenAI a share of its revenue.',
      'Microsoft has formally ended its revenue-share payments to OpenAI.',
    ])
      expect(verdictOf(s), s).toBe('mixed');
  });
  it('the end itself is corroborated', () => {
    expect(verdictOf('Microsoft will no longer pay OpenAI a revenue share.')).toBe('corroborated');
  });
});
