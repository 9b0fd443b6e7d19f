/** A colon after a clause of three words or more, before a new clause (a subject and its finite or past verb), is a cut
 * (src/engine/clauses.ts): each side is judged on its own, so a wrong clause beside a colon is disputed. */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/engine/clauses';
import { verdictOf } from './bundled-engine';

describe('a colon before a new clause', () => {
  it('cuts before a subject and its verb, not before a list or after a short label', () => {
    expect(splitClauses('Investors have enjoyed a spectacular mark-up: the latest round valued OpenAI at $850 billion.')).toEqual([
      'Investors have enjoyed a spectacular mark-up',
      'the latest round valued OpenAI at $850 billion.',
    ]);
    for (const text of [
      'Ending the revenue share turns the relationship into a simpler package: a 27% equity stake and an exclusive licence to the IP.',
      "Investors flinched: Microsoft's shares were down almost 4% in pre-market trading on Monday.",
    ])
      expect(splitClauses(text), text).toEqual([text]);
  });

  it('judges each side: a wrong clause after or before the colon is disputed', () => {
    for (const text of [
      'Anyone who bought into OpenAI at the roughly $29bn valuation of January 2024, as Microsoft did with its $10bn cheque, has enjoyed a spectacular mark-up: the latest round priced the company at $850 billion.',
      'Microsoft got a bargain in early 2023: it invested $10 billion in OpenAI in January 2024.',
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });

  it('never disputes two true sides', () => {
    for (const text of [
      'Anyone who bought into OpenAI at the roughly $29bn valuation of January 2023, as Microsoft did with its $10bn cheque, has enjoyed a spectacular mark-up: the latest round priced the company at $850 billion.',
      'The terms are simple: OpenAI keeps paying Microsoft 20% of its revenue until 2030.',
      "Microsoft's bet paid off handsomely: its $13 billion investment is now worth nearly $228.3 billion.",
      "The change is plain to see: Azure is no longer OpenAI's exclusive cloud.",
      'Microsoft comes out ahead on cash: it keeps its equity stake and stops paying OpenAI a revenue share.',
      'Tensions had been building for weeks: Amazon announced a $50 billion investment in OpenAI at the end of February.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });
});
