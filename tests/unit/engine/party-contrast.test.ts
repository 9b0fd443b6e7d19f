/** A name set against a party ("Google, not Microsoft, …", "it was AWS rather than Azure that …", "Amazon instead of
 * Microsoft"): the claim is the kept name's, disputed where the sources give the role to the party set aside
 * (vocabulary cues.partyContrasts; src/engine/party-contrast.ts). */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';
import { partyContrast } from '../../../src/engine/party-contrast';
import { vocabulary, withVocabulary } from '../../../src/facts/vocabulary';

describe('a party set aside for another name', () => {
  it('the kept name in the role the sources give the party set aside is disputed', () => {
    for (const s of [
      'Google, not Microsoft, remains the main cloud partner of OpenAI.',
      'It was AWS rather than Azure that stayed OpenAI’s primary cloud partner after the revision.',
      'Amazon instead of Microsoft is still the principal cloud partner for OpenAI.',
      'Not Microsoft but Oracle remains the key cloud partner of OpenAI.',
      'AWS, not Azure, will be the first home for new OpenAI products.',
    ])
      expect(verdictOf(s), s).toBe('conflicting');
  });
  it('the party the memo blames, set aside for another, is disputed; a move needs its figure', () => {
    expect(verdictOf('Dresser complained that Amazon instead of Microsoft was slowing OpenAI down.')).toBe('conflicting');
    expect(verdictOf('Dresser complained that Microsoft was slowing OpenAI down.')).toBe('corroborated');
    // ("down" alone is no share move: the Amazon share fact does not answer it.)
    expect(bundledEngine.scan(['Dresser said Amazon was slowing OpenAI down.'])[0]?.facts.map((f) => f.id) ?? []).not.toContain(
      'amazon-shares-fell-1-percent',
    );
  });
  it('the reason names both', () => {
    const [c] = bundledEngine.scan(['Google, not Microsoft, remains the main cloud partner of OpenAI.']);
    expect(c?.explanation).toMatchObject({ kind: 'differs', differences: [{ what: 'party', claimed: 'Google', sources: 'Microsoft' }] });
  });
  it('the sources’ own party kept, or a contrast about who pays whom, stays as it was', () => {
    expect(verdictOf('Microsoft, not Amazon, remains the main cloud partner of OpenAI.')).toBe('corroborated');
    expect(verdictOf('Microsoft, not OpenAI, will stop paying a revenue share.')).toBe('corroborated');
    expect(verdictOf('OpenAI, not Microsoft, will keep paying a revenue share until 2030.')).toBe('corroborated');
    expect(verdictOf('Amazon, not Microsoft, unveiled a $50bn investment in OpenAI.')).toBe('corroborated');
  });
  it('a third party set aside does not turn the kept party’s true claim round', () => {
    for (const s of [
      'It is Microsoft, not Amazon, that keeps a 27% stake in OpenAI.',
      'Microsoft, not Amazon, still holds about 27% of OpenAI.',
      'Redmond, rather than Google, keeps its equity stake in OpenAI.',
    ])
      expect(verdictOf(s), s).toBe('corroborated');
    expect(verdictOf('Microsoft, not OpenAI, keeps paying a revenue share.')).toBe('conflicting');
  });
  it('reads the pair, the cleft and "not … but"', () => {
    expect(partyContrast('It was AWS rather than Azure that won the contract.')).toMatchObject({
      kept: 'AWS won the contract.',
      aside: 'Azure won the contract.',
      keptParty: 'amazon',
      asideParty: 'microsoft',
    });
    expect(partyContrast('Not Microsoft but Google gets the work.')).toMatchObject({
      kept: 'Google gets the work.',
      aside: 'Microsoft gets the work.',
    });
    expect(partyContrast('Google, not Microsoft, gets the work.')?.kept).toBe('Google gets the work.');
    expect(partyContrast('Microsoft rather than OpenAI’s board decided.')).toBeNull();
  });
  it('reads a contrast word the vocabulary adds', () => {
    const v = {
      ...vocabulary,
      cues: {
        ...vocabulary.cues,
        partyContrasts: { ...vocabulary.cues.partyContrasts, words: [...vocabulary.cues.partyContrasts.words, 'in place of'] },
      },
    };
    expect(withVocabulary(v, () => partyContrast('Google, in place of Microsoft, gets the work.'))?.kept).toBe('Google gets the work.');
  });
});
