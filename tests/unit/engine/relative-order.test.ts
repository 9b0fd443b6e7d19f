/** An event set before or after another one (vocabulary cues.eventDates.order, later, milestones; details.ts
 * relativeOrder): disputed where a fact the sentence met sets it the other way round of the same milestone. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('order relative to another event', () => {
  it('after the trial is disputed (the sources: on the eve of it)', () => {
    for (const s of [
      'The new terms were agreed only after the Musk trial had concluded.',
      'OpenAI announced its reworked Microsoft deal after the trial with Elon Musk ended.',
      'OpenAI struck its new Microsoft deal following the Musk trial.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
  });
  it('before the trial, or the revision set against itself, is not', () => {
    expect(verdictOf('Microsoft and OpenAI agreed the new terms before the Musk trial.')).toBe('corroborated');
    expect(verdictOf('OpenAI restructured its Microsoft pact just ahead of the trial.')).toBe('corroborated');
    expect(verdictOf('After the revision, Microsoft stopped paying OpenAI a revenue share.')).toBe('corroborated');
  });
});
