import { describe, expect, it } from 'vitest';
import { remembered } from '../../../src/engine/remembered';
import { findParties } from '../../../src/engine/parties';
import { readPolarity } from '../../../src/engine/values';

describe('remembered readings', () => {
  it('reads a text once while it is among the last read, and again after the memory is full', () => {
    let reads = 0;
    const length = remembered((t: string) => (reads++, t.length), 2);
    expect([length('ab'), length('ab'), length('abc'), length('ab')]).toEqual([2, 2, 3, 2]);
    expect(reads).toBe(2);
    length('abcd'); // full: forgets
    length('ab');
    expect(reads).toBe(4);
  });

  it('remembers undefined and null results too', () => {
    let reads = 0;
    const nothing = remembered(() => (reads++, undefined));
    nothing('x');
    nothing('x');
    expect(reads).toBe(1);
  });

  it('gives each caller of findParties and readPolarity its own copy', () => {
    const a = findParties('Microsoft pays OpenAI.');
    a.pop();
    expect(findParties('Microsoft pays OpenAI.')).toHaveLength(2);
    const p = readPolarity('Microsoft will no longer pay OpenAI.');
    p.continuation = 1;
    expect(readPolarity('Microsoft will no longer pay OpenAI.').continuation).toBe(-1);
  });
});
