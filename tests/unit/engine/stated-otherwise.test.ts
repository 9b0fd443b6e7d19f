/** A detail a clause gives that the very fact confirming it states otherwise, in the same role, is that fact told wrong
 * (src/engine/stated-otherwise.ts); a detail of a kind the fact does not give stays silent (issue 11 item 2). */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';
import { statedOtherwise } from '../../../src/engine/stated-otherwise';
import { bundledPack } from '../../../src/facts/bundled';

const fact = (id: string) => bundledPack.facts.find((f) => f.id === id)!;
const money = (amount: number, at = 0) => ({ kind: 'money' as const, amount, hedge: 'exact' as const, at });

describe('a detail the confirming fact states otherwise', () => {
  it('an amount in the role of the fact’s other amount is disputed, naming both', () => {
    expect(verdictOf("Microsoft's $21 billion investment is now worth nearly $228.3 billion.")).toBe('conflicting');
    expect(verdictOf("Microsoft's $13 billion investment is now worth nearly $228.3 billion.")).toBe('corroborated');
    const [claim] = bundledEngine.scan(["Microsoft's $21 billion investment is now worth nearly $228.3 billion."]);
    expect(claim?.explanation).toMatchObject({ kind: 'differs', differences: [{ claimed: '$21 billion', sources: '$13 billion' }] });
  });

  it('an end year read through "ending in" is the fact’s deadline', () => {
    expect(verdictOf('OpenAI continues to pay Microsoft a revenue share of 20%, capped and ending in 2033.')).toBe('conflicting');
    expect(verdictOf('OpenAI continues to pay Microsoft a revenue share of 20%, capped and ending in 2030.')).toBe('corroborated');
  });

  it('compares only a figure of the same order, never one an open-ended figure admits', () => {
    const worth = fact('microsoft-stake-worth-228-billion');
    expect(statedOtherwise([money(21e9)], [money(21e9), money(228.3e9, 30)], worth).map((d) => d.says)).toEqual(['$13 billion']);
    // A trillion beside the worth is another quantity (a valuation), not the $13 billion told wrong.
    expect(statedOtherwise([money(1e12)], [money(1e12), money(228.3e9, 30)], worth)).toEqual([]);
    // "more than $13 billion" admits $17 billion.
    expect(statedOtherwise([money(17e9)], [money(17e9)], fact('microsoft-invested-over-13-billion'))).toEqual([]);
  });

  it('leaves a detail of a kind or role the fact does not give silent', () => {
    // The 20% fact gives a deadline, not a date: the year the deal was struck is no conflict.
    const share = fact('openai-revenue-share-20-percent');
    expect(
      statedOtherwise([{ kind: 'year', value: 2021, relation: 'in' }], [{ kind: 'year', value: 2021, relation: 'in' }], share),
    ).toEqual([]);
    // The fact gives no amount.
    expect(statedOtherwise([money(5e9)], [money(5e9)], share)).toEqual([]);
    // The clause gives the fact's own value too: its other figure of that kind stands in another role.
    const until = [
      { kind: 'year' as const, value: 2030, relation: 'until' as const },
      { kind: 'year' as const, value: 2033, relation: 'until' as const },
    ];
    expect(statedOtherwise([until[1]!], until, fact('openai-keeps-paying-microsoft-until-2030'))).toEqual([]);
  });

  it('never compares a date of another verb (after "which", "whose", "when", "while", a later "and"), nor a start ("since") with a date', () => {
    for (const text of [
      'Microsoft, which has invested more than $13 billion in OpenAI, renegotiated its deal in 2026.',
      'Microsoft has invested more than $13 billion in OpenAI and rewrote the terms in 2026.',
      'Microsoft has invested more than $13 billion in OpenAI, whose ChatGPT launched in 2022.',
      'Microsoft has invested more than $13 billion in OpenAI, a bet that looked visionary when ChatGPT exploded in late 2022.',
      'Microsoft has invested more than $13 billion in OpenAI, which became a household name in 2023.',
      'Microsoft has invested more than $13 billion in OpenAI while Amazon joined in 2026.',
      'OpenAI pays Microsoft 20% of its revenue, as the companies agreed in 2025.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
    // The fact's "since 2019" is a start: a year "in" 2026 is no start told wrong.
    const in2026 = { kind: 'year' as const, value: 2026, relation: 'in' as const };
    expect(statedOtherwise([in2026], [in2026], fact('microsoft-invested-over-13-billion'))).toEqual([]);
    // The fact's own verb's date is still compared.
    expect(verdictOf('OpenAI pays Microsoft 20% of its revenue until 2033.')).toBe('conflicting');
  });
});
