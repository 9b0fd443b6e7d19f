/**
 * The sentence readers read a long sentence once (linear in its length; bench:engine measures it):
 * what they read is pinned here on the cases the linear forms must keep.
 */
import { describe, expect, it } from 'vitest';
import { MAX_NEGATORS, readNegation } from '../../../src/engine/negation';
import { readDirection, readMoney, readYears } from '../../../src/engine/values';
import { FactMatcher } from '../../../src/engine/match';
import { testPack } from './test-pack';

describe('readMoney across its three patterns', () => {
  it('keeps every amount once: a later pattern never reads inside an amount already read', () => {
    const text = 'Microsoft put $2 billion, 3 billion dollars and a billion-dollar sum, then $5 billion dollars and $4bn.';
    expect(readMoney(text).map((m) => [m.amount / 1e9, m.at])).toEqual([
      [2, 14],
      [5, 75],
      [4, 98],
      [3, 26],
      [1, 48],
    ]);
  });

  it('reads thousands of amounts in one sentence, each once', () => {
    const amounts = readMoney(`Microsoft invested ${'$1 billion and 2 billion dollars and '.repeat(2000)}more.`);
    expect(amounts).toHaveLength(4000);
    expect(new Set(amounts.map((m) => m.at)).size).toBe(4000);
  });
});

describe('readYears after figures', () => {
  it('reads no year right after "1," or "1." or "$", and reads the others', () => {
    expect(readYears('Figures 1,2019 and 1.2019 and $2019, but in 2019 and , 2020.').map((y) => y.value)).toEqual([2019, 2020]);
  });
});

describe('readDirection with many mentions', () => {
  it.each([
    ['OpenAI gets payments from Microsoft.', 'microsoft'],
    ['OpenAI gets payments from the  Microsoft group.', 'microsoft'],
    ['OpenAI gets payments wherefrom Microsoft.', 'openai'],
    ['OpenAI makes payments to Microsoft.', 'openai'],
    ['OpenAI was paid by Microsoft.', 'microsoft'],
    ['OpenAI was paid standby Microsoft.', 'openai'],
    ['Microsoft pays Microsoft and pays Microsoft before it pays OpenAI.', 'microsoft'],
  ])('%s: paid by %s', (text, actor) => {
    expect(readDirection(text)?.actor).toBe(actor);
  });

  it('finds the subject and object of the one verb that has both, among thousands of mentions', () => {
    const text = `${'Microsoft pays Microsoft. '.repeat(2000)}OpenAI pays Microsoft.`;
    expect(readDirection(text)).toEqual({ family: 'pay', actor: 'openai', target: 'microsoft' });
  });
});

describe('readNegation in long sentences', () => {
  it('gives a negator the words up to its clause end, at most eight', () => {
    expect(readNegation('Microsoft did not pay OpenAI a share, and more.').negators.map((n) => n.scope)).toEqual(['pay OpenAI a share']);
    expect(
      readNegation(`Microsoft did not pay OpenAI any share of its revenue in the year ${'and so on '.repeat(500)}.`).negators.map(
        (n) => n.scope,
      ),
    ).toEqual(['pay OpenAI any share of its revenue in']);
  });

  it('reads at most MAX_NEGATORS negators in a sentence', () => {
    expect(readNegation(`Microsoft ${'did not '.repeat(40)}pay.`).negators).toHaveLength(MAX_NEGATORS);
    expect(readNegation('Microsoft did not pay and never will.').negators).toHaveLength(2);
  });
});

describe('FactMatcher with a very long word', () => {
  it('still reaches a fact through a word that begins with its keyword', () => {
    const matcher = new FactMatcher(testPack.facts);
    const short = matcher.candidates('Microsoft will no longer pay OpenAI a share of its revenue.').map((c) => c.fact.id);
    const long = matcher
      .candidates(`Microsoft will no longer pay OpenAI a share of its revenue${'s'.repeat(50_000)}.`)
      .map((c) => c.fact.id);
    expect(short.length).toBeGreaterThan(0);
    expect(long).toEqual(short);
  });
});
