/** A date after "when", "after", "before"… in its own stretch of the sentence is another event's: never set against the
 * dates of the facts the clause met (src/engine/other-event-dates.ts). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';
import { otherEventDate } from '../../../src/engine/other-event-dates';

describe('a date of another event', () => {
  it('is read after a word opening another event’s time, in the date’s own stretch only', () => {
    const text = 'Microsoft invested $10 billion in OpenAI in 2024, when ChatGPT was a hit in 2023.';
    expect(otherEventDate(text, text.indexOf('2023'))).toBe(true);
    expect(otherEventDate(text, text.indexOf('2024'))).toBe(false);
  });

  it('never disputes a true sentence by another event’s date', () => {
    for (const text of [
      'In January 2023, shortly after ChatGPT burst into public view in late 2022, Microsoft invested $10 billion for nearly one-third of OpenAI, then valued at about $29bn.',
      'Microsoft put $1 billion into OpenAI, years before ChatGPT launched in 2022.',
      'Microsoft invested $10 billion in OpenAI in January 2023, weeks after ChatGPT went viral in December 2022.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });

  it('is read in a clause of its own, opened by the word that makes it another event’s', () => {
    // The cut at ", when" keeps "when" at the head of the clause it opens (clauses.ts).
    expect(verdictOf('Microsoft invested $10 billion in OpenAI in January 2023, when ChatGPT had become a sensation in late 2022.')).toBe(
      'corroborated',
    );
  });

  it('still disputes the clause’s own date told wrong', () => {
    expect(verdictOf('Microsoft invested $1 billion in OpenAI in 2021.')).toBe('conflicting');
    expect(verdictOf('Microsoft invested $10 billion in OpenAI in 2024, when ChatGPT was already a hit.')).toBe('conflicting');
  });
});
