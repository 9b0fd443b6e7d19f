/** A conditional whose consequence is only possible, and a headline opening with a label of a kind of article and a
 * colon, assert nothing (nonAssertions.conditionals, permissions, topicLabels). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';
import { assertsNothing } from '../../../src/engine/assertion';

describe('conditionals and topic labels', () => {
  it('a possible consequence of a condition is no claim', () => {
    for (const s of [
      "If OpenAI's models turn up on rival clouds, Azure's growth could suffer.",
      'If OpenAI sells through AWS, Microsoft might lose Azure customers.',
      'Should OpenAI reach AGI, Microsoft may lose access to its models.',
    ])
      expect(assertsNothing(s), s).toBe(true);
  });
  it('a permission or a firm consequence is still judged', () => {
    expect(verdictOf('If it wants, OpenAI may now sell its models on any cloud.')).toBe('corroborated');
    expect(verdictOf('If OpenAI reaches AGI, its payments to Microsoft will cease.')).toBe('conflicting');
  });
  it('a labelled headline only announces its topic; a labelled sentence is judged', () => {
    for (const s of [
      'Explainer: Microsoft, OpenAI and the new deal',
      'Analysis: Microsoft and OpenAI rewrite their partnership',
      "Timeline: Microsoft and OpenAI's partnership since 2019",
    ])
      expect(verdictOf(s), s).toBe('none');
    expect(verdictOf('Analysis: Microsoft will stop paying OpenAI a revenue share.')).toBe('corroborated');
  });
});
