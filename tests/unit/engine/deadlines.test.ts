/** An end dated after the revision's year is a deadline: "no longer pays after 2030" says the payments go on until 2030. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('an end dated after the revision', () => {
  it.each([
    'Altman’s company no longer hands over a cut of its revenue to the Redmond firm after 2030.',
    'OpenAI will no longer pay Microsoft a revenue share after 2030.',
    'OpenAI will stop paying Microsoft a revenue share in 2030.',
    'OpenAI’s revenue share payments to Microsoft end in 2030.',
  ])('is the sources’ deadline: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each([
    'OpenAI will no longer pay Microsoft a revenue share after 2035.',
    'Microsoft will stop paying OpenAI a revenue share in 2030.',
    'OpenAI no longer pays Microsoft a revenue share.',
  ])('another deadline, or a stop the sources deny, is disputed: %s', (text) => expect(verdictOf(text)).toBe('conflicting'));

  it.each([
    'Microsoft stopped paying OpenAI a revenue share in 2026.',
    'Microsoft no longer pays OpenAI a revenue share; its licence runs until 2032.',
  ])('an end in the revision’s year, or a term of something else, is no deadline: %s', (text) =>
    expect(verdictOf(text)).toBe('corroborated'),
  );
});
