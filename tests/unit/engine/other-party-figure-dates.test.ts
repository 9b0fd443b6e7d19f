/** A date in a clause told of a figure by a party the fact is not about ("dwarfs the $10 billion Microsoft paid in
 * 2023", against Amazon's February 2026 pledge) dates that party's act, not the fact's (judge.ts otherPartysFigureDate). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe("a date of another party's figure", () => {
  it('is not set against the fact of the sentence’s other party', () => {
    expect(
      verdictOf("Amazon's $50 billion commitment dwarfs the $10 billion Microsoft paid in 2023 for nearly a third of OpenAI."),
    ).not.toBe('conflicting');
  });

  it('still dates the fact’s own party', () => {
    for (const text of [
      'Amazon announced a $50 billion investment in OpenAI in 2023.',
      "Amazon's $50 billion investment in OpenAI dwarfs the $10 billion Amazon paid in 2023.",
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });
});
