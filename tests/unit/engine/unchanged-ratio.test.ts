/** "The ratio … did not change" says the ratio stayed the same (vocabulary axes ratio): never a changed ratio. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a ratio that did not change', () => {
  it('is the same ratio, never a changed one', () => {
    for (const text of [
      'OpenAI keeps paying Microsoft 20% of its revenue, a ratio that did not change in the revision.',
      'The ratio OpenAI pays Microsoft did not change in the revision.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });

  it('still disputes a ratio that changed', () => {
    expect(verdictOf('The ratio OpenAI pays Microsoft was changed in the revision.')).toBe('conflicting');
  });
});
