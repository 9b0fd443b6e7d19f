/**
 * A party's share moves told in two trading phases: where one figure is the sources' for its phase, another phase's
 * figure that differs from that phase's fact is disputed (src/engine/details.ts phaseMoves).
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('share moves in two phases', () => {
  it('disputes the figure of one phase where the other phase ties the sentence to the sources', () => {
    expect(verdictOf('Microsoft shares dropped almost 4% in premarket trading before paring losses to about 3% at the open.')).toBe(
      'conflicting',
    );
    expect(verdictOf('Microsoft shares dropped almost 6% in premarket trading before paring losses to about 1% at the open.')).toBe(
      'conflicting',
    );
  });

  it("keeps the sources' figures, and a move no figure ties to the sources", () => {
    expect(verdictOf('Microsoft shares dropped almost 4% in premarket trading before paring losses to about 1% at the open.')).toBe(
      'corroborated',
    );
    expect(verdictOf('Microsoft shares dropped almost 6% in premarket trading before paring losses to about 3% at the open.')).not.toBe(
      'conflicting',
    );
  });
});
