/** A thing's maker (chips…; vocabulary cues.makers) other than the one a fact about both named parties gives
 * ("OpenAI will build custom models on Nvidia's chips as part of the Amazon deal"; sources: Amazon's Trainium) is
 * disputed (details.ts maker); the fact's maker, or a sentence that names it too, is not. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('the maker of a thing', () => {
  it('another maker than the sources’ is disputed', () => {
    for (const s of [
      'As part of the Amazon pact, OpenAI will train bespoke models on Nvidia’s chips.',
      'Under its AWS tie-up, OpenAI will run its customised models on Google TPUs.',
      'OpenAI will rely on Microsoft’s Maia accelerators as part of its deal with Amazon.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
  });
  it('of two names before one thing, the nearer is its maker ("Amazon’s Nvidia chips")', () => {
    expect(verdictOf('OpenAI will also use Amazon’s Nvidia chips.')).toBe('conflicting');
    expect(verdictOf('OpenAI will use Amazon’s in-house Nvidia chips and develop customised models with Amazon.')).toBe('conflicting');
    expect(verdictOf('OpenAI will also use Amazon’s Trainium chips.')).toBe('corroborated');
  });
  it('the sources’ maker, or both makers, stay as they were', () => {
    expect(verdictOf('OpenAI will use Trainium chips under its Amazon deal.')).toBe('corroborated');
    expect(verdictOf('As part of the Amazon pact, OpenAI will train bespoke models on Amazon’s chips.')).toBe('corroborated');
    expect(verdictOf('OpenAI will use Amazon’s Trainium chips as well as Nvidia GPUs under its AWS deal.')).not.toBe('conflicting');
  });
});
