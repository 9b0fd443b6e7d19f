/** A party's quoted first person is that party: "“We will keep paying Microsoft,” OpenAI said" is OpenAI paying. */
import { describe, expect, it } from 'vitest';
import { withSpeaker } from '../../../src/engine/speaker';
import { verdictOf } from './bundled-engine';

describe('a quote is read in its speaker’s person', () => {
  it.each([
    '“We will continue to pay Microsoft a revenue share until 2030,” OpenAI said in a statement.',
    '"We will keep paying Microsoft a share of revenue until 2030," OpenAI said.',
    '“We will no longer pay OpenAI a share of our revenue,” Microsoft said.',
    'Microsoft said: “We will no longer pay OpenAI a share of our revenue.”',
    '“Our licence to OpenAI’s models runs until 2032,” a Microsoft spokesperson said.',
  ])('true in the speaker’s words: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it('a false quote stays disputed once its speaker is known', () => {
    expect(verdictOf('“Microsoft will no longer get a share of our revenue,” OpenAI said.')).toBe('conflicting');
  });

  it('the first person becomes the speaker only when one party speaks', () => {
    expect(withSpeaker('“We will keep paying,” OpenAI said.')).toBe('“OpenAI will keep paying,” OpenAI said.');
    expect(withSpeaker('“Our revenue is ours,” Microsoft told reporters.')).toBe(
      "“Microsoft's revenue is ours,” Microsoft told reporters.",
    );
    expect(withSpeaker('“We will keep paying,” Microsoft and OpenAI said.')).toBe('“We will keep paying,” Microsoft and OpenAI said.');
    expect(withSpeaker('“We will keep paying,” an analyst said.')).toBe('“We will keep paying,” an analyst said.');
    expect(withSpeaker('We will keep paying Microsoft, OpenAI said.')).toBe('We will keep paying Microsoft, OpenAI said.');
  });
});
