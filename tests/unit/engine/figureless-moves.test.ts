/** A share move told without its figure ("Amazon shares rose", "were higher at the open") is read by its direction
 * (vocabulary axis `movement`, read where a figure or a stock noun is), so the other way round from the sources' move
 * is disputed; a sentence naming Amazon alone may be disputed by Amazon's own move (src/engine/engine.ts). */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('a share move without its figure', () => {
  it('is disputed the other way round from the sources’ move', () => {
    for (const text of [
      'Amazon shares rose after the OpenAI announcement.',
      'Amazon shares edged up on Monday after the OpenAI announcement.',
      'Microsoft shares were higher at the open on Monday after the OpenAI announcement.',
      'Microsoft shares rose on Monday after the OpenAI announcement.',
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });

  it('is disputed when it names Amazon alone, its own move being the sources’', () => {
    const claims = bundledEngine.scan(
      [
        "Note that Microsoft stock dropped nearly 1% following Monday's announcement. Shares of Amazon and Alphabet edged up slightly as investors factored in a new competitive opening.",
      ],
      { pageDate: null },
    );
    expect(claims.map((c) => c.verdict)).toEqual(['corroborated', 'conflicting']);
  });

  it('is confirmed the sources’ way, and never disputed where both ways are told', () => {
    for (const text of [
      'Microsoft shares fell on Monday after the announcement.',
      'Amazon shares lost ground after the OpenAI announcement on Monday.',
      'Microsoft shares slipped at the open on Monday, and Amazon stock also dipped after the OpenAI news.',
      "Microsoft's stock fell after the OpenAI announcement as investors weighed higher costs.",
    ])
      expect(verdictOf(text), text).toBe('corroborated');
    for (const text of [
      'Microsoft shares, which had gained this year, fell on Monday after the OpenAI announcement.',
      "Amazon shares fell, while Alphabet's rose, after the OpenAI news.",
      "Microsoft's shares are higher this year despite the OpenAI revision.",
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });
});
