/**
 * Who pays whom inside a contrast, a cleft or a noun phrase: "It is Microsoft, not OpenAI, that
 * keeps paying…" names Microsoft as the payer; "Microsoft's entitlement to a percentage of
 * OpenAI's revenue" has OpenAI paying. Sentences written for these rules, with the bundled pack.
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';
import { readDirection } from '../../../src/engine/values';

const engine = createClaimEngine(bundledPack);
const verdictOf = (text: string) => engine.scan([text]).at(-1)?.verdict ?? 'none';

describe('the party a contrast keeps is the payer', () => {
  it.each([
    'It is Microsoft, not OpenAI, that must keep paying a revenue share until 2030.',
    'Microsoft, not OpenAI, will keep paying a share of revenue until 2030.',
    'Microsoft, rather than OpenAI, keeps paying a revenue share.',
    'Not OpenAI but Microsoft will keep paying a share of revenue.',
  ])('%s → conflicting', (text) => {
    expect(verdictOf(text)).toBe('conflicting');
  });
  it.each([
    'It is OpenAI, not Microsoft, that must keep paying a revenue share until 2030.',
    'OpenAI, rather than Microsoft, keeps paying a revenue share until 2030.',
  ])('%s → corroborated', (text) => {
    expect(verdictOf(text)).toBe('corroborated');
  });
  it('reads the kept party against the one set aside, for receiving too', () => {
    expect(readDirection('It is Microsoft, not OpenAI, that receives a revenue share.')).toEqual({
      family: 'pay',
      actor: 'openai',
      target: 'microsoft',
    });
  });
});

describe("a party's share of the other's revenue: the other pays", () => {
  it.each([
    "Microsoft's entitlement to a percentage of OpenAI's revenue runs until 2030.",
    "Microsoft's right to a cut of OpenAI's revenue continues until 2030.",
    "Microsoft's 20% share of OpenAI's revenue continues until 2030.",
  ])('%s → corroborated', (text) => {
    expect(verdictOf(text)).toBe('corroborated');
  });
  it.each([
    "OpenAI's right to a cut of Microsoft's revenue continues until 2030.",
    "OpenAI's 20% share of Microsoft's revenue continues until 2030.",
  ])('%s → conflicting', (text) => {
    expect(verdictOf(text)).toBe('conflicting');
  });
  it('"OpenAI\'s entitlement to a percentage of Microsoft\'s revenue" is never corroborated', () => {
    expect(verdictOf("OpenAI's entitlement to a percentage of Microsoft's revenue runs until 2030.")).not.toBe('corroborated');
  });
});
