/** The benchmark's large fact bases are valid fact packs, and its near-duplicates are near. */
import { describe, expect, it } from 'vitest';
import { checkThatPack, nearDuplicate } from '../../../src/cli/bench-engine';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';
import { parsePack } from '../../../src/facts/pack-io';

describe('bench:engine fact bases', () => {
  it('near-duplicates of every bundled fact make a valid pack with the bundled facts', () => {
    const near = [1, 2, 3, 4].flatMap((k) => bundledPack.facts.map((f) => nearDuplicate(f, k)));
    const result = parsePack({ ...bundledPack, facts: [...bundledPack.facts, ...near] });
    expect(result.ok ? '' : result.error).toBe('');
  });

  it('moves every figure (odd k) or names Google for Microsoft (even k), keeping the keyword groups', () => {
    const fact = bundledPack.facts.find((f) => f.values.some((v) => v.kind === 'money') && /Microsoft/u.test(f.statement))!;
    const moved = nearDuplicate(fact, 1);
    expect(moved.id).toBe(`${fact.id}-near-1`);
    expect(moved.keywords).toHaveLength(fact.keywords.length);
    expect(moved.values).not.toEqual(fact.values);
    const swapped = nearDuplicate(fact, 2);
    expect(swapped.statement).toContain('Google');
    expect(swapped.statement).not.toContain('Microsoft');
  });

  it('reads CheckThat! claims as facts keyed on their rarest words', () => {
    const tsv =
      '\tvclaim\ttitle\n0\tThe mayor of Springfield banned fireworks in 2019.\tFireworks ban\n1\tA volcano erupted under the Springfield library.\tVolcano\n';
    const pack = checkThatPack(tsv);
    expect(pack.facts.map((f) => f.keywords.length)).toEqual([2, 2]);
    expect(() =>
      createClaimEngine({ ...pack, sources: [...pack.sources, ...bundledPack.sources] }).scan(['The mayor banned fireworks.']),
    ).not.toThrow();
  });
});
