import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { testPack } from './test-pack';
import { claimWhy } from '../../../src/ui/why';

const engine = createClaimEngine(testPack);
const verdictOf = (...blocks: string[]) => {
  const claims = engine.scan(blocks);
  return claims.length ? claims[claims.length - 1]!.verdict : 'none';
};

describe('claim detection', () => {
  it.each([
    'Microsoft released a new Surface laptop with a faster processor.',
    'OpenAI launched a shopping feature inside ChatGPT.',
    'Amazon invested $4 billion in Anthropic in 2024.',
    'Nvidia said it would invest up to $100 billion in OpenAI as data centers are deployed.',
    'Oracle signed a cloud contract with OpenAI worth hundreds of billions of dollars.',
    'Microsoft and OpenAI were both named among the most valuable brands of the year.',
    'The studio will share 20% of box office revenue with the director.',
    'The license for the stadium naming rights is exclusive until 2032.',
    'Anthropic, the OpenAI rival backed by Amazon and Google, was valued at $183 billion in its latest round.',
    'Regulators will not probe the deal between Microsoft and Inflection.',
  ])('is not a partnership claim: %s', (text) => {
    expect(engine.scan([text])).toEqual([]);
  });

  it('reports a partnership claim no fact speaks to as unverified', () => {
    expect(verdictOf('Microsoft and OpenAI agreed that an expert panel would verify any AGI declaration.')).toBe('unverified');
  });

  it('resolves "It" to the party named in the sentence before', () => {
    expect(verdictOf('Microsoft described the revision as a simplification. It will no longer pay revenue share to OpenAI.')).toBe(
      'corroborated',
    );
  });

  it('carries the party across adjacent blocks', () => {
    expect(
      verdictOf('Microsoft described the revision as a simplification.', 'The company will keep paying OpenAI a share of its revenue.'),
    ).toBe('conflicting');
  });

  it('forgets the context after a few unrelated sentences', () => {
    const claims = engine.scan([
      'Microsoft commented.',
      'Rain fell. Wind blew. Snow came.',
      'It will no longer pay revenue share to OpenAI.',
    ]);
    expect(claims.map((c) => c.verdict)).toEqual([]);
  });

  it('gives offsets into the block', () => {
    const block = 'Filler first. Microsoft will no longer pay OpenAI a share of its revenue.';
    const [claim] = engine.scan(['x', block]);
    expect(claim).toMatchObject({ block: 1 });
    expect(block.slice(claim!.start, claim!.end)).toBe('Microsoft will no longer pay OpenAI a share of its revenue.');
  });

  it('broad sensitivity also reports one-company sentences in partnership terms', () => {
    const text = 'Microsoft is renegotiating its cloud contracts.';
    expect(createClaimEngine(testPack).scan([text])).toEqual([]);
    expect(
      createClaimEngine(testPack, { sensitivity: 'broad' })
        .scan([text])
        .map((c) => c.verdict),
    ).toEqual(['unverified']);
  });

  it('strict sensitivity drops claims no fact speaks to; balanced keeps them', () => {
    const text = 'Microsoft and OpenAI agreed that an expert panel would verify any AGI declaration.';
    expect(createClaimEngine(testPack, { sensitivity: 'strict' }).scan([text])).toEqual([]);
    expect(createClaimEngine(testPack, { sensitivity: 'balanced' }).scan([text])).toHaveLength(1);
  });
});

