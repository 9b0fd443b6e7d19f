/** A thing's maker named after it ("OpenAI's chips from Amazon", "chips made by Amazon"): the name after "from" or "by" is
 * the maker, the possessive or the subject before the thing its owner or user (src/engine/details.ts makersIn). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a maker after its thing', () => {
  it('is the maker the sources give', () => {
    for (const text of [
      "OpenAI's chips from Amazon, the Trainium line, are part of its AWS deal.",
      'OpenAI will use chips made by Amazon under its AWS deal.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('is disputed where it is another maker', () => {
    for (const text of [
      'OpenAI will use chips made by Nvidia under its Amazon deal.',
      "OpenAI's chips from Nvidia are part of its Amazon deal.",
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });
});
