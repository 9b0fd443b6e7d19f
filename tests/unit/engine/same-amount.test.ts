/**
 * An undated amount reached only through "another figure" of a fact (the $10 billion of January 2023) is
 * answered by the fact on the same topic that gives that amount (the $1 billion of 2019): a true sentence is
 * never disputed for naming another of the sources' investments.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('an amount another fact of the topic gives', () => {
  it.each([
    'Microsoft invested $1 billion in OpenAI.',
    'Microsoft later invested $1 billion into OpenAI.',
    'The Redmond company poured $1 billion into OpenAI.',
    'Microsoft invested $10 billion in OpenAI.',
  ])('is corroborated by that fact: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each([
    'Microsoft invested $2 billion in OpenAI.',
    'Microsoft invested $5 billion in OpenAI in 2019.',
    'Microsoft invested $1 billion in OpenAI in January 2023.',
  ])('an amount no fact gives, or the right amount at another date, is still disputed: %s', (text) =>
    expect(verdictOf(text)).toBe('conflicting'),
  );
});
