/** Claims as the engine makes them, for the tests of the background and the UI. */
import type { Claim, Verdict } from '../../../src/engine/claim';
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

export function claim(verdict: Verdict, text = `A ${verdict} sentence about Microsoft and OpenAI.`): Claim {
  return {
    text,
    block: 0,
    start: 0,
    end: text.length,
    verdict,
    reason: `Because ${verdict}`,
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
