/** What was not prevented happened: "did not stop the two companies from loosening their ties", "never kept OpenAI from
 * talking to other clouds" deny nothing (vocabulary notDenials), and "stop/keep X from …ing" is no cue of the continuation
 * axis (it is preventing, not stopping or keeping on). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('not prevented from', () => {
  it('denies nothing', () => {
    for (const text of [
      'Thirteen billion dollars of Microsoft investment and seven years of partnership did not stop the two companies from loosening their ties in April 2026.',
      "Seven years of partnership didn't stop Microsoft and OpenAI from loosening their ties.",
      'Microsoft’s $13 billion investment did not prevent OpenAI from signing a deal with Amazon.',
      "Microsoft's exclusivity never kept OpenAI from talking to other clouds, and the revised deal now lets it sell through AWS.",
    ])
      expect(verdictOf(text, '2026-04-30'), text).toBe('corroborated');
  });

  it('leaves what it allowed to be judged, and a denied stop is still one', () => {
    expect(verdictOf('Microsoft’s $13 billion investment did not stop OpenAI from paying Microsoft 50% of its revenue.')).toBe(
      'conflicting',
    );
    expect(verdictOf('Microsoft did not stop paying OpenAI a revenue share.')).toBe('conflicting');
    expect(verdictOf("OpenAI won't stop paying Microsoft a revenue share until 2030.")).toBe('corroborated');
  });
});
