/**
 * Verdict rules on sentences worded unlike the sources (written for these rules, with the bundled
 * pack): the last block's claim verdict, or 'none' when it is not a claim.
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';

const engine = createClaimEngine(bundledPack);
const verdictOf = (...blocks: string[]) => {
  const claims = engine.scan(blocks).filter((c) => c.block === blocks.length - 1);
  return claims.length ? claims.map((c) => c.verdict).join(',') : 'none';
};

describe('figures in other roles', () => {
  it.each([
    ["With OpenAI now valued at $850 billion, Microsoft's holding is worth about $228 billion.", 'corroborated'],
    [
      'Amazon committed $50 billion to OpenAI, starting with a $15 billion first tranche, while it has put $8 billion into Anthropic.',
      'corroborated',
    ],
    ['Amazon will invest $50 billion in OpenAI, beginning with an initial tranche of $25 billion.', 'conflicting'],
  ])('%s → %s', (text, want) => {
    expect(verdictOf(text)).toBe(want);
  });
});

describe('a date pins the fact', () => {
  it.each([
    ['In January 2023 Microsoft put $25 billion into OpenAI.', 'conflicting'],
    ['In January 2023 Microsoft put $10 billion into OpenAI.', 'corroborated'],
    ['Microsoft has poured more than $13 billion into OpenAI since 2019.', 'corroborated'],
  ])('%s → %s', (text, want) => {
    expect(verdictOf(text)).toBe(want);
  });
});

describe('forbidden alternatives and missing caps', () => {
  it.each([
    ['OpenAI remains prohibited from offering its models on any cloud except Azure.', 'conflicting'],
    ['OpenAI is no longer barred from selling through clouds other than Azure.', 'corroborated'],
    ["OpenAI's payments to Microsoft come without any ceiling.", 'conflicting'],
    ['What OpenAI pays Microsoft is unlimited under the new deal.', 'conflicting'],
    ["OpenAI's revenue-share payments to Microsoft have a ceiling on the total.", 'corroborated'],
  ])('%s → %s', (text, want) => {
    expect(verdictOf(text)).toBe(want);
  });
});

describe('who receives, and descriptions of the parties', () => {
  it.each([
    [["OpenAI is set to collect 20% of Microsoft's revenue through 2030."], 'conflicting'],
    [["Microsoft will receive 20% of OpenAI's revenue."], 'corroborated'],
    [
      ['OpenAI and Microsoft signed new terms on Tuesday.', 'The Windows maker will keep paying its partner a cut of revenue.'],
      'conflicting',
    ],
    [
      ['OpenAI and Microsoft signed new terms on Tuesday.', 'The startup will keep paying its partner a cut of revenue until 2030.'],
      'corroborated',
    ],
    [['Microsoft and OpenAI go back years.', 'The software giant put $1 billion into the lab in 2019.'], 'corroborated'],
    [['Microsoft and OpenAI go back years.', 'The company poured $2 billion into the startup that year.'], 'unverified'],
    [['Anthropic raised money again.', 'The startup took $2 billion from its partner that year.'], 'none'],
  ])('%j → %s', (blocks, want) => {
    expect(verdictOf(...blocks)).toBe(want);
  });
});

describe('"It" for the thing just named', () => {
  it('reads "It" as the licence of the sentence before', () => {
    const claims = engine.scan([
      "Microsoft's licence to OpenAI's technology was overhauled. It is no longer exclusive and lasts until 2032.",
    ]);
    expect(claims.at(-1)?.verdict).toBe('corroborated');
  });
  it('does not carry the thing past a sentence about another subject', () => {
    expect(
      verdictOf(
        "Microsoft's licence to OpenAI's models was rewritten.",
        'The chipmaker holds an exclusive licence to the patent until 2030.',
      ),
    ).toBe('none');
  });
});

describe("Amazon's side and OpenAI's people", () => {
  it.each([
    [['Shares of Amazon also dipped almost 1% once trading began.'], 'corroborated'],
    [['Shares of Amazon jumped 5% after its earnings.'], 'none'],
    [['Amazon shares rose 2% on strong retail sales.'], 'none'],
    [['Denise Dresser said demand for the AWS partnership has been astonishing.'], 'corroborated'],
  ])('%j → %s', (blocks, want) => {
    expect(verdictOf(...blocks)).toBe(want);
  });
});

describe('who gets new products first', () => {
  it.each([
    ['New OpenAI products will show up on Google Cloud before they come to Azure.', 'conflicting'],
    ['OpenAI will launch its new models on AWS ahead of Azure.', 'conflicting'],
    ['New OpenAI products are still released first on Azure.', 'corroborated'],
    ['OpenAI said its newest model was released first on Amazon Web Services.', 'none'],
  ])('%s → %s', (text, want) => {
    expect(verdictOf(text)).toBe(want);
  });
});

describe('origins, conversions, permissions', () => {
  it.each([
    ["Microsoft's backing of OpenAI goes back to 2019.", 'corroborated'],
    ["Microsoft's backing of OpenAI goes back to 2021.", 'conflicting'],
    ['OpenAI is still working through its conversion from a nonprofit.', 'corroborated'],
    ['OpenAI has finished restructuring itself into a for-profit business.', 'mixed'],
    ['Under the old agreement Microsoft was free to develop rival AI models.', 'conflicting'],
    ['Under the old agreement Microsoft was barred from developing rival AI models.', 'corroborated'],
  ])('%s → %s', (text, want) => {
    expect(verdictOf(text)).toBe(want);
  });
});

describe('true sentences in other words stay out of conflict', () => {
  it.each([
    'Microsoft first backed OpenAI with $1 billion in 2019 and added $10 billion in January 2023.',
    "OpenAI's valuation hit $850 billion in its most recent round, lifting the value of Microsoft's stake to about $228 billion.",
    "Amazon's $50 billion commitment to OpenAI begins with $15 billion up front.",
    'OpenAI will keep handing Microsoft 20% of its revenue until 2030.',
    'Azure used to be the only cloud OpenAI could use.',
  ])('%s', (text) => {
    expect(verdictOf(text)).toBe('corroborated');
  });
});

describe('present-tense exclusivity and topic carry-over', () => {
  it.each([
    [["Azure continues to be OpenAI's sole cloud provider."], 'conflicting'],
    [['Microsoft is still the only cloud OpenAI may use.'], 'conflicting'],
    [['Microsoft and OpenAI signed new terms.', 'Google invested $2 billion in Anthropic.', 'It will pay a share of revenue.'], 'none'],
    [['Microsoft and OpenAI signed new terms.', 'The chipmaker will receive 15% of the revenue until 2029.'], 'none'],
    [
      ['Microsoft and OpenAI signed new terms.', 'Separately, the league said its broadcaster would pay $2 billion a year until 2030.'],
      'none',
    ],
  ])('%j → %s', (blocks, want) => {
    expect(verdictOf(...blocks)).toBe(want);
  });
});

describe("another company in a party's exclusive role", () => {
  it.each([
    ["Oracle is set to be the exclusive third-party distributor of OpenAI's Frontier agents.", 'conflicting'],
    ["Oracle will also distribute OpenAI's Frontier platform.", 'none'],
    ['Oracle signed an exclusive cloud contract with OpenAI.', 'none'],
    ["Nvidia will exclusively supply chips for OpenAI's data centers.", 'none'],
  ])('%s → %s', (text, want) => {
    expect(verdictOf(text)).toBe(want);
  });
});

describe('a flow whose payer cannot be told', () => {
  it.each([
    [['Microsoft and OpenAI reworked their partnership.', 'The company will go on paying a share of its revenue.'], 'none'],
    [['Microsoft said its pact with OpenAI had been redrawn.', 'The company will keep paying a share of revenue.'], 'none'],
    [
      ['OpenAI and Microsoft reworked their partnership.', 'It will keep paying Microsoft a share of its revenue until 2030.'],
      'corroborated',
    ],
  ])('%j → %s', (blocks, want) => {
    expect(verdictOf(...blocks)).toBe(want);
  });
});
