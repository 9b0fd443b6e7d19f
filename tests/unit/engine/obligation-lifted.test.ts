/** An obligation to run, sell or host on Azure denied ("OpenAI does not have to run all of its products on Azure any
 * more", "doesn't need to host every product on Azure"): the other end of the exclusivity axis (vocabulary axes), so the
 * denial is compared as polarity, not as a denial of the facts' words. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('an obligation to stay on Azure denied', () => {
  it('is the exclusivity ended', () => {
    for (const text of [
      'OpenAI does not have to run all of its products on Azure any more.',
      "OpenAI doesn't need to host every product on Azure now.",
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });
});
