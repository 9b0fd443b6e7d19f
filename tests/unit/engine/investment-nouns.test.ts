/** An investment told by another noun than "investment" ("bet", "wager", "outlay", "cheque"; vocabulary wordForms)
 * reaches the investment facts: what the owner's possessive names is the investor's ("Redmond's original outlay"). */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('investment nouns', () => {
  it('the owner’s bet, outlay or cheque worth what the sources say is corroborated by the stake’s worth', () => {
    for (const s of [
      'Redmond’s original outlay has ballooned to roughly $230bn as OpenAI’s valuation soared.',
      'The software giant’s bet on the ChatGPT maker is now worth some $228bn.',
      'Microsoft’s cheques to OpenAI are worth about $228 billion today.',
    ]) {
      const [c] = bundledEngine.scan([s]);
      expect(c?.verdict, s).toBe('corroborated');
      expect(
        c?.facts.map((f) => f.id),
        s,
      ).toContain('microsoft-stake-worth-228-billion');
    }
  });
  it('another worth is disputed', () => {
    expect(verdictOf('Microsoft’s bet on OpenAI is now worth roughly $90bn.')).toBe('conflicting');
  });
  it('an infusion or injection is an investment (vocabulary wordForms)', () => {
    expect(verdictOf('Microsoft’s $10bn cash infusion into OpenAI came in January 2023.')).toBe('corroborated');
    expect(verdictOf('Microsoft’s $10bn injection into OpenAI came in March 2023.')).toBe('conflicting');
  });
});
