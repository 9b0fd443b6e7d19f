/**
 * Where something comes first: a sentence naming another place first reaches the fact that says where it
 * comes first, and the order is compared; the fact's own exception ("unless Microsoft cannot support
 * them") stated by the sentence is no other order.
 */
import { describe, expect, it } from 'vitest';
import { claimWhy } from '../../../src/ui/why';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('which platform comes first', () => {
  it.each([
    'New OpenAI models will appear on AWS first.',
    'OpenAI’s new models will launch first on Amazon Web Services.',
    'OpenAI will release new products on AWS before Azure.',
  ])('another place first is disputed: %s', (text) => {
    const [c] = bundledEngine.scan([text]);
    expect(c?.verdict).toBe('conflicting');
    expect(c && claimWhy(c)).toContain('first on Azure');
  });

  it('a place said to come second is worded as another place first', () => {
    const [c] = bundledEngine.scan(['OpenAI products ship before they appear on Azure.']);
    expect(c?.verdict).toBe('conflicting');
    expect(c && claimWhy(c)).toContain('Sources say first on Azure, not elsewhere first');
  });

  it.each([
    'New OpenAI models will appear on Azure first.',
    'New OpenAI products will debut on Azure ahead of other clouds.',
    'OpenAI can now sell its products through AWS first if Microsoft cannot support them.',
    'New OpenAI products may launch on AWS first when Microsoft chooses not to support the capabilities they need.',
  ])('the sources’ order, or its exception, stays corroborated: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each(['OpenAI’s new products will now be available on AWS as well as Azure.', 'Amazon’s AWS will host OpenAI models.'])(
    'no order stated, no order disputed: %s',
    (text) => expect(verdictOf(text)).not.toBe('conflicting'),
  );
});
