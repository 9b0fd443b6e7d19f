/** What a change keeps of the original terms ("turns non-exclusive but keeps its original end date of 2032") is today's:
 * "original" after a verb of keeping is no marker of the old era (vocabulary eras.original), "turns" before an axis's
 * state is a change like "becomes" (eras.revised), and an "end date of" a year is its bound (yearRelations.until). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('what a change keeps of the original terms', () => {
  it('is today’s terms, confirmed by them', () => {
    for (const text of [
      "Microsoft's licence to OpenAI's models and products turns non-exclusive but keeps its original end date of 2032, so Redmond's rights to the technology still stretch well into the next decade.",
      "Microsoft's licence becomes non-exclusive yet retains its original expiry in 2032.",
      "Microsoft's IP licence turns non-exclusive, though it keeps its original end date of 2032.",
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('still disputes a wrong end date or a wrong state', () => {
    for (const text of [
      "Microsoft's licence to OpenAI's models and products turns non-exclusive but keeps its original end date of 2030, so Redmond's rights to the technology still stretch well into the next decade.",
      "Microsoft's licence to OpenAI's models and products turns exclusive but keeps its original end date of 2032.",
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });

  it('leaves the old era to the original terms themselves', () => {
    expect(verdictOf("Under the original agreement, Microsoft held an exclusive licence to OpenAI's IP.")).toBe('corroborated');
  });
});
