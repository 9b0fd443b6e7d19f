/**
 * "Limited to Azure", "restricted to Azure" is "only Azure": it reaches the facts on which clouds OpenAI
 * may sell through. On a page written under the October 2025 terms it is outdated; on an undated page
 * (today) it is disputed; told as the old terms it stands.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('limited to Azure', () => {
  it.each([
    ['OpenAI’s API products co-developed with third parties are limited to Azure.', '2025-11-15'],
    ['OpenAI’s jointly developed API products are restricted to Microsoft’s cloud.', '2026-01-10'],
  ])('in the present of a page written before the revision: outdated (%s, %s)', (text, date) =>
    expect(verdictOf(text, date)).toBe('outdated'),
  );

  it('in the present of an undated page: disputed by today’s terms', () =>
    expect(verdictOf('OpenAI’s API products co-developed with third parties are limited to Azure.')).toBe('conflicting'));

  it.each([
    'Under the October 2025 terms, OpenAI’s API products were limited to Azure.',
    'OpenAI’s models are no longer restricted to Azure.',
    'Dresser said the Microsoft partnership limited OpenAI’s ability to serve customers.',
  ])('the old terms told as such, their end, or another limit: corroborated (%s)', (text) => expect(verdictOf(text)).toBe('corroborated'));
});
