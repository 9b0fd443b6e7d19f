/** An exception whose party the sentence turns round ("…first on Azure, unless OpenAI decides that another cloud would
 * serve them better") where the confirming fact's quote gives the exception to the other partner ("unless Microsoft is
 * unable or chooses not to support…") is disputed (src/engine/details.ts condition). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('an exception given the other partner', () => {
  it('is disputed by the quote naming the exception’s party', () => {
    for (const text of [
      'New OpenAI products will still debut on Azure first, unless OpenAI decides that another cloud would serve them better.',
      "OpenAI's new products launch first on Azure unless OpenAI chooses otherwise.",
      'New OpenAI models come to Azure first, except if OpenAI prefers another cloud.',
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });

  it('never disputes the sources’ exception, or an enabling "if" about something else', () => {
    for (const text of [
      'New OpenAI products will still debut on Azure first, unless Microsoft cannot, or decides not to, support the features they need.',
      "OpenAI's new products launch first on Azure unless Microsoft chooses not to support them.",
      "OpenAI's new products launch first on Azure, and if OpenAI wants it can sell them anywhere.",
      "OpenAI's new products launch first on Azure; if Microsoft cannot support them, they may launch elsewhere.",
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });
});
