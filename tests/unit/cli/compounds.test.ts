import { describe, expect, it } from 'vitest';
import { joinable, joinClauses } from '../../../src/cli/compounds';

describe('compounds (the mutation harness joins two true sentences)', () => {
  const a = 'Microsoft holds about 27% of OpenAI.';
  const b = 'The revised terms keep the IP licence until 2032.';

  it('joins with a plain joint, the second sentence lower-cased inside, its span given', () => {
    const j = joinClauses(a, b, 'while')!;
    expect(j.text).toBe('Microsoft holds about 27% of OpenAI, while the revised terms keep the IP licence until 2032.');
    expect(j.text.slice(...j.b)).toBe('the revised terms keep the IP licence until 2032');
    expect(joinClauses(a, b, 'meanwhile')!.text).toContain('; meanwhile, the revised');
  });

  it('keeps a name its capital inside the sentence, and lower-cases an opening word', () => {
    expect(joinClauses(a, 'OpenAI pays Microsoft 20%.', 'and')!.text).toContain(', and OpenAI pays');
    expect(joinClauses(a, 'Denise Dresser wrote a memo.', 'and')!.text).toContain(', and Denise Dresser');
    expect(joinClauses(a, "On OpenAI's numbers, the stake is worth $135bn.", 'and')!.text).toContain(", and on OpenAI's");
  });

  it('makes a relative or fronted clause only of two sentences opening with the same party and a verb', () => {
    const c = 'Microsoft invested $13 billion in OpenAI.';
    expect(joinClauses(a, c, 'which')!.text).toBe('Microsoft, which invested $13 billion in OpenAI, holds about 27% of OpenAI.');
    expect(joinClauses(a, 'Microsoft owns a stake.', 'besides')!.text).toBe('Besides owning a stake, Microsoft holds about 27% of OpenAI.');
    expect(joinClauses(a, c, 'besides')!.text).toBe('Besides having invested $13 billion in OpenAI, Microsoft holds about 27% of OpenAI.');
    expect(joinClauses(a, b, 'which')).toBeNull();
    expect(joinClauses(a, 'Microsoft shares fell 1%.', 'which')).toBeNull();
  });

  it('takes as a clause only a sentence standing on its own', () => {
    expect(joinable(a)).toBe(true);
    expect(joinable('It holds 27% of OpenAI.')).toBe(false);
    expect(joinable('Microsoft holds 27%. OpenAI agreed.')).toBe(false);
  });
});
