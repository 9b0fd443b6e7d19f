/**
 * "No longer" before a cue of another axis ends that state: "OpenAI no longer relies exclusively on Azure"
 * says Azure is not exclusive now (src/engine/judge.ts, withDeniedCues). Before, the exclusivity cue was read
 * as said and the true sentence was disputed.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a state said to have ended', () => {
  it.each([
    'OpenAI no longer relies exclusively on Azure.',
    'OpenAI no longer needs Azure exclusively.',
    'The ChatGPT maker no longer uses Azure exclusively for its models.',
    'OpenAI is no longer tied to Azure exclusively.',
    'OpenAI no longer has to run its models only on Azure.',
    'OpenAI keeps paying Microsoft until 2030, and it no longer needs Azure exclusively.',
  ])('is corroborated where the sources say it ended: %s', (text) => {
    expect(verdictOf(text)).toBe('corroborated');
  });

  it.each(['Azure is still the only cloud OpenAI may use.', 'OpenAI can still only sell through Azure.'])(
    'the state said to go on is still disputed: %s',
    (text) => {
      expect(verdictOf(text)).toBe('conflicting');
    },
  );

  it('an ending said of the state itself is read as before', () => {
    expect(verdictOf('Microsoft will no longer pay OpenAI a revenue share.')).toBe('corroborated');
    expect(verdictOf('OpenAI will no longer be exclusive to Azure.')).toBe('corroborated');
  });
});
