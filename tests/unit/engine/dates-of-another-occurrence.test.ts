/** A sentence telling an event a second time ("… in October 2025 and again on Monday") may date either occurrence: its
 * dates confirm a fact's date, never contradict it (src/engine/judge.ts anotherTime, vocabulary cues.eventDates.increments);
 * so does one naming the fact's month elsewhere ("Unlike the October 2025 arrangement, … the April revision"). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('dates of another occurrence', () => {
  it('never disputes the date of an earlier revision told beside the April one', () => {
    for (const text of [
      'Microsoft and OpenAI revised their agreement in October 2025 and again on Monday.',
      'After revising their pact in October 2025, Microsoft and OpenAI reworked it again on Monday.',
      'Microsoft and OpenAI revised their deal in October 2025 and renegotiated it a second time on Monday.',
      'Microsoft and OpenAI revised their agreement again in April 2026, after restructuring it in October 2025.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });

  it('never disputes another month beside the fact’s own month named elsewhere ("the April revision")', () => {
    for (const text of [
      'Unlike the October 2025 arrangement, which kept co-developed API products on Azure, the April revision lets OpenAI sell all its products on any cloud.',
      'Microsoft and OpenAI revised their agreement in April 2025, a year before the April 2026 overhaul.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });

  it('still disputes the revision told once in another month, and confirms it in its own', () => {
    expect(verdictOf('Microsoft and OpenAI revised their agreement in April 2025.')).toBe('conflicting');
    expect(verdictOf('Microsoft and OpenAI revised their agreement in April 2026.')).toBe('corroborated');
  });
});
