/** The month a sentence gives the revision's announcement, checked against the fact dating it (details.ts
 * revisionMonth; vocabulary eventDates.revision, monthLeads). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('the month of the revision’s announcement', () => {
  it('another month is disputed, with or without its year', () => {
    for (const s of [
      'Microsoft and OpenAI unveiled the revised agreement at the end of March.',
      'Microsoft announced the reworked OpenAI deal in March 2026.',
      'Microsoft and OpenAI announced the revised agreement in March, before the trial.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
  });
  it('its own month, another event’s month or an event set in order is not', () => {
    for (const s of [
      'Microsoft and OpenAI unveiled the revised agreement in late April.',
      'OpenAI announced its new deal with Amazon in February.',
      'OpenAI announced a new round in March, weeks before the revised Microsoft deal.',
    ])
      expect(verdictOf(s), s).not.toBe('conflicting');
  });
});
