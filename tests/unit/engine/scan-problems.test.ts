/** A problem in one block costs that block only, and is reported; scan never throws for a block. */
import { describe, expect, it } from 'vitest';
import { createClaimEngine, MAX_SENTENCE, type ScanProblem } from '../../../src/engine/engine';
import type { FactPack } from '../../../src/facts/schema';
import { testPack } from './test-pack';

describe('scan problems', () => {
  it('drops the claims of a block whose reading throws, reports it, and scans the other blocks', () => {
    // A pack that got past validation with a broken fact (a hedge no reader knows): comparing a
    // sentence's amount with it throws.
    const valuation = testPack.facts.find((f) => f.id === 'valuation-300')!;
    const broken = { ...valuation, values: [{ kind: 'money', amount: 300e9, currency: 'USD', hedge: 'bogus' }] as never };
    const pack: FactPack = { ...testPack, facts: [...testPack.facts.filter((f) => f.id !== 'valuation-300'), broken] };
    const engine = createClaimEngine(pack);
    const problems: ScanProblem[] = [];
    const claims = engine.scan(
      [
        'Microsoft will no longer pay OpenAI a share of its revenue.',
        'OpenAI was valued at $300 billion in its latest round.',
        'Microsoft will no longer pay OpenAI a share of its revenue.',
      ],
      { report: (p) => problems.push(p) },
    );
    expect(problems).toEqual([{ block: 1, reason: 'error', detail: expect.any(String) }]);
    expect(claims.map((c) => c.block)).toEqual([0, 2]);
    expect(() => engine.scan(['OpenAI was valued at $300 billion in its latest round.'])).not.toThrow();
  });

  it('skips a sentence longer than the bound with a reason, and reads the sentences around it', () => {
    const engine = createClaimEngine(testPack);
    const claim = 'Microsoft will no longer pay OpenAI a share of its revenue.';
    const long = `Microsoft and OpenAI ${'$1 billion and '.repeat(Math.ceil(MAX_SENTENCE / 15))}.`;
    const problems: ScanProblem[] = [];
    const claims = engine.scan([`${claim} ${long} ${claim}`], { report: (p) => problems.push(p) });
    expect(problems).toEqual([{ block: 0, reason: 'sentence-too-long', detail: expect.stringMatching(/^\d+ characters at \d+$/u) }]);
    expect(claims.map((c) => c.text)).toEqual([claim, claim]);
  });

  it('reads a sentence of exactly the bound', () => {
    const engine = createClaimEngine(testPack);
    const claim = 'Microsoft will no longer pay OpenAI a share of its revenue';
    const text = `${claim}${' '.repeat(MAX_SENTENCE - claim.length - 1)}.`;
    expect(text.length).toBe(MAX_SENTENCE);
    const problems: ScanProblem[] = [];
    expect(engine.scan([text], { report: (p) => problems.push(p) })).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});

describe('the party gate in scan', () => {
  it('reads a claim whose party names hold invisible characters (the gate reads the normalised sentence)', () => {
    const engine = createClaimEngine(testPack);
    const plain = engine.scan(['Microsoft will no longer pay OpenAI a share of its revenue.']);
    const hidden = engine.scan(['Micro\u00adsoft will no longer pay Open\u200bAI a share of its revenue.']);
    expect(plain).toHaveLength(1);
    expect(hidden.map((c) => c.verdict)).toEqual(plain.map((c) => c.verdict));
  });
});

describe('blocks that are not text', () => {
  it('skips a block that is not a string and scans the others', () => {
    const engine = createClaimEngine(testPack);
    const claims = engine.scan([null as never, 42 as never, 'Microsoft will no longer pay OpenAI a share of its revenue.']);
    expect(claims.map((c) => c.block)).toEqual([2]);
    expect(engine.sourceOf([null as never, 'Microsoft will no longer pay OpenAI a share of its revenue.'])).toBeNull();
  });
});
