/**
 * Who pays whom unread ("…, which will pay it 20% of revenue"): the facts about one direction of the flow are
 * set aside, and the facts left speak of something else (Microsoft's 27% stake). They may confirm the
 * sentence, never contradict its figure (src/engine/engine.ts, judgeText). Before, "20%" was disputed by "27%".
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a figure paid by a payer the sentence leaves unread', () => {
  it.each([
    'Microsoft holds a 27% stake in OpenAI, which will pay it 20% of revenue until 2030.',
    'Microsoft owns 27% of OpenAI, which will pay it 20% of revenue until 2030.',
    'Microsoft holds a stake in OpenAI, which will pay it 20% of revenue until 2030.',
    'Microsoft holds a 27% stake in OpenAI and will receive 20% of its revenue until 2030.',
  ])('is never disputed by a fact about another thing: %s', (text) => {
    expect(verdictOf(text)).not.toBe('conflicting');
  });

  it('a payer read from the clause is still held to the sources’ end date', () => {
    expect(verdictOf('Microsoft will no longer pay OpenAI a share of revenue, while OpenAI keeps paying until 2040.')).toBe('conflicting');
  });
});
