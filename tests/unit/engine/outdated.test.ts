/** A claim is judged at its page's date: what the terms then in force confirm and today's contradict is outdated. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('outdated', () => {
  it('an old term in the present tense of its day', () => {
    expect(verdictOf("Azure is OpenAI's exclusive cloud provider.", '2023-01-24')).toBe('outdated');
    expect(verdictOf("Microsoft holds exclusive rights to OpenAI's models and IP.", '2025-01-15')).toBe('outdated');
  });

  it('a dated state of that time that today’s facts on the same topic contradict (the old stake)', () => {
    expect(verdictOf('Microsoft owns nearly a third of OpenAI.', '2023-06-01')).toBe('outdated');
    expect(verdictOf('Microsoft holds a stake of roughly one-third in OpenAI.', '2024-06-01')).toBe('outdated');
  });

  it('the same sentence on a page of today is judged by today’s terms', () => {
    expect(verdictOf("Azure is OpenAI's exclusive cloud provider.")).toBe('conflicting');
    expect(verdictOf('Microsoft owns nearly a third of OpenAI.')).not.toBe('outdated');
  });

  it('an event of that time stands: it is no term that changed', () => {
    expect(verdictOf('Microsoft is investing $10 billion in OpenAI.', '2023-01-23')).toBe('corroborated');
    expect(verdictOf("Microsoft is OpenAI's largest investor.", '2023-01-23')).toBe('corroborated');
  });

  it('history told in the past is as true today', () => {
    expect(verdictOf("Microsoft was OpenAI's exclusive cloud provider.", '2024-06-01')).toBe('corroborated');
  });

  it('what today’s terms confirm stays confirmed on an older page', () => {
    expect(verdictOf('Microsoft no longer pays OpenAI a revenue share.', '2025-01-01')).toBe('corroborated');
    expect(verdictOf('OpenAI pays Microsoft 20% of its revenue.', '2025-01-01')).toBe('corroborated');
  });
});
