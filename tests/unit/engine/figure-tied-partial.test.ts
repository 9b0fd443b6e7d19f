/** A fact met through some of the parties only may be told wrong in a figure where another figure of its own ties it to
 * the sentence (judge.ts figureTied): who does what is not in question, only the figure. */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('a one-party sentence tied to a fact by one figure and wrong in another', () => {
  it('is disputed on the figure', () => {
    expect(verdictOf("Microsoft's $13 billion investment is now worth nearly $152.3 billion.")).toBe('conflicting');
    const [claim] = bundledEngine.scan(["Microsoft's $13 billion investment is now worth nearly $152.3 billion."]);
    expect(claim?.explanation).toMatchObject({ differences: [{ what: 'amount', sources: 'nearly $228.3 billion' }] });
  });

  it('the true figures stay corroborated, and one figure alone ties nothing', () => {
    expect(verdictOf("Microsoft's $13 billion investment is now worth nearly $228.3 billion.")).toBe('corroborated');
    expect(verdictOf("Microsoft's stake in OpenAI was worth about $135 billion after the restructuring.")).not.toBe('conflicting');
  });
});
