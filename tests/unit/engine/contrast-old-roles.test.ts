/** A name set against a party ("It was Amazon, not Microsoft, that OpenAI named as the exclusive third-party cloud
 * distributor for Frontier") is disputed where the sources give the role to the party set aside; a role that party held
 * only under the original terms does not dispute it where standing facts give the kept party the role (engine.ts
 * contrastedParty). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a contrast against a party’s old role', () => {
  it('is the kept party’s standing role', () => {
    for (const text of [
      'It was Amazon, not Microsoft, that OpenAI named as the exclusive third-party cloud distributor for its Frontier agent-management platform.',
      "Amazon, not Microsoft, is the exclusive third-party cloud distributor for OpenAI's Frontier platform.",
      'It was AWS rather than Azure that OpenAI picked as the exclusive third-party distributor for Frontier.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('is still disputed the other way round, or where the party set aside holds the role', () => {
    for (const text of [
      'It was Microsoft, not Amazon, that OpenAI named as the exclusive third-party cloud distributor for its Frontier agent-management platform.',
      "Google, not Microsoft, remains OpenAI's main cloud partner.",
      'Amazon, not Microsoft, holds about 27% of OpenAI.',
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });
});
