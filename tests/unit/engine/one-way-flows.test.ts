/**
 * Money said to flow one way only also says nothing flows the other way: where the sources say the other
 * way's payments go on (OpenAI keeps paying Microsoft a revenue share until 2030), the sentence is disputed,
 * even when what flows is "money" (which, said of one way, may be an investment and is never disputed).
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('money flowing one way only', () => {
  it.each([
    'The money flows only from Microsoft to OpenAI.',
    'Money now moves in one direction only, from Microsoft to OpenAI.',
    'Payments now flow only from Microsoft to OpenAI.',
    'Under the new deal, funds go only from Microsoft to OpenAI.',
  ])('is disputed when the sources say the other way’s payments go on: %s', (text) => expect(verdictOf(text)).toBe('conflicting'));

  it.each([
    'The money now flows only from OpenAI to Microsoft.',
    'Cash now flows only from OpenAI to Microsoft.',
    'Revenue-share payments now run in one direction only, from OpenAI to Microsoft.',
    'Under the new deal, the money flows only from OpenAI to Microsoft.',
  ])('is corroborated the way the sources say it flows: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each(['Money flows from Microsoft to OpenAI.', 'Microsoft’s money flows to OpenAI.'])(
    'said without "only", money one way may be an investment, never disputed: %s',
    (text) => expect(verdictOf(text)).not.toBe('conflicting'),
  );
});
