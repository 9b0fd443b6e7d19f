/** An exception to "any" the sources do not give ("any cloud except Google's") is disputed by the quotes saying
 * "any" (vocabulary cues.exceptions; details.ts); a ban of the alternatives or an "except that" clause is no exception. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('exceptions to any', () => {
  it('an exception the sources do not give is disputed', () => {
    for (const s of [
      "OpenAI may now sell its models on any cloud except Google's, Microsoft says.",
      'OpenAI can now serve customers through any cloud provider except Google Cloud.',
      'OpenAI can sell through any cloud, with the exception of Google Cloud.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
  });
  it('"any" alone, or an "except that" clause, stays corroborated', () => {
    expect(verdictOf('OpenAI can now offer its products through any cloud provider.')).toBe('corroborated');
    expect(verdictOf('OpenAI can now use any cloud provider, except that new products launch on Azure first.')).toBe('corroborated');
  });
});
