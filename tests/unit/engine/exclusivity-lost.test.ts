/** Losing, ending or scrapping exclusivity is its end (giving it up is a reversal, read by negation.ts): "Microsoft loses its exclusive rights" is non-exclusive, never exclusive. */
import { describe, expect, it } from 'vitest';
import { readPolarity } from '../../../src/engine/values';
import { verdictOf } from './bundled-engine';

describe('exclusivity lost', () => {
  it.each([
    "Microsoft loses its exclusive rights to OpenAI's models.",
    'Microsoft lost exclusivity over OpenAI’s models.',
    "The new deal ends Microsoft's exclusive rights to OpenAI's models.",
    'Microsoft was stripped of its exclusive licence.',
    'The revision scrapped the exclusive arrangement.',
  ])('%s', (text) => {
    expect(readPolarity(text).exclusivity).toBe(-1);
  });

  it('exclusivity kept or held is still exclusivity', () => {
    expect(readPolarity("Microsoft keeps its exclusive rights to OpenAI's models.").exclusivity).toBe(1);
    expect(readPolarity('Microsoft holds an exclusive licence.').exclusivity).toBe(1);
  });

  it('a true sentence of the loss is confirmed, not disputed', () => {
    expect(verdictOf("Microsoft loses its exclusive rights to OpenAI's models.")).toBe('corroborated');
  });
});
