/** A denial that is itself a cue of an axis, before that axis's other end ("no longer remains", "no longer continues to"):
 * the two cues do not cancel; read together they are the denial's end (judge.ts withDeniedCues). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a denial before the other end of its own axis', () => {
  it('"no longer remains" denies what the sources say remains', () => {
    expect(verdictOf("Microsoft no longer remains OpenAI's primary cloud partner.")).toBe('conflicting');
    expect(verdictOf("Microsoft's licence to OpenAI's models no longer remains valid until 2032.")).toBe('conflicting');
  });

  it('the cue alone, or the denial alone, reads as before', () => {
    expect(verdictOf("Microsoft remains OpenAI's primary cloud partner.")).toBe('corroborated');
    expect(verdictOf("Microsoft is no longer OpenAI's primary cloud partner.")).toBe('conflicting');
    expect(verdictOf('Microsoft no longer pays OpenAI a share of its revenue.')).toBe('corroborated');
  });
});
