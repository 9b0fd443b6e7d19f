/** The month of the year a sentence gives an event without its year ("at the start of January", "in early
 * December"; vocabulary cues.eventDates.monthLeads), where its amount reaches a fact dating that event to another
 * month: disputed by the quote giving the month (details.ts bareMonth). */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('an event’s month without its year', () => {
  it('another month than the sources’ is disputed', () => {
    for (const s of [
      'Amazon unveiled its $50bn outlay on OpenAI at the start of January.',
      'In early December, Amazon committed $50 billion to OpenAI.',
      'Microsoft poured $10 billion into OpenAI in late March.',
      'Microsoft poured $10 billion into OpenAI in mid-March.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
    const [c] = bundledEngine.scan(['Amazon unveiled its $50bn outlay on OpenAI at the start of January.']);
    expect(c?.explanation).toMatchObject({ kind: 'differs', differences: [{ what: 'date', claimed: 'January' }] });
  });
  it('the sources’ month, or a month without an amount, is not disputed', () => {
    expect(verdictOf('Amazon announced a $50bn investment in OpenAI in late February.')).toBe('corroborated');
    expect(verdictOf('Microsoft invested $10 billion in OpenAI in January.')).toBe('corroborated');
    expect(verdictOf('In March, Microsoft and OpenAI were still talking about their partnership.')).not.toBe('conflicting');
  });
  it('a participial aside dates the noun before it (vocabulary cues.eventDates.relatives)', () => {
    for (const s of [
      'Amazon’s $50bn commitment to OpenAI, unveiled at the end of March, starts with a $15bn tranche.',
      'Amazon’s $50 billion investment in OpenAI, disclosed in early March, begins with $15 billion.',
      'The $10bn Microsoft poured into OpenAI, revealed in late March, took its total past $13bn.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
    expect(verdictOf('Amazon’s $50bn commitment to OpenAI, unveiled at the end of February, starts with a $15bn tranche.')).toBe(
      'corroborated',
    );
  });
});
