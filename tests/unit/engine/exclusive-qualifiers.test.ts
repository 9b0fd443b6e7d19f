/**
 * "No longer the only/sole/exclusive …" denies the exclusivity, not the thing: "Microsoft is no longer
 * OpenAI's only investor" does not say Microsoft stopped investing. A present "can still only be sold
 * through Azure" states the exclusivity the sources say has ended.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('exclusivity denied, not the thing', () => {
  it.each([
    'Microsoft is no longer OpenAI’s only investor.',
    'Microsoft is no longer the sole backer of OpenAI.',
    'Microsoft is no longer OpenAI’s exclusive shareholder.',
  ])('is never disputed by the thing’s own fact: %s', (text) => expect(verdictOf(text)).not.toBe('conflicting'));

  it.each([
    'Azure is no longer the only cloud OpenAI can use.',
    'OpenAI is no longer exclusively tied to Azure.',
    'OpenAI’s products can now be sold on any cloud, not only Azure.',
  ])('the end of exclusivity stays corroborated: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each([
    'Microsoft is no longer OpenAI’s largest investor.',
    'OpenAI’s products can still only be sold through Azure.',
    'OpenAI’s models may only be offered via Azure.',
    'Microsoft still holds exclusive rights to OpenAI’s models.',
  ])('a denial of the thing, or exclusivity said to stand, is disputed: %s', (text) => expect(verdictOf(text)).toBe('conflicting'));
});
