/** A flow between other parties than a fact's is not that fact's flow turned round (src/engine/judge.ts): one sharing only a
 * party in the other role ("Amazon gets no revenue share from OpenAI" against "Microsoft paid OpenAI a share") meets no
 * such fact, and a flow denied to another party ("OpenAI pays Amazon no revenue share") is neither confirmed nor disputed by
 * the fact's flow to its own party. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a flow between other parties', () => {
  it('is never disputed by the partners’ own flows', () => {
    for (const text of [
      'Unlike Microsoft, Amazon gets no revenue share from OpenAI.',
      'Unlike Microsoft, which keeps every dollar its Azure customers spend on OpenAI models, Amazon gets no revenue share from OpenAI, only a distribution role.',
      'OpenAI pays Amazon no revenue share, only Microsoft.',
      'OpenAI pays no revenue share to Amazon.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });

  it('is not confirmed by them either', () => {
    expect(verdictOf('OpenAI pays no revenue share to Amazon.')).not.toBe('corroborated');
    expect(verdictOf('Microsoft pays Amazon no share of its revenue.')).not.toBe('corroborated');
  });

  it('leaves a flow turned round disputed', () => {
    expect(verdictOf('OpenAI invested $10 billion in Microsoft in January 2023.')).toBe('conflicting');
    expect(verdictOf('Microsoft pays OpenAI 20% of its revenue until 2030.')).toBe('conflicting');
  });
});
