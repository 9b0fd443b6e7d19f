/**
 * Several claims in one sentence, judged clause by clause (with the bundled pack; sentences written
 * for these rules): conflicting only where a clause conflicts on its own, partial support named.
 */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/engine/clauses';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';
import { claimWhy } from '../../../src/ui/why';

const engine = createClaimEngine(bundledPack);
const claimOf = (text: string) => engine.scan([text]).at(-1);
const verdictOf = (text: string) => claimOf(text)?.verdict ?? 'none';

describe('splitClauses', () => {
  it.each([
    [
      'Microsoft stops paying OpenAI, whereas OpenAI keeps paying Microsoft until 2030.',
      ['Microsoft stops paying OpenAI', 'OpenAI keeps paying Microsoft until 2030.'],
    ],
    ['The licence is non-exclusive; it runs until 2032.', ['The licence is non-exclusive', 'it runs until 2032.']],
    [
      'Microsoft invested $10 billion in January 2023, when ChatGPT had become a sensation.',
      ['Microsoft invested $10 billion in January 2023', 'when ChatGPT had become a sensation.'],
    ],
    ['Microsoft shares slid 2% and Amazon gained 1% on the news.', ['Microsoft shares slid 2%', 'Amazon gained 1% on the news.']],
    [
      'Microsoft said it would invest and would become the exclusive cloud.',
      ['Microsoft said it would invest', 'would become the exclusive cloud.'],
    ],
    [
      'Microsoft stops sharing revenue with OpenAI, which will pay it 20% until 2030.',
      ['Microsoft stops sharing revenue with OpenAI', 'which will pay it 20% until 2030.'],
    ],
  ])('%s', (text, want) => {
    expect(splitClauses(text)).toEqual(want);
  });

  it('does not cut between two parties named together ("Microsoft and OpenAI had …")', () => {
    expect(splitClauses('Deals between Microsoft and OpenAI had given Azure exclusive rights.')).toHaveLength(1);
  });

  it('keeps a piece too short to be a claim with its neighbour', () => {
    expect(splitClauses('It is, but only just, a deal.')).toHaveLength(1);
  });
});

describe('clause by clause', () => {
  it.each([
    // Two true clauses, each about its own direction of payment.
    [
      'Microsoft will no longer pay OpenAI a revenue share, while OpenAI keeps paying Microsoft a revenue share through 2030.',
      'corroborated',
    ],
    // The second clause alone is wrong: the sentence is conflicting, and its reason names that clause.
    [
      'Microsoft will no longer pay OpenAI a revenue share, while OpenAI keeps paying Microsoft a revenue share through 2035.',
      'conflicting',
    ],
    // A clause naming no party speaks of the sentence's parties.
    ['OpenAI will keep paying Microsoft a revenue share until 2030, but the sharing ratio will be cut in half.', 'conflicting'],
  ])('%s → %s', (text, want) => {
    expect(verdictOf(text)).toBe(want);
  });

  it('names the clause that conflicts', () => {
    const claim = claimOf(
      'Microsoft will no longer pay OpenAI a revenue share, while OpenAI keeps paying Microsoft a revenue share through 2035.',
    );
    expect(claim && claimWhy(claim)).toMatch(/2030/u);
    expect(claim && claimWhy(claim)).toMatch(/in “OpenAI keeps paying Microsoft a revenue share through 2035/u);
  });

  it('a share move of one company in a sentence about the other is judged as that company’s', () => {
    expect(verdictOf('Microsoft stock slid 2% after the announcement, and Amazon climbed 1% on Monday.')).toBe('conflicting');
  });
});

describe('partial support: details no source speaks to', () => {
  it('an extra year or amount beside a confirmed figure leaves the claim corroborated, naming the detail', () => {
    const claim = claimOf('Microsoft put $1 billion into OpenAI in 2019 and added another round in 2021.');
    expect(claim?.verdict).toBe('corroborated');
    expect(claim?.unverifiedDetails).toContain('2021');
  });

  it('a date beside a fact that gives none is a detail of when, not a doubt', () => {
    expect(verdictOf('Back in 2019 the deal made Azure the exclusive cloud for OpenAI.')).toBe('corroborated');
  });

  it('a deadline no fact gives still leaves the claim unverified', () => {
    expect(verdictOf("OpenAI's entitlement to a percentage of Microsoft's revenue runs until 2030.")).not.toBe('corroborated');
  });

  it('a percentage no fact speaks to, with nothing confirmed, stays unverified', () => {
    expect(verdictOf('Microsoft held 49% of the capped-profit arm of OpenAI.')).not.toBe('corroborated');
  });
});
