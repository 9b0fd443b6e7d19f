/**
 * The reader's words for a verdict come from messages.json: every kind of explanation, every kind of
 * difference, every verdict and every topic has its string, and counts take their plural form.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import { DIFFERENCE_KINDS, EXPLANATION_KINDS, VERDICTS, type Explanation } from '../../../src/engine/claim';
import { TOPICS } from '../../../src/facts/schema';
import { tn } from '../../../src/ui/i18n';
import { VERDICT_LOOK, verdictSummary } from '../../../src/ui/verdict-display';
import { claimWhy, DIFFERENCE_MESSAGE, EXPLANATION_MESSAGE, explanationText, topicName } from '../../../src/ui/why';

const messages = en as Record<string, { message: string; description?: string }>;
const has = (key: string) => typeof messages[key]?.message === 'string' && messages[key]!.message.length > 0;

describe('every kind has its string', () => {
  it('each explanation kind and each difference kind', () => {
    expect(EXPLANATION_KINDS.filter((k) => !has(EXPLANATION_MESSAGE[k]))).toEqual([]);
    expect(DIFFERENCE_KINDS.filter((k) => !has(DIFFERENCE_MESSAGE[k]))).toEqual([]);
  });

  it('each verdict: its word, its meaning, its summary in both plural forms', () => {
    for (const v of VERDICTS) {
      const look = VERDICT_LOOK[v];
      expect([look.label, look.explain, `${look.summary}_one`, `${look.summary}_other`].filter((k) => !has(k))).toEqual([]);
    }
  });

  it('each topic', () => {
    expect(TOPICS.filter((topic) => !has(`topic_${topic.replace(/-/g, '_')}`))).toEqual([]);
  });

  it('each message with a _one form has its _other form (the fallback for every other count)', () => {
    const ones = Object.keys(messages).filter((k) => k.endsWith('_one'));
    expect(ones.length).toBeGreaterThan(5);
    expect(ones.filter((k) => !has(k.replace(/_one$/, '_other')))).toEqual([]);
  });
});

describe('a topic without its string', () => {
  it('reads as its id instead of throwing', () => {
    expect(topicName('revenue-share')).toBe(messages.topic_revenue_share!.message);
    expect(() => topicName('space-elevators')).not.toThrow();
    expect(topicName('space-elevators')).toBe('Space elevators');
  });
});

describe('plurals', () => {
  it('one and many', () => {
    expect(tn('countFacts', 1)).toBe('1 fact');
    expect(tn('countFacts', 2)).toBe('2 facts');
    expect(tn('countFacts', 0)).toBe('0 facts');
    expect(tn('countSources', 1)).toBe('1 source');
    expect(verdictSummary('conflicting', 1)).toBe('1 claim disputed by the sources');
    expect(verdictSummary('conflicting', 3)).toBe('3 claims disputed by the sources');
    expect(verdictSummary('corroborated', 1)).toBe('1 agrees with the sources');
    expect(verdictSummary('corroborated', 21)).toBe('21 agree with the sources');
    expect(tn('badgeTitle', 1, [25])).toMatch(/^ClaimLens: 1 needs attention .*claims checked: 25$/);
    expect(tn('badgeTitle', 2, [25])).toMatch(/^ClaimLens: 2 need attention/);
  });
});

describe('why, in words', () => {
  const differs: Explanation = {
    kind: 'differs',
    differences: [
      { what: 'share', claimed: '50%', sources: '20%' },
      { what: 'year', claimed: 'until 2040', sources: 'until 2030' },
    ],
  };

  it('names every difference, the sources’ value first', () => {
    expect(explanationText(differs)).toBe('Sources say 20%, not 50%, and until 2030, not until 2040');
    expect(
      explanationText({
        kind: 'differs',
        differences: [{ what: 'direction', claimed: 'the other way round', sources: 'OpenAI pays Microsoft' }],
      }),
    ).toBe('Sources say OpenAI pays Microsoft, not the other way round');
    expect(
      explanationText({
        kind: 'differs',
        differences: [{ what: 'party', claimed: 'Oracle', sources: 'AWS' }],
        fact: 'AWS is the distributor.',
      }),
    ).toBe('Sources say AWS, not Oracle: AWS is the distributor.');
    expect(explanationText({ ...differs, clause: 'OpenAI will pay until 2040' })).toMatch(/\(in “OpenAI will pay until 2040”\)$/);
  });

  it('agreement in the plural it needs (no "1 sources")', () => {
    expect(explanationText({ kind: 'agrees', sources: 1, fact: 'F.' })).toBe('1 source: F.');
    expect(explanationText({ kind: 'agrees', sources: 3, fact: 'F.' })).toBe('3 sources: F.');
  });

  it('disagreement, silence, a changed term with the page’s date in words', () => {
    expect(explanationText({ kind: 'disagree', fact: 'F.' })).toBe('Sources disagree: F.');
    expect(explanationText({ kind: 'disagree', fact: 'F.', denied: true })).toMatch(/^Sources disagree on whether/);
    // Who says what, each side worded, the stating side in its plural.
    expect(
      explanationText({
        kind: 'disagree',
        fact: 'F.',
        said: [
          { named: ['A'], others: 1, says: 'over $300 billion' },
          { named: ['B'], others: 0, says: '$850 billion' },
        ],
      }),
    ).toBe('Sources disagree: F. (A and 1 other: over $300 billion; B: $850 billion)');
    expect(
      explanationText({
        kind: 'disagree',
        fact: 'F.',
        said: [
          { named: ['A'], others: 0 },
          { named: ['B'], others: 0, says: '“not yet”' },
        ],
      }),
    ).toBe('Sources disagree: F. (A says so; B: “not yet”)');
    // Sources named as a list, counted when none has a name, the stating side's verb agreeing with them all.
    expect(
      explanationText({
        kind: 'disagree',
        fact: 'F.',
        said: [
          { named: ['A', 'B', 'C'], others: 2 },
          { named: [], others: 2, says: '$850 billion' },
        ],
      }),
    ).toBe('Sources disagree: F. (A, B, C, and 2 others say so; 2 sources: $850 billion)');
    expect(explanationText({ kind: 'silent' })).toBe('No bundled source speaks to this claim.');
    expect(explanationText({ kind: 'outdated', written: '2024-05-01', now: { kind: 'otherwise', fact: 'F.' } })).toMatch(
      /^True when written \(.*2024\); changed since: Sources say otherwise: F\.$/,
    );
    expect(explanationText({ kind: 'outdated', now: { kind: 'silent' } })).toMatch(/^True when written; changed since/);
  });

  it('adds what of the sentence no source speaks to', () => {
    const c = { explanation: { kind: 'agrees', sources: 2, fact: 'F.' } as const };
    expect(claimWhy({ ...c, unverifiedDetails: ['in 2021', 'a further round'] })).toBe(
      '2 sources: F. No bundled source speaks to “in 2021” or “a further round”.',
    );
    expect(claimWhy(c)).toBe('2 sources: F.');
  });

  it('lists three or more such details as a reader reads a list, not as a chain of "or"s', () => {
    const c = { explanation: { kind: 'silent' } as const, unverifiedDetails: ['in 2021', 'a further round', '$2 billion'] };
    expect(claimWhy(c)).toBe(
      'No bundled source speaks to this claim. No bundled source speaks to “in 2021”, “a further round”, or “$2 billion”.',
    );
  });
});
