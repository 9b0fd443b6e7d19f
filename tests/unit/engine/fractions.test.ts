/**
 * Fraction words are figures: "a tenth", "a fifth", "a quarter", "a third", "half", "a majority"
 * are compared with the sources' percentages like "10%" is; "cut in half" and "halved" change a
 * ratio the sources say stays the same. Sentences written for these rules, with the bundled pack.
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';
import { readPercents, readPolarity } from '../../../src/engine/values';
import { claimWhy } from '../../../src/ui/why';

const engine = createClaimEngine(bundledPack);
const claimOf = (text: string) => engine.scan([text]).at(-1);
const verdictOf = (text: string) => claimOf(text)?.verdict ?? 'none';

describe('a fraction of OpenAI is compared with the stake the sources give (about 27%)', () => {
  it.each([
    ['Microsoft owns roughly a tenth of OpenAI.', 'about 10%'],
    ['Microsoft holds about a fifth of OpenAI.', 'about 20%'],
    ['Microsoft holds half of OpenAI.', 'about 50%'],
    ['Microsoft holds a majority stake in OpenAI.', 'over 50%'],
  ])('%s → conflicting (%s)', (text, figure) => {
    const claim = claimOf(text);
    expect(claim?.verdict).toBe('conflicting');
    expect(claim && claimWhy(claim)).toBe(`Sources say about 27%, not ${figure}`);
  });
  it.each(['Microsoft owns just over a quarter of OpenAI.', 'Microsoft holds about a quarter of OpenAI.'])('%s → corroborated', (text) => {
    expect(verdictOf(text)).toBe('corroborated');
  });
});

describe("a fraction of OpenAI's revenue is compared with the 20% share", () => {
  it.each([
    'OpenAI pays Microsoft a quarter of its revenue.',
    'OpenAI pays Microsoft half of its revenue.',
    'OpenAI pays Microsoft a tenth of its revenue.',
  ])('%s → conflicting', (text) => {
    expect(verdictOf(text)).toBe('conflicting');
  });
  it('a fifth is the 20% share', () => {
    expect(verdictOf('OpenAI pays Microsoft a fifth of its revenue.')).toBe('corroborated');
  });
});

describe('a changed sharing ratio conflicts with "the same sharing ratio"', () => {
  it.each([
    'OpenAI will keep paying Microsoft a revenue share until 2030, but the sharing ratio will be cut in half.',
    "OpenAI's revenue-sharing ratio with Microsoft will be halved.",
    'Under the new deal, OpenAI halves the percentage of revenue it shares with Microsoft.',
    'The revenue-sharing rate OpenAI pays Microsoft has been reduced.',
  ])('%s', (text) => {
    const claim = claimOf(text);
    expect(claim?.verdict).toBe('conflicting');
    expect(claim?.facts[0]?.id).toBe('openai-revenue-share-same-ratio');
  });
  it('the same ratio, in other words, is corroborated', () => {
    expect(verdictOf("The ratio of OpenAI's revenue share to Microsoft stays unchanged.")).toBe('corroborated');
  });
});

describe('reading fractions', () => {
  it('reads a tenth, a majority and a minority holding; not "cut in half" or "the majority of its workloads"', () => {
    expect(readPercents('roughly a tenth of OpenAI').map((p) => [p.value, p.hedge])).toEqual([[10, 'about']]);
    expect(readPercents('a majority stake in OpenAI').map((p) => [p.value, p.hedge])).toEqual([[50, 'over']]);
    expect(readPercents('a minority stake in OpenAI').map((p) => [p.value, p.hedge])).toEqual([[50, 'up-to']]);
    expect(readPercents('the ratio will be cut in half')).toEqual([]);
    expect(readPercents("the vast majority of OpenAI's workloads")).toEqual([]);
  });
  it('reads a ratio kept or changed', () => {
    expect(readPolarity('the same revenue-sharing ratio').ratio).toBe(1);
    expect(readPolarity('the sharing ratio will be cut in half').ratio).toBe(-1);
    expect(readPolarity('OpenAI halves the percentage of revenue it shares').ratio).toBe(-1);
    expect(readPolarity('a cut of its revenue').ratio).toBeUndefined();
  });
});
