/** A dash before a phrase opened by a preposition with no verb of its own ("…flows one way only — from the ChatGPT
 * developer to Microsoft, …") adds to the clause before it (src/engine/clauses.ts), and money said to flow "from the"
 * payer "to" the payee is read with its article (src/engine/values.ts). */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/engine/clauses';
import { verdictOf } from './bundled-engine';

describe('a dash before a verbless phrase', () => {
  it('is no cut; a dash before a clause still is', () => {
    const text =
      'Put simply, the cash now flows one way only — from Microsoft to the ChatGPT developer, at the same rate as before, until 2030.';
    expect(splitClauses(text)).toEqual([text]);
    expect(splitClauses('Microsoft keeps its stake — under the new terms OpenAI will pay until 2030.')).toEqual([
      'Microsoft keeps its stake',
      'under the new terms OpenAI will pay until 2030.',
    ]);
    expect(splitClauses('Microsoft keeps its stake — OpenAI will pay until 2030.')).toEqual([
      'Microsoft keeps its stake',
      'OpenAI will pay until 2030.',
    ]);
  });

  it('so the flow it tells is judged: the wrong way round is disputed', () => {
    for (const text of [
      'Put simply, the cash now flows one way only — from Microsoft to the ChatGPT developer, at the same rate as before, until 2030.',
      'The money now flows only one way — from Microsoft to OpenAI.',
      'Revenue now flows from the software giant to OpenAI.',
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });

  it('and the sources’ way is confirmed, an article before the payer too', () => {
    for (const text of [
      'Put simply, the cash now flows one way only — from the ChatGPT developer to Microsoft, at the same rate as before, until 2030.',
      'The money now flows only one way — from OpenAI to Microsoft.',
      'The money now flows only one way — from the ChatGPT maker to Microsoft.',
      'Revenue now flows from the ChatGPT maker to Microsoft until 2030.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });
});
