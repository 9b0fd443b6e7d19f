/** Another company given a party's own figure in the role a fact gives that party is disputed (engine.ts rivalWithFigure). */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('another company with a party’s own figure', () => {
  it('is disputed, naming the party the sources give the figure', () => {
    for (const text of [
      'Late in February, Google said it would invest $50 billion in the ChatGPT maker.',
      'Google announced a $50 billion investment in OpenAI, with an initial tranche of $15 billion.',
      "Google holds roughly 27% of OpenAI's for-profit arm.",
    ])
      expect(verdictOf(text), text).toBe('conflicting');
    const [claim] = bundledEngine.scan(['Late in February, Google said it would invest $50 billion in the ChatGPT maker.']);
    expect(claim?.explanation).toMatchObject({ differences: [{ what: 'party', claimed: 'Google', sources: 'Amazon' }] });
  });

  it('a figure no fact of a party gives stays another company’s own matter', () => {
    expect(verdictOf('SoftBank led a $40 billion funding round for OpenAI.')).toBe('none');
    expect(verdictOf('Nvidia invested $100 billion in OpenAI.')).toBe('none');
  });

  it('never reads the other company as a party the sentence names itself (that party states its own figure)', () => {
    for (const text of [
      "Unlike Google, Microsoft holds approximately 27% of OpenAI's for-profit entity.",
      'While Google courts OpenAI, Microsoft has invested more than $13 billion in the company since 2019.',
      "Nvidia's chips are not part of the deal; Amazon is investing $50 billion in OpenAI.",
      'Google was not the one to invest $50 billion in OpenAI: Amazon was.',
      "SoftBank and Amazon are OpenAI's newer backers; Amazon said it would invest $50 billion.",
      'Oracle aside, AWS will receive a $50 billion investment commitment from OpenAI’s new backer Amazon.',
      'Where Meta hesitated, Azure’s owner Microsoft took roughly 27% of OpenAI.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });
});
