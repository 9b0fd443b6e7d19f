/**
 * Money said to flow from one party to the other: a share of revenue flowing is who pays whom; money of
 * any kind may be an investment, so the revenue-share facts may confirm it, never contradict it. A flow
 * one way only also says the other way has stopped.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('money flowing from one party to the other', () => {
  it.each([
    'The money now flows only from OpenAI to Microsoft.',
    'Revenue-share payments now run in one direction only, from OpenAI to Microsoft.',
    'Revenue will keep flowing from OpenAI to Microsoft until 2030.',
    'Money no longer flows from Microsoft to OpenAI.',
  ])('what the sources say is corroborated: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each([
    'Revenue-share payments now run in one direction only, from Microsoft to OpenAI.',
    'Revenue-share payments now flow only from Microsoft to OpenAI.',
  ])('a share of revenue flowing the wrong way is disputed: %s', (text) => expect(verdictOf(text)).toBe('conflicting'));

  it.each([
    // Money of any kind may be Microsoft's investment: never disputed. (Said to flow that way "only", it also
    // denies OpenAI's payments to Microsoft, and is disputed: one-way-flows.test.ts.)
    'Billions of dollars flow from Microsoft to OpenAI.',
    'Billions of dollars flow from Microsoft into OpenAI’s coffers.',
    'Microsoft’s investment money flows to OpenAI in tranches.',
    'Cash flows from Microsoft to OpenAI through the Azure partnership.',
  ])('money that may be an investment is never disputed: %s', (text) => expect(verdictOf(text)).not.toBe('conflicting'));
});
