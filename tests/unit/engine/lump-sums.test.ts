/** A total said to be paid all at once where the sources give it in tranches is disputed (vocabulary cues.lumpSums;
 * details.ts); the first tranche up front, or the total alone, is not. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('lump sums', () => {
  it('the whole total up front is disputed', () => {
    for (const s of [
      'Amazon is paying the entire $50bn up front for its OpenAI investment.',
      'Amazon is investing $50bn in OpenAI, all of it up front.',
      'Amazon will hand OpenAI the full $50 billion in one go.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
  });
  it('the first tranche up front, or the total alone, is corroborated', () => {
    for (const s of [
      'Amazon is investing $50bn in OpenAI, starting with $15bn up front.',
      'Amazon will invest $15bn in OpenAI up front, with the rest to follow.',
      'Amazon announced a $50 billion investment in OpenAI.',
    ])
      expect(verdictOf(s), s).toBe('corroborated');
  });
});
