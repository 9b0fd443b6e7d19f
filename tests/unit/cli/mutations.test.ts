import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../src/facts/bundled';
import type { Fact } from '../../../src/facts/schema';
import {
  figureMutants,
  monthMutants,
  mutants,
  officeMutants,
  partyMutants,
  polarityMutants,
  presentTense,
  rivalMutants,
  weekdayMutants,
  yearMutants,
} from '../../../src/cli/mutations';

const pack = bundledPack.facts;
const fact = (id: string): Fact => {
  const f = pack.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};

describe('mutation harness: single-detail mutations a matched fact contradicts', () => {
  it('changes a figure the matched fact states to one no fact of the pack comes near', () => {
    const [m] = figureMutants('Microsoft holds about 27% of OpenAI.', [fact('microsoft-stake-about-27-percent')], pack);
    expect(m?.kind).toBe('figure');
    const n = Number(/(\d+)%/.exec(m!.text)![1]);
    expect(n).not.toBe(27);
    expect(Math.abs(n - 33.3)).toBeGreaterThan(33.3 * 0.15); // not the "nearly one-third" fact's figure either
  });

  it('moves an amount a fact gives as a floor downwards ("more than $13 billion" admits more)', () => {
    const [m] = figureMutants('Microsoft has invested $13 billion in all.', [fact('microsoft-invested-over-13-billion')], pack);
    expect(Number(/\$(\d+)/.exec(m!.text)![1])).toBeLessThan(13);
  });

  it('leaves a floor the sentence gives alone: a smaller one is still true, a larger one unknown', () => {
    expect(figureMutants('Microsoft has invested more than $13 billion.', [fact('microsoft-invested-over-13-billion')], pack)).toEqual([]);
  });

  it('moves a ceiling ("up to", "as much as") downwards: a larger one would still admit the fact', () => {
    const [m] = figureMutants('Amazon plans to invest up to $50 billion in OpenAI.', [fact('amazon-50-billion-investment')], pack);
    expect(Number(/\$(\d+)/.exec(m!.text)![1])).toBeLessThan(50);
  });

  it('leaves a figure no matched fact states alone', () => {
    expect(figureMutants('Microsoft holds about 45% of OpenAI.', [fact('microsoft-stake-about-27-percent')], pack)).toEqual([]);
  });

  it('changes only years and months the matched facts date, to ones the pack does not state', () => {
    const f = [fact('openai-keeps-paying-microsoft-until-2030')];
    const [y] = yearMutants('OpenAI pays Microsoft until 2030, as agreed in 2021.', f, pack);
    expect(y?.text).toBe('OpenAI pays Microsoft until 2033, as agreed in 2021.');
    expect(yearMutants('OpenAI pays Microsoft until 2030.', [fact('microsoft-largest-investor')], pack)).toEqual([]);
    const [m] = monthMutants('Microsoft invested $10 billion in January 2023.', [fact('microsoft-invested-10-billion-january-2023')]);
    expect(m?.text).toBe('Microsoft invested $10 billion in May 2023.');
  });

  it('moves a weekday only where the matched facts name it', () => {
    expect(weekdayMutants('MSFT fell 1% at the open on Monday.', [fact('microsoft-shares-fell-1-percent-at-open')])[0]?.text).toBe(
      'MSFT fell 1% at the open on Wednesday.',
    );
    expect(weekdayMutants('On Monday Microsoft held 27%.', [fact('microsoft-stake-about-27-percent')])).toEqual([]);
  });

  it('swaps the two parties only where a fact gives them roles and the sentence names both plainly', () => {
    const f = [fact('microsoft-invested-1-billion-2019')];
    expect(partyMutants("Microsoft invested $1 billion in OpenAI's lab.", f)[0]?.text).toBe(
      "OpenAI invested $1 billion in Microsoft's lab.",
    );
    expect(partyMutants('Microsoft and OpenAI signed in 2019.', f)).toEqual([]);
    expect(partyMutants('Microsoft invested $1 billion.', f)).toEqual([]);
  });

  it('puts a rival in the place of Amazon only where a matched fact names Amazon in its role', () => {
    expect(rivalMutants('OpenAI will use Amazon’s Trainium chips.', [fact('openai-uses-amazon-trainium')]).map((m) => m.text)).toEqual([
      'OpenAI will use Google’s Trainium chips.',
      'OpenAI will use Amazon’s Nvidia chips.',
    ]);
    expect(rivalMutants('Amazon fell 1%.', [fact('microsoft-stake-about-27-percent')])).toEqual([]);
  });

  it('turns one polarity word round per mutant, keeping its capital', () => {
    const texts = polarityMutants('Non-exclusive now, the licence remains valid.').map((m) => m.text);
    expect(texts).toContain('Exclusive now, the licence remains valid.');
    expect(texts).toContain('Non-exclusive now, the licence no longer remains valid.');
  });

  it('changes an office only for a fact about people', () => {
    expect(officeMutants('OpenAI CRO Denise Dresser wrote a memo.', [fact('dresser-memo-microsoft-limited-openai')])[0]?.text).toBe(
      'OpenAI CTO Denise Dresser wrote a memo.',
    );
    expect(officeMutants('OpenAI CRO Denise Dresser wrote a memo.', [fact('microsoft-stake-about-27-percent')])).toEqual([]);
  });

  it('gives each distinct mutant once', () => {
    const all = mutants('Microsoft holds about 27% of OpenAI.', [fact('microsoft-stake-about-27-percent')], pack);
    expect(new Set(all.map((m) => m.text)).size).toBe(all.length);
  });

  it('tells an old term in the present, without its frame', () => {
    expect(presentTense('Under the original agreement Microsoft had exclusive access to OpenAI’s IP.')).toBe(
      'Microsoft has exclusive access to OpenAI’s IP.',
    );
    expect(presentTense('Before the revision, Microsoft paid OpenAI a share.')).toBe('Microsoft pays OpenAI a share.');
    // Told as history already, or terms later than the old page: no term in the present.
    expect(presentTense('Microsoft used to pay OpenAI part of its revenue.')).toBeNull();
    expect(presentTense('Microsoft served as OpenAI’s exclusive cloud provider.')).toBeNull();
    expect(presentTense('Under the October 2025 terms, OpenAI could co-develop products.')).toBeNull();
  });
});
