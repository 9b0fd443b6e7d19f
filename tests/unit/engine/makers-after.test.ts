/** A thing's maker (src/engine/details.ts makersIn): named after it ("OpenAI's chips from Amazon", "chips made by Amazon"),
 * the name after "from" or "by" is the maker, the possessive or the subject before the thing its owner or user; a name
 * before the thing without a possessive is its maker only with names between ("Nvidia H100 chips"), never the subject of a
 * verb ("OpenAI will use chips"). */
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
