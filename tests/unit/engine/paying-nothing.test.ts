/**
 * A payment said to go on that pays nothing ("Microsoft will keep paying nothing to OpenAI") says the payments have
 * stopped: the sources' "Microsoft will no longer pay OpenAI a share of its revenue" confirms it, and a party the
 * sources say keeps paying, said to keep paying nothing, is not confirmed by them.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('payments that go on paying nothing', () => {
  it.each([
    'Microsoft will keep paying nothing to OpenAI.',
    'Microsoft will continue to pay OpenAI nothing.',
    'Under the new terms Microsoft keeps paying OpenAI zero.',
  ])('have stopped, as the sources say: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each(['Microsoft will keep paying OpenAI a share of its revenue.', 'Microsoft will continue to pay OpenAI a revenue share.'])(
    'payments said to go on are still disputed: %s',
    (text) => expect(verdictOf(text)).toBe('conflicting'),
  );

  it('"not a cent" is nothing paid too', () =>
    expect(verdictOf('Microsoft will go on paying not a cent to OpenAI.')).not.toBe('conflicting'));

  it('a true clause beside it is no longer disputed', () =>
    expect(
      verdictOf(
        'Microsoft will keep paying nothing to OpenAI, and over the coming years OpenAI will pay Microsoft a 20% share of its revenue until 2030.',
      ),
    ).not.toBe('conflicting'));

  it.each(['OpenAI will keep paying nothing to Microsoft.', 'OpenAI will continue to pay Microsoft nothing until 2030.'])(
    'the party that keeps paying, said to pay nothing, is not confirmed: %s',
    (text) => expect(verdictOf(text)).not.toBe('corroborated'),
  );

  it.each([
    'OpenAI will keep paying Microsoft a 20% share of its revenue until 2030.',
    'OpenAI will continue to pay Microsoft 20% of its revenue until 2030.',
  ])('a payment with something paid still goes on: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));
});
