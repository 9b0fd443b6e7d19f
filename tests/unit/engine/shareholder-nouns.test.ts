/** A party told as another's shareholder ("Microsoft remains a roughly 27% shareholder in OpenAI's for-profit arm"): the
 * noun reaches the stake's facts (vocabulary wordForms), and the holder is the subject, the held the party after "in"
 * (vocabulary holdings: a form of "to be" before a holder noun). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a shareholder noun', () => {
  it('is the stake, confirmed by the stake’s facts', () => {
    for (const text of [
      "Even after ceding ground on revenue and exclusivity, Microsoft remains a roughly 27% shareholder in OpenAI's for-profit arm, and the equity it keeps is arguably the real prize.",
      'Microsoft remains a roughly 27% shareholder in OpenAI.',
      "Microsoft, which is a 27% shareholder in OpenAI's for-profit arm, keeps its equity under the new terms.",
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('is disputed with another figure', () => {
    expect(verdictOf('Microsoft remains a roughly 32% shareholder in OpenAI.')).toBe('conflicting');
  });

  it('is disputed with the parties turned round', () => {
    for (const text of [
      'Even after ceding ground on revenue and exclusivity, OpenAI remains a roughly 27% shareholder in Microsoft, and the equity it keeps is arguably the real prize.',
      'OpenAI is a 27% shareholder in Microsoft.',
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });
});
