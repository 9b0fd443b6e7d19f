/** A month named without its year for a one-time event the confirming fact dates to another month (a memo, a statement):
 * "An internal memo that surfaced in mid-March…" is disputed by the quotes dating it to April (src/engine/details.ts
 * bareEventMonth). A month of another event in the sentence never is. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a bare month of a one-time event', () => {
  it('is disputed where the confirming fact dates the event to another month', () => {
    for (const text of [
      "An internal memo that surfaced in mid-March shows OpenAI's chief revenue officer, Denise Dresser, complaining that the Microsoft tie-up limited the company's ability to serve customers where they are located.",
      'At the start of February, Mustafa Suleyman said his team wanted to reach the cutting edge by 2027.',
      'Mustafa Suleyman said in early February that his team wanted to reach the cutting edge by 2027.',
      'In a memo leaked in late May, OpenAI revenue chief Denise Dresser complained that Microsoft was holding back the company.',
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });

  it('is confirmed in the sources’ month', () => {
    for (const text of [
      "An internal memo that surfaced in mid-April shows OpenAI's chief revenue officer, Denise Dresser, complaining that the Microsoft tie-up limited the company's ability to serve customers where they are located.",
      'At the start of April, Mustafa Suleyman said his team wanted to reach the cutting edge by 2027.',
      'Altman was briefly ousted by OpenAI’s board in November, a crisis Microsoft helped resolve.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('never disputes a month of another event in the sentence', () => {
    for (const text of [
      "Dresser, who joined OpenAI in January, wrote in a memo that Microsoft limited the company's ability to serve customers where they are located.",
      'The memo leaked in mid-April, after the AWS deal in February, and said Microsoft was holding OpenAI back.',
      "In her memo, Dresser said that since January the Microsoft deal had limited OpenAI's ability to serve customers where they are located.",
      'Microsoft and OpenAI revised their agreement in April after months of talks that started in January.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });
});
