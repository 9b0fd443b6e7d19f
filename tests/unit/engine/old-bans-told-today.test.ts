/** The old restrictions told as prohibitions ("cannot sell through rival clouds such as AWS") or as Azure being the
 * only place: outdated on a page written before the revision, disputed on an undated page. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

const wordings = [
  'OpenAI cannot sell its models through rival clouds such as AWS.',
  'OpenAI is not allowed to sell through rival clouds such as AWS.',
  'Azure is effectively the only place to get GPT models.',
  "Azure is the only home for OpenAI's models.",
];

describe('old bans told as today', () => {
  it('outdated on a page written before the revision', () => {
    for (const s of wordings) expect(verdictOf(s, '2024-05-01'), s).toBe('outdated');
  });
  it('disputed on an undated page', () => {
    for (const s of wordings) expect(verdictOf(s), s).toBe('conflicting');
  });
  it('a lifted ban stays corroborated', () => {
    expect(verdictOf('OpenAI is no longer barred from selling through rival clouds such as AWS.')).toBe('corroborated');
  });
});
