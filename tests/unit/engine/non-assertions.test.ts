/** Questions, opinions and predictions, and headlines that only announce a topic assert nothing to check; headlines that state something do. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a sentence that asserts nothing checkable is no claim', () => {
  it.each([
    'Will OpenAI keep paying Microsoft after 2030?',
    'Does Microsoft still own 27% of OpenAI?',
    'Is Azure still the only cloud OpenAI may use?',
    'Could OpenAI’s revenue share with Microsoft end before 2030?',
    'So does Microsoft still have an exclusive licence to OpenAI’s models?',
  ])('a question: %s', (text) => expect(verdictOf(text)).toBe('none'));

  it.each([
    '“OpenAI will probably outgrow Microsoft within five years,” one analyst predicted.',
    'Some analysts believe Microsoft will sell its OpenAI stake by 2030.',
    'Investors expect OpenAI to keep paying Microsoft until 2030.',
    'Critics fear Microsoft will lose its exclusive rights to OpenAI’s models.',
    '"OpenAI will eventually stop paying Microsoft," said one investor.',
    '“Microsoft could lose its grip on OpenAI’s models,” an analyst told Reuters.',
    '"Microsoft will likely sell part of its stake," analysts at Morgan Stanley wrote.',
    'I think Microsoft still has the upper hand over OpenAI.',
    'In my view, Microsoft’s licence to OpenAI’s IP is worth less now.',
  ])('an opinion or a prediction: %s', (text) => expect(verdictOf(text)).toBe('none'));

  it.each([
    'Microsoft and OpenAI’s new deal, explained',
    'Everything you need to know about the new Microsoft-OpenAI agreement',
    'The Microsoft–OpenAI partnership: a timeline',
    'What the Microsoft-OpenAI reset means for Azure',
  ])('a headline announcing a topic: %s', (text) => expect(verdictOf(text)).toBe('none'));
});

describe('what states something stays a claim', () => {
  it.each([
    ['Microsoft to stop paying OpenAI revenue share', 'corroborated'],
    ['Microsoft ends revenue share payments to OpenAI', 'corroborated'],
    ['Microsoft no longer exclusive cloud for OpenAI under new pact', 'corroborated'],
    ['OpenAI is now valued at more than $300bn, according to analysts.', 'mixed'],
    ['Analysts estimate Microsoft’s stake in OpenAI is now worth $228 billion.', 'corroborated'],
    ['"OpenAI is now valued at more than $300 billion," an analyst said.', 'mixed'],
    ['"Microsoft will no longer pay OpenAI a revenue share," the companies said.', 'corroborated'],
    ['Most of OpenAI’s workloads are expected to keep running on Azure in the near term.', 'corroborated'],
    ['Nadella explained that Microsoft will no longer pay OpenAI a share of its revenue.', 'corroborated'],
  ])('%s', (text, verdict) => expect(verdictOf(text)).toBe(verdict));
});
