/**
 * A relative clause that tells of an earlier event with a figure of its own (asides.ts) is a secondary detail:
 * the main claim is judged without it, and its amount or first year is checked against the facts of that
 * event (details.ts): disputed where such a fact gives another value, never by the main claim's facts.
 */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('figures in asides', () => {
  it('a right amount or year of the earlier event leaves the main claim corroborated', () => {
    for (const s of [
      'Microsoft, which wrote a $1bn cheque to OpenAI in 2019, now holds 27% of the company.',
      'Microsoft, which first invested in OpenAI in 2019, now holds 27% of the company.',
      'Microsoft, which put $1bn into OpenAI in 2019, remains its largest investor.',
      'Microsoft invested $10 billion in OpenAI in 2023, which was valued at $29bn at the time.',
      'OpenAI, which was valued at $29 billion in January 2023, is now worth far more.',
    ])
      expect(verdictOf(s), s).toBe('corroborated');
  });

  it('a wrong amount or first year is disputed by the fact of that event', () => {
    const cases: [string, string][] = [
      ['Microsoft, which wrote a $2bn cheque to OpenAI in 2019, now holds 27% of the company.', 'microsoft-invested-1-billion-2019'],
      ['Microsoft, which first invested in OpenAI in 2018, now holds 27% of the company.', 'microsoft-investment-began-2019'],
      ['Microsoft, which first put $2 billion into OpenAI, remains its largest investor.', 'microsoft-invested-1-billion-2019'],
      ['Microsoft invested $10 billion in OpenAI in 2023, which was valued at $49bn at the time.', 'openai-valued-29-billion-2023'],
      [
        'Microsoft, which invested $12bn in OpenAI in January 2023, no longer pays OpenAI a revenue share.',
        'microsoft-invested-10-billion-january-2023',
      ],
    ];
    for (const [s, fact] of cases) {
      const claim = bundledEngine.scan([s])[0]!;
      expect(claim.verdict, s).toBe('conflicting');
      expect(
        claim.facts.map((f) => f.id),
        s,
      ).toEqual([fact]);
    }
  });

  it('another round is no amount of the first', () => {
    expect(verdictOf('Microsoft, which invested another $2 billion in OpenAI in 2021, remains its biggest investor.')).not.toBe(
      'conflicting',
    );
  });
});
