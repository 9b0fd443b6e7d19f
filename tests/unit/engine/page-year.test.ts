/**
 * On a page written before the revision, the page's year stands for the sentence's present ("Microsoft
 * is investing $1 billion" on a 2019 page is 2019's), but only beside the fact's specific content: a
 * sentence naming the parties and a generic relation word ("rewrite their deal") is not confirmed by a
 * fact whose only specific content is its year ("The partnership began in 2019").
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';

const engine = createClaimEngine(bundledPack);
const claimOf = (text: string, pageDate?: string) => engine.scan([text], { pageDate: pageDate ?? null })[0];

describe("the page's year meets a fact only beside the sentence's own figure", () => {
  it.each(['2019-07-22', '2023-01-23', '2025-10-28'])(
    'a rewrite headline on a page of %s is not "the partnership began in 2019"',
    (date) => {
      for (const text of ['Microsoft and OpenAI rewrite their deal', 'Microsoft and OpenAI have a partnership.']) {
        const claim = claimOf(text, date);
        expect(claim?.facts.map((f) => f.id) ?? []).not.toContain('partnership-began-2019');
        expect(claim?.verdict ?? 'none').not.toBe('corroborated');
      }
    },
  );

  it("a figure of the sentence's own, told in the present of its day, still meets that day's fact", () => {
    expect(claimOf('Microsoft is investing $1 billion in OpenAI.', '2019-07-22')?.verdict).toBe('corroborated');
    expect(claimOf('Microsoft is investing $10 billion in OpenAI.', '2023-01-23')?.verdict).toBe('corroborated');
  });

  it('a year the sentence states itself still meets the fact', () => {
    expect(claimOf('Microsoft and OpenAI have been partners since 2019.', '2023-01-23')?.verdict).toBe('corroborated');
    expect(claimOf('Microsoft and OpenAI have been partners since 2019.')?.verdict).toBe('corroborated');
  });
});
