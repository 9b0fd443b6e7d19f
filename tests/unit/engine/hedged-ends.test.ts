/**
 * The end of Microsoft's payments told as only floated, mooted or toyed with (as weighed or considered): mixed, since
 * one source says Microsoft is only planning it and the others report it announced (pack.json keys the announced
 * fact by these words).
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('an end only floated: mixed', () => {
  it.each([
    'Microsoft has only floated ending its revenue-share payments to OpenAI.',
    'Microsoft has mooted an end to its revenue-share payments to OpenAI.',
    'Microsoft is toying with ending its revenue-share payments to OpenAI.',
  ])('%s', (text) => {
    expect(verdictOf(text)).toBe('mixed');
  });

  it('the end told plainly stays corroborated', () => {
    expect(verdictOf('Microsoft will no longer pay OpenAI a share of its revenue.')).toBe('corroborated');
  });
});
