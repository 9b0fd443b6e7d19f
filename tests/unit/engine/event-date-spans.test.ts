/** The event-date check (src/engine/details.ts eventDate) sets a sentence's date against a dated fact's only where the
 * date is the event's: a date in another event's clause ("…when ChatGPT exploded … in late 2022") is checked by that
 * clause's words, and an open-ended amount running from the partnership's start ("at least $10 billion … since 2019") is
 * part of the running total, holding an amount given later. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a date in another event’s clause', () => {
  it('never disputes the main clause’s event', () => {
    for (const text of [
      'Microsoft\u2019s $1 billion bet on OpenAI looked visionary when ChatGPT exploded into public consciousness in late 2022.',
      'Microsoft\u2019s $1 billion investment in OpenAI seemed prescient when ChatGPT launched in 2022.',
      'Microsoft\u2019s $1 billion bet on OpenAI in 2019 looked visionary when ChatGPT exploded into public consciousness in late 2022.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('is still set against the facts its own clause reaches, and the main clause’s date against the main event', () => {
    for (const text of [
      'Microsoft\u2019s stake soared in value when it invested $10 billion in OpenAI in January 2024.',
      'Microsoft\u2019s investment began when the two companies first partnered in 2020.',
      'Microsoft\u2019s stake was confirmed at about 27% when OpenAI completed its restructuring in October 2024.',
      'Microsoft\u2019s $1 billion bet on OpenAI in 2021 looked visionary when ChatGPT exploded into public consciousness in late 2022.',
      'Microsoft invested $1 billion in OpenAI in 2022.',
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });
});

describe('an amount running from the partnership’s start', () => {
  it('holds an amount given later where it is open-ended', () => {
    for (const text of [
      'Microsoft has invested at least $10 billion in OpenAI since 2019.',
      'Since 2019, Microsoft has put at least $10 billion into OpenAI.',
      'Microsoft has poured more than $10 billion into OpenAI since 2019.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('is still disputed exact, from another year, or for another party', () => {
    for (const text of [
      'Microsoft has invested $10 billion in OpenAI since 2019.',
      'Microsoft has invested at least $10 billion in OpenAI since 2017.',
      'Microsoft has invested $10 billion in OpenAI since 2024.',
      'Amazon has invested $50 billion in OpenAI since 2019.',
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });
});
