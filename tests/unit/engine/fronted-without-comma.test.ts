/** ", and" before a short fronted phrase left without its comma, then a company and its finite verb, opens a new
 * clause (src/engine/clauses.ts): "…, and in the short term OpenAI will go on leaning on Azure". */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/engine/clauses';
import { verdictOf } from './bundled-engine';

describe('a fronted phrase without its comma after ", and"', () => {
  it('cuts before the phrase when a company and its finite verb follow', () => {
    expect(splitClauses('Microsoft will stop paying, and in the short term OpenAI will go on leaning on Azure.')).toEqual([
      'Microsoft will stop paying',
      'in the short term OpenAI will go on leaning on Azure.',
    ]);
    expect(splitClauses('Microsoft keeps its stake, and under the new terms OpenAI pays 20% until 2030.')).toEqual([
      'Microsoft keeps its stake',
      'under the new terms OpenAI pays 20% until 2030.',
    ]);
  });

  it('does not cut where no company and finite verb follow the phrase', () => {
    for (const text of [
      'Microsoft invested $1 billion, and in the same year OpenAI moved to Azure.',
      'OpenAI pays Microsoft, and in return Microsoft hosts its models on Azure.',
      'Microsoft keeps its stake, and in the long run that may matter more.',
    ])
      expect(splitClauses(text), text).toEqual([text]);
  });

  it('judges each clause: a wrong one beside a true one is disputed, two true ones are not', () => {
    expect(
      verdictOf(
        "Microsoft will stop weaving OpenAI's technology into its products, and in the short term OpenAI will go on leaning on Azure for compute.",
      ),
    ).toBe('conflicting');
    for (const text of [
      "Microsoft will keep weaving OpenAI's technology into its products, and in the short term OpenAI will go on leaning on Azure for compute.",
      'Microsoft no longer pays OpenAI a revenue share, and under the new terms OpenAI will keep paying Microsoft until 2030.',
      'Microsoft keeps its equity stake, and for now OpenAI will keep most of its workloads on Azure.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });
});
