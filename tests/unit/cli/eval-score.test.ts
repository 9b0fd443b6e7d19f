import { describe, expect, it } from 'vitest';
import { belowFloors, evalPages, formatConfusion, parseCases, score, type EvalCase } from '../../../src/cli/eval-score';

const cases: EvalCase[] = [
  { id: 'a', text: 'Microsoft will no longer pay OpenAI a revenue share.', about: true, verdict: 'corroborated' },
  { id: 'b', text: 'OpenAI will pay Microsoft a revenue share until 2040.', about: true, verdict: 'conflicting' },
  { id: 'c', text: 'Microsoft released a new keyboard on Tuesday.', about: false },
];

describe('eval scoring', () => {
  it('pairs claims with labelled sentences by their words and scores verdicts', () => {
    const pages = evalPages(cases, { perPage: 12 });
    expect(pages).toHaveLength(1);
    const { metrics, misses } = score(cases, pages, [
      [
        { text: 'Microsoft will no longer pay OpenAI a revenue share.', verdict: 'corroborated' },
        { text: 'OpenAI will pay Microsoft a revenue share until 2040.', verdict: 'corroborated' },
      ],
    ]);
    expect(metrics).toMatchObject({
      detect_recall: 1,
      detect_precision: 1,
      verdict_accuracy: 0.5,
      conflict_recall: 0,
      conflict_precision: 1,
      background_fp: 0,
    });
    expect(misses).toEqual(['verdict     b: want conflicting, got corroborated: OpenAI will pay Microsoft a revenue share until 2040.']);
  });

  it('counts each labelled verdict by the verdict it got, a claim not found as missed, without its sentence', () => {
    const pages = evalPages(cases);
    const { confusion } = score(cases, pages, [
      [{ text: 'OpenAI will pay Microsoft a revenue share until 2040.', verdict: 'corroborated' }],
    ]);
    expect(confusion).toEqual({ corroborated: { missed: 1 }, conflicting: { corroborated: 1 } });
    expect(formatConfusion(confusion)).toEqual(['  want conflicting (1): corroborated 1', '  want corroborated (1): missed 1']);
  });

  it('counts a claim on a non-claim as a false alarm, and one on filler as background', () => {
    const pages = evalPages(cases);
    const { metrics } = score(cases, pages, [
      [
        { text: 'Microsoft released a new keyboard on Tuesday.', verdict: 'unverified' },
        { text: 'Analysts will be watching the next quarterly reports closely.', verdict: 'unverified' },
      ],
    ]);
    expect(metrics.detect_recall).toBe(0);
    expect(metrics.detect_precision).toBe(0);
    expect(metrics.background_fp).toBe(1);
  });

  it('puts a dated case on a page carrying its date, apart from undated ones', () => {
    const pages = evalPages([
      ...cases,
      { id: 'd', text: 'Azure is the exclusive cloud for OpenAI.', about: true, verdict: 'outdated', date: '2023-01-23' },
    ]);
    expect(pages).toHaveLength(2);
    const dated = pages.find((p) => p.cases.some((c) => c.id === 'd'))!;
    expect(dated.cases.map((c) => c.id)).toEqual(['d']);
    expect(dated.html).toContain('<meta property="article:published_time" content="2023-01-23T09:00:00Z">');
    expect(dated.html).toContain('<time datetime="2023-01-23">');
  });

  it('holds background_fp as a ceiling and the rest as floors', () => {
    const m = {
      detect_recall: 0.9,
      detect_precision: 1,
      verdict_accuracy: 0.8,
      conflict_recall: 1,
      conflict_precision: 1,
      background_fp: 1,
    };
    expect(belowFloors(m, { detect_recall: 0.9, verdict_accuracy: 0.85, background_fp: 0 })).toEqual([
      'verdict_accuracy=0.800<0.85',
      'background_fp=1>0',
    ]);
  });

  it('names the line of a case that is not JSON or lacks a field', () => {
    expect(() => parseCases('{"id":"a","text":"x","about":true}\n{oops', 'set.jsonl')).toThrow(/^set\.jsonl:2: not JSON/);
    expect(() => parseCases('{"id":"a","about":true}', 'set.jsonl')).toThrow('set.jsonl:1: a case needs id');
  });
});
