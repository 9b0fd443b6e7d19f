/**
 * Money received as an investment ("took $13 billion in investment from", "got funding from") is an investment made
 * by the one it comes from in the one who receives it, not a payment: read so, a sentence turning the sources'
 * investor round is disputed, and the true one is confirmed by the same facts.
 */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('an investment told by the one who receives it', () => {
  it.each([
    ['Microsoft took $13 billion in investment from OpenAI.', 'OpenAI took $13 billion in investment from Microsoft.'],
    [
      'Microsoft received $10 billion in funding from OpenAI in January 2023.',
      'OpenAI received $10 billion in funding from Microsoft in January 2023.',
    ],
    ['Microsoft got $1 billion in backing from OpenAI in 2019.', 'OpenAI got $1 billion in backing from Microsoft in 2019.'],
    [
      'Microsoft has received more than $13 billion of investment from OpenAI.',
      'OpenAI has received more than $13 billion of investment from Microsoft.',
    ],
    ['Amazon received $50 billion in investment from OpenAI.', 'OpenAI received $50 billion in investment from Amazon.'],
  ])('turned round is disputed: %s (true: %s)', (wrong, right) => {
    expect(verdictOf(wrong)).toBe('conflicting');
    expect(bundledEngine.scan([wrong], { pageDate: null })[0]?.explanation).toMatchObject({ differences: [{ what: 'direction' }] });
    expect(verdictOf(right)).toBe('corroborated');
  });

  it('a share of revenue received is still a payment', () =>
    expect(verdictOf('OpenAI will keep receiving a 20% share of its revenue from Microsoft until 2030.')).not.toBe('corroborated'));
});
