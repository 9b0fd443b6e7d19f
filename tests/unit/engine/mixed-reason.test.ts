/** Where the sources disagree, the reason says who says what (src/engine/mixed-reason.ts). */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { whoSaidWhat } from '../../../src/engine/mixed-reason';
import { sourceMap } from '../../../src/engine/judge';
import { bundledPack } from '../../../src/facts/bundled';
import { claimWhy, explanationText } from '../../../src/ui/why';

const engine = createClaimEngine(bundledPack);
const sources = sourceMap(bundledPack);
const fact = (id: string) => bundledPack.facts.find((f) => f.id === id)!;
/** Who says what on a fact, as the reader reads it after the fact's statement ("F (…)"). */
const whoSaysWhat = (id: string) => {
  const said = whoSaidWhat(fact(id), sources);
  return said.length ? explanationText({ kind: 'disagree', fact: 'F', said }).replace(/^Sources disagree: F \((.*)\)$/u, '$1') : '';
};

describe('who says what', () => {
  it('a figure: the sources that state it, and each that disputes it with its own figure', () => {
    expect(whoSaysWhat('openai-valuation-over-300-billion')).toBe(
      'GogoAI News and 1 other: over $300 billion; Cailian Press: $850 billion',
    );
  });

  it('no figure: the sources that say so, and the words of each that disputes it', () => {
    const who = whoSaysWhat('revenue-share-end-officially-announced');
    expect(who).toMatch(/^Cailian Press and 1 other say so; GogoAI News: “the latest reports indicate that Microsoft is planning to…”$/u);
  });

  it('one source says so (singular)', () => {
    expect(whoSaysWhat('openai-restructured-october-2025')).toMatch(/^Cailian Press says so; /u);
  });

  it('nothing where the sources agree', () => {
    expect(whoSaysWhat('openai-keeps-paying-microsoft-until-2030')).toBe('');
  });

  it('a mixed claim’s reason carries it, and so does a denial of a disputed fact', () => {
    const [mixed] = engine.scan(["OpenAI's valuation has climbed to more than $300 billion."]);
    expect(mixed!.verdict).toBe('mixed');
    expect(claimWhy(mixed!)).toBe(
      "Sources disagree: OpenAI's valuation is over $300 billion. (GogoAI News and 1 other: over $300 billion; Cailian Press: $850 billion)",
    );
    const [denied] = engine.scan(['OpenAI has not finished its restructuring, Microsoft said.']);
    expect(claimWhy(denied!)).toMatch(/^Sources disagree on whether .*\(Cailian Press says so; /u);
  });
});
