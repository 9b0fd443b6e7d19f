/**
 * Time: a page is judged at the date it was written (absent: today). A claim true then that the
 * revision changed is `outdated`; an event told in the present tense of its day is that day's.
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { timeOf } from '../../../src/engine/time';
import { readEra } from '../../../src/engine/values';
import { bundledPack } from '../../../src/facts/bundled';
import { claimWhy } from '../../../src/ui/why';

const engine = createClaimEngine(bundledPack);
const claimOn = (pageDate: string | null, text: string) => engine.scan([text], { pageDate }).at(-1);
const verdictOn = (pageDate: string | null, text: string) => claimOn(pageDate, text)?.verdict ?? 'none';

describe('timeOf', () => {
  it.each([
    ['2023-01-23', true],
    ['2026-04-26', true],
    ['2026-04-27', false],
    ['2026-04', false],
    ['2025', true],
    [null, false],
    ['not a date', false],
  ] as const)('%s → before the revision: %s', (date, before) => {
    expect(timeOf(date).beforeRevision).toBe(before);
  });
});

describe('outdated', () => {
  const exclusive = 'Azure is the exclusive cloud provider for OpenAI.';
  it('terms in force when the page was written, changed since: outdated, with both sides as evidence', () => {
    const claim = claimOn('2023-02-01', exclusive);
    expect(claim?.verdict).toBe('outdated');
    expect(claim && claimWhy(claim)).toMatch(/^True when written \([^)]*2023\); changed since/u);
    expect(claim?.evidence.some((e) => e.stance === 'corroborates')).toBe(true);
    expect(claim?.evidence.some((e) => e.stance === 'conflicts')).toBe(true);
  });

  it('the same sentence on an undated page is judged as today: conflicting', () => {
    expect(verdictOn(null, exclusive)).toBe('conflicting');
  });

  it('the same sentence on a page written after the revision: conflicting', () => {
    expect(verdictOn('2026-05-02', exclusive)).toBe('conflicting');
  });

  it('a claim wrong even then stays conflicting', () => {
    expect(verdictOn('2023-02-01', 'OpenAI pays Microsoft 45% of its revenue.')).toBe('conflicting');
  });

  it('an old page in the present tense reaches the facts of the original terms that need a word of that time', () => {
    expect(verdictOn('2023-03-01', "Microsoft has an exclusive license to OpenAI's technology.")).toBe('outdated');
  });

  it('a sentence that gives no time is judged as today: the original terms never contradict it', () => {
    expect(verdictOn(null, 'Microsoft does not pay OpenAI a share of its revenue.')).toBe('corroborated');
  });

  it("Microsoft's payments to OpenAI, before they ended, are outdated on an old page", () => {
    expect(verdictOn('2024-03-01', 'Microsoft pays OpenAI a share of the revenue from Azure OpenAI.')).toBe('outdated');
  });
});

describe('an event in the present tense of its day', () => {
  const investing = 'Microsoft is investing $10 billion in OpenAI.';
  it('on a page of that time: corroborated', () => {
    expect(verdictOn('2023-01-23', investing)).toBe('corroborated');
  });
  it('an event of that time stands: it is not outdated because a later figure differs', () => {
    expect(verdictOn('2019-07-22', 'Microsoft is investing $1 billion in OpenAI.')).toBe('corroborated');
  });
  it('on an undated page: confirmed by the investment made then, never contradicted', () => {
    expect(verdictOn(null, investing)).toBe('corroborated');
  });
});

describe('the era a sentence speaks of', () => {
  it.each([
    ['Executives said Microsoft would become the exclusive cloud provider.', 'original'],
    ['On March 3, 2020, Microsoft said it will expand the partnership.', 'original'],
    ['Microsoft received a licence that runs until 2032, unlike the previous deal.', 'revised'],
    ['OpenAI can now sell on any cloud, a departure from the setup of previous years.', 'revised'],
    ['Microsoft later invested in the new structure.', null],
  ] as const)('%s → %s', (text, era) => {
    expect(readEra(text)).toBe(era);
  });
});
