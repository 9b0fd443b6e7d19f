/** The event-date check (src/engine/details.ts eventDate) sets a sentence's date against a dated fact's only where the
 * date is the event's own: a date after "when" or an order word is another event's (src/engine/other-event-dates.ts),
 * and a span from a year ("since 2019") holds any event of that year or later. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('event dates of another event', () => {
  it('never disputes an investment by the date of another event after "when"', () => {
    for (const text of [
      'Microsoft\u2019s $1 billion bet on OpenAI looked visionary when ChatGPT exploded into public consciousness in late 2022.',
      'Microsoft\u2019s $1 billion investment in OpenAI seemed prescient when ChatGPT launched in 2022.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });

  it('still disputes the investment told in another year', () => {
    expect(verdictOf('Microsoft invested $1 billion in OpenAI in 2022.')).toBe('conflicting');
  });
});

describe('event dates in a span from a year', () => {
  it('never disputes an investment made within the span', () => {
    for (const text of [
      'Microsoft has invested at least $10 billion in OpenAI since 2019.',
      'Microsoft has poured more than $13 billion into OpenAI since 2019.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });

  it('still disputes a span that begins after the investment', () => {
    expect(verdictOf('Microsoft has invested $10 billion in OpenAI since 2024.')).toBe('conflicting');
  });
});
