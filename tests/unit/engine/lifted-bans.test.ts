/**
 * A bar of a page's day ("Microsoft is barred from developing its own frontier models", 2025) that a bar of the
 * original terms confirms is outdated where today's facts say the barred thing is done (Microsoft is developing
 * its own models): the sources say the bar existed and was lifted.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a bar on an old page', () => {
  it.each([
    'Microsoft is barred from developing its own frontier models.',
    'Microsoft is prohibited from building its own frontier AI models.',
    'Under its deal with OpenAI, Microsoft is still forbidden from developing its own AI models.',
  ])('is outdated where today’s facts say the barred thing is done: %s', (text) => expect(verdictOf(text, '2025-06-01')).toBe('outdated'));

  it('told as history, it is no outdated claim', () =>
    expect(verdictOf('The old deal barred Microsoft from building rival AI systems.', '2025-06-01')).toBe('corroborated'));

  it('a bar the sources never lift keeps its verdict of that time', () =>
    expect(verdictOf('Microsoft is barred from pursuing AGI on its own.', '2025-06-01')).not.toBe('conflicting'));
});
