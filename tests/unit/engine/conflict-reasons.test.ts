/** A conflict's reason names every figure the sources give otherwise, not just the first. */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';
import { claimWhy } from '../../../src/ui/why';

const engine = createClaimEngine(bundledPack);
const reasonOf = (text: string) => engine.scan([text]).map((c) => [c.verdict, claimWhy(c)]);

describe('conflict reasons', () => {
  it('name each differing figure of the facts shown, joined in one line', () => {
    expect(reasonOf('Microsoft holds a 49% stake in OpenAI after investing $20 billion in 2019.')).toEqual([
      ['conflicting', 'Sources say $1 billion, not $20 billion, and about 27%, not 49%'],
    ]);
  });

  it("never name another fact's date as a difference (a date belongs to its own event)", () => {
    const reason = reasonOf('Microsoft holds a 49% stake in OpenAI after investing $20 billion in 2019.')[0]?.[1];
    expect(reason).toMatch(/^Sources say/);
    expect(reason).not.toMatch(/2025|2019/);
  });

  it('keep a single difference as it was', () => {
    expect(reasonOf('OpenAI will keep paying Microsoft a revenue share until 2032.')).toEqual([
      ['conflicting', 'Sources say until 2030, not until 2032'],
    ]);
  });
});
