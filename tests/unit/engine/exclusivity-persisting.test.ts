/** Exclusivity told as persisting ("survives", "is still intact", "remains in place") is the exclusive side of its axis
 * (vocabulary `axes` exclusivity), and those verbs tell the present (`eras.revised`): disputed by the revised terms,
 * outdated on a page from before them; a denial before it ("No part of…", "has not survived") keeps it true. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('exclusivity told as persisting', () => {
  it('is disputed by the revised terms', () => {
    for (const text of [
      "Azure's exclusivity for OpenAI survives.",
      "Azure's exclusivity for OpenAI remains in place.",
      "Azure's exclusivity for OpenAI is still intact, and OpenAI may not sell through AWS.",
      "Azure's exclusivity for OpenAI still holds.",
      "Microsoft's exclusivity over OpenAI's IP is still intact.",
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });

  it('is outdated on a page written before the revision', () => {
    expect(verdictOf("Azure's exclusivity for OpenAI survives.", '2024-05-01')).toBe('outdated');
  });

  it('never disputes a true sentence: a denial before it, its end, another exclusivity that did survive', () => {
    for (const text of [
      "No part of Azure's exclusivity for OpenAI survives the revision.",
      "Nothing of Azure's exclusivity for OpenAI is still in place.",
      "Little of Azure's exclusivity for OpenAI survives.",
      "Azure's exclusivity for OpenAI has not survived the revision.",
      "Azure's exclusivity for OpenAI has ended.",
      "The exclusivity of Microsoft's IP licence ends, but the licence itself survives until 2032.",
      "OpenAI's exclusivity deal with AWS for Frontier is still in place.",
      'The exclusivity OpenAI granted Amazon for Frontier remains in place, even as Microsoft loses its own.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });
});
