/** How the parties announced: "at the same time" is together (announcements.joint; the joint announcement's keywords),
 * and a manner word opening the sentence before a comma ("Separately, …") is the report's transition, never a dispute. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('the manner of an announcement', () => {
  it('"at the same time" is together', () => {
    expect(verdictOf('Microsoft and OpenAI announced the revised agreement at the same time.')).toBe('corroborated');
  });
  it('a transition opening the sentence disputes nothing', () => {
    for (const s of [
      'Separately, OpenAI announced a new phase of its partnership with Microsoft.',
      'Separately, Microsoft announced that it will stop paying OpenAI a revenue share.',
    ])
      expect(verdictOf(s), s).not.toBe('conflicting');
    expect(verdictOf('Microsoft and OpenAI announced the new phase in separate statements.')).toBe('conflicting');
  });
});
