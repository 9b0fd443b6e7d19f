/** Leaving a place told as coming ("set to leave Azure", "will migrate away from Azure", "shifting off Azure") ends a
 * continuation (vocabulary axis `continuation`): disputed by the sources' staying; denied, it stays true. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('leaving told as coming', () => {
  it('is disputed where the sources say it stays', () => {
    for (const text of [
      "Most of OpenAI's workloads are set to leave Azure in the near term, according to one analysis.",
      "Most of OpenAI's workloads will leave Azure soon.",
      "Most of OpenAI's workloads will migrate away from Azure in the near term.",
      "Most of OpenAI's workloads are expected to move off Azure in the near term.",
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });

  it('never disputes staying, or leaving denied', () => {
    for (const text of [
      "Most of OpenAI's workloads will keep running on Azure for now, according to one analysis, which sees that inertia as a powerful commercial moat for Microsoft even without formal exclusivity.",
      "Most of OpenAI's workloads will stay on Azure in the near term.",
      'OpenAI can use other clouds, but most workloads are not expected to leave Azure soon.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });
});
