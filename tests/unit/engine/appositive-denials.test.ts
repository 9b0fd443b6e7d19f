/** A denial in a trailing appositive (", a share that was not changed…", vocabulary cues.clauseEnds.appositives) is the
 * aside's, not the claim's: the first clause ends at the appositive (src/engine/negation.ts). */
import { describe, expect, it } from 'vitest';
import { readNegation } from '../../../src/engine/negation';
import { verdictOf } from './bundled-engine';

describe('a denial in a trailing appositive', () => {
  it('is not the claim’s own denial', () => {
    const [n] = readNegation('OpenAI keeps paying Microsoft 20% of its revenue, a share that was not changed by the new deal.').negators;
    expect(n?.clear).toBe(false);
  });

  it('never turns a true claim into a disputed one', () => {
    for (const text of [
      'OpenAI keeps paying Microsoft 20% of its revenue, a share that was not changed by the new deal.',
      'OpenAI keeps paying Microsoft 20% of its revenue, an arrangement that was not altered in the revision.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });

  it('still reads a denial of the first clause as the claim’s', () => {
    const [n] = readNegation('OpenAI does not pay Microsoft 20% of its revenue, a ratio that was set in 2019.').negators;
    expect(n?.clear).toBe(true);
  });
});
