/** A party's share move told of a trading phase on another day than the sources give ("Microsoft shares slid 4%
 * when trading opened on Wednesday"; vocabulary cues.shareMoves) is disputed; a share move with its figure reaches
 * the facts of a move only, never the revenue share's through the word "shares" (details.ts moveDay, engine.ts). */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('share moves by day and phase', () => {
  it('another day for the same phase is disputed, with the figure where it differs', () => {
    for (const s of [
      'Microsoft stock slid 4% when trading opened on Wednesday.',
      'MSFT shares lost 3% in pre-market trading on Tuesday after the OpenAI deal.',
      'Amazon shares dropped 1% after the market opened on Friday as the OpenAI news sank in.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
    const [c] = bundledEngine.scan(['Microsoft stock slid 4% when trading opened on Wednesday.']);
    expect(c?.explanation).toMatchObject({
      kind: 'differs',
      differences: [
        { what: 'date', claimed: 'Wednesday', sources: 'Monday' },
        { what: 'share', claimed: '4%' },
      ],
    });
  });
  it('the sources’ day and phase stay corroborated', () => {
    expect(verdictOf('Microsoft shares fell nearly 1% at the open on Monday after the OpenAI announcement.')).toBe('corroborated');
    expect(verdictOf('Microsoft shares fell nearly 4% before the bell on Monday after the OpenAI deal.')).toBe('corroborated');
  });
  it('a possessive day tells the day (vocabulary cues.shareMoves.open)', () => {
    expect(verdictOf('Microsoft’s shares fell almost 4% at Tuesday’s open.')).toBe('conflicting');
    expect(verdictOf('MSFT slipped about 1% after Wednesday’s opening bell.')).toBe('conflicting');
    expect(verdictOf('Microsoft stock slid nearly 1% at Monday’s opening bell.')).toBe('corroborated');
  });
  it('the same day and phase with another figure is disputed', () => {
    expect(verdictOf('Microsoft shares dipped nearly 1% in Monday’s pre-market trading.')).toBe('conflicting');
    expect(verdictOf('MSFT lost about 4% at Monday’s open.')).toBe('conflicting');
    expect(verdictOf('Microsoft shares dropped nearly 4% in Monday’s pre-market trading.')).toBe('corroborated');
  });
  it('a share move is not confirmed by the revenue share', () => {
    const [c] = bundledEngine.scan(['Microsoft shares jumped 5% on Wednesday after the OpenAI deal.']);
    expect(c?.verdict).not.toBe('corroborated');
    expect(c?.facts.some((f) => f.topic === 'revenue-share')).toBe(false);
  });
});
