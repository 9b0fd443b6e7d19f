import { describe, expect, it } from 'vitest';
import { findParties, namesOtherCompany } from '../../../src/engine/parties';
import vocabularyJson from '../../../src/facts/vocabulary.json';
import { vocabulary, wordsPattern } from '../../../src/facts/vocabulary';
import { parseVocabulary } from '../../../src/facts/vocabulary-schema';

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
});
