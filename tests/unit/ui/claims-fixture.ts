/** Claims as the engine makes them, for the tests of the background and the UI. */
import type { Claim, Explanation, Verdict } from '../../../src/engine/claim';
import type { Source } from '../../../src/facts/schema';

export const source: Source = {
  id: 'reuters-2025',
  title: 'Microsoft and OpenAI sign new deal',
  publisher: 'Reuters',
  author: null,
  date: '2025-10-28',
  url: 'https://example.com/reuters',
  translated: false,
  file: 'seed.md',
};

const STAKE = 'Microsoft holds about 27% of OpenAI Group PBC.';
/** What the engine says of such a claim (the stake fact), by verdict. */
export const EXPLANATION: Record<Verdict, Explanation> = {
  corroborated: { kind: 'agrees', sources: 1, fact: STAKE },
  conflicting: { kind: 'differs', differences: [{ what: 'share', claimed: '32%', sources: 'about 27%' }] },
  mixed: { kind: 'disagree', fact: STAKE },
  outdated: {
    kind: 'outdated',
    written: '2024-05-01',
    now: { kind: 'differs', differences: [{ what: 'share', claimed: '49%', sources: 'about 27%' }] },
  },
  unverified: { kind: 'silent' },
};

export function claim(verdict: Verdict, text = `A ${verdict} sentence about Microsoft and OpenAI.`): Claim {
  return {
    text,
    block: 0,
    start: 0,
    end: text.length,
    verdict,
    explanation: EXPLANATION[verdict],
    facts: [{ id: 'stake', statement: 'Microsoft holds about 27% of OpenAI Group PBC.', topic: 'equity' }],
    evidence: [
      { source, stance: 'corroborates', quote: 'Microsoft will hold a stake of about 27 percent', fact: 'stake' },
      ...(verdict === 'conflicting' || verdict === 'mixed'
        ? [
            {
              source: { ...source, id: 'ft', publisher: 'FT' },
              stance: 'conflicts' as const,
              quote: 'a stake of 32 percent',
              fact: 'stake',
            },
          ]
        : []),
    ],
  };
}
