/**
 * Another company put in the place of the outside party a confirming fact names: the sources say Microsoft weighed
 * legal action over OpenAI's collaboration with AWS, so "the Oracle tie-up" in that place is disputed. A company
 * named for another matter, one the sources speak of themselves, or Amazon itself leave the sentence as it is.
 */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('another company in the place a fact gives Amazon', () => {
  it.each([
    'Reports suggested Microsoft’s leadership feared the Oracle tie-up breached OpenAI’s commitment to run its models exclusively on Azure and even weighed legal action.',
    'Microsoft weighed legal action over OpenAI’s deal with Oracle.',
    'Microsoft considered suing OpenAI over its Oracle partnership.',
    'Microsoft mulled a lawsuit over OpenAI’s new alliance with CoreWeave, seeing it as a breach of Azure exclusivity.',
  ])('is disputed: %s', (text) => {
    expect(verdictOf(text)).toBe('conflicting');
    const claim = bundledEngine.scan([text], { pageDate: null })[0];
    expect(claim?.explanation).toMatchObject({ kind: 'differs', differences: [{ what: 'party', sources: 'AWS' }] });
  });

  it.each([
    'Reports suggested Microsoft’s leadership feared the AWS tie-up breached OpenAI’s commitment to run its models exclusively on Azure and even weighed legal action.',
    'Microsoft weighed legal action over OpenAI’s deal with AWS.',
    'Microsoft considered suing OpenAI over its Amazon partnership.',
    'Microsoft mulled a lawsuit over OpenAI’s new alliance with Amazon Web Services, seeing it as a breach of Azure exclusivity.',
  ])('its true version is confirmed: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each([
    'Microsoft considered legal action against OpenAI, according to reports that also mentioned Nvidia.',
    'Microsoft considered suing OpenAI, a step it never took against Google or Meta.',
    'Microsoft, fresh from its Mistral deal, weighed legal action over OpenAI’s new cloud alliance.',
    'Microsoft considered legal action against OpenAI, and its Mistral deal showed it had other options.',
    'Microsoft weighed legal action over OpenAI’s rival cloud tie-up, not over its Nvidia chip deal.',
    'Microsoft, which had shrugged off OpenAI’s Oracle deal, considered legal action over its newer cloud partnership.',
    'Microsoft considered legal action over OpenAI’s breach of Azure exclusivity, a charge its Oracle agreement never raised.',
  ])('a company named for another matter is no swap: %s', (text) => expect(verdictOf(text)).not.toBe('conflicting'));
});
