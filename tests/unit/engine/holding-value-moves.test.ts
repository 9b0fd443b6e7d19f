/** A holding's value said to move one way without a figure, where the sources say it moved the other way ("Microsoft's
 * stake in OpenAI has shrunk in value"; sources: it surged): disputed (vocabulary cues.valueMoves; details.ts). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a holding’s value moving', () => {
  it('the other way than the sources say is disputed', () => {
    for (const s of [
      'Microsoft’s stake in OpenAI has shrunk in value.',
      'The worth of Redmond’s OpenAI holding has eroded.',
      'Microsoft’s OpenAI investment has lost much of its value.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
  });
  it('the sources’ way, or a stake’s size, is not disputed', () => {
    expect(verdictOf('Microsoft’s OpenAI stake has soared in value.')).toBe('corroborated');
    expect(verdictOf('Microsoft’s stake in OpenAI has shrunk from 49% to about 27%.')).not.toBe('conflicting');
    expect(verdictOf('Microsoft’s stake in OpenAI shrank in the restructuring, but it is still worth a fortune.')).not.toBe('conflicting');
  });
});
