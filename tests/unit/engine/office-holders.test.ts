/** A partner's office given to a person no quote names, where the quotes name its holder ("Sarah Friar, OpenAI's revenue
 * chief" where the sources give OpenAI's chief revenue officer as Denise Dresser), is disputed (src/engine/details.ts
 * office); an office the sources give no holder, or a former holder, is not. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('an office given to another person than the sources’', () => {
  it('is disputed by the quotes naming its holder', () => {
    for (const text of [
      "Sarah Friar, OpenAI's revenue chief, wrote that the Microsoft arrangement had limited OpenAI's ability to serve customers where they are located.",
      "OpenAI's chief revenue officer Sarah Friar wrote in a memo that Microsoft was holding OpenAI back.",
      "Microsoft's chief executive Kevin Scott said Azure remains OpenAI's primary cloud.",
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });

  it('never disputes the sources’ holder, an office they give nobody, or a former holder', () => {
    for (const text of [
      "OpenAI's chief revenue officer Denise Dresser wrote in a memo that Microsoft was holding OpenAI back.",
      'Microsoft CEO Satya Nadella said Azure remains OpenAI’s primary cloud.',
      "Sarah Friar, OpenAI's chief financial officer, said the Microsoft deal limited OpenAI.",
      "OpenAI's former chief revenue officer Jane Doe said Microsoft remains OpenAI's primary cloud partner.",
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });
});
