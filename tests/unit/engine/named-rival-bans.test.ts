/** A ban naming a rival cloud outright (vocabulary cues.bansOfAlternatives.alternatives/names: AWS, Google Cloud…)
 * is the old exclusivity: outdated on a page written before the revision, disputed on an undated page (engine.ts
 * banToldToday), and a ban of blocking ("cannot block … from", cues.bansOfAlternatives.blocking) is lifted. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

const wordings = [
  'OpenAI cannot sell its models through AWS.',
  'OpenAI is barred from offering its models on Amazon’s cloud.',
  'Under its Microsoft contract, OpenAI cannot sell access to its models through Google Cloud.',
  'OpenAI’s API stays off-limits on AWS under the Microsoft contract.',
  'OpenAI can’t offer GPT on Amazon Web Services because of its Microsoft deal.',
  'For GPT, Azure is effectively the only game in town.',
];

describe('bans naming a rival cloud', () => {
  it('outdated on a page written before the revision', () => {
    for (const s of wordings) expect(verdictOf(s, '2024-05-10'), s).toBe('outdated');
    expect(verdictOf('OpenAI’s API stays off-limits on AWS under the Microsoft contract.', '2026-02-10')).toBe('outdated');
  });
  it('disputed on an undated page', () => {
    for (const s of wordings) expect(verdictOf(s), s).toBe('conflicting');
  });
  it('a ban of blocking is no ban', () => {
    expect(verdictOf('Microsoft cannot block OpenAI from selling on AWS anymore.')).not.toBe('conflicting');
    expect(verdictOf('Microsoft can no longer stop OpenAI from offering its models on Google Cloud.')).not.toBe('conflicting');
  });
});
