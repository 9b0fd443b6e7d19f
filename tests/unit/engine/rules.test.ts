/**
 * Verdict rules on sentences worded unlike the sources (written for these rules, with the bundled
 * pack): the last block's claim verdict, or 'none' when it is not a claim.
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';

const engine = createClaimEngine(bundledPack);
const verdictOf = (...blocks: string[]) => {
  const claims = engine.scan(blocks).filter((c) => c.block === blocks.length - 1);
  return claims.length ? claims.map((c) => c.verdict).join(',') : 'none';
};

describe('figures in other roles', () => {
  it.each([
    ["With OpenAI now valued at $850 billion, Microsoft's holding is worth about $228 billion.", 'corroborated'],
    ['Amazon committed $50 billion to OpenAI, starting with a $15 billion first tranche, while it has put $8 billion into Anthropic.', 'corroborated'],
    ['Amazon will invest $50 billion in OpenAI, beginning with an initial tranche of $25 billion.', 'conflicting'],
  ])('%s → %s', (text, want) => {
    expect(verdictOf(text)).toBe(want);
  });
});
