/**
 * Two true claims joined as journalists join them stay true: the sentence is cut where the second clause starts
 * (after ", and" before a fronted phrase or a subject with its finite verb, a linking adverb, a joining
 * conjunction before a new subject), and a detail is asked of its own clause only (sentences written for these rules).
 */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/engine/clauses';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';

const engine = createClaimEngine(bundledPack);
const verdictOf = (text: string) => engine.scan([text]).at(-1)?.verdict ?? 'none';

describe('cuts before a second clause', () => {
  it.each([
    // ", and" before a fronted phrase closed by a comma (a preposition's, or a word in -ing's).
    ["Azure keeps API products, and on OpenAI's latest valuation, Microsoft's stake is worth $135 billion.", 2],
    ['Microsoft supplied the compute, and having invested $13 billion, Microsoft wanted its access to last.', 2],
    // ", and" before a subject of a few words and its finite verb.
    ['Microsoft lost its exclusivity, and the new agreement was unveiled on Monday.', 2],
    ['OpenAI keeps paying Microsoft, and earlier reports said Microsoft weighed legal action.', 2],
    // A linking adverb, with or without "and".
    ['Microsoft stops paying OpenAI, and separately, OpenAI will keep paying Microsoft until 2030.', 2],
    ['Microsoft stops paying OpenAI, and at the same time OpenAI will keep paying Microsoft until 2030.', 2],
    // A joining conjunction before a party and its verb, or a fronted phrase.
    ['Microsoft keeps 100% of Azure revenue, even as OpenAI sells through any cloud.', 2],
    ['Microsoft keeps its stake, plus OpenAI will keep paying it until 2030.', 2],
    ['Microsoft keeps its stake, after under the October 2025 terms, API products stayed on Azure.', 2],
    // "and" without a comma before a preposition's fronted phrase and a subject; before a company, an adverb, a verb.
    ['Microsoft stops paying OpenAI and until 2030, OpenAI will keep paying Microsoft.', 2],
    ['OpenAI may sell to any customer and Microsoft reportedly weighed legal action.', 2],
    // An adverb of the vocabulary between the new subject and its verb.
    ['Microsoft leads the AI team, plus Microsoft now keeps 100% of the revenue.', 2],
  ])('%s → %i clauses', (text, n) => {
    expect(splitClauses(text)).toHaveLength(n);
  });

  it.each([
    // A bare verb phrase after "and": the words a subject never holds keep it whole.
    'OpenAI pays Microsoft 20%, and keeps what is left.',
    // "as" before no clause of its own.
    'OpenAI will keep paying Microsoft 20%, as part of the new deal.',
    // Participles joined by "and": no fronted phrase of a new clause.
    'OpenAI continues to pay Microsoft 20%, capped and ending in 2030.',
  ])('%s stays one clause', (text) => {
    expect(splitClauses(text)).toHaveLength(1);
  });
});

describe('true compounds', () => {
  it.each([
    // A fronted phrase after ", and": its party is neither side of the investment.
    "Under the October 2025 terms, API products OpenAI built with third parties stayed on Azure, and on OpenAI's latest funding valuation, Microsoft's roughly $13bn outlay is now worth close to $230bn.",
    // A participle phrase after ", and": the year of the first clause is not the investment's.
    'In 2019, Microsoft agreed to provide OpenAI with all the compute it required, and having invested more than $13 billion, Microsoft sought to make sure its access would continue.',
    // A semicolon or a dash takes its "and" into the cut: the fronted phrase opens the clause.
    "OpenAI is now free to sell its products through any cloud provider; and on OpenAI's latest funding valuation, Microsoft's roughly $13bn outlay is now worth close to $230bn.",
    "Redmond learned how exposed it was when OpenAI's board pushed out Sam Altman in November 2023 — and on OpenAI's latest funding valuation, Microsoft's roughly $13bn outlay is now worth close to $230bn.",
    // One clause's figure is not the other clause's share move.
    'Microsoft will retain 100% of the revenue generated when customers use OpenAI models on Azure, and in the meantime, Amazon stock also slipped nearly 1% after the opening bell on Monday.',
    // One clause's date is not set in order against the revision another clause names.
    '$10 billion was invested in OpenAI by Microsoft in January 2023, and separately, even after the revision, the vast majority of OpenAI workloads are expected to keep running on Azure.',
  ])('%s is never disputed', (text) => {
    expect(verdictOf(text)).not.toBe('conflicting');
  });

  it('keeps a relative clause with its main clause for its details ("…, which was then valued at $49bn")', () => {
    expect(verdictOf('In January 2023 Microsoft invested $10bn in OpenAI, which was then valued at around $49bn.')).toBe('conflicting');
  });
});

describe('a rupture is the end of a continuation (vocabulary continuation axis)', () => {
  it('reads "not expected to rupture" as going on, and "has ruptured" as ended', () => {
    expect(verdictOf('Microsoft keeps its OpenAI stake, and the partnership between the two is not expected to rupture soon.')).toBe(
      'corroborated',
    );
    expect(verdictOf('The partnership between Microsoft and OpenAI has ruptured.')).toBe('conflicting');
  });
});
