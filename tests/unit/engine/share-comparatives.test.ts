/**
 * A share said to be bigger or smaller than before is a changed ratio: the sources say OpenAI keeps paying
 * Microsoft the same revenue-sharing ratio, so the comparison is disputed by that fact, even beside words
 * of both eras ("than under the old deal"); the same share as before is what the sources say.
 */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('a bigger or smaller share than before', () => {
  it.each([
    'Under the new deal, Microsoft gets a smaller share of OpenAI’s revenue than under the old deal.',
    'Under the new deal, Microsoft gets a bigger share of OpenAI’s revenue than under the old deal.',
    'OpenAI pays Microsoft a larger portion of its revenue than before.',
    'OpenAI will now hand Microsoft a smaller cut of its revenue.',
  ])('is disputed by the same ratio: %s', (text) => {
    const [c] = bundledEngine.scan([text]);
    expect(c?.verdict).toBe('conflicting');
    expect(c?.facts.map((f) => f.id)).toContain('openai-revenue-share-same-ratio');
  });

  it.each([
    'OpenAI keeps paying Microsoft the same revenue-sharing ratio as before.',
    'OpenAI keeps paying Microsoft the same share of its revenue as before.',
  ])('the same share stays corroborated: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each([
    'Microsoft, the largest shareholder, gets a bigger share of attention.',
    'Amazon’s share of OpenAI’s cloud spending will be larger than before.',
    'Microsoft holds a smaller stake in OpenAI than before.',
  ])('a comparison of something else is never disputed by it: %s', (text) => expect(verdictOf(text)).not.toBe('conflicting'));
});
