/** A true second clause stands on its own: the first clause neither disputes it nor leaves it unverified. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';
import { splitClauses } from '../../../src/engine/clauses';

describe('a second clause on its own', () => {
  it('is cut after a comma and "yet", "still", "nevertheless", never at a bare "not yet"', () => {
    expect(splitClauses('OpenAI raised $40 billion from SoftBank, yet Microsoft remains its biggest investor.')).toHaveLength(2);
    expect(splitClauses('OpenAI has courted other investors, still, Microsoft remains its biggest backer.')).toHaveLength(2);
    expect(splitClauses('OpenAI has not yet completed its transition to a for-profit company.')).toHaveLength(1);
  });

  it('is judged by itself', () => {
    for (const s of [
      'OpenAI has lined up other backers, yet Microsoft remains its biggest investor.',
      'OpenAI raised $40 billion from SoftBank, yet Microsoft remains its biggest investor.',
      'OpenAI no longer relies only on Microsoft’s money, yet Microsoft remains its biggest investor.',
      'OpenAI is no longer tied to Azure, but Microsoft still holds a stake of about 27% in it.',
      'Microsoft no longer has exclusive rights to OpenAI’s models, yet it remains OpenAI’s largest investor.',
    ])
      expect(verdictOf(s), s).toBe('corroborated');
  });
});
