/**
 * "Access" to a party's models is its licence (the vocabulary's wordForms: access → licence), judged by
 * what the sources say of the licence's exclusivity: non-exclusive since the revision, exclusive before.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('exclusive access to OpenAI’s models', () => {
  it.each([
    'Microsoft no longer has exclusive access to OpenAI’s models.',
    'Microsoft lost its exclusive access to OpenAI’s technology.',
    'Microsoft’s access to OpenAI’s IP is now non-exclusive.',
    'Microsoft’s exclusive access to OpenAI’s models came to an end with the new deal.',
    'Microsoft keeps access to OpenAI’s models until 2032.',
    'Under the original agreement, Microsoft had exclusive access to OpenAI’s technology.',
  ])('is corroborated as the sources say it: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each(['Microsoft still has exclusive access to OpenAI’s models.', 'Microsoft has exclusive access to OpenAI’s models and products.'])(
    'said to hold today is disputed: %s',
    (text) => expect(verdictOf(text)).toBe('conflicting'),
  );

  it('said to hold on a page written before the revision is outdated', () =>
    expect(verdictOf('Microsoft has exclusive access to OpenAI’s models.', '2024-05-01')).toBe('outdated'));

  it('an access the sources say nothing of stays unverified', () =>
    expect(verdictOf('Microsoft gets early access to OpenAI’s models.')).toBe('unverified'));
});
