/**
 * FuzzyRank gives, to the last bit, the scores of a fuse.js token-search index built over the
 * candidates alone (what FactMatcher.rank built for every sentence before).
 */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { FuzzyRank } from '../../../src/engine/fuzzy-rank';
import { tokens } from '../../../src/engine/match';
import { bundledPack } from '../../../src/facts/bundled';

const texts = bundledPack.facts.map((f) => [f.statement, ...f.paraphrases]);

function fuseScores(ids: number[], query: string, of: readonly (string | string[])[] = texts): Map<number, number> {
  const fuse = new Fuse(
    ids.map((f) => ({ f, text: of[f]! })),
    { keys: ['text'], includeScore: true, ignoreLocation: true, useTokenSearch: true, threshold: 0.15 },
  );
  return new Map(fuse.search(query).map((r) => [r.item.f, r.score ?? 1]));
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('FuzzyRank', () => {
  it('scores as a fuse.js index over the candidates would, on queries from the facts and their typos', () => {
    const rank = new FuzzyRank(texts);
    const next = random(7);
    const words = [
      ...new Set(
        texts
          .flat()
          .flatMap((t) => tokens(t))
          .filter((w) => w.length > 3),
      ),
    ];
    for (let trial = 0; trial < 300; trial++) {
      const ids = [...new Set(Array.from({ length: 2 + Math.floor(next() * 12) }, () => Math.floor(next() * texts.length)))];
      const query = Array.from({ length: 1 + Math.floor(next() * 6) }, () => {
        const w = words[Math.floor(next() * words.length)]!;
        // Now and then a typo: a letter dropped, so that Bitap's fuzzy search decides.
        if (next() < 0.3 && w.length > 6) {
          const at = 1 + Math.floor(next() * (w.length - 2));
          return w.slice(0, at) + w.slice(at + 1);
        }
        return w;
      }).join(' ');
      expect(rank.scores(ids, query), `${query} over ${ids.join(',')}`).toEqual(fuseScores(ids, query));
    }
  });

  it('scores a text that is the query word itself, and texts with no words', () => {
    const rank = new FuzzyRank([['exclusive'], ['—', 'exclusive licence'], ['', 'Azure is exclusive']]);
    const ids = [0, 1, 2];
    const fuse = new Fuse(
      ids.map((f) => ({ f, text: [['exclusive'], ['—', 'exclusive licence'], ['', 'Azure is exclusive']][f]! })),
      { keys: ['text'], includeScore: true, ignoreLocation: true, useTokenSearch: true, threshold: 0.15 },
    );
    expect(rank.scores(ids, 'exclusive')).toEqual(new Map(fuse.search('exclusive').map((r) => [r.item.f, r.score])));
  });

  it('finds every word Bitap finds within its errors (changed, added, dropped or swapped letters), and no other', () => {
    // Words searched in every text: the facts' own, each with up to three edits, and words of other texts' letters.
    const all = texts.flat().filter((t) => t.trim());
    const words = [...new Set(all.flatMap((t) => tokens(t)).filter((w) => w.length >= 7))];
    const next = random(11);
    const letter = () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)]!;
    const edit = (w: string) => {
      const at = Math.floor(next() * w.length);
      const kind = Math.floor(next() * 4);
      if (kind === 0) return w.slice(0, at) + letter() + w.slice(at + 1);
      if (kind === 1) return w.slice(0, at) + letter() + w.slice(at);
      if (kind === 2) return w.slice(0, at) + w.slice(at + 1);
      return at + 1 < w.length ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2) : w;
    };
    const rank = new FuzzyRank(all.map((t) => [t]));
    const ids = all.map((_, i) => i);
    for (let trial = 0; trial < 60; trial++) {
      let w = words[Math.floor(next() * words.length)]!;
      for (let e = Math.floor(next() * 4); e > 0; e--) w = edit(w);
      // Word by word against fuse.js's own Bitap.
      for (const i of ids) {
        const r = Fuse.match(w, all[i]!, { threshold: 0.15, ignoreLocation: true });
        const fuseScore = all[i]!.toLowerCase().includes(w) ? 'whole' : r.isMatch ? r.score : null;
        const ours = rank.scores([i], w).get(i);
        expect(ours === undefined, `${w} in ${all[i]}`).toBe(fuseScore === null);
      }
      expect(rank.scores(ids.slice(0, 40), w), w).toEqual(fuseScores(ids.slice(0, 40), w, all));
    }
  });

  it('gives no score to candidates no query word reaches, and none for an empty query', () => {
    const rank = new FuzzyRank(texts);
    expect(rank.scores([0, 1], 'zzzz')).toEqual(new Map());
    expect(rank.scores([0, 1], '')).toEqual(new Map());
  });
});
