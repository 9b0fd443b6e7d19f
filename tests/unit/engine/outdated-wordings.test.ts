/**
 * The old terms told as an event, a possession or a state with a verb other than "is" ("Microsoft becomes OpenAI's
 * exclusive cloud provider", "Microsoft enjoys exclusive rights…", "Azure is the exclusive home of OpenAI's
 * workloads") on a page written before the revision are outdated; on an undated page they are disputed.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('the old terms in other wordings', () => {
  it('outdated on a page written before the revision', () => {
    const cases: [string, string][] = [
      ["Microsoft becomes OpenAI's exclusive cloud provider.", '2019-07-22'],
      ['Microsoft wins exclusive cloud rights to OpenAI.', '2019-07-22'],
      ["Microsoft enjoys exclusive rights to OpenAI's models.", '2023-03-01'],
      ["Microsoft secures exclusive rights to OpenAI's technology.", '2020-09-22'],
      ["Azure is the exclusive home of OpenAI's workloads.", '2024-05-01'],
      ["Azure serves as OpenAI's exclusive cloud.", '2024-05-01'],
      ["OpenAI runs exclusively on Microsoft's Azure.", '2024-05-01'],
      ["OpenAI's workloads run only on Azure.", '2024-05-01'],
      ["Azure remains OpenAI's sole cloud provider.", '2024-05-01'],
    ];
    for (const [s, date] of cases) expect(verdictOf(s, date), `${s} (${date})`).toBe('outdated');
  });

  it('disputed on an undated page', () => {
    for (const s of [
      "Microsoft becomes OpenAI's exclusive cloud provider.",
      "Microsoft enjoys exclusive rights to OpenAI's models.",
      "Azure is the exclusive home of OpenAI's workloads.",
      "Azure remains OpenAI's sole cloud provider.",
      "Microsoft is OpenAI's exclusive cloud partner.",
      // A present verb other than "is" speaks of today too (the revised era's words: runs, serves, relies).
      "Azure serves as OpenAI's exclusive cloud.",
      "OpenAI runs exclusively on Microsoft's Azure.",
      'OpenAI relies exclusively on Azure for computing.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
  });

  it('the same told in the past is history, as true today', () => {
    expect(verdictOf("OpenAI ran its models only on Microsoft's Azure.")).toBe('corroborated');
    expect(verdictOf('OpenAI relied exclusively on Azure for computing.')).toBe('corroborated');
  });
});
