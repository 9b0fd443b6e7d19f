/** Keeping all of a revenue told without "revenue" ("keeps every dollar", "pockets every cent", "all the money", "the full take", "the whole amount"):
 * the fact that Microsoft retains 100% is keyed by those phrases too (src/facts/pack.json). */
import { describe, expect, it } from 'vitest';
import { bundledEngine } from './bundled-engine';

describe('keeping every dollar', () => {
  it('is corroborated by the fact that Microsoft retains 100%', () => {
    for (const s of [
      'Redmond now holds on to every dollar Azure customers spend on OpenAI models, rather than passing a cut to OpenAI.',
      'Microsoft pockets every cent when Azure clients use GPT.',
      'Microsoft will keep all the money its cloud customers spend on OpenAI models.',
      'Microsoft keeps the full take when Azure customers use OpenAI models.',
      'Redmond holds on to the whole amount when Azure customers use OpenAI models, rather than passing a portion on to OpenAI.',
      'The Windows maker now banks the entire amount Azure clients spend on GPT.',
      'Microsoft now pockets all of the revenue when Azure customers use OpenAI models, rather than passing a portion on.',
    ]) {
      const [c] = bundledEngine.scan([s]);
      expect(c?.verdict, s).toBe('corroborated');
      expect(
        c?.facts.map((f) => f.id),
        s,
      ).toContain('microsoft-keeps-all-azure-openai-revenue');
    }
  });
});
