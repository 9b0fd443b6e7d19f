import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/engine/sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('keeps offsets that slice back to the sentence', () => {
    const block = 'Microsoft invested $1 billion. OpenAI agreed!  Then what?';
    for (const s of splitSentences(block)) expect(block.slice(s.start, s.end)).toBe(s.text);
    expect(texts(block)).toEqual(['Microsoft invested $1 billion.', 'OpenAI agreed!', 'Then what?']);
  });

  it('does not split after company and title abbreviations', () => {
    expect(texts('Microsoft Corp. said it will no longer pay OpenAI Inc. any revenue. Mr. Nadella agreed.')).toEqual([
      'Microsoft Corp. said it will no longer pay OpenAI Inc. any revenue.',
      'Mr. Nadella agreed.',
    ]);
  });

  it('splits after a company abbreviation when a new sentence clearly starts', () => {
    expect(texts('Shares rose at Microsoft Corp. The company said nothing.')).toEqual([
      'Shares rose at Microsoft Corp.',
      'The company said nothing.',
    ]);
  });

  it('does not split U.S., months, a.m. or decimals', () => {
    expect(texts('The U.S. company invested on Jan. 23 at 9 a.m. local time, paying $228.3 billion, or 1.5% more.')).toHaveLength(1);
  });

  it('ends a sentence after closing quotes', () => {
    expect(texts('He said "we are confident." The deal stands.')).toEqual(['He said "we are confident."', 'The deal stands.']);
    expect(texts('They called it a \u201creset.\u201d Both agreed.')).toEqual(['They called it a \u201creset.\u201d', 'Both agreed.']);
  });

  it('treats a headline without a full stop as one sentence', () => {
    expect(texts('Microsoft to Stop Sharing Revenue With OpenAI')).toEqual(['Microsoft to Stop Sharing Revenue With OpenAI']);
  });

  it('splits at circled list markers and drops the markers', () => {
    expect(
      texts('\u2460 The licence becomes non-exclusive; \u2461 Microsoft will no longer pay revenue sharing to OpenAI; \u2462 Done.'),
    ).toEqual(['The licence becomes non-exclusive', 'Microsoft will no longer pay revenue sharing to OpenAI', 'Done.']);
  });

  it('splits at an ellipsis before a capital, not inside a trailing thought', () => {
    expect(texts('The deal changed\u2026 Microsoft shrugged.')).toEqual(['The deal changed\u2026', 'Microsoft shrugged.']);
    expect(texts('The deal changed... and nobody noticed.')).toHaveLength(1);
  });

  it('splits at blank lines but not at a single wrapped line', () => {
    expect(texts('Microsoft will no longer\npay OpenAI.\n\nA new paragraph')).toEqual([
      'Microsoft will no longer\npay OpenAI.',
      'A new paragraph',
    ]);
  });

  it('strips list dashes and numbers at the start', () => {
    expect(texts('- End of revenue share: Microsoft will no longer pay.')).toEqual(['End of revenue share: Microsoft will no longer pay.']);
  });

  it('ends an English sentence before Arabic or Hebrew text that follows it (no capitals there)', () => {
    const block = 'قال المحلل إن الصفقة مهمة. OpenAI will pay Microsoft 50% of its revenue forever. وأضاف أن الشركة ستستمر؟ שלום לכולם.';
    expect(texts(block)).toEqual([
      'قال المحلل إن الصفقة مهمة.',
      'OpenAI will pay Microsoft 50% of its revenue forever.',
      'وأضاف أن الشركة ستستمر؟',
      'שלום לכולם.',
    ]);
    for (const x of splitSentences(block)) expect(block.slice(x.start, x.end)).toBe(x.text);
  });

  it("leaves emoji and invisible marks at a sentence's edges out of it", () => {
    const block = '🎉OpenAI will pay Microsoft 50% of its revenue forever.🎉 Wow! 👍🏽 \u200fMicrosoft agreed.\u200e 🚀';
    expect(texts(block)).toEqual(['OpenAI will pay Microsoft 50% of its revenue forever.', 'Wow!', 'Microsoft agreed.']);
    for (const x of splitSentences(block)) expect(block.slice(x.start, x.end)).toBe(x.text);
    // An abbreviation before an emoji still does not end the sentence.
    expect(texts('Microsoft Corp.🚀 invested $1 billion in OpenAI.')).toEqual(['Microsoft Corp.🚀 invested $1 billion in OpenAI.']);
  });
});
