/** One party said to have announced the revision alone ("Microsoft alone unveiled the new terms", "unilaterally",
 * "with the other side declining to comment") where the sources say both announced at the same time: disputed by
 * their quote, even where no fact met the rest of the sentence (vocabulary cues.announcements.separate; details.ts). */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

describe('one party announcing the revision alone', () => {
  it('is disputed by the joint announcement', () => {
    for (const s of [
      'Redmond alone announced the reworked terms on Monday.',
      'OpenAI unilaterally disclosed the revised agreement with Microsoft.',
      'Microsoft disclosed the new terms, with the other side declining to comment.',
      'The ChatGPT maker single-handedly unveiled its renegotiated Microsoft contract.',
      'OpenAI announced the revised deal on its own; Microsoft stayed quiet.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
    const [c] = bundledEngine.scan(['Redmond alone announced the reworked terms on Monday.']);
    expect(c?.facts.map((f) => f.id)).toContain('joint-announcement-new-phase');
  });
  it('a joint announcement, "on its own blog", or "alone" of another act stays as it was', () => {
    expect(verdictOf('Microsoft and OpenAI jointly announced the revised agreement.')).toBe('corroborated');
    expect(verdictOf('OpenAI announced the new deal on its own blog, as did Microsoft.')).not.toBe('conflicting');
    expect(verdictOf('Microsoft alone has invested more than $13bn in OpenAI.')).toBe('corroborated');
  });
  it('"alone" of another clause after the announcing word is not how they announced', () => {
    for (const s of [
      'OpenAI announced that Microsoft alone will keep its IP rights under the revised agreement.',
      'Microsoft and OpenAI announced a revised agreement; Azure alone will get stateless APIs first.',
      'Microsoft announced that it alone holds a 27% stake under the new deal.',
    ])
      expect(verdictOf(s), s).not.toBe('conflicting');
  });
});
