/**
 * Every claim says why as data: which kind of explanation, which differences with which values, so the
 * UI can word it in any language (src/ui/why.ts; the English words here).
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';
import { claimWhy } from '../../../src/ui/why';

const engine = createClaimEngine(bundledPack);
const only = (text: string, options = {}) => {
  const claims = engine.scan([text], options);
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('explanation', () => {
  it('a conflict names each difference: what, the page’s value, the sources’', () => {
    const c = only('Microsoft holds a 49% stake in OpenAI after investing $20 billion in 2019.');
    expect(claimWhy(c)).toBe('Sources say $1 billion, not $20 billion, and about 27%, not 49%');
    expect(c.explanation).toEqual({
      kind: 'differs',
      differences: [
        { what: 'amount', claimed: '$20 billion', sources: '$1 billion' },
        { what: 'share', claimed: '49%', sources: 'about 27%' },
      ],
    });
  });

  it('a date that differs is a year difference', () => {
    expect(only('OpenAI will keep paying Microsoft a revenue share until 2032.').explanation).toEqual({
      kind: 'differs',
      differences: [{ what: 'year', claimed: 'until 2032', sources: 'until 2030' }],
    });
  });

  it('the clause that conflicts is named when the sentence has several', () => {
    const c = only('Microsoft holds about 27% of OpenAI, and OpenAI will pay Microsoft a revenue share until 2040.');
    expect(c.explanation).toMatchObject({ kind: 'differs', clause: 'OpenAI will pay Microsoft a revenue share until 2040' });
  });

  it('another company in a party’s exclusive role is a party difference, with the fact', () => {
    const c = only("Oracle will be the exclusive distributor of OpenAI's Frontier models.");
    expect(c.explanation).toMatchObject({ kind: 'differs', differences: [{ what: 'party', claimed: 'Oracle', sources: 'AWS' }] });
    expect(c.explanation.kind === 'differs' && c.explanation.fact).toMatch(/^AWS is the exclusive/);
  });

  it('a polarity the sources state otherwise is said with their statement', () => {
    const c = only('Azure remains the exclusive cloud provider for OpenAI.');
    expect(c.verdict).toBe('conflicting');
    expect(c.explanation).toEqual({ kind: 'otherwise', fact: expect.stringMatching(/no longer OpenAI's exclusive cloud/) });
  });

  it('agreement counts the sources and names the fact; disagreement names the fact', () => {
    expect(only('Microsoft holds about 27% of OpenAI Group PBC.').explanation).toEqual({
      kind: 'agrees',
      sources: 1,
      fact: "Microsoft holds approximately 27% of the equity in OpenAI's for-profit entity.",
    });
    expect(only("OpenAI's valuation is over $300 billion, according to Microsoft.").explanation).toEqual({
      kind: 'disagree',
      fact: "OpenAI's valuation is over $300 billion.",
      said: [
        { named: ['GogoAI News'], others: 1, says: 'over $300 billion' },
        { named: ['Cailian Press'], others: 0, says: '$850 billion' },
      ],
    });
  });

  it('silence and outdated terms', () => {
    expect(only('Microsoft and OpenAI announced a new partnership involving quantum toasters.').explanation).toEqual({ kind: 'silent' });
    const old = engine.scan(["Azure is the exclusive cloud for OpenAI's models."], { pageDate: '2024-05-01' }).at(-1)!;
    expect(old.verdict).toBe('outdated');
    expect(old.explanation).toMatchObject({ kind: 'outdated', written: '2024-05-01', now: { kind: 'otherwise' } });
  });

  it('a page that is a bundled source carries that source’s name beside its id, and the reason is left to the claim', () => {
    const source = bundledPack.sources[0]!;
    const c = only('Microsoft holds about 27% of OpenAI Group PBC.', { pageSource: source.id });
    expect(c.pageSource).toBe(source.id);
    expect(c.pageSourceName).toBe(source.publisher ?? source.title);
    expect(claimWhy(c)).toMatch(/^\d+ sources?: /);
    expect(claimWhy(c)).not.toMatch(/bundled source/);
  });
});
