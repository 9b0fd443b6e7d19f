import { describe, expect, it } from 'vitest';
import { ClaimIndex } from '../../../src/page/claim-index';

describe('finding the claim under the pointer', () => {
  const a = { name: 'text node a' };
  const b = { name: 'text node b' };
  const index = new ClaimIndex<object>();
  // Claim 0 covers a[0..30) and b[0..10); claim 1 covers a[31..60).
  index.add(0, [
    { node: a, start: 0, end: 30 },
    { node: b, start: 0, end: 10 },
  ]);
  index.add(1, [{ node: a, start: 31, end: 60 }]);

  it('finds the claim whose words are under the caret, in any of its text nodes', () => {
    expect(index.at(a, 12)).toBe(0);
    expect(index.at(b, 4)).toBe(0);
    expect(index.at(a, 40)).toBe(1);
  });

  it('tells two claims of one text node apart and finds none between or after them', () => {
    expect(index.at(a, 30)).toBe(0);
    expect(index.at(a, 31)).toBe(1);
    expect(index.at(a, 70)).toBeUndefined();
    expect(index.at(b, 11)).toBeUndefined();
    expect(index.at({}, 0)).toBeUndefined();
  });

  it('forgets everything on clear', () => {
    const i = new ClaimIndex<object>();
    i.add(3, [{ node: a, start: 0, end: 5 }]);
    i.clear();
    expect(i.at(a, 2)).toBeUndefined();
    expect(i.size).toBe(0);
  });
});
