/** An end told as done in the present perfect ("has been dismantled", "have been scrapped", "has ended": the vocabulary's
 * eras.revised) speaks of the terms since the change, whatever a relative clause says of before ("the exclusivity that once
 * defined the alliance"): it is judged by today's terms, never disputed by the terms it says have ended. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('an end told as done', () => {
  it('is today’s terms, confirmed by them', () => {
    for (const text of [
      'The exclusivity that once defined the alliance has been dismantled, so AWS and Google Cloud customers can reach the same OpenAI technology without migrating to Azure.',
      'The exclusive cloud arrangement that once tied OpenAI to Azure has been scrapped.',
      "Azure's exclusivity, which once made Microsoft OpenAI's only cloud, has ended.",
      'The exclusive licence Microsoft once held has been torn up.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('still disputes a wrong clause beside it', () => {
    expect(
      verdictOf('The exclusivity that once tied OpenAI to Azure has been dismantled, and Microsoft no longer holds any stake in OpenAI.'),
    ).toBe('conflicting');
    expect(
      verdictOf('The cap that once limited OpenAI’s payments has been removed, and OpenAI now pays Microsoft 50% of its revenue.'),
    ).toBe('conflicting');
  });
});
