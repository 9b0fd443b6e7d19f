/**
 * A passive verb with no party before it ("$10 billion was invested in OpenAI by Microsoft") takes as its actor
 * the party after "by" that follows its object (src/engine/values.ts readDirection).
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { readDirection } from '../../../src/engine/values';
import { bundledPack } from '../../../src/facts/bundled';

const engine = createClaimEngine(bundledPack);
const verdictOf = (text: string) => engine.scan([text]).at(-1)?.verdict ?? 'none';

describe('a passive verb and its agent', () => {
  it('reads who invests in whom from "by"', () => {
    expect(readDirection('$10 billion was invested in OpenAI by Microsoft in January 2023.')).toMatchObject({
      family: 'invest',
      actor: 'microsoft',
      target: 'openai',
    });
    expect(readDirection('$10 billion was invested in Microsoft by OpenAI in January 2023.')).toMatchObject({
      actor: 'openai',
      target: 'microsoft',
    });
  });

  it('disputes the parties turned round, and keeps the true sentence', () => {
    expect(verdictOf('$10 billion was invested in Microsoft by OpenAI in January 2023.')).toBe('conflicting');
    expect(verdictOf('$10 billion was invested in OpenAI by Microsoft in January 2023.')).toBe('corroborated');
  });

  it('takes no agent across a comma', () => {
    expect(readDirection('$10 billion was invested in OpenAI, said by analysts to please Microsoft.')).toBeNull();
  });
});
