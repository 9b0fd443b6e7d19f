/** A sentence set in the old era ("under the old contract", "previously", "until the revision") is judged by that era's terms. */
import { describe, expect, it } from 'vitest';
import { framedInOldEra } from '../../../src/engine/time';
import { verdictOf } from './bundled-engine';

describe('old-era framing', () => {
  it.each([
    'Under the old contract, Microsoft',
    'Previously, Microsoft',
    'Until the revision, Microsoft',
    'Microsoft used to',
    'Before the April 2026 rewrite, Microsoft',
  ])('"%s …" places a sentence in the old era', (text) => expect(framedInOldEra(text)).toBe(true));

  it.each(['Microsoft will no longer pay OpenAI', 'Microsoft now holds about 27%', 'Microsoft revised its deal'])('"%s" does not', (text) =>
    expect(framedInOldEra(text)).toBe(false),
  );

  it('a statement true of the old era is not contradicted by what the sources say of today', () => {
    // Today's fact ("Microsoft is accelerating the development of its own models") contradicts it in the present…
    expect(verdictOf('Microsoft cannot develop competing AI models of its own, under its OpenAI deal.')).toBe('conflicting');
    // …never under the old contract.
    expect(verdictOf('Under the old contract, Microsoft could not develop competing AI models of its own.')).not.toBe('conflicting');
  });

  it('"until the revision" confirms the old terms', () => {
    expect(verdictOf('Until the revision, Microsoft was prohibited from building competing AI systems.')).toBe('corroborated');
  });

  it('the old era’s own terms still contradict it', () => {
    expect(verdictOf('Under the old contract, Microsoft did not have to share its Azure revenue with OpenAI.')).toBe('conflicting');
  });

  it('a dated event still contradicts it', () => {
    expect(verdictOf('Previously, Microsoft invested $5 billion in OpenAI in 2019.')).toBe('conflicting');
  });
});
