/** The sources disagree loosely: two say OpenAI gains independence from / breaks free of revenue sharing, two that it
 * keeps paying until 2030 (pack.json: a fact of the loose wording, disputed by the explicit quotes). A sentence in the
 * loose wording is mixed; the explicit statement, or "will no longer pay", is judged by the explicit facts. Likewise
 * the end of Microsoft's payments told as only weighed or considered is mixed (one source speaks of a plan). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('loosely worded disputes', () => {
  it('OpenAI freed from revenue sharing: the sources disagree', () => {
    for (const s of [
      'OpenAI no longer has to pay Microsoft a revenue share.',
      'Revenue sharing between Microsoft and OpenAI has been scrapped in both directions.',
      'OpenAI has broken free of revenue sharing with Microsoft.',
      'OpenAI is no longer required to share revenue with Microsoft.',
    ])
      expect(verdictOf(s), s).toBe('mixed');
  });
  it('the explicit statements are not disputed by the loose wording', () => {
    expect(verdictOf('OpenAI will keep paying Microsoft 20% of its revenue until 2030.')).toBe('corroborated');
    expect(verdictOf('OpenAI still pays Microsoft a revenue share.')).toBe('corroborated');
    expect(verdictOf('OpenAI will no longer pay Microsoft any share of its revenue.')).toBe('conflicting');
  });
  it('a sentence that OpenAI still has to share is never disputed by the loose wording alone', () => {
    for (const s of [
      'There is a ceiling on how much revenue OpenAI has to share with Redmond.',
      'OpenAI still has to hand Microsoft part of its revenue, up to a cap.',
    ])
      expect(verdictOf(s), s).not.toBe('conflicting');
  });
  it('an end only weighed or considered: the sources disagree', () => {
    for (const s of [
      'Microsoft is merely weighing an end to its revenue-share payments to OpenAI, nothing is final.',
      'Microsoft is only considering ending its revenue-share payments to OpenAI.',
      'Redmond is mulling whether to stop paying OpenAI a cut of its revenue.',
    ])
      expect(verdictOf(s), s).toBe('mixed');
    expect(verdictOf('Microsoft will no longer pay OpenAI a revenue share.')).toBe('corroborated');
  });
});
