/**
 * A ban of the alternatives that names other clouds, rivals or Azure ("OpenAI cannot sell its models
 * through clouds other than Azure") is the old exclusivity stated negatively: on a page written before
 * the revision it is outdated, not disputed; today it is disputed; a lifted ban, or one that names
 * nothing of the kind, is not read as the exclusivity then in force.
 */
import { describe, expect, it } from 'vitest';
import { readNegation } from '../../../src/engine/negation';
import { banOfAlternativesMeans } from '../../../src/engine/values';
import { verdictOf } from './bundled-engine';

describe('banOfAlternativesMeans', () => {
  it.each([
    'OpenAI cannot sell its models through clouds other than Azure.',
    'OpenAI is barred from selling its models through clouds other than Azure.',
    'OpenAI is unable to sell its products through cloud providers other than Azure.',
    "OpenAI can't offer its models on rival clouds.",
  ])('a ban naming other clouds, rivals or Azure: %s', (text) => {
    expect(banOfAlternativesMeans(text)).toEqual(['exclusive', 'azure']);
  });

  it('a lifted ban is not the exclusivity', () => {
    expect(banOfAlternativesMeans('OpenAI is no longer barred from selling through clouds other than Azure.')).toEqual([]);
  });

  it('a ban that names no cloud, rival or Azure is not the exclusivity', () => {
    expect(banOfAlternativesMeans('OpenAI cannot sell its models to customers other than enterprises.')).toEqual([]);
  });

  it('no ban, no exclusivity', () => {
    expect(banOfAlternativesMeans('OpenAI sells its models through clouds other than Azure.')).toEqual([]);
  });
});

describe('a ban of the alternatives in time', () => {
  it.each([
    'OpenAI cannot sell its models through clouds other than Azure.',
    'OpenAI is barred from selling its models through clouds other than Azure.',
    'OpenAI is unable to sell its products through cloud providers other than Azure.',
  ])('on a page of 2024, outdated: %s', (text) => {
    expect(verdictOf(text, '2024-05-01')).toBe('outdated');
  });

  it.each(['OpenAI may not use cloud providers other than Azure.', 'OpenAI is not allowed to sell its models on clouds other than Azure.'])(
    "a ban's own negating word is the ban, not a denial: outdated on a page of 2024, disputed today: %s",
    (text) => {
      expect(readNegation(text).negators).toEqual([]);
      expect(verdictOf(text, '2024-05-01')).toBe('outdated');
      expect(verdictOf(text)).toBe('conflicting');
    },
  );

  it('a denial outside the ban stays a denial', () => {
    expect(readNegation('OpenAI did not say it may not use clouds other than Azure.').negators.length).toBe(1);
    expect(readNegation('OpenAI is no longer barred from using clouds other than Azure.').negators.length).toBeGreaterThan(0);
  });

  it('on a page of today, disputed by the revised terms', () => {
    expect(verdictOf('OpenAI cannot sell its models through clouds other than Azure.')).toBe('conflicting');
    expect(verdictOf('OpenAI cannot sell its models through clouds other than Azure.', '2026-06-01')).toBe('conflicting');
  });

  it('a lifted ban on a page of today is confirmed', () => {
    expect(verdictOf('OpenAI is no longer barred from selling through clouds other than Azure.')).toBe('corroborated');
  });
});
