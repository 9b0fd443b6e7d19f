/** No claims: live and coverage labels ("Live: … – follow our coverage", "Everything we know so far about …"),
 * opinion frames ("… is a reminder that …", "shows why …") and reported questions or expectations ("investors will
 * want to hear how …"); the vocabulary's nonAssertions (topicLabels, topicHeads, frames, questions). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('labels, frames and reported questions', () => {
  it('assert nothing', () => {
    for (const s of [
      'Live: OpenAI and Microsoft end revenue sharing – follow our coverage',
      'Live blog: Microsoft’s OpenAI stake after the reset',
      'Everything we know so far about the new OpenAI–Microsoft agreement',
      'The new terms are another reminder that OpenAI no longer needs Microsoft as much as it did.',
      'The Microsoft–OpenAI reset shows how quickly AI alliances can sour.',
      'OpenAI’s new freedom underscores the risks of Microsoft relying on a single AI partner.',
      'Investors will want to hear how Microsoft replaces the OpenAI revenue it gives up.',
      'Analysts will be watching whether OpenAI keeps paying Microsoft after 2030.',
      'Shareholders are asking whether Microsoft’s OpenAI stake is still worth the risk.',
    ])
      expect(verdictOf(s), s).toBe('none');
  });
  it('a statement of the news stays a claim', () => {
    expect(verdictOf('Microsoft will no longer pay OpenAI a revenue share, the companies said on Monday.')).toBe('corroborated');
    expect(verdictOf('Microsoft shows OpenAI models on Azure, and will keep 100% of that revenue.')).not.toBe('none');
    expect(verdictOf('It was a reminder of how much Microsoft had invested: more than $13bn.')).toBe('corroborated');
  });
});
