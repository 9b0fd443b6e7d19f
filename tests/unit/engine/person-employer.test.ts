/**
 * A person the sources give one partner as employer ("OpenAI's chief revenue officer Denise Dresser"), given the
 * other partner right before an office ("Microsoft revenue chief Denise Dresser") is disputed (src/engine/details.ts).
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';

const engine = createClaimEngine(bundledPack);
const verdictOf = (text: string) => engine.scan([text]).at(-1)?.verdict ?? 'none';

describe("a person's employer", () => {
  it('disputes the other partner before the office, with or without a possessive', () => {
    expect(
      verdictOf('In an internal memo, Microsoft revenue chief Denise Dresser complained that OpenAI was holding back the company.'),
    ).toBe('conflicting');
    expect(
      verdictOf("In an internal memo, Microsoft's chief revenue officer Denise Dresser wrote that the partnership limited OpenAI."),
    ).toBe('conflicting');
  });

  it('keeps the employer the sources give', () => {
    expect(
      verdictOf('In an internal memo, OpenAI revenue chief Denise Dresser complained that the Microsoft deal was holding OpenAI back.'),
    ).not.toBe('conflicting');
  });
});
