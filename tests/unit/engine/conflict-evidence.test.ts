/** A conflicting claim shows as conflicting evidence only quotes that give the other value, and its reason names every difference. */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { showsContradiction } from '../../../src/engine/conflict-evidence';
import { readPolarity } from '../../../src/engine/values';
import { bundledPack } from '../../../src/facts/bundled';
import type { Fact } from '../../../src/facts/schema';
import { claimWhy } from '../../../src/ui/why';

const engine = createClaimEngine(bundledPack);
const fact = (id: string) => bundledPack.facts.find((f) => f.id === id)!;
const shows = (quote: string, f: Fact, dims: { dim: string; numeric: boolean }[]) =>
  showsContradiction(quote, f, readPolarity(f.statement), dims);

describe('conflicting evidence gives the other value', () => {
  const until2030 = fact('openai-keeps-paying-microsoft-until-2030');

  it('a quote without the year is not shown against a claim that differs on the year', () => {
    const [c] = engine.scan(['OpenAI will keep paying Microsoft a revenue share until 2040.']);
    expect(c!.verdict).toBe('conflicting');
    const against = c!.evidence.filter((e) => e.stance === 'conflicts');
    expect(against.length).toBeGreaterThan(0);
    expect(against.every((e) => e.quote.includes('2030'))).toBe(true);
    expect(c!.evidence.map((e) => e.quote)).not.toContain('OpenAI continuing its revenue payments');
  });

  it('a year, a share, an amount: the quote must give the fact’s own', () => {
    expect(
      shows('OpenAI will continue to pay revenue sharing to Microsoft until 2030', until2030, [{ dim: 'year:2040', numeric: true }]),
    ).toBe(true);
    expect(shows('OpenAI continuing its revenue payments', until2030, [{ dim: 'year:2040', numeric: true }])).toBe(false);
    const share = fact('openai-revenue-share-20-percent');
    expect(shows('OpenAI will continue to pay a 20% share of its revenue', share, [{ dim: 'percent:50', numeric: true }])).toBe(true);
    expect(shows('OpenAI will continue to pay a share of its revenue', share, [{ dim: 'percent:50', numeric: true }])).toBe(false);
    const first = fact('microsoft-invested-1-billion-2019');
    expect(shows('In 2019, Microsoft invested $1 billion in OpenAI', first, [{ dim: 'money:3000000000', numeric: true }])).toBe(true);
    expect(shows('Microsoft first backed OpenAI in 2019', first, [{ dim: 'money:3000000000', numeric: true }])).toBe(false);
  });

  it('a figure of a kind the fact does not give is not asked of its quotes', () => {
    expect(shows('OpenAI continuing its revenue payments', until2030, [{ dim: 'percent:50', numeric: true }])).toBe(true);
  });

  it('who pays whom: the quote names both sides the fact’s way round', () => {
    const dims = [{ dim: 'direction', numeric: false }];
    expect(shows('OpenAI will continue to pay revenue sharing to Microsoft until 2030', until2030, dims)).toBe(true);
    expect(shows('OpenAI continuing its revenue payments', until2030, dims)).toBe(false);
  });

  it('a polarity: the quote holds a cue of the fact’s side, even beside the other side’s', () => {
    const licence = fact('ip-licence-non-exclusive');
    const dims = [{ dim: 'axis:exclusivity', numeric: false }];
    expect(shows('the intellectual property license for models will shift from exclusive to non-exclusive', licence, dims)).toBe(true);
    expect(shows('Microsoft’s intellectual property licensing for OpenAI’s models and products', licence, dims)).toBe(false);
  });
});

describe('a conflict names every difference in the clause', () => {
  const reasonOf = (text: string) => engine.scan([text]).map((c) => [c.verdict, claimWhy(c)]);

  it('a share and a deadline from two facts about the same payments', () => {
    expect(reasonOf('OpenAI will pay Microsoft 50% of its revenue until 2040.')).toEqual([
      ['conflicting', 'Sources say 20%, not 50%, and until 2030, not until 2040'],
    ]);
  });

  it('only what differs: a right share is not named, a right deadline is not named', () => {
    expect(reasonOf('OpenAI will pay Microsoft 20% of its revenue until 2040.')).toEqual([
      ['conflicting', 'Sources say until 2030, not until 2040'],
    ]);
    expect(reasonOf('OpenAI will pay Microsoft 50% of its revenue until 2030.')).toEqual([['conflicting', 'Sources say 20%, not 50%']]);
  });

  it('the fact the added figure comes from is among the facts shown', () => {
    const [c] = engine.scan(['OpenAI will pay Microsoft 50% of its revenue until 2040.']);
    expect(c!.facts.map((f) => f.id)).toEqual(expect.arrayContaining(['openai-revenue-share-20-percent']));
  });
});
