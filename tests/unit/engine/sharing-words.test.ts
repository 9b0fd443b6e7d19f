/**
 * The seventh round's generalised sharing words: who shares (or splits) revenue "with" whom whatever stands between
 * the verb and the revenue; the verb "shares" is a paying word, never a stock, and a sentence so worded meets no
 * share price's fact unless it tells a stock's move; the loose "no longer has to share" fact in other words of freedom and obligation;
 * a stop dated "in" its year further on in the clause.
 */
import { describe, expect, it } from 'vitest';
import { isShareMove } from '../../../src/engine/details';
import { readDirection } from '../../../src/engine/values';
import { bundledEngine, verdictOf } from './bundled-engine';

const pays = (actor: string, target: string) => ({ family: 'pay', actor, target });

describe('"X shares/splits (any of its) revenue with Y": X pays Y', () => {
  it.each([
    'OpenAI no longer has to split its sales with Microsoft.',
    'OpenAI will share none of its annual revenue with Microsoft.',
    'OpenAI splits 20% of its revenue with Microsoft.',
    "OpenAI shares some of ChatGPT's revenue with Microsoft.",
  ])('%s', (text) => {
    expect(readDirection(text)).toMatchObject(pays('openai', 'microsoft'));
  });

  it('the other way round', () => {
    expect(readDirection('Microsoft will no longer share most of its Azure revenue with OpenAI.')).toMatchObject(
      pays('microsoft', 'openai'),
    );
  });

  it('the noun "share of" is no sharing verb', () => {
    expect(readDirection("Microsoft gets a share of OpenAI's revenue.")).toMatchObject(pays('openai', 'microsoft'));
  });
});

describe('OpenAI freed from sharing, in other words: mixed (two sources say so, two that it keeps paying)', () => {
  it.each([
    'OpenAI no longer has to split its sales with Microsoft.',
    'OpenAI is freed from sharing its revenue with Microsoft.',
    'OpenAI is released from its obligation to share revenue with Microsoft.',
    'OpenAI escapes its duty to pay Microsoft a share of its revenue.',
    'OpenAI is no longer bound to share revenue with Microsoft.',
  ])('%s', (text) => {
    expect(verdictOf(text)).toBe('mixed');
  });

  it.each([
    'OpenAI is still obliged to share its revenue with Microsoft until 2030.',
    'OpenAI remains bound to pay Microsoft a revenue share through 2030.',
    'Microsoft will no longer share its revenue with OpenAI.',
  ])('a duty kept, or Microsoft no longer sharing, stays corroborated: %s', (text) => {
    expect(verdictOf(text)).toBe('corroborated');
  });
});

describe('the verb "shares" is no stock', () => {
  it.each([
    'The portion of revenue OpenAI shares with Microsoft has fallen.',
    'The ratio at which OpenAI shares revenue with Microsoft has been lowered.',
    'The rate at which OpenAI shares its revenue with Microsoft has been reduced.',
    'The percentage of revenue that OpenAI shares with Microsoft was cut.',
  ])('a changed ratio, disputed (the ratio is unchanged): %s', (text) => {
    expect(isShareMove(text)).toBe(false);
    expect(verdictOf(text)).toBe('conflicting');
  });

  it.each([
    'Microsoft shares fell nearly 1% at the open.',
    'Shares of Microsoft slid almost 1% at the open after the announcement.',
    'Shares of Amazon and Alphabet edged up slightly.',
    'Microsoft shares opened lower on Monday.',
  ])('a stock moving is a share move: %s', (text) => {
    expect(isShareMove(text)).toBe(true);
  });

  it('a share price\'s fact meets no sentence whose "shares" is paid, unless a stock moves too', () => {
    expect(verdictOf('The portion of revenue OpenAI shares with Microsoft has fallen.')).not.toBe('corroborated');
    expect(verdictOf('Microsoft shares fell nearly 1% at the open.')).toBe('corroborated');
    expect(verdictOf('Amazon, too, slipped nearly 1% once trading began on Monday.')).toBe('corroborated');
  });

  it('the verb in each of its forms (the vocabulary\'s word forms reaching "share") is paid, no stock', () => {
    for (const text of ['The percentage of revenue OpenAI shared with Microsoft was cut.', 'What OpenAI shares with Microsoft has slid.'])
      expect(bundledEngine.scan([text])[0]?.facts.map((f) => f.id) ?? [], text).not.toContain('microsoft-shares-fell-1-percent-at-open');
  });
});

describe('a stop dated "in" its year further on in the clause', () => {
  it.each([
    'OpenAI will stop sharing all of its revenue with Microsoft in 2030.',
    'OpenAI will stop paying Microsoft its share of revenue from the ChatGPT business in 2030.',
  ])('%s', (text) => {
    expect(verdictOf(text)).toBe('corroborated');
  });
});
