/** An investor noun gives who invests in whom (vocabulary cues.directions.investors; values.ts investorOf): the
 * party it belongs to is invested in, the other invests ("OpenAI is Microsoft's largest investor" is disputed). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';
import { readDirection } from '../../../src/engine/values';

describe('investor nouns', () => {
  it('read who invests in whom', () => {
    expect(readDirection('OpenAI is Microsoft’s largest investor')).toEqual({ family: 'invest', actor: 'openai', target: 'microsoft' });
    expect(readDirection('Redmond remains the biggest backer of OpenAI')).toEqual({
      family: 'invest',
      actor: 'microsoft',
      target: 'openai',
    });
    expect(readDirection('OpenAI’s main funder is Microsoft')).toEqual({ family: 'invest', actor: 'microsoft', target: 'openai' });
  });
  it('the other way round is disputed, the sources’ way corroborated', () => {
    expect(verdictOf('OpenAI is now the largest investor in Microsoft.')).toBe('conflicting');
    expect(verdictOf('The ChatGPT maker is Redmond’s biggest financial backer.')).toBe('conflicting');
    expect(verdictOf('Microsoft is still OpenAI’s largest investor.')).toBe('corroborated');
  });
});
