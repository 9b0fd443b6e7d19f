/**
 * On a page written before the revision, a state of that time stated by its figure alone in the page's own
 * present ("OpenAI is valued at $29 billion", a one-company sentence) is outdated when today's facts on
 * that state give another figure; never on an undated page, never for history told in the past or an
 * investment made then.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a state of its day, stated by its figure', () => {
  it.each([
    ['OpenAI is valued at about $29 billion.', '2023-02-01'],
    ['The ChatGPT maker is valued at $29 billion.', '2023-03-15'],
    ['OpenAI’s valuation stands at roughly $29 billion.', '2023-02-10'],
    ['Microsoft holds about a third of OpenAI.', '2024-05-01'],
    ['Microsoft’s stake amounts to nearly one-third of OpenAI.', '2023-02-01'],
  ])('%s (page of %s) is outdated', (text, date) => expect(verdictOf(text, date)).toBe('outdated'));

  it.each([
    // Told in the past, or dated: history stands.
    ['OpenAI was valued at about $29 billion when Microsoft invested.', '2023-02-01', 'corroborated'],
    ['OpenAI was valued at $29 billion in January 2023.', '2023-02-01', 'corroborated'],
    // An investment made then is still made.
    ['Microsoft is investing $10 billion in OpenAI.', '2023-01-25', 'corroborated'],
    ['Amazon is investing $50 billion in OpenAI.', '2026-03-01', 'corroborated'],
    // Today's figure on an old page is today's.
    ['Microsoft holds approximately 27% of OpenAI.', '2025-11-01', 'corroborated'],
  ])('%s (page of %s) stays %s', (text, date, verdict) => expect(verdictOf(text, date)).toBe(verdict));

  it.each(['OpenAI is valued at about $29 billion.', 'Microsoft holds about a third of OpenAI.'])(
    'never outdated on an undated page: %s',
    (text) => expect(verdictOf(text)).not.toBe('outdated'),
  );
});
