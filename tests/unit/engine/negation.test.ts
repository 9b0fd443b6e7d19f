/**
 * A sentence that denies or reverses what the sources state is never corroborated by them: it
 * conflicts (a clear denial), is mixed (a fact the sources disagree on), or is left unverified.
 * Sentences written for these rules, grounded in the seed articles, with the bundled pack.
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { readNegation } from '../../../src/engine/negation';
import { bundledPack } from '../../../src/facts/bundled';
import { claimWhy } from '../../../src/ui/why';

const engine = createClaimEngine(bundledPack);
const claimOf = (text: string) => engine.scan([text]).at(-1);
const verdictOf = (text: string) => claimOf(text)?.verdict ?? 'none';

describe('a denial of what the sources state conflicts', () => {
  it.each([
    'Microsoft did not invest $1 billion in OpenAI in 2019.',
    'Microsoft never invested in OpenAI in 2019.',
    "Microsoft is not OpenAI's largest investor.",
    'Microsoft does not keep its equity stake in OpenAI.',
    'Microsoft will not keep its stake in OpenAI.',
    'Microsoft and OpenAI have not announced a new phase in their cooperation.',
    "Microsoft's licence to OpenAI's models will not remain valid until 2032.",
    "Microsoft does not integrate OpenAI's models into its products.",
    'The revised agreement does not allow OpenAI to build its own infrastructure.',
    "Microsoft did not consider legal action over OpenAI's AWS deal.",
  ])('%s', (text) => {
    const claim = claimOf(text);
    expect(claim?.verdict).toBe('conflicting');
    expect(claim && claimWhy(claim)).toMatch(/^Sources say otherwise: /u);
  });
});

describe('giving up what the sources say a party keeps conflicts', () => {
  it.each([
    'Microsoft sold its equity stake in OpenAI.',
    'Microsoft has divested its OpenAI stake.',
    'Microsoft sold its 27% stake in OpenAI.',
    'Microsoft has given up its stake in OpenAI under the new deal.',
  ])('%s', (text) => {
    expect(verdictOf(text)).toBe('conflicting');
  });
});

describe('giving up an exclusive licence leaves it non-exclusive, as the sources say', () => {
  it.each([
    "Microsoft gives up its exclusive rights to OpenAI's intellectual property under the new deal.",
    "Microsoft relinquished its exclusive licence to OpenAI's models.",
    "Microsoft has agreed to give up its exclusive licence to OpenAI's models and products.",
  ])('%s → corroborated', (text) => {
    expect(verdictOf(text)).toBe('corroborated');
  });
  it('selling part of a stake is not what the sources say, either way', () => {
    expect(verdictOf('Microsoft plans to sell part of its OpenAI stake.')).toBe('unverified');
  });
});

describe('denying a fact the sources disagree on is mixed, with the disputing sources on the page’s side', () => {
  it.each([
    "OpenAI's restructuring has not yet been finalised.",
    "OpenAI's restructuring has not been completed.",
    'OpenAI has not completed its restructuring.',
  ])('%s', (text) => {
    const claim = claimOf(text);
    expect(claim?.verdict).toBe('mixed');
    expect(claim && claimWhy(claim)).toMatch(/^Sources disagree on whether /u);
    // Cailian Press dates the restructuring to October 2025: it conflicts with "not completed".
    const cailian = claim?.evidence.find((e) => e.source.id === 'cailian-revised-cooperation-agreement');
    expect(cailian?.stance).toBe('conflicts');
    expect(claim?.evidence.some((e) => e.stance === 'corroborates')).toBe(true);
  });
});

describe('"not yet" does not contradict a source that says it is under way', () => {
  it.each([
    'OpenAI has not transitioned to a for-profit company yet.',
    'OpenAI has yet to complete its transition to a for-profit company.',
  ])('%s', (text) => {
    expect(verdictOf(text)).not.toBe('conflicting');
    expect(verdictOf(text)).not.toBe('corroborated');
  });
});

describe('a sentence that says it is not known is not corroborated', () => {
  it.each([
    "It's not clear whether Microsoft will keep its stake in OpenAI.",
    'It is unclear whether Microsoft keeps its equity stake in OpenAI.',
  ])('%s', (text) => {
    expect(verdictOf(text)).not.toBe('corroborated');
  });
});

describe('negations that deny nothing the sources state', () => {
  it.each([
    'Microsoft, which did not comment, keeps its stake in OpenAI.',
    'Microsoft did not sell its stake in OpenAI.',
    'Microsoft has no plans to sell its stake in OpenAI.',
    "Microsoft isn't giving up its equity stake in OpenAI.",
    'OpenAI won’t stop paying Microsoft a revenue share until 2030.',
    "OpenAI's revenue share to Microsoft will not change with AGI.",
    'OpenAI can now sell its products on any cloud provider, not just Azure.',
    'The partnership is not over: Microsoft and OpenAI remain partners.',
    'Microsoft will not have to pay OpenAI a share of its revenue anymore.',
    'Microsoft will no longer be the sole cloud provider for OpenAI.',
  ])('%s → corroborated', (text) => {
    expect(verdictOf(text)).toBe('corroborated');
  });
});

describe('readNegation', () => {
  it('reads a denial with the words it governs', () => {
    const [n] = readNegation("OpenAI's restructuring has not yet been finalised.").negators;
    expect(n?.scope).toBe('yet been finalised');
    expect(n?.clear).toBe(true);
  });
  it('a denial after the first clause is not clear', () => {
    const [n] = readNegation('Microsoft keeps its stake, but it did not buy more shares.').negators;
    expect(n?.clear).toBe(false);
  });
  it('"no" governs its noun only', () => {
    expect(readNegation('There is no ceiling on what OpenAI pays Microsoft.').negators[0]?.scope).toBe('ceiling');
  });
  it('contrasts and "not only" are not denials', () => {
    expect(readNegation('OpenAI pays Microsoft until 2030, not 2032.').negators).toEqual([]);
    expect(readNegation('Not only does Microsoft keep its stake, it remains the main cloud partner.').negators).toEqual([]);
    expect(readNegation('It is Microsoft, not OpenAI, that pays.').negators).toEqual([]);
  });
});

describe('a denial about another party does not deny a fact about this one', () => {
  it.each([
    'OpenAI is no longer tied to Azure and can now sell its products on any cloud, AWS included.',
    'OpenAI no longer depends on Azure alone and has struck a cloud deal with Amazon Web Services.',
  ])('%s', (text) => {
    expect(verdictOf(text)).not.toBe('conflicting');
  });

  it("while the same denial about the fact's own party still conflicts", () => {
    expect(verdictOf('OpenAI has no cloud partnership with Amazon Web Services.')).toBe('conflicting');
  });
});
