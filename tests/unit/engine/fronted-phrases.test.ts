/** A phrase before the clause's subject naming a party (vocabulary cues.frontedPhrases; fronted-phrase.ts) is
 * neither side: who invests, pays or holds is read from the clause after its comma. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';
import { readDirection } from '../../../src/engine/values';
import { withoutFrontedPhrase } from '../../../src/engine/fronted-phrase';

describe('fronted phrases', () => {
  it('blank the phrase only where it names a party and the clause names one too', () => {
    expect(withoutFrontedPhrase('By OpenAI’s own numbers, Microsoft has put in $13bn.').trimStart()).toBe('Microsoft has put in $13bn.');
    expect(withoutFrontedPhrase('In 2019, Microsoft invested $1bn in OpenAI.')).toBe('In 2019, Microsoft invested $1bn in OpenAI.');
    expect(withoutFrontedPhrase('By the time OpenAI restructured, Microsoft had invested $13bn.')).toBe(
      'By the time OpenAI restructured, Microsoft had invested $13bn.',
    );
  });
  it('give no direction or holder from the phrase', () => {
    expect(readDirection('On OpenAI’s latest funding valuation, Microsoft’s roughly $13bn outlay is now worth close to $230bn')).toBeNull();
    expect(readDirection('At OpenAI’s new price tag, funding included, Redmond’s stake is worth about $228bn')).toBeNull();
    expect(readDirection('According to OpenAI, Microsoft has invested more than $13 billion in OpenAI')).toEqual({
      family: 'invest',
      actor: 'microsoft',
      target: 'openai',
    });
  });
  it('leave a true clause corroborated and a turned-round one disputed', () => {
    expect(verdictOf('On OpenAI’s latest funding valuation, Microsoft’s roughly $13bn outlay is now worth close to $230bn.')).toBe(
      'corroborated',
    );
    expect(
      verdictOf('Going by OpenAI’s latest round of funding, the Windows maker’s $13 billion bet has swelled to about $228 billion.'),
    ).toBe('corroborated');
    expect(verdictOf('Based on OpenAI’s funding at $850bn, Redmond’s original investment is now worth nearly $228bn.')).toBe(
      'corroborated',
    );
    expect(verdictOf('By Microsoft’s account, OpenAI has invested $13 billion in Microsoft.')).toBe('conflicting');
  });
});
