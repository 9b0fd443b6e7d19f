/** A value the transaction itself set ("in a transaction that values the ChatGPT developer at $49bn"), in a clause that
 * gives no date of its own but met a dated investment, is that date's value (src/engine/details.ts eventValue). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a value the transaction set', () => {
  it('is disputed where the facts valuing at the investment’s date give another amount', () => {
    for (const text of [
      "Microsoft's fresh $10bn injection this month buys it nearly a third of OpenAI in a transaction that values the ChatGPT developer at about $49bn.",
      "Microsoft's $10bn investment bought nearly a third of OpenAI at a price that valued it at roughly $45bn.",
      'Microsoft’s $10 billion investment bought nearly one-third of OpenAI in a deal valuing the startup at $100 billion.',
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });

  it('is confirmed at the sources’ value', () => {
    for (const text of [
      "Microsoft's fresh $10bn injection this month buys it nearly a third of OpenAI in a transaction that values the ChatGPT developer at about $29bn.",
      "Microsoft's $10bn investment bought nearly a third of OpenAI at a price that valued it at roughly $29bn.",
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('never disputes a value of another time', () => {
    for (const text of [
      "Microsoft's $10bn investment bought nearly a third of OpenAI, a deal that now values the company at $850bn.",
      "Microsoft's $10bn investment bought nearly a third of OpenAI; the latest round values the company at $850bn.",
      'Microsoft paid $10 billion for nearly a third of OpenAI, whose later funding deals valued it at $850 billion.',
      'Microsoft invested $10 billion in OpenAI in January 2023; the latest deal values OpenAI at $850 billion.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });
});
