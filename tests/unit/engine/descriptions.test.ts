/** Parties named only by description ("MSFT", "the Redmond firm", "the ChatGPT maker", "Altman's startup") are read as the party: vocabulary data. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('parties named by description', () => {
  it.each([
    'MSFT will no longer pay the ChatGPT maker a share of its revenue.',
    "The Redmond firm will stop sharing revenue with Altman's startup.",
    "The Redmond company holds about 27% of Sam Altman's company.",
    'The software giant invested $1 billion in the ChatGPT maker in 2019.',
    'The ChatGPT creator pays the Windows maker 20% of its revenue.',
    'AMZN committed $50 billion to OpenAI at the end of February.',
  ])('corroborated: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each([
    "Sam Altman's company will keep paying the Redmond firm a revenue share until 2032.",
    'The ChatGPT maker will keep paying MSFT a revenue share until 2032.',
    "Altman's firm will keep paying the Xbox maker a revenue share until 2032.",
    'The software giant invested $3 billion in Sam Altman’s company in 2019.',
    'AMZN committed $50 billion to OpenAI at the end of March.',
  ])('conflicting: %s', (text) => expect(verdictOf(text)).toBe('conflicting'));

  it.each(['The Xbox maker', 'The Copilot maker', 'The Windows and Office maker', 'The tech behemoth', 'The tech major'])(
    '"%s" is Microsoft where OpenAI is in play: who pays whom is read right',
    (name) => expect(verdictOf(`${name} will keep paying OpenAI a revenue share until 2030.`)).toBe('conflicting'),
  );

  it('a description stands for no party where neither side is in play', () => {
    expect(verdictOf('The Xbox maker will keep paying its developers a revenue share until 2030.')).toBe('none');
  });
});
