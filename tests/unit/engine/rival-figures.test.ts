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
});
