/**
 * The page's gate (src/engine/candidate-blocks.ts): which blocks can hold a claim, so that only those travel
 * to the engine. It may let through a block the engine finds nothing in, never hold back one it would.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSourceArticle, sourceArticleFiles } from '../../../src/cli/source-articles';
import {
  addedNamesSource,
  candidateRuns,
  gateAlternatives,
  hasWords,
  namesParty,
  useAddedNames,
} from '../../../src/engine/candidate-blocks';
import vocabulary from '../../../src/facts/vocabulary.json';
import { createClaimEngine } from '../../../src/engine/engine';
import { findParties } from '../../../src/engine/parties';
import { bundledPack } from '../../../src/facts/bundled';

const engine = createClaimEngine(bundledPack);
const labelled = ['dev-claims', 'heldout-claims', 'real-dev'].flatMap((set) =>
  readFileSync(new URL(`../../fixtures/eval/${set}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

/**
 * The claims of a page scanned run by run, as the extension does (src/background/engine-host.ts: whether the
 * page is a bundled source read once over the blocks naming a party), with their blocks as page indices.
 */
function scanByRuns(blocks: string[]) {
  const runs = candidateRuns(blocks.map(namesParty), blocks.map(hasWords));
  const naming = runs
    .flat()
    .map((i) => blocks[i]!)
    .filter((t) => findParties(t).length > 0);
  const pageSource = naming.length ? engine.sourceOf(naming) : null;
  return runs.flatMap((run) =>
    engine
      .scan(
        run.map((i) => blocks[i]!),
        { pageSource },
      )
      .map((c) => ({ ...c, block: run[c.block]! })),
  );
}

describe('namesParty', () => {
  it('says yes to every labelled sentence in which the engine finds a party', () => {
    const missed = labelled.filter((text) => findParties(text).length > 0 && !namesParty(text));
    expect(missed).toEqual([]);
  });

  it('says no to text naming none', () => {
    expect(namesParty('Tomatoes like a sunny spot and a deep watering twice a week.')).toBe(false);
    expect(namesParty('')).toBe(false);
  });

  it('reads any case', () => {
    expect(namesParty('MICROSOFT and OPENAI')).toBe(true);
    expect(namesParty('the chatgpt maker')).toBe(true);
  });
});

describe('candidateRuns', () => {
  const w = (n: number) => Array.from({ length: n }, () => true);

  it('lets nothing through on a page naming no party', () => {
    expect(candidateRuns([false, false, false], w(3))).toEqual([]);
  });

  it('takes a naming block and the three blocks with words after it', () => {
    const names = [false, true, false, false, false, false, false];
    expect(candidateRuns(names, w(7))).toEqual([[1, 2, 3, 4]]);
  });

  it('does not count blocks without words towards the reach', () => {
    const names = [true, false, false, false, false, false];
    const words = [true, true, false, true, true, true];
    expect(candidateRuns(names, words)).toEqual([[0, 1, 2, 3, 4]]);
  });

  it('joins runs that touch, and keeps apart those that do not', () => {
    expect(candidateRuns([true, false, true, false, false, false, false], w(7))).toEqual([[0, 1, 2, 3, 4, 5]]);
    expect(candidateRuns([true, false, false, false, true, false], w(6))).toEqual([
      [0, 1, 2, 3],
      [4, 5],
    ]);
  });

  it('gives the claims of a scan of the whole page, on the source articles', () => {
    for (const file of sourceArticleFiles()) {
      const blocks = readSourceArticle(file).split(/\n/);
      const whole = engine.scan(blocks);
      expect(whole.length).toBeGreaterThan(0);
      expect(scanByRuns(blocks)).toEqual(whole);
    }
  });

  it('gives the claims of a scan of the whole page, with neutral text between the claims', () => {
    const neutral = 'The county fair drew a crowd on Tuesday. The bakery closed early. The night bus ran late.';
    const blocks = labelled.slice(0, 60).flatMap((text, i) => (i % 3 === 0 ? [text, neutral, neutral, neutral, neutral] : [text, neutral]));
    expect(scanByRuns(blocks)).toEqual(engine.scan(blocks));
  });
});

describe('the gate and characters that show nothing', () => {
  it('lets through a claim whose party names hide a zero-width space, joiner, soft hyphen or bidi mark', () => {
    const claim = 'Micro\u00ADsoft will no longer pay Open\u200BAI a share of its revenue.';
    expect(namesParty('Open\u200DAI and Micro\u2060soft')).toBe(true);
    expect(namesParty(claim)).toBe(true);
    expect(namesParty('\u202EMicrosoft\u202C')).toBe(true);
    const [found] = engine.scan([`Earlier news. ${claim}`]);
    expect(found).toMatchObject({ text: claim, verdict: 'corroborated' });
  });

  it('still holds back text that names no party, invisible characters or not', () => {
    expect(namesParty('The wea\u200Bther was fine\u00AD today.')).toBe(false);
  });
});

describe('the gate pattern', () => {
  it('leaves out a name in which another is found from a word boundary, and keeps every pattern', () => {
    expect(
      gateAlternatives(['gpt(?:-\\d)?'], ['satya nadella', 'nadella', 'the redmond giant', 'redmond', 'chatgpt', 'gpt-4 turbo', 'msft']),
    ).toEqual(['gpt(?:-\\d)?', 'nadella', 'redmond', 'chatgpt', 'msft']);
  });

  it('keeps one of a name given twice', () => {
    expect(gateAlternatives([], ['azure', 'Azure'])).toEqual(['azure']);
  });

  it('answers as the whole list does on every name and every labelled sentence', () => {
    const { parties } = vocabulary;
    const whole = new RegExp(
      `\\b(?:${parties.flatMap((p) => [...p.patterns, ...p.names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))]).join('|')})`,
      'i',
    );
    for (const text of [
      ...parties.flatMap((p) => p.names),
      ...bundledPack.facts.flatMap((f) => [f.statement, ...f.paraphrases]),
      'The county fair ran late.',
    ])
      expect(namesParty(text)).toBe(whole.test(text));
  });
});

describe('the gate learns the names an imported pack adds', () => {
  it('a pack name the bundled names do not find gates its block once it is in force, and no longer after', () => {
    const source = addedNamesSource(['contoso', 'the contoso lab', 'microsoft research'], []);
    // "microsoft research" holds a bundled name; "the contoso lab" holds "contoso": only "contoso" is added.
    expect(source).toBe('\\b(?:the contoso lab|contoso)');
    const text = 'Contoso will put $5 billion into the lab this year.';
    expect(namesParty(text)).toBe(false);
    try {
      expect(useAddedNames(source)).toBe(true);
      expect(namesParty(text)).toBe(true);
      expect(namesParty('Con\u00ADtoso said nothing.')).toBe(true);
      expect(namesParty('A neutral sentence about the weather.')).toBe(false);
      expect(useAddedNames(source)).toBe(false);
    } finally {
      useAddedNames(null);
    }
    expect(namesParty(text)).toBe(false);
  });

  it('no added name, no added pattern: nothing to store', () => {
    expect(addedNamesSource(['microsoft research', 'openai labs'], [])).toBeNull();
    expect(addedNamesSource([], ['fabrikam(?:-\\d+)?'])).toBe('\\b(?:fabrikam(?:-\\d+)?)');
  });

  it('a stored pattern that does not compile is taken as none, without throwing', () => {
    try {
      expect(() => useAddedNames('(unclosed')).not.toThrow();
      expect(namesParty('(unclosed')).toBe(false);
    } finally {
      useAddedNames(null);
    }
  });
});
