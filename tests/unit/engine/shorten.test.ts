import { describe, expect, it } from 'vitest';
import { shortenAtWord } from '../../../src/engine/shorten';

describe('shortenAtWord', () => {
  it('leaves a text of at most max characters as it is', () => {
    expect(shortenAtWord('Microsoft and OpenAI', 20)).toBe('Microsoft and OpenAI');
    expect(shortenAtWord('  spaced  ', 10)).toBe('  spaced  ');
    expect(shortenAtWord('', 5)).toBe('');
  });

  it('cuts a longer text at the last word that fits, with an ellipsis', () => {
    expect(shortenAtWord('the latest reports indicate that Microsoft is planning', 30)).toBe('the latest reports indicate…');
  });

  it('keeps a last word that ends exactly at the limit', () => {
    expect(shortenAtWord('Microsoft and OpenAI agreed', 20)).toBe('Microsoft and OpenAI…');
  });

  it('drops spaces and punctuation before the ellipsis', () => {
    expect(shortenAtWord('Microsoft, OpenAI, Amazon and Oracle', 18)).toBe('Microsoft, OpenAI…');
    expect(shortenAtWord('Microsoft —  and OpenAI', 13)).toBe('Microsoft…');
  });

  it('cuts mid-word only when the first words are too long to cut between', () => {
    expect(shortenAtWord('x'.repeat(100), 60)).toBe(`${'x'.repeat(60)}…`);
    expect(shortenAtWord(`ab ${'x'.repeat(100)}`, 10)).toBe(`ab ${'x'.repeat(7)}…`);
  });

  it('never returns more than max characters before the ellipsis', () => {
    const text = 'OpenAI will keep paying Microsoft a revenue share until 2030 under the revised agreement.';
    for (let max = 1; max < text.length; max++) {
      const out = shortenAtWord(text, max);
      expect(out.endsWith('…')).toBe(true);
      expect(out.length - 1).toBeLessThanOrEqual(max);
      expect(text.startsWith(out.slice(0, -1))).toBe(true);
    }
  });
});
