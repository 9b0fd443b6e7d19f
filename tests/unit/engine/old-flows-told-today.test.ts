/** A flow of money told in the present in words that reach only the original terms' fact about it ("Microsoft hands
 * OpenAI a slice of what it makes when Azure clients use GPT") is compared with the revised terms' facts about the
 * same flow too: undated, disputed by today's; on a page written before the revision, outdated (engine.ts
 * withRevisedFlow). Told in the past, it stays history. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

const wordings = [
  'Microsoft hands OpenAI a slice of what it makes when Azure clients use GPT.',
  'Redmond passes OpenAI a slice of what Azure earns from its models.',
  // "gives" and "shares" before a part of something (vocabulary cues.payments.paying) affirm the flow.
  'Microsoft gives OpenAI a percentage of what it earns whenever Azure customers use GPT.',
  'Microsoft shares a portion of what it earns from Azure OpenAI Service with OpenAI.',
];

describe('an old flow told in the present', () => {
  it('is disputed undated and outdated on an old page', () => {
    for (const s of wordings) {
      expect(verdictOf(s), s).toBe('conflicting');
      expect(verdictOf(s, '2025-06-10'), s).toBe('outdated');
    }
  });
  it('told in the past, it is history', () => {
    expect(verdictOf('Before the revision, Microsoft handed OpenAI a slice of what it made from GPT on Azure.')).toBe('corroborated');
    expect(verdictOf('Before the revision, Microsoft gave OpenAI a cut of its Azure revenue.')).toBe('corroborated');
  });
  it('the other way round stays corroborated', () => {
    expect(verdictOf('OpenAI gives Microsoft a share of its revenue until 2030.')).toBe('corroborated');
    expect(verdictOf('OpenAI still shares a portion of its revenue with Microsoft, through 2030.')).toBe('corroborated');
  });
});
