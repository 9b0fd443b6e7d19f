/** A pattern run without `u` where that reads the same: the same answers as the pattern itself, everywhere. */
import { describe, expect, it } from 'vitest';
import { quickGlobal, quickPattern } from '../../../src/engine/quick-pattern';
import { vocabulary, wordsPattern } from '../../../src/facts/vocabulary';

const names = wordsPattern(
  vocabulary.parties.flatMap((p) => p.names),
  vocabulary.parties.flatMap((p) => p.patterns),
  'iu',
);
const others = wordsPattern(vocabulary.otherCompanies, [], 'iu');

const texts = [
  'Microsoft will pay OpenAI until 2030.',
  'MICROSOFT AND OPENAI',
  'microſoft and open ai', // the long s: Unicode folds it onto "s"
  'Redmond\u212a and Nvidia', // the Kelvin sign: "k" to Unicode, and a word character
  'A\u212ams \u017ftake in Nvidia',
  'Azure 🚀 and Oracle',
  '🚀Microsoft🚀',
  'The conference drew a record crowd.',
  'GPT-4o and gpt-5.1 run on AWS; Anthropic too.',
  'Écrit par Microsoft, à Redmond',
  '',
];

describe('quickPattern', () => {
  it.each([
    ['party names', names],
    ['other companies', others],
    ['a pattern with a class and a bounded gap', /\b(?:put(?=[^.]{0,5}\binto\b)|deal)\b/iu],
  ])('answers as the pattern does on every text (%s)', (_, re) => {
    const quick = quickPattern(re);
    for (const t of texts) {
      expect(quick.test(t), t).toBe(re.test(t));
      expect(quick.exec(t)?.index, t).toBe(re.exec(t)?.index);
      expect(quick.exec(t)?.[0], t).toBe(re.exec(t)?.[0]);
    }
  });

  it('reads the long s and the Kelvin sign as Unicode does', () => {
    expect(quickPattern(/\bmicrosoft\b/iu).test('micro\u017foft')).toBe(true);
    expect(quickPattern(/\bred\b/iu).test('red\u212a')).toBe(false);
  });

  it('counts a character beyond U+FFFF once, as Unicode does', () => {
    const gap = /\bput(?=[^.]{0,1}x)/iu;
    expect(quickPattern(gap).test('put🚀x')).toBe(gap.test('put🚀x'));
  });

  it('keeps a pattern that needs `u` as it is, and refuses a global one', () => {
    const letters = /\p{Lu}\w+/u;
    expect(quickPattern(letters).test('Ölpreis')).toBe(true);
    expect(() => quickPattern(/x/gu)).toThrow();
  });
});

describe('quickGlobal', () => {
  const all = (re: RegExp, t: string) => {
    const out: [number, string][] = [];
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) out.push([m.index, m[0]]);
    return out;
  };

  it('finds every match the pattern finds, on every text', () => {
    const global = wordsPattern(
      vocabulary.parties.flatMap((p) => p.names),
      vocabulary.parties.flatMap((p) => p.patterns),
    );
    const forText = quickGlobal(global);
    const original = new RegExp(global.source, global.flags);
    for (const t of texts) expect(all(forText(t), t), t).toEqual(all(original, t));
  });

  it('gives the pattern itself for text only `u` reads right, and for a pattern that needs `u`', () => {
    const re = /\bstake\b/giu;
    expect(quickGlobal(re)('a \u017ftake')).toBe(re);
    expect(quickGlobal(re)('a stake 🚀')).toBe(re);
    expect(quickGlobal(re)('a stake')).not.toBe(re);
    const letters = /\p{Lu}\w+/gu;
    expect(quickGlobal(letters)('Ölpreis')).toBe(letters);
  });

  it("has a twin for a pattern holding a character past ASCII without case (the vocabulary's ’), and none for a letter with case", () => {
    const apostrophe = /\bopenai[’']s (?:[\w’']+ ){0,2}?share\b/giu;
    const twin = quickGlobal(apostrophe);
    const original = new RegExp(apostrophe.source, apostrophe.flags);
    for (const t of [...texts, 'OpenAI’s revenue share', 'OPENAI’S SHARE', "openai's Azure’s share", 'OpenAI‘s share']) {
      expect(all(twin(t), t), t).toEqual(all(original, t));
    }
    expect(twin('OpenAI’s share')).not.toBe(apostrophe);
    const cased = /\bécrit\b/giu;
    expect(quickGlobal(cased)('Écrit')).toBe(cased);
  });
});
