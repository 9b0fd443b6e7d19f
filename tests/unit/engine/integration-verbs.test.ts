/** "Weave" a party's technology into products is integrating it (vocabulary `wordForms`): the facts of integration
 * are met, so their continuing and ending are compared. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('weaving technology into products', () => {
  it('meets the facts of integration, so a true sentence is confirmed', () => {
    for (const text of [
      "Microsoft will keep weaving OpenAI's technology into its products.",
      "Microsoft is still weaving OpenAI's models into Copilot.",
      "Microsoft has woven OpenAI's models into Copilot, Azure and Bing.",
      'Microsoft wove GPT models into Bing and Microsoft 365.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('and its end told against the sources is disputed', () => {
    for (const text of [
      "Microsoft will stop weaving OpenAI's technology into its products.",
      "Microsoft no longer weaves OpenAI's models into its products.",
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });
});
