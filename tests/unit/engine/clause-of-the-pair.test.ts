/** A clause opened by one of the sentence's pair that no fact answers on its own is read as the pair's
 * (src/engine/engine.ts judgeClauses): "Microsoft sold down its equity stake as part of the revision, although OpenAI
 * keeps paying…" is the partnership's stake, disputed by Microsoft keeping it. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a clause opened by one of the pair', () => {
  it('is judged as the pair’s where it says what the sources deny', () => {
    for (const text of [
      'Microsoft sold down its equity stake as part of the revision, although OpenAI keeps up its revenue payments and the two remain strategic partners.',
      'OpenAI still may not offer its products through rival clouds, and new launches will appear on Azure first unless Microsoft cannot, or chooses not to, support the necessary capabilities.',
      'Microsoft sold its equity stake under the new terms, while OpenAI keeps paying a revenue share until 2030.',
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });

  it('never disputes what the sources say', () => {
    for (const text of [
      'Microsoft keeps its equity stake as part of the revision, although OpenAI stops receiving revenue share payments.',
      'OpenAI can now offer its products through rival clouds, while Microsoft keeps its licence until 2032.',
      'Microsoft holds on to its equity stake, and OpenAI keeps paying a revenue share until 2030.',
      'Microsoft no longer pays a revenue share, while OpenAI keeps paying until 2030.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });
});
