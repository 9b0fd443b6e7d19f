/** The old era's API products said to have run on any cloud (past perfect, "since" the October 2025 terms): the
 * October 2025 terms limited them to Azure, so it is disputed; the non-API products' fact (pack.json, keyed by
 * "non-API") does not answer a sentence on API products. */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('API products on any cloud in the old era', () => {
  it('is disputed by the Azure-only API terms', () => {
    for (const s of [
      'Since the October 2025 restructuring, OpenAI had been free to offer API products built with third parties on any cloud.',
      'Since the October 2025 deal, OpenAI had been able to put API products made with third parties on any cloud provider.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
  });
  it('the non-API products, or today’s API products, are not', () => {
    const [c] = bundledEngine.scan(['Under the October 2025 terms, OpenAI’s non-API products could be offered on any cloud provider.']);
    expect(c?.facts.map((f) => f.id)).toContain('october-2025-non-api-products-any-cloud');
    expect(verdictOf('OpenAI can now offer API products built with third parties on any cloud.')).toBe('corroborated');
  });
});
