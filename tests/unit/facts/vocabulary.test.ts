import { describe, expect, it } from 'vitest';
import { findParties, namesOtherCompany, referringSubject } from '../../../src/engine/parties';
import vocabularyJson from '../../../src/facts/vocabulary.json';
import { ERAS, vocabulary, wordsPattern } from '../../../src/facts/vocabulary';
import { parseVocabulary } from '../../../src/facts/vocabulary-schema';
import { readEra, readPolarity } from '../../../src/engine/values';
import { normaliseText } from '../../../src/engine/normalise';

const copy = () => JSON.parse(JSON.stringify(vocabularyJson)) as typeof vocabularyJson;

describe('the vocabulary', () => {
  it('validates against its schema', () => {
    const result = parseVocabulary(vocabularyJson);
    expect(result.ok ? 'valid' : result.error).toBe('valid');
  });

  it('rejects a pattern that does not compile, an upper-case name, a repeated party', () => {
    const badPattern = copy();
    badPattern.parties[1]!.patterns.push('gpt(');
    expect(parseVocabulary(badPattern).ok).toBe(false);
    const upper = copy();
    upper.parties[0]!.names.push('Redmond');
    expect(parseVocabulary(upper).ok).toBe(false);
    const twice = copy();
    twice.parties.push(twice.parties[0]!);
    expect(parseVocabulary(twice).ok).toBe(false);
  });

  it('every name of every party is found as that party, as a whole word', () => {
    for (const party of vocabulary.parties) {
      for (const name of party.names) expect(findParties(`Yesterday ${name} said so.`).map((m) => m.party)).toContain(party.id);
    }
    expect(findParties('The azurene dye')).toEqual([]);
  });

  it('the longest name wins ("satya nadella" is one mention)', () => {
    expect(findParties('Satya Nadella spoke.')).toEqual([{ party: 'microsoft', start: 0, end: 13 }]);
  });

  it('other companies are read from it', () => {
    for (const name of vocabulary.otherCompanies) expect(namesOtherCompany(`The deal with ${name} closed.`)).toBe(true);
  });

  it('wordsPattern escapes phrases and keeps patterns as written', () => {
    const re = wordsPattern(['a.b'], ['gpt-?\\d'], 'iu');
    expect(re.test('axb')).toBe(false);
    expect(re.test('a.b')).toBe(true);
    expect(re.test('GPT-4')).toBe(true);
  });

  it('rejects axes out of order or missing, and a cue that does not compile', () => {
    const swapped = copy();
    swapped.axes.reverse();
    expect(parseVocabulary(swapped).ok).toBe(false);
    const missing = copy();
    missing.axes.pop();
    expect(parseVocabulary(missing).ok).toBe(false);
    const badCue = copy();
    badCue.axes[0]!.for.cues.push('keep(');
    expect(parseVocabulary(badCue).ok).toBe(false);
  });

  it('every cue of every axis reads as its side of that axis', () => {
    // A cue with look-arounds or wildcards is checked through its plain examples in values.test.ts; here the literal ones.
    const literal = /^[a-z' -]+$/u;
    for (const a of vocabulary.axes) {
      const need = a.requires?.startsWith('\\d') ? ' 5%' : a.id === 'ratio' ? ' ratio' : '';
      for (const cue of a.for.cues.filter((c) => literal.test(c))) expect(readPolarity(`${cue}${need}`)[a.id], `${a.id}: ${cue}`).toBe(1);
      for (const cue of a.against.cues.filter((c) => literal.test(c)))
        expect(readPolarity(`${cue}${need}`)[a.id], `${a.id}: ${cue}`).toBe(-1);
    }
  });

  it("every capitalised party name gets its possessive's apostrophe back, and only with that capital", () => {
    for (const name of vocabulary.parties.flatMap((p) => p.capitalised ?? [])) {
      expect(normaliseText(`${name}s stake`)).toBe(`${name}'s stake`);
      expect(normaliseText(`${name.toLowerCase()}s stake`)).toBe(`${name.toLowerCase()}s stake`);
    }
  });

  it('every plain word of an era places a sentence in that era; a vocabulary without eras is rejected', () => {
    const literal = /^[a-z' ]+$/u;
    for (const [era, other] of [
      ['original', 'revised'],
      ['revised', 'original'],
    ] as const) {
      // "until now" holds the other era's "now" too: such a sentence is mixed, and read otherwise.
      for (const w of vocabulary.eras[era].words.filter((x) => literal.test(x) && !ERAS[other].words.test(x)))
        expect(readEra(`The partners ${w} the terms.`), w).toBe(era);
    }
    const without: Partial<typeof vocabularyJson> = copy();
    delete without.eras;
    expect(parseVocabulary(without).ok).toBe(false);
  });

  it('rejects a description of a company that is not a party, or one that does not compile', () => {
    const stranger = copy();
    stranger.descriptions[0]!.party = 'nvidia';
    expect(parseVocabulary(stranger).ok).toBe(false);
    const broken = copy();
    broken.descriptions[0]!.patterns.push('the (lab');
    expect(parseVocabulary(broken).ok).toBe(false);
  });

  it('every plain referring subject is read as referring back, to one company or to both', () => {
    const literal = /^[a-z' -]+$/u;
    for (const kind of ['one', 'both'] as const) {
      for (const subject of vocabulary.referringSubjects[kind].subjects.filter((x) => literal.test(x))) {
        expect(referringSubject(`${subject} said so.`)?.kind, subject).toBe(kind);
        expect(referringSubject(`But, ${subject} said so.`)?.kind, subject).toBe(kind);
      }
    }
  });
});
