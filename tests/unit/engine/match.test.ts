import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/facts/schema';
import { FactMatcher, tokens } from '../../../src/engine/match';

function fact(id: string, keywords: string[][], statement = `Statement of ${id} for matching.`): Fact {
  return {
    id,
    statement,
    topic: 'investment',
    era: 'any',
    polarity: 'positive',
    values: [],
    keywords,
    paraphrases: [],
    evidence: [{ source: 's', quote: 'a quote of the source', stance: 'supports' }],
  };
}

describe('tokens', () => {
  it('lower-cases, drops possessives and splits hyphens and units', () => {
    expect(tokens('Microsoft’s non-exclusive licence, 20% and $15bn')).toEqual([
      'microsoft',
      'non',
      'exclusive',
      'licence',
      '20',
      'percent',
      'and',
      '15',
      'billion',
    ]);
  });
});

describe('tokens, rewriting only what a text holds', () => {
  it.each([
    ["OpenAI's stake", ['openai', 'stake']],
    ['a 20 per cent share', ['a', '20', 'percent', 'share']],
    ['$13bn and $250m, $1tn', ['13', 'billion', 'and', '250', 'million', '1', 'trillion']],
    ['the per’s cent', ['the', 'percent']],
    ['plain words only', ['plain', 'words', 'only']],
  ])('%s', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });
});

describe('FactMatcher', () => {
  const m = new FactMatcher([
    fact('invest', [
      ['invest', 'funding'],
      ['2019', 'initial'],
    ]),
    fact('licence', [['licen', 'intellectual property'], ['exclusiv']]),
    fact('share', [['revenue'], ['20', 'percent']]),
  ]);
  const ids = (text: string, figures = false) => m.candidates(text, { figures }).map((c) => c.fact.id);

  it('needs a term from every keyword group (AND of OR)', () => {
    expect(ids('Microsoft invested in OpenAI in 2019')).toEqual(['invest']);
    expect(ids('Microsoft invested in OpenAI')).toEqual([]);
  });

  it('matches stems as word prefixes, and phrases word by word', () => {
    expect(ids('The licensing terms became non-exclusive')).toEqual(['licence']);
    expect(ids('Its intellectual property rights are exclusive')).toEqual(['licence']);
    expect(ids('Intellectual honesty is exclusive')).toEqual([]);
  });

  it('matches short terms only as whole words', () => {
    const short = new FactMatcher([fact('ip', [['ip'], ['exclusiv']])]);
    expect(short.candidates('The ip licence is exclusive').map((c) => c.fact.id)).toEqual(['ip']);
    expect(short.candidates('The ipad deal is exclusive')).toEqual([]);
  });

  it('lets another figure meet a figure group only when asked, and marks such a match weak', () => {
    expect(ids('OpenAI pays 25 of revenue')).toEqual([]);
    const [c] = m.candidates('OpenAI pays 25 of revenue', { figures: true });
    expect(c).toMatchObject({ strong: false });
    expect(m.candidates('OpenAI pays 20 of revenue', { figures: true })[0]).toMatchObject({ strong: true });
  });

  it('does not let figures alone meet two groups', () => {
    const two = new FactMatcher([
      fact('worth', [
        ['228', 'worth'],
        ['13', 'stake'],
      ]),
    ]);
    expect(two.candidates('Microsoft acquired LinkedIn for 26.2 billion in 2016', { figures: true })).toEqual([]);
  });

  it('ranks several candidates with fuse.js, best first', () => {
    const r = new FactMatcher([
      fact('a', [['revenue']], 'Microsoft keeps all revenue from Azure customers.'),
      fact('b', [['revenue']], 'OpenAI pays Microsoft a share of its revenue until 2030.'),
    ]);
    expect(r.candidates('OpenAI pays Microsoft a revenue share until 2030').map((c) => c.fact.id)).toEqual(['b', 'a']);
  });

  it('finds the same candidates when a word is looked up again (its index entries are remembered)', () => {
    const again = new FactMatcher([
      fact('invest', [['invest'], ['2019']]),
      fact('licence', [['licen', 'intellectual property'], ['exclusiv']]),
    ]);
    const first = again.candidates('Microsoft invested in 2019 and its licence is exclusive').map((c) => c.fact.id);
    again.candidates('The licensing deal is exclusive');
    expect(again.candidates('Microsoft invested in 2019 and its licence is exclusive').map((c) => c.fact.id)).toEqual(first);
    expect(again.candidates('Intellectual honesty is exclusive')).toEqual([]);
  });

  it('needs every keyword group of a fact with more groups than bits in a word', () => {
    const words = Array.from({ length: 34 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`);
    const wide = new FactMatcher([
      fact(
        'wide',
        words.map((w) => [w]),
      ),
    ]);
    expect(wide.candidates(words.join(' ')).map((c) => c.fact.id)).toEqual(['wide']);
    expect(wide.candidates(words.slice(0, 33).join(' '))).toEqual([]);
    expect(wide.candidates(words.slice(1).join(' '))).toEqual([]);
  });
});
