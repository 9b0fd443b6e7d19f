/**
 * Money said to flow one way only is judged against the other way's facts, found by their flow (who pays whom,
 * read from each fact) rather than by a sentence written in English for the matcher: every fact of that flow is
 * within reach, whatever its words.
 */
import { describe, expect, it } from 'vitest';
import { bundledEngine } from './bundled-engine';

const claimOf = (text: string) => bundledEngine.scan([text])[0]!;

describe('the other way’s facts by their flow', () => {
  it('every fact of the other way that contradicts "only" is within reach', () => {
    const c = claimOf('Payments now run only from Microsoft to OpenAI.');
    expect(c.verdict).toBe('conflicting');
    // The same-ratio fact says OpenAI keeps paying: no word of a query about continuing payments reaches it.
    expect(c.facts.map((f) => f.id)).toEqual(['openai-keeps-paying-microsoft-until-2030', 'openai-revenue-share-same-ratio']);
  });

  it('the flow the sources state stays corroborated', () => {
    expect(claimOf('The money now flows only from OpenAI to Microsoft.').verdict).toBe('corroborated');
  });
});
