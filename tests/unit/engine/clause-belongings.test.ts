/** Whose a thing is, asked clause by clause: a clause giving one partner a thing the facts confirming that clause
 * give the other is the sentence's conflict, whatever another clause confirms; and a thing of one clause is never
 * set against the facts another clause met (src/engine/engine.ts judgeClauses, src/engine/belongings.ts). */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('belongings in a sentence of several clauses', () => {
  const wrong = [
    'Microsoft holds about 27% of OpenAI, while a OpenAI spokesperson said the company was confident Microsoft understood the importance of honouring its legal obligations.',
    'OpenAI taps AWS as sole outside cloud distributor for Frontier, while an OpenAI spokesperson said the company was confident Microsoft understood the importance of honouring its legal obligations.',
  ];

  it('disputes the clause whose thing is given to the other partner, naming that clause', () => {
    for (const text of wrong) expect(verdictOf(text), text).toBe('conflicting');
    const [claim] = bundledEngine.scan([wrong[0]!]);
    expect(claim?.explanation).toMatchObject({ clause: expect.stringMatching(/^a OpenAI spokesperson said/) });
  });

  it('never sets one clause’s thing against the facts another clause met', () => {
    expect(
      verdictOf(
        "Microsoft now keeps 100 per cent of the revenue generated when Azure customers use OpenAI's models; meanwhile, Microsoft AI chief executive Mustafa Suleyman said his team wants to be truly at the cutting edge by 2027.",
      ),
    ).toBe('corroborated');
    expect(
      verdictOf(
        'Microsoft holds about 27% of OpenAI, while a Microsoft spokesperson said the company was confident OpenAI understood the importance of honouring its legal obligations.',
      ),
    ).toBe('corroborated');
  });
});