describe('verdicts', () => {
  it.each([
    ['Microsoft will no longer pay OpenAI a share of its revenue under the new agreement.', 'corroborated'],
    ['Microsoft has agreed to stop sharing revenue with OpenAI.', 'corroborated'],
    ['Redmond will no longer hand OpenAI a cut of its revenue.', 'corroborated'],
    ['OpenAI will keep paying Microsoft a revenue share until 2030.', 'corroborated'],
    ['OpenAI will continue to pay Microsoft 20 percent of its revenue through 2030.', 'corroborated'],
    ['In 2019, Microsoft invested $1 billion in OpenAI.', 'corroborated'],
    ['Microsoft has invested more than $13bn in OpenAI since 2019.', 'corroborated'],
    ['From an initial $1 billion in 2019, Microsoft has invested over $13 billion in OpenAI.', 'corroborated'],
    ["OpenAI's valuation has climbed to more than $300 billion.", 'mixed'],
    ["Microsoft served as OpenAI's exclusive cloud computing provider.", 'corroborated'],
    ['OpenAI will hand Microsoft roughly a fifth of its revenue through the end of 2030.', 'corroborated'],
    ["Microsoft's licence to OpenAI's IP stays in force until 2032 but is no longer exclusive.", 'corroborated'],
  ])('%s → %s', (text, verdict) => {
    expect(verdictOf(text)).toBe(verdict);
  });

  it.each([
    ['Microsoft will continue to share its revenue with OpenAI under the revised deal.', 'polarity'],
    ['OpenAI will keep paying Microsoft a revenue share until 2032.', 'year'],
    ['OpenAI will continue to pay Microsoft 25% of its revenue through 2030.', 'percentage'],
    ['In 2019, Microsoft invested $3 billion in OpenAI.', 'amount'],
    ['Microsoft holds approximately 35% of the equity in OpenAI.', 'percentage'],
    [
      'Microsoft, which first invested $1 billion in OpenAI in 2019, holds roughly 45% of its equity.',
      'the percentage, in a sentence whose other figures are right',
    ],
    ["Microsoft's licence to OpenAI's intellectual property remains exclusive until 2032.", 'exclusivity'],
    ['OpenAI may only distribute its products through Microsoft Azure.', 'exclusivity'],
    ['Microsoft shares rose nearly 5% at the open on Monday.', 'movement'],
    ['Microsoft will continue to pay OpenAI a 20% share until 2030.', 'direction (mirror fact)'],
    ['OpenAI invested $1 billion in Microsoft in 2019.', 'direction'],
    ['Microsoft will pay OpenAI 20% of its revenue until 2030.', 'who pays whom, without a cue word'],
    ['OpenAI will stop paying Microsoft a revenue share.', 'polarity of the other flow'],
    ["Azure remains OpenAI's only cloud provider under the new agreement.", 'exclusivity'],
  ])('%s → conflicting (%s)', (text) => {
    expect(verdictOf(text)).toBe('conflicting');
  });

  it('does not flag who-pays-whom when the base affirms that flow elsewhere', () => {
    // Only the "Microsoft no longer pays" fact is reached, but the base knows OpenAI pays Microsoft.
    expect(verdictOf('There is no ceiling on what OpenAI pays Microsoft in revenue.')).not.toBe('conflicting');
  });

  it('reaches the "continues to pay" fact from "stop paying"', () => {
    const pack = {
      ...testPack,
      facts: testPack.facts.map((f) => (f.id === 'openai-keeps-paying' ? { ...f, keywords: [...f.keywords, ['continue', 'keep']] } : f)),
    };
    expect(createClaimEngine(pack).scan(['OpenAI will stop paying Microsoft a revenue share.'])[0]?.verdict).toBe('conflicting');
  });

  it('does not call a figure the base does not know a conflict when nothing else anchors it', () => {
    expect(verdictOf('Microsoft invested a further $2 billion in OpenAI in 2021.')).not.toBe('conflicting');
  });

  it.each([
    ['Microsoft held 49% of OpenAI before the recapitalization.', 'a past share of something that has changed'],
    ["Microsoft's stake in OpenAI was worth about $135 billion after the restructuring.", 'a past value'],
    ['In 2020, Microsoft received an exclusive license to GPT-3.', 'dated before the revision'],
    ['Microsoft invested an additional $2 billion in OpenAI in 2021.', 'another transaction, another date'],
    ['Microsoft said its investment in OpenAI cut its net income by $3.1 billion.', 'another quantity near the same words'],
    ['Microsoft had been entitled to 49% of the revenue OpenAI pays, up to a cap.', 'a past share, "up to" is no rise'],
  ])('leaves a sentence about another time unverified, not conflicting: %s (%s)', (text) => {
    expect(['unverified', 'none']).toContain(verdictOf(text));
  });

  it('does not corroborate a sentence whose figure no matched fact speaks to', () => {
    expect(verdictOf('Microsoft was entitled to 75% of the revenue OpenAI pays, until 2030.')).not.toBe('corroborated');
  });

  it('does not let a one-company sentence reach a two-party fact without partnership words', () => {
    expect(engine.scan(['Microsoft bought Activision Blizzard for $69 billion in 2023.'])).toEqual([]);
    expect(engine.scan(['Microsoft invested $10 billion in new data centres in 2019.'])).toEqual([]);
  });

  it('does not read a past-tense sentence about the original deal against the new terms', () => {
    expect(verdictOf('Under the original deal, Microsoft was the exclusive cloud provider for OpenAI.')).toBe('corroborated');
  });

  it('says why a claim conflicts, with the sources against it', () => {
    const [c] = engine.scan(['OpenAI will keep paying Microsoft a revenue share until 2032.']);
    expect(claimWhy(c!)).toBe('Sources say until 2030, not until 2032');
    expect(c!.evidence.length).toBeGreaterThan(0);
    expect(c!.evidence.every((e) => e.stance === 'conflicts')).toBe(true);
  });

  it('marks sources that dispute a fact on a mixed claim', () => {
    const [c] = engine.scan(["OpenAI's valuation has climbed to more than $300 billion."]);
    expect(c!.evidence.map((e) => e.stance).sort()).toEqual(['conflicts', 'corroborates']);
  });
});

describe('topic carried from the sentence before', () => {
  it('reads a nameless sentence right after one naming both sides as about their deal', () => {
    expect(
      verdictOf(
        'Microsoft and OpenAI updated their agreement. Under the new terms, the licence becomes non-exclusive but remains valid until 2032.',
      ),
    ).toBe('corroborated');
  });

  it('never contradicts through a carried topic, and never carries it across blocks', () => {
    expect(
      engine.scan(['Microsoft and OpenAI updated their agreement. The stadium licence is exclusive until 2032.']).map((c) => c.verdict),
    ).not.toContain('conflicting');
    expect(engine.scan(['Microsoft and OpenAI updated their agreement.', 'The stadium licence is exclusive until 2032.'])).toHaveLength(1);
  });
});

describe('time of a state', () => {
  it('does not support a present, undated figure with a state dated before the revision', () => {
    const pack = {
      ...testPack,
      facts: [
        ...testPack.facts,
        {
          ...testPack.facts.find((f) => f.id === 'equity-27')!,
          id: 'third-2023',
          era: 'any' as const,
          statement: 'In January 2023 Microsoft bought nearly one-third of OpenAI.',
          values: [
            { kind: 'percent' as const, value: 33.3, hedge: 'nearly' as const },
            { kind: 'month' as const, value: '2023-01' },
          ],
        },
      ],
    };
    const e = createClaimEngine(pack);
    expect(e.scan(["Microsoft's equity stake in OpenAI is around 32%."])[0]?.verdict).toBe('conflicting');
    expect(e.scan(['In January 2023 Microsoft bought a stake of nearly a third of OpenAI.'])[0]?.verdict).toBe('corroborated');
  });
});
