/**
 * "Gave up its stake" gives the stake up: "give up" is no paying verb and no mark of the old terms
 * (src/facts/vocabulary.json: directions.pay, the eras' past words). Before, "gave up" was read as "paid"
 * in the terms before the revision, and "Microsoft gave up its stake in OpenAI" was corroborated by the
 * old revenue-share fact.
 */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('giving a holding up', () => {
  it.each([
    'Microsoft gave up its stake in OpenAI.',
    'Microsoft gave up its equity in OpenAI.',
    'Microsoft is giving up its stake in OpenAI.',
  ])('is disputed by the sources that say the stake is kept: %s', (text) => {
    const [claim] = bundledEngine.scan([text]);
    expect(claim?.verdict).toBe('conflicting');
    expect(claim?.facts.map((f) => f.statement).join(' ')).toMatch(/keeps its equity stake/u);
  });

  it('giving money is still paying it', () => {
    expect(verdictOf('Microsoft gave OpenAI a share of its Azure revenue until the revision.')).toBe('corroborated');
  });
});
