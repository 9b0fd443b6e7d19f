/** QuoteFinder answers as `text.includes(quote)` would for every quote, reading the text at most once. */
import { describe, expect, it } from 'vitest';
import { pageSource, quotesBySource, QuoteFinder } from '../../../src/engine/self-source';
import { bundledPack } from '../../../src/facts/bundled';
import { readSourceArticle, sourceArticleFiles } from '../../../src/cli/source-articles';

const byIncludes = (quotes: string[], texts: string[]) => new Set(quotes.filter((q) => texts.some((t) => t.includes(q))));

function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('QuoteFinder', () => {
  it('finds the bundled quotes in the source articles as includes does', () => {
    const quotes = [...new Set(bundledPack.facts.flatMap((f) => f.evidence.map((e) => e.quote.toLowerCase())))];
    const texts = sourceArticleFiles().flatMap((f) => readSourceArticle(f).toLowerCase().split('\n'));
    const found = new QuoteFinder(quotes).found(texts);
    expect(found).toEqual(byIncludes(quotes, texts));
    expect(found.size).toBeGreaterThan(20);
  });

  it('agrees with includes on random texts over a small alphabet (many near matches, quotes of every length)', () => {
    const next = random(11);
    const word = (n: number) => Array.from({ length: n }, () => 'ab '[Math.floor(next() * 3)]).join('');
    for (let trial = 0; trial < 200; trial++) {
      const texts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => word(Math.floor(next() * 200)));
      const quotes = Array.from({ length: 1 + Math.floor(next() * 20) }, () => {
        const t = texts[Math.floor(next() * texts.length)]!;
        const from = Math.floor(next() * t.length);
        // Half the quotes taken from a text, half made up.
        return next() < 0.5 ? t.slice(from, from + 1 + Math.floor(next() * 40)) : word(1 + Math.floor(next() * 40));
      }).filter(Boolean);
      expect(new QuoteFinder(quotes).found(texts)).toEqual(byIncludes(quotes, texts));
    }
  });

  it('agrees with includes on texts of many words (windows skipped where no opening can end)', () => {
    const next = random(29);
    const words = 'microsoft openai azure stake revenue share billion invest exclusive cloud the of and to in until'.split(' ');
    const sentence = (n: number) => Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ');
    for (let trial = 0; trial < 200; trial++) {
      const texts = Array.from({ length: 1 + Math.floor(next() * 4) }, () => sentence(Math.floor(next() * 60)));
      const quotes = Array.from({ length: 1 + Math.floor(next() * 30) }, () => {
        const t = texts[Math.floor(next() * texts.length)]!;
        const from = Math.floor(next() * t.length);
        // Quotes cut anywhere from a text (mid-word too), and made-up ones.
        return next() < 0.5 ? t.slice(from, from + 10 + Math.floor(next() * 50)) : sentence(2 + Math.floor(next() * 6));
      }).filter(Boolean);
      expect(new QuoteFinder(quotes).found(texts)).toEqual(byIncludes(quotes, texts));
    }
  });

  it('agrees with includes where windows move little (many quotes of few words: every position hashed)', () => {
    const next = random(43);
    const words = 'microsoft openai azure stake revenue share billion invest exclusive cloud the of and to in until'.split(' ');
    const sentence = (n: number) => Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ');
    const texts = Array.from({ length: 100 }, () => sentence(60));
    const cut = Array.from({ length: 30 }, () => {
      const t = texts[Math.floor(next() * texts.length)]!;
      const from = Math.floor(next() * (t.length - 60));
      return t.slice(from, from + 16 + Math.floor(next() * 40));
    });
    const quotes = [...cut, ...Array.from({ length: 2000 }, () => sentence(3 + Math.floor(next() * 4)))];
    const finder = new QuoteFinder(quotes);
    // Read twice: the first reading finds that windows move little, the second hashes every position.
    expect(finder.found(texts)).toEqual(byIncludes(quotes, texts));
    expect((finder as unknown as { skips: boolean }).skips).toBe(false);
    expect(finder.found(texts)).toEqual(byIncludes(quotes, texts));
  });

  it('finds a quote at the very start and the very end of a text, and none in a text shorter than it', () => {
    const quotes = ['microsoft invested $1 billion', 'until 2032 under the terms'];
    const finder = new QuoteFinder(quotes);
    expect(finder.found(['microsoft invested $1 billion in 2019, valid until 2032 under the terms'])).toEqual(new Set(quotes));
    expect(finder.found(['microsoft invested'])).toEqual(new Set());
  });
});

describe('pageSource', () => {
  const sources = quotesBySource(bundledPack);
  const [most] = [...sources].sort((a, b) => b.quotes.length - a.quotes.length);
  const quotes = bundledPack.facts.flatMap((f) => f.evidence.filter((e) => e.source === most!.source.id).map((e) => e.quote));

  it('reads a page in any case and spacing, curly quotes or straight, as the source it quotes', () => {
    const plain = quotes.map((q) => `${q} and more words here.`);
    const odd = quotes.map((q) => `  ${q.toUpperCase().replace(/ /gu, ' \n\t ').replace(/'/gu, '\u2019')}   and more words here.`);
    expect(pageSource(plain, sources)?.id).toBe(most!.source.id);
    expect(pageSource(odd, sources)?.id).toBe(most!.source.id);
  });

  it('does not read a page holding none of the quotes as a source', () => {
    expect(pageSource(['Nothing here is quoted from any source at all, only plain words.'], sources)).toBeNull();
  });
});
