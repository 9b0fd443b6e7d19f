/**
 * Changes the sources rule out: a revenue-share ratio said to be lowered, cut or raised where the sources say it is
 * unchanged, and a condition the sources contradict (payments ending should AGI be declared, where they continue
 * regardless) are disputed; a condition the sources do not speak to stays unverified; a pure prediction is no claim.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('changes the sources rule out', () => {
  it('a changed ratio is disputed by the unchanged one, whoever pays', () => {
    for (const s of [
      "OpenAI's revenue-share ratio with Microsoft was lowered in the new deal.",
      'The revenue share OpenAI pays Microsoft was cut under the revised agreement.',
      'Microsoft and OpenAI lowered the revenue-share ratio.',
      'The revised deal raised the share of revenue OpenAI pays Microsoft.',
      'OpenAI will pay Microsoft a reduced revenue share until 2030.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
    expect(verdictOf('OpenAI halved the revenue it shares with Microsoft.')).toBe('conflicting');
    expect(verdictOf('OpenAI keeps paying Microsoft the same share of revenue.')).toBe('corroborated');
  });

  it('a condition the sources contradict is disputed; one they do not speak to stays unverified', () => {
    for (const s of [
      "OpenAI's payments to Microsoft would end if AGI is declared.",
      'If OpenAI reaches AGI, its payments to Microsoft will cease.',
      "OpenAI's revenue share payments to Microsoft would stop early should AGI be declared.",
    ])
      expect(verdictOf(s), s).toBe('conflicting');
    expect(verdictOf("OpenAI's revenue-share payments to Microsoft continue until 2030 even if AGI is declared.")).toBe('corroborated');
    expect(verdictOf("If OpenAI goes public, Microsoft's stake would be diluted.")).toBe('unverified');
  });

  it('a question or a pure prediction is no claim', () => {
    for (const s of [
      'Will Microsoft keep its stake in OpenAI?',
      'Microsoft may sell its OpenAI stake next year.',
      'Microsoft could one day sell its OpenAI stake.',
      'OpenAI could eventually stop paying Microsoft.',
    ])
      expect(verdictOf(s), s).toBe('none');
    // A possibility without a time to come is still read ("may now offer": a permission).
    expect(verdictOf('OpenAI may now offer its products on any cloud.')).toBe('corroborated');
  });
});
