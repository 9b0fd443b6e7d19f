/**
 * The engine reads sentences normalised (hyphens, spaces, quotes, invisible characters, "OpenAIs");
 * a claim's offsets and text stay those of the page's own characters.
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { normaliseText } from '../../../src/engine/normalise';
import { bundledPack } from '../../../src/facts/bundled';

const engine = createClaimEngine(bundledPack);

describe('normaliseText', () => {
  it.each([
    ['non\u2011exclusive', 'non-exclusive'],
    ['Open\u200BAI', 'OpenAI'],
    ['OpenAI\u00A0pays', 'OpenAI pays'],
    ['Microsoft\u2019s licence', "Microsoft's licence"],
    ['\u201Cflow both ways\u201D', '"flow both ways"'],
    ['OpenAIs stake', "OpenAI's stake"],
    ['exclu\u00ADsive', 'exclusive'],
    ['\u202BAzure\u202C', 'Azure'],
  ])('%j → %j', (text, want) => {
    expect(normaliseText(text)).toBe(want);
  });

  it('leaves plain text as it is (the same string)', () => {
    const text = 'Microsoft will no longer pay OpenAI a revenue share.';
    expect(normaliseText(text)).toBe(text);
  });
});

describe('claims over unusual characters', () => {
  it('a non-breaking hyphen in "non\u2011exclusive" reads as non-exclusive, not exclusive', () => {
    const [claim] = engine.scan(["Microsoft's licence to OpenAI's IP becomes non\u2011exclusive."]);
    expect(claim?.verdict).toBe('corroborated');
  });

  it('offsets and text stay exact in the original block, with invisible characters inside the claim', () => {
    const before = 'Filler text here. ';
    const sentence = 'Micro\u00ADsoft\u200B will no\u00A0longer pay Open\u2060AI a revenue\u2011share.';
    const block = `${before}${sentence} More filler follows.`;
    const claims = engine.scan([block]);
    expect(claims).toHaveLength(1);
    const claim = claims[0]!;
    expect(claim.verdict).toBe('corroborated');
    expect(block.slice(claim.start, claim.end)).toBe(sentence);
    expect(claim.start).toBe(before.length);
    // The claim's text is the sentence as it reads (white space collapsed), its own characters kept.
    expect(claim.text).toBe(sentence.replace(/\s+/gu, ' '));
  });
});
