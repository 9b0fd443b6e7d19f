/** Uncommon paying verbs and idioms (the vocabulary's directions.pay and payments.paying) are read with who pays whom. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';
import { readDirection } from '../../../src/engine/values';

describe('paying idioms', () => {
  it('reads the payer and the payee', () => {
    const openaiPays = { family: 'pay', actor: 'openai', target: 'microsoft' };
    expect(readDirection('OpenAI passes a slice of its revenue to Microsoft.')).toEqual(openaiPays);
    expect(readDirection('OpenAI kicks back 20% of its revenue to Microsoft.')).toEqual(openaiPays);
    expect(readDirection('OpenAI turns over a share of its revenue to Microsoft.')).toEqual(openaiPays);
    expect(readDirection('OpenAI remits 20% of revenue to Microsoft.')).toEqual(openaiPays);
    // The payer's own thing after the verb is not the payee: the party it goes "to" is.
    expect(readDirection('Microsoft still kicks back a share of its Azure revenue to OpenAI.')).toEqual({
      family: 'pay',
      actor: 'microsoft',
      target: 'openai',
    });
  });

  it('corroborated where the sources say that flow', () => {
    for (const s of [
      'OpenAI kicks back 20% of its revenue to Microsoft.',
      'OpenAI remits 20% of revenue to Microsoft.',
      'OpenAI turns over 20% of its revenue to Microsoft until 2030.',
      'Microsoft no longer remits a share of revenue to OpenAI.',
      'Microsoft no longer hands a cut of what it earns to OpenAI.',
    ])
      expect(verdictOf(s), s).toBe('corroborated');
  });

  it('disputed where the sources say otherwise, never corroborated by the other way’s payments', () => {
    for (const s of [
      'OpenAI kicks back 30% of its revenue to Microsoft.',
      'Microsoft kicks back 20% of its revenue to OpenAI.',
      'Microsoft still kicks back a share of its Azure revenue to OpenAI.',
      'Microsoft passes a slice of its revenue to OpenAI.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
    expect(verdictOf('OpenAI passes a slice of its revenue to Microsoft.')).not.toBe('conflicting');
  });
});
