import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { findParties } from '../../../src/engine/parties';
import { readPolarity } from '../../../src/engine/values';
import { bundledPack } from '../../../src/facts/bundled';
import { mergePacks, parsePack } from '../../../src/facts/pack-io';
import type { Fact, FactPack } from '../../../src/facts/schema';
import { extendVocabulary, vocabulary, withVocabulary } from '../../../src/facts/vocabulary';
import { framedInOldEra } from '../../../src/engine/time';
import { TopicWords } from '../../../src/engine/ellipsis';
import { claimWhy } from '../../../src/ui/why';

/** A pack that adds words only (no source, no fact). */
const wordsPack = (vocabularyPart: unknown, name = 'words') => ({ version: 1, name, sources: [], facts: [], vocabulary: vocabularyPart });

function imported(json: unknown): FactPack {
  const parsed = parsePack(json, { base: bundledPack });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.pack;
}

/** A name no bundled record knows (Microsoft's sample company), so only the pack's words can make it Microsoft. */
const CONTOSO = "Contoso will receive 20% of OpenAI's revenue until 2030.";

describe("a fact pack's vocabulary part", () => {
  it('a new description of a party makes a sentence using it detected and judged', () => {
    expect(createClaimEngine(bundledPack).scan([CONTOSO])).toEqual([]);
    const pack = mergePacks(bundledPack, imported(wordsPack({ parties: [{ id: 'microsoft', names: ['contoso'] }] })));
    const claims = createClaimEngine(pack).scan([CONTOSO]);
    expect(claims.map((c) => c.verdict)).toEqual(['corroborated']);
    expect(claimWhy(claims[0]!)).toContain('OpenAI will continue to pay Microsoft a revenue share until 2030');
  });

  it('new cue words reach the reading: a cue added to an axis is read as that side', () => {
    const pack = imported(wordsPack({ axes: [{ id: 'exclusivity', against: { cues: ['cloud-agnostic'] } }] }));
    const sentence = 'OpenAI is cloud-agnostic.';
    expect(readPolarity(sentence).exclusivity).toBeUndefined();
    expect(withVocabulary(extendVocabulary(pack.vocabulary), () => readPolarity(sentence)).exclusivity).toBe(-1);
  });

  it('adds only: the bundled words stay, nothing is repeated, the bundled vocabulary is unchanged', () => {
    const pack = imported(wordsPack({ parties: [{ id: 'microsoft', names: ['contoso', 'redmond'] }], otherCompanies: ['acme'] }));
    const v = extendVocabulary(pack.vocabulary);
    const microsoft = v.parties.find((p) => p.id === 'microsoft')!;
    expect(microsoft.names).toEqual([...vocabulary.parties.find((p) => p.id === 'microsoft')!.names, 'contoso']);
    expect(v.otherCompanies.at(-1)).toBe('acme');
    expect(vocabulary.parties.find((p) => p.id === 'microsoft')!.names).not.toContain('contoso');
    expect(extendVocabulary(pack.vocabulary)).toBe(v);
    // Outside an engine reading with it, the bundled words are in force.
    expect(findParties('Contoso')).toEqual([]);
    expect(withVocabulary(v, () => findParties('Contoso')).map((m) => m.party)).toEqual(['microsoft']);
  });

  it("new era words reach every reader, old-era framing and the conflict evidence's cues among them", () => {
    const pack = imported(
      wordsPack({
        eras: { original: { strong: ['in the pre-reshuffle days'] } },
        axes: [{ id: 'exclusivity', against: { cues: ['cloud-agnostic'] } }],
      }),
    );
    const sentence = 'In the pre-reshuffle days, Microsoft could not build rival models.';
    const v = extendVocabulary(pack.vocabulary);
    expect(framedInOldEra(sentence)).toBe(false);
    expect(withVocabulary(v, () => framedInOldEra(sentence))).toBe(true);
    // A pack's cue is blanked out of a clause like the bundled cues, so only its topic words are left.
    const topics = new TopicWords([{ keywords: [['agnostic']] } as unknown as Fact]);
    expect(topics.of('OpenAI is cloud-agnostic now.')).toEqual(['agnostic']);
    expect(withVocabulary(v, () => topics.of('OpenAI is cloud-agnostic now.'))).toEqual([]);
  });

  it('two imported packs add their words together', () => {
    const a = imported(wordsPack({ parties: [{ id: 'microsoft', names: ['contoso'] }] }, 'a'));
    const b = imported(wordsPack({ parties: [{ id: 'microsoft', names: ['the bing owner'] }] }, 'b'));
    const v = extendVocabulary(mergePacks(bundledPack, a, b).vocabulary);
    expect(v.parties.find((p) => p.id === 'microsoft')!.names.slice(-2)).toEqual(['contoso', 'the bing owner']);
  });

  it('an invalid vocabulary part is refused with an error naming the field and the problem', () => {
    const cases: [unknown, string][] = [
      [{ parties: [{ id: 'microsoft', names: ['Contoso'] }] }, 'vocabulary.parties[0].names[0]: must be lower-case'],
      [{ parties: [{ id: 'google', names: ['alphabet'] }] }, 'vocabulary.parties[0].id'],
      [{ axes: [{ id: 'exclusivity', for: { cues: ['only('] } }] }, 'vocabulary.axes[0].for.cues[0]: must be a valid regular expression'],
      [{ parties: [{ id: 'openai', patterns: ['(?<name>gpt)'] }] }, 'vocabulary.parties[0].patterns[0]: must not use named groups'],
      [{ otherCompanys: ['acme'] }, 'vocabulary.otherCompanys'],
      [{ parties: [{ id: 'microsoft', name: 'Macrosoft' }] }, 'vocabulary.parties[0].name'],
      [{ revision: { date: '2030-01-01' } }, 'vocabulary.revision'],
    ];
    for (const [part, error] of cases) {
      const parsed = parsePack(wordsPack(part), { base: bundledPack });
      expect(parsed.ok, JSON.stringify(part)).toBe(false);
      if (!parsed.ok) expect(parsed.error).toContain(error);
    }
  });
});
