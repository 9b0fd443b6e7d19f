/** "No longer" before a verb qualified by "solely", "exclusively" or "only" ("OpenAI no longer depends solely on Azure")
 * ends the exclusiveness, not the thing: no continuation cue (vocabulary axes), and no denial of a fact's words (judge.ts
 * ONLY_OF, vocabulary exclusiveQualifiers). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('no longer solely', () => {
  it('is the exclusivity ended, while the thing goes on', () => {
    for (const text of [
      'OpenAI no longer depends solely on Azure for computing power.',
      'OpenAI no longer relies exclusively on Azure.',
      'OpenAI no longer runs only on Azure.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('leaves the exclusive dependence told as still standing disputed', () => {
    expect(verdictOf('OpenAI still depends solely on Azure for computing power.')).toBe('conflicting');
  });
});
